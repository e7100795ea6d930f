#include "ApiSandbox.h"
#include "CallOutcome.h"
#include "core/api/ApiErrorText.h"
#include "core/api/TaskActionsApi.h"
#include "core/api/TasksApi.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TaskAction)
Q_DECLARE_METATYPE(SandboxFault::Kind)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

// Seeded tasks (resources/sandbox/seed.json), by what the tests need of them.
const QString NorthwindRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
const QString RunTask = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;         // task, active, run
const QString OneOffTask = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s;      // task, active
const QString OneOffEmail = u"4e6a8c0d2f4b6e8a0c2d4f6b8e0a2c4d"_s;     // email, not started
const QString OneOffApproval = u"5f7b9d1e3a5c7f9b1d3e5c7a9f1b3d5e"_s;  // approval, active
const QString OneOffExpiring = u"9d1f3b5c7e9a1d3f5b7c9e1a3d5f7b9c"_s;  // expiring, active
const QString ExpiringEmail = u"8c0e2a4b6d8f0c2e4a6b8d0f2c4e6a8b"_s;   // expiring_email, active
const QString CompletedOneOff = u"7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a"_s; // task, completed
const QString CompletedRunApproval = u"3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b"_s;

} // namespace

/// The task writes against the sandbox over loopback: the route chosen by run_id, the body by
/// task type, one request per call whatever happens, and the texts of the failures.
class tst_TaskActionsApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void actionRouteAndBody_data();
    void actionRouteAndBody();
    void orgRouteRefusesATaskWithARun();
    void approvalWithoutDecisionIs422();
    void onlyAssigneesMayComplete();
    void repeatCompletionRaisesTheEventAgain();
    void writeIsSentOnce_data();
    void writeIsSentOnce();
    void rateLimitedWriteIsSentAgain();
    void commentIsEscapedHtml();
    void problemAndResolve();
    void resolvingAnUnknownThreadIs422();

private:
    Task read(const QString &taskId, const QString &runId = {});
    Result<Task> perform(const TaskActionPlan &plan);
    int writes() const;

    std::unique_ptr<ApiSandbox> m_api;
    std::unique_ptr<TasksApi> m_tasks;
    std::unique_ptr<TaskActionsApi> m_actions;
};

void tst_TaskActionsApi::init() {
    m_api = std::make_unique<ApiSandbox>();
    QVERIFY(m_api->isValid());
    m_tasks = std::make_unique<TasksApi>(&m_api->client());
    m_actions = std::make_unique<TaskActionsApi>(&m_api->client());
}

void tst_TaskActionsApi::cleanup() {
    m_actions.reset();
    m_tasks.reset();
    m_api.reset();
}

Task tst_TaskActionsApi::read(const QString &taskId, const QString &runId) {
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(taskId, {}, runId, this, recorder(outcome));
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000) || !outcome->ok()) {
        qWarning("could not read task %s", qPrintable(taskId));
        return {};
    }
    return outcome->result->value();
}

Result<Task> tst_TaskActionsApi::perform(const TaskActionPlan &plan) {
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_actions->perform(plan, this, recorder(outcome));
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000))
        return ApiError::transport(ApiError::Kind::Timeout, u"no answer in the test"_s);
    return *outcome->result;
}

int tst_TaskActionsApi::writes() const {
    return m_api->server().requestCount("POST", u"completed-tasks$"_s) +
           m_api->server().requestCount("DELETE", u"completed-tasks/"_s);
}

