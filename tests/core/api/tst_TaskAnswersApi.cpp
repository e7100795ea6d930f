#include "ApiSandbox.h"
#include "CallOutcome.h"
#include "core/api/TaskActionsApi.h"
#include "core/api/TaskAnswersApi.h"
#include "core/api/TasksApi.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SandboxFault::Kind)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

// Seeded tasks (resources/sandbox/seed.json).
const QString NorthwindRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
// One-off, in progress: a multiselect and a required date, both answered.
const QString VenueTask = u"3d5f7b9c1e3a5d7f9b1c3e5a7d9f1b3c"_s;
const QString Venues = u"a5000000000000000000000000000001"_s;
const QString OffsiteDate = u"a5000000000000000000000000000002"_s;
// Process task of NorthwindRun whose completion checks required fields; its required text
// "Workspace domain" is unanswered.
const QString WorkspaceTask = u"4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4d"_s;
const QString WorkspaceDomain = u"a2000000000000000000000000000001"_s;
const QString LicenceTier = u"a2000000000000000000000000000002"_s;

} // namespace

/// Saving form answers against the sandbox over loopback: the route and body, the answers the
/// server keeps, its 422 mapped back to fields, answers it drops without a word, and a save sent
/// once whatever happens (a 429 aside).
class tst_TaskAnswersApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveOneOff();
    void saveProcessTaskThenComplete();
    void serverRefusalMapsToFields();
    void droppedAnswersAreReported();
    void invalidUpdateIsNotSent();
    void saveIsSentOnce_data();
    void saveIsSentOnce();
    void rateLimitedSaveIsSentAgain();

private:
    Task read(const QString &taskId, const QString &runId = {});
    Result<TaskAnswersSaved> save(const TaskAnswersUpdate &update);
    int puts() const;

    std::unique_ptr<ApiSandbox> m_api;
    std::unique_ptr<TasksApi> m_tasks;
    std::unique_ptr<TaskAnswersApi> m_answers;
};

void tst_TaskAnswersApi::init() {
    m_api = std::make_unique<ApiSandbox>();
    QVERIFY(m_api->isValid());
    m_tasks = std::make_unique<TasksApi>(&m_api->client());
    m_answers = std::make_unique<TaskAnswersApi>(&m_api->client());
}

void tst_TaskAnswersApi::cleanup() {
    m_answers.reset();
    m_tasks.reset();
    m_api.reset();
}

Task tst_TaskAnswersApi::read(const QString &taskId, const QString &runId) {
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(taskId, {u"form_fields"_s}, runId, this, recorder(outcome));
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000) || !outcome->ok()) {
        qWarning("could not read task %s", qPrintable(taskId));
        return {};
    }
    return outcome->result->value();
}

Result<TaskAnswersSaved> tst_TaskAnswersApi::save(const TaskAnswersUpdate &update) {
    auto outcome = std::make_shared<CallOutcome<TaskAnswersSaved>>();
    m_answers->save(update, this, recorder(outcome));
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000))
        return ApiError::transport(ApiError::Kind::Timeout, u"no answer in the test"_s);
    return *outcome->result;
}

int tst_TaskAnswersApi::puts() const {
    return m_api->server().requestCount("PUT", u"/tasks/"_s);
}