void tst_TaskActionsApi::actionRouteAndBody_data() {
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<TaskAction>("action");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("statusAfter");
    QTest::addColumn<QJsonValue>("approvedAfter");

    const QString org = u"/completed-tasks"_s;
    const QString run = u"/runs/"_s + NorthwindRun + u"/completed-tasks"_s;
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("one-off task: complete, org route")
        << OneOffTask << TaskAction::Complete << "POST"_ba << org
        << u"{\"task_id\":\"%1\"}"_s.arg(OneOffTask) << u"completed"_s << null;
    QTest::newRow("process task: complete, run route")
        << RunTask << TaskAction::Complete << "POST"_ba << run
        << u"{\"task_id\":\"%1\"}"_s.arg(RunTask) << u"completed"_s << null;
    QTest::newRow("email: complete")
        << OneOffEmail << TaskAction::Complete << "POST"_ba << org
        << u"{\"task_id\":\"%1\"}"_s.arg(OneOffEmail) << u"completed"_s << null;
    QTest::newRow("approval: approve")
        << OneOffApproval << TaskAction::Approve << "POST"_ba << org
        << u"{\"is_approved\":true,\"task_id\":\"%1\"}"_s.arg(OneOffApproval) << u"completed"_s
        << QJsonValue(true);
    QTest::newRow("approval: reject")
        << OneOffApproval << TaskAction::Reject << "POST"_ba << org
        << u"{\"is_approved\":false,\"task_id\":\"%1\"}"_s.arg(OneOffApproval) << u"completed"_s
        << QJsonValue(false);
    // Never false for expiring tasks: the server would store "expired".
    QTest::newRow("expiring: acknowledge sends no is_approved")
        << OneOffExpiring << TaskAction::Acknowledge << "POST"_ba << org
        << u"{\"task_id\":\"%1\"}"_s.arg(OneOffExpiring) << u"completed"_s << QJsonValue(true);
    QTest::newRow("expiring email: acknowledge")
        << ExpiringEmail << TaskAction::Acknowledge << "POST"_ba << org
        << u"{\"task_id\":\"%1\"}"_s.arg(ExpiringEmail) << u"completed"_s << QJsonValue(true);
    QTest::newRow("completed one-off: reopen, org route")
        << CompletedOneOff << TaskAction::Reopen << "DELETE"_ba << org + u'/' + CompletedOneOff
        << QString() << u"in-progress"_s << null;
    QTest::newRow("completed process approval: reopen, run route")
        << CompletedRunApproval << TaskAction::Reopen << "DELETE"_ba
        << run + u'/' + CompletedRunApproval << QString() << u"in-progress"_s << null;
}

void tst_TaskActionsApi::actionRouteAndBody() {
    QFETCH(QString, taskId);
    QFETCH(TaskAction, action);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(QString, statusAfter);
    QFETCH(QJsonValue, approvedAfter);

    const Task before = read(taskId);
    QCOMPARE(before.id, taskId);
    QVERIFY(TaskActionPlan::available(before).contains(action));
    QString whyNot;
    const auto plan = TaskActionPlan::make(action, before, &whyNot);
    QVERIFY2(plan, qPrintable(whyNot));
    m_api->server().clearRequests();

    const Result<Task> result = perform(*plan);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetails()));
    QCOMPARE(result.value().id, taskId);
    QCOMPARE(result.value().status, statusAfter);
    QVERIFY(TaskActionPlan::tookEffect(action, result.value()));

    const QList<SandboxRequest> sent = m_api->server().requests();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, method);
    QCOMPARE(sent.first().path, u"/api/organizations/"_s + m_api->server().orgId() + path);
    QCOMPARE(QString::fromUtf8(
                 QJsonDocument::fromJson(sent.first().body).toJson(QJsonDocument::Compact)),
             body);

    const QJsonObject stored = m_api->server().storedTask(taskId);
    QCOMPARE(stored.value(u"status"_s).toString(), statusAfter);
    QCOMPARE(stored.value(u"is_approved"_s), approvedAfter);
    // What the server says now rules the buttons: the action no longer applies.
    QVERIFY(!TaskActionPlan::available(result.value()).contains(action));
}

void tst_TaskActionsApi::orgRouteRefusesATaskWithARun() {
    // The real server looks the task up as one without a run: a plan that ignored run_id
    // would fail with a 404, which is why the plan follows the task.
    const Task task = read(RunTask);
    auto plan = TaskActionPlan::make(TaskAction::Complete, task);
    QVERIFY(plan);
    QCOMPARE(plan->pathSegments.first(), u"runs"_s);
    plan->pathSegments = {u"completed-tasks"_s};
    const Result<Task> result = perform(*plan);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(result.error().action, ApiError::Action::TaskWrite);
    QVERIFY(ApiErrorText::userText(result.error()).contains(u"no longer finds this task"_s));
    QCOMPARE(m_api->server().storedTask(RunTask).value(u"status"_s).toString(), u"active"_s);
}

void tst_TaskActionsApi::approvalWithoutDecisionIs422() {
    const Task task = read(OneOffApproval);
    auto plan = TaskActionPlan::make(TaskAction::Approve, task);
    QVERIFY(plan);
    plan->body.remove(u"is_approved"_s);
    const Result<Task> result = perform(*plan);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Validation);
    QVERIFY(result.error().fieldErrors.contains(u"is_approved"_s));
    QCOMPARE(m_api->server().storedTask(OneOffApproval).value(u"status"_s).toString(), u"active"_s);
}

void tst_TaskActionsApi::onlyAssigneesMayComplete() {
    // Assigned to members 1005 and 1007 only; the sandbox's token belongs to 1001.
    const QString onlyAssignees = u"3d5f7b9c1e3a5d7f9b1c3e5a7d9f1b3c"_s;
    const Task task = read(onlyAssignees);
    QVERIFY(task.canCompleteOnlyAssignees);
    const auto plan = TaskActionPlan::make(TaskAction::Complete, task);
    QVERIFY(plan);
    const Result<Task> result = perform(*plan);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 403);
    QCOMPARE(m_api->server().store().eventCount(u"task.completed"_s, onlyAssignees), 0);
    QCOMPARE(m_api->server().storedTask(onlyAssignees).value(u"status"_s).toString(),
             u"in-progress"_s);
}

void tst_TaskActionsApi::repeatCompletionRaisesTheEventAgain() {
    // Why the client never sends a completion for a completed task: the server accepts it and
    // notifies everyone a second time.
    const Task task = read(OneOffTask);
    const auto plan = TaskActionPlan::make(TaskAction::Complete, task);
    QVERIFY(plan);
    QVERIFY(perform(*plan).ok());
    QCOMPARE(m_api->server().store().eventCount(u"task.completed"_s, OneOffTask), 1);
    const Result<Task> again = perform(*plan);
    QVERIFY(again.ok());
    QCOMPARE(m_api->server().store().eventCount(u"task.completed"_s, OneOffTask), 2);
    // A plan made from the task as it is now refuses.
    QString whyNot;
    QVERIFY(!TaskActionPlan::make(TaskAction::Complete, read(OneOffTask), &whyNot));
    QVERIFY(whyNot.contains(u"already completed"_s));
}

void tst_TaskActionsApi::writeIsSentOnce_data() {
    QTest::addColumn<SandboxFault::Kind>("faultKind");
    QTest::addColumn<ApiError::Kind>("errorKind");
    QTest::addColumn<bool>("processed");
    QTest::newRow("500 error page")
        << SandboxFault::Kind::Html500 << ApiError::Kind::Server << false;
    QTest::newRow("connection reset")
        << SandboxFault::Kind::Reset << ApiError::Kind::Network << false;
    QTest::newRow("answer lost after processing")
        << SandboxFault::Kind::Hang << ApiError::Kind::Timeout << true;
    QTest::newRow("answer cut off")
        << SandboxFault::Kind::Truncated << ApiError::Kind::InvalidResponse << true;
}

void tst_TaskActionsApi::writeIsSentOnce() {
    QFETCH(SandboxFault::Kind, faultKind);
    QFETCH(ApiError::Kind, errorKind);
    QFETCH(bool, processed);

    const Task task = read(OneOffTask);
    const auto plan = TaskActionPlan::make(TaskAction::Complete, task);
    QVERIFY(plan);
    ApiConfig config = m_api->client().config();
    config.timeoutMs = 400;
    m_api->client().setConfig(config);
    SandboxFault fault;
    fault.kind = faultKind;
    fault.method = "POST";
    fault.times = -1;
    m_api->server().addFault(fault);

    const Result<Task> result = perform(*plan);
    QVERIFY(!result.ok());
    if (faultKind != SandboxFault::Kind::Truncated)
        QCOMPARE(result.error().kind, errorKind);
    QCOMPARE(result.error().action, ApiError::Action::TaskWrite);
    // A GET sent after the failure has been answered: a resend would have arrived before it.
    m_api->server().clearFaults();
    QCOMPARE(read(OneOffTask).isCompleted(), processed);
    QCOMPARE(writes(), 1);
}