void tst_TaskAnswersApi::saveOneOff() {
    const Task task = read(VenueTask);
    QVERIFY(task.runId.isEmpty());
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
    update.setAnswer(Venues,
                     FormAnswer::ofMultiselect({{1, u"Kulturbrauerei"_s}, {3, u"Malzfabrik"_s}}));
    const QDateTime date(QDate(2026, 12, 11), QTime(8, 30), Qt::UTC);
    update.setAnswer(OffsiteDate, FormAnswer::ofDate(date));

    const Result<TaskAnswersSaved> result = save(update);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetails()));
    QVERIFY(result.value().droppedFieldIds.isEmpty());
    QVERIFY(!result.value().dropped);
    QCOMPARE(result.value().task.id, VenueTask);
    QCOMPARE(result.value().task.taskdata.value(OffsiteDate).toString(), u"2026-12-11T08:30:00Z"_s);

    QCOMPARE(puts(), 1);
    const SandboxRequest sent = m_api->server().requests().constLast();
    QCOMPARE(sent.path,
             u"/api/organizations/%1/tasks/%2"_s.arg(m_api->server().orgId(), VenueTask));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value("title"_L1).toString(), task.title);
    QCOMPARE(body.value("deadline"_L1).toString(), u"2026-12-01T17:00:00Z"_s);
    QCOMPARE(body.value("owners"_L1).toObject(), task.owners.toJson());
    QCOMPARE(body.value("taskdata"_L1).toObject().keys(), (QStringList{Venues, OffsiteDate}));

    // Read back, the answers are the ones saved.
    const Task again = read(VenueTask);
    const TaskAnswersUpdate reread = TaskAnswersUpdate::forTask(again);
    QCOMPARE(reread.currentAnswer(OffsiteDate).date, date);
    QCOMPARE(reread.currentAnswer(Venues).choices.size(), 2);
}

void tst_TaskAnswersApi::saveProcessTaskThenComplete() {
    const Task task = read(WorkspaceTask, NorthwindRun);
    QCOMPARE(task.runId, NorthwindRun);
    TaskActionsApi actions(&m_api->client());
    const auto complete = [&]() -> Result<Task> {
        auto outcome = std::make_shared<CallOutcome<Task>>();
        actions.perform(*TaskActionPlan::make(TaskAction::Complete, read(WorkspaceTask)), this,
                        recorder(outcome));
        if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000))
            return ApiError::transport(ApiError::Kind::Timeout);
        return *outcome->result;
    };
    // The required field is empty: the client says so, and the server refuses to complete.
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
    QCOMPARE(update.validate(TaskAnswersUpdate::Purpose::Complete).paths(),
             QStringList{WorkspaceDomain});
    const Result<Task> refused = complete();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
    QVERIFY(
        TaskAnswersUpdate::errorsByField(refused.error().fieldErrors).contains(WorkspaceDomain));

    update.setAnswer(WorkspaceDomain, FormAnswer::ofText(FormField::Type::Text, u"nw.example"_s));
    update.setAnswer(LicenceTier, FormAnswer::ofDropdown({3, u"Enterprise"_s}));
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Complete).hasErrors());
    const Result<TaskAnswersSaved> saved = save(update);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().technicalDetails()));
    const SandboxRequest sent = m_api->server().requests().constLast();
    QCOMPARE(sent.path, u"/api/organizations/%1/runs/%2/tasks/%3"_s.arg(
                            m_api->server().orgId(), NorthwindRun, WorkspaceTask));
    // Only taskdata on the run route.
    QCOMPARE(QJsonDocument::fromJson(sent.body).object().keys(), QStringList{u"taskdata"_s});

    const Result<Task> completed = complete();
    QVERIFY2(completed.ok(),
             qPrintable(completed.ok() ? QString() : completed.error().technicalDetails()));
    QVERIFY(completed.value().isCompleted());
}

void tst_TaskAnswersApi::serverRefusalMapsToFields() {
    // The client's copy of the field knows an option the server does not: the client lets it
    // through, the server answers 422 under taskdata.<id>.
    Task task = read(VenueTask);
    for (FormField &field : task.formFields) {
        if (field.id == Venues)
            field.options.append({4, u"Funkhaus"_s});
    }
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
    update.setAnswer(Venues, FormAnswer::ofMultiselect({{4, u"Funkhaus"_s}}));
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Save).hasErrors());

    const Result<TaskAnswersSaved> result = save(update);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Validation);
    QCOMPARE(result.error().httpStatus, 422);
    QCOMPARE(result.error().action, ApiError::Action::TaskWrite);
    const QMap<QString, QStringList> byField =
        TaskAnswersUpdate::errorsByField(result.error().fieldErrors);
    QCOMPARE(byField.keys(), QStringList{Venues});
    QVERIFY(!byField.value(Venues).isEmpty());
    QCOMPARE(puts(), 1);
}