void tst_TaskActionsApi::rateLimitedWriteIsSentAgain() {
    // A 429 is the one refusal that comes before processing, so it alone is safe to repeat.
    const auto plan = TaskActionPlan::make(TaskAction::Complete, read(OneOffTask));
    QVERIFY(plan);
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.method = "POST";
    limit.retryAfter = "1";
    m_api->server().addFault(limit);
    const Result<Task> result = perform(*plan);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetails()));
    QCOMPARE(writes(), 2);
    QCOMPARE(m_api->server().store().eventCount(u"task.completed"_s, OneOffTask), 1);
}

void tst_TaskActionsApi::commentIsEscapedHtml() {
    auto outcome = std::make_shared<CallOutcome<Thread>>();
    m_actions->comment(OneOffTask, u"Done <b>now</b> & signed,\n@[1002] please check.\n\nThanks"_s,
                       this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    const Thread &thread = outcome->result->value();
    QVERIFY(!thread.id.isEmpty());
    QCOMPARE(thread.label, u"comment"_s);

    const SandboxRequest sent = m_api->server().requests().constLast();
    QCOMPARE(sent.method, "POST"_ba);
    QCOMPARE(sent.path,
             u"/api/organizations/%1/tasks/%2/comment"_s.arg(m_api->server().orgId(), OneOffTask));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(u"content"_s).toString(),
             u"<p>Done &lt;b&gt;now&lt;/b&gt; &amp; signed,<br>@[1002] please check.</p>"
             u"<p>Thanks</p>"_s);
    QCOMPARE(body.value(u"label"_s).toString(), u"comment"_s);
    QCOMPARE(body.value(u"state"_s).toString(), u"open"_s);

    const QJsonArray threads = m_api->server().storedTask(OneOffTask).value(u"threads"_s).toArray();
    QCOMPARE(threads.last().toObject().value(u"id"_s).toString(), thread.id);
    QCOMPARE(m_api->server().requestCount("POST", u"/comment$"_s), 1);
}

void tst_TaskActionsApi::problemAndResolve() {
    auto reported = std::make_shared<CallOutcome<Thread>>();
    m_actions->reportProblem(OneOffTask, u"The printer is out of ribbons."_s, this,
                             recorder(reported));
    waitForCall(reported);
    QVERIFY2(reported->ok(), qPrintable(reported->details()));
    const Thread problem = reported->result->value();
    QCOMPARE(problem.label, u"problem"_s);
    QVERIFY(read(OneOffTask).problem);

    auto resolved = std::make_shared<CallOutcome<Thread>>();
    m_actions->resolveProblem(OneOffTask, problem.id, u"Ordered new ones."_s, this,
                              recorder(resolved));
    waitForCall(resolved);
    QVERIFY2(resolved->ok(), qPrintable(resolved->details()));
    QCOMPARE(resolved->result->value().label, u"resolve"_s);
    const SandboxRequest sent = m_api->server().requests().constLast();
    QVERIFY(sent.path.endsWith(u"/tasks/%1/resolved-threads"_s.arg(OneOffTask)));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object().value(u"thread_id"_s).toString(),
             problem.id);
    QVERIFY(!read(OneOffTask).problem);
}

void tst_TaskActionsApi::resolvingAnUnknownThreadIs422() {
    auto outcome = std::make_shared<CallOutcome<Thread>>();
    m_actions->resolveProblem(OneOffTask, u"00000000000000000000000000000000"_s, u"x"_s, this,
                              recorder(outcome));
    waitForCall(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->kind(), ApiError::Kind::Validation);
    QVERIFY(outcome->result->error().fieldErrors.contains(u"thread_id"_s));
}

QTEST_GUILESS_MAIN(tst_TaskActionsApi)
#include "tst_TaskActionsApi.moc"