void tst_TaskAnswersApi::droppedAnswersAreReported() {
    // A field the client believes in but the task does not have: the server drops the key and
    // still answers 200 (quirk 3).
    Task task = read(VenueTask);
    FormField ghost;
    ghost.id = u"a5000000000000000000000000000099"_s;
    ghost.type = FormField::Type::Text;
    ghost.typeName = u"text"_s;
    ghost.label = u"Caterer"_s;
    task.formFields.append(ghost);
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
    update.setAnswer(ghost.id, FormAnswer::ofText(FormField::Type::Text, u"Kantine"_s));
    update.setAnswer(Venues, FormAnswer::ofMultiselect({{3, u"Malzfabrik"_s}}));

    const Result<TaskAnswersSaved> result = save(update);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetails()));
    QCOMPARE(result.value().droppedFieldIds, QStringList{ghost.id});
    QVERIFY(result.value().dropped);
    const ApiError &dropped = *result.value().dropped;
    QCOMPARE(dropped.kind, ApiError::Kind::Validation);
    QVERIFY(!dropped.message.isEmpty());
    QCOMPARE(TaskAnswersUpdate::errorsByField(dropped.fieldErrors).keys(), QStringList{ghost.id});
    // The other answer was kept.
    QVERIFY(result.value().task.taskdata.contains(Venues));
}

void tst_TaskAnswersApi::invalidUpdateIsNotSent() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(read(VenueTask));
    update.setAnswer(Venues, FormAnswer::ofMultiselect({{9, u"Nowhere"_s}}));
    const Result<TaskAnswersSaved> result = save(update);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Validation);
    QCOMPARE(result.error().httpStatus, 0);
    QCOMPARE(TaskAnswersUpdate::errorsByField(result.error().fieldErrors).keys(),
             QStringList{Venues});
    QCOMPARE(puts(), 0);
}

void tst_TaskAnswersApi::saveIsSentOnce_data() {
    QTest::addColumn<SandboxFault::Kind>("faultKind");
    QTest::addColumn<ApiError::Kind>("errorKind");
    QTest::addColumn<bool>("processed");
    QTest::newRow("500 error page")
        << SandboxFault::Kind::Html500 << ApiError::Kind::Server << false;
    QTest::newRow("connection reset")
        << SandboxFault::Kind::Reset << ApiError::Kind::Network << false;
    QTest::newRow("answer lost after processing")
        << SandboxFault::Kind::Hang << ApiError::Kind::Timeout << true;
}

void tst_TaskAnswersApi::saveIsSentOnce() {
    QFETCH(SandboxFault::Kind, faultKind);
    QFETCH(ApiError::Kind, errorKind);
    QFETCH(bool, processed);

    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(read(VenueTask));
    update.setAnswer(Venues, FormAnswer::ofMultiselect({{1, u"Kulturbrauerei"_s}}));
    ApiConfig config = m_api->client().config();
    config.timeoutMs = 400;
    m_api->client().setConfig(config);
    SandboxFault fault;
    fault.kind = faultKind;
    fault.method = "PUT";
    fault.times = -1;
    m_api->server().addFault(fault);

    const Result<TaskAnswersSaved> result = save(update);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, errorKind);
    QCOMPARE(result.error().action, ApiError::Action::TaskWrite);
    m_api->server().clearFaults();
    // A GET sent after the failure has been answered: a resend would have arrived before it.
    const FormAnswer now = TaskAnswersUpdate::forTask(read(VenueTask)).currentAnswer(Venues);
    QCOMPARE(now.choices.size() == 1 && now.choices.first().id == 1, processed);
    QCOMPARE(puts(), 1);
}

void tst_TaskAnswersApi::rateLimitedSaveIsSentAgain() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(read(VenueTask));
    update.setAnswer(Venues, FormAnswer::ofMultiselect({{1, u"Kulturbrauerei"_s}}));
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.method = "PUT";
    limit.retryAfter = "1";
    m_api->server().addFault(limit);
    const Result<TaskAnswersSaved> result = save(update);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetails()));
    QCOMPARE(puts(), 2);
    QCOMPARE(m_api->server().store().eventCount(u"task.updated"_s, VenueTask), 1);
}

QTEST_GUILESS_MAIN(tst_TaskAnswersApi)
#include "tst_TaskAnswersApi.moc"
