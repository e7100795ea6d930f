#include "ApiSandbox.h"
#include "CallOutcome.h"
#include "core/api/ApiErrorText.h"
#include "core/api/TasksApi.h"
#include "core/domain/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SandboxFault)
Q_DECLARE_METATYPE(SandboxFault::Kind)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QString NorthwindRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
const QString NorthwindTask = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;

} // namespace

class tst_TasksApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getTaskRequestAndParse();
    void getTaskRunScopedWithoutIncludes();
    void getTaskErrors_data();
    void getTaskErrors();
    void getTaskWithoutOrganization();
    void lookupNotFoundChecksTheOrganization_data();
    void lookupNotFoundChecksTheOrganization();
    void createOneOffTask();
    void createForbiddenSaysSo();
    void createRetryIsReportedToItsCaller();
    void invalidDraftIsNotSent();
    void createIsNotResentAndCanBeFound_data();
    void createIsNotResentAndCanBeFound();
    void findRecentOneOffTasksFilters();
    void listRunTasksFollowsPages();
    void largeBodyIsParsedOffTheGuiThread();
    void cancelAndContextDestroyed();

private:
    OneOffTaskDraft draft(const QString &title) const;
    /// A lookup that answers: every event queued before it has been handled.
    void roundTrip();

    std::unique_ptr<ApiSandbox> m_api;
    std::unique_ptr<TasksApi> m_tasks;
};

void tst_TasksApi::init() {
    m_api = std::make_unique<ApiSandbox>();
    QVERIFY(m_api->isValid());
    m_tasks = std::make_unique<TasksApi>(&m_api->client());
}

void tst_TasksApi::cleanup() {
    m_tasks.reset();
    m_api.reset();
}

OneOffTaskDraft tst_TasksApi::draft(const QString &title) const {
    OneOffTaskDraft draft;
    draft.title = title;
    draft.summary = u"Created by tst_TasksApi"_s;
    draft.users.append({m_api->server().currentUserId(), u"Me"_s});
    draft.deadline = QDateTime::currentDateTime().addDays(3);
    return draft;
}

void tst_TasksApi::roundTrip() {
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(NorthwindTask, {}, {}, this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
}

void tst_TasksApi::getTaskRequestAndParse() {
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(NorthwindTask, {u"form_fields"_s, u"run"_s, u"tags"_s}, {}, this,
                     recorder(outcome));
    QCOMPARE(outcome->calls, 0);
    waitForCall(outcome);
    QCOMPARE(outcome->calls, 1);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));

    const SandboxRequest request = m_api->server().requests().constFirst();
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.path,
             u"/api/organizations/%1/tasks/%2"_s.arg(m_api->server().orgId(), NorthwindTask));
    QCOMPARE(request.query.queryItemValue(u"with"_s), u"form_fields,run,tags"_s);
    QCOMPARE(request.query.queryItems().size(), 1);
    QCOMPARE(request.header("x-tallyfy-client"), "APIClient"_ba);
    QCOMPARE(request.header("accept"), "application/json"_ba);
    QCOMPARE(request.header("authorization"), "Bearer "_ba + m_api->server().token().toUtf8());

    // The builder the lookup pane uses for "Copy as cURL" is the request that was sent.
    const ApiRequest built =
        m_tasks->getTaskRequest(NorthwindTask, {u"form_fields"_s, u"run"_s, u"tags"_s}, {});
    const QUrl builtUrl = m_api->client().urlFor(built);
    QCOMPARE(builtUrl.path(), request.path);
    QCOMPARE(QUrlQuery(builtUrl).queryItemValue(u"with"_s), u"form_fields,run,tags"_s);

    const Task &task = outcome->result->value();
    const QJsonObject stored = m_api->server().storedTask(NorthwindTask);
    QCOMPARE(task.id, NorthwindTask);
    QCOMPARE(task.title, stored.value(u"title"_s).toString());
    QCOMPARE(task.runId, NorthwindRun);
    QVERIFY(task.run.has_value());
    QCOMPARE(task.run->id, NorthwindRun);
    QVERIFY(task.formFieldsIncluded);
    QCOMPARE(task.formFields.size(), stored.value(u"form_fields"_s).toArray().size());
    QVERIFY(task.tagsIncluded);
    QVERIFY(!task.raw.isEmpty());
    QCOMPARE(outcome->thread, QThread::currentThread());
    QCOMPARE(m_tasks->backgroundParseCount(), 0);
}

void tst_TasksApi::getTaskRunScopedWithoutIncludes() {
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(NorthwindTask, {}, NorthwindRun, this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    const SandboxRequest request = m_api->server().requests().constFirst();
    QCOMPARE(request.path, u"/api/organizations/%1/runs/%2/tasks/%3"_s.arg(
                               m_api->server().orgId(), NorthwindRun, NorthwindTask));
    QVERIFY(request.query.isEmpty());
    QCOMPARE(outcome->result->value().id, NorthwindTask);
    QVERIFY(!outcome->result->value().formFieldsIncluded);
}

void tst_TasksApi::getTaskErrors_data() {
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<int>("faultKind"); // -1: none
    QTest::addColumn<QString>("orgId"); // empty: the sandbox's
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown id") << u"ffffffffffffffffffffffffffffffff"_s << -1 << QString()
                                << u"NotFound"_s;
    QTest::newRow("other org") << NorthwindTask << -1 << u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s
                               << u"Forbidden"_s;
    QTest::newRow("malformed json") << NorthwindTask << int(SandboxFault::Kind::MalformedJson)
                                    << QString() << u"InvalidResponse"_s;
    QTest::newRow("html 200") << NorthwindTask << int(SandboxFault::Kind::WrongContentType)
                              << QString() << u"InvalidResponse"_s;
    QTest::newRow("empty 200") << NorthwindTask << int(SandboxFault::Kind::Empty200) << QString()
                               << u"InvalidResponse"_s;
    QTest::newRow("500") << NorthwindTask << int(SandboxFault::Kind::Json500) << QString()
                         << u"Server"_s;
}

void tst_TasksApi::getTaskErrors() {
    QFETCH(QString, taskId);
    QFETCH(int, faultKind);
    QFETCH(QString, orgId);
    QFETCH(QString, expected);

    if (faultKind >= 0) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind(faultKind);
        m_api->server().addFault(fault);
    }
    if (!orgId.isEmpty()) {
        ApiConfig config = m_api->client().config();
        config.orgId = orgId;
        m_api->client().setConfig(config);
    }
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(taskId, {u"run"_s}, {}, this, recorder(outcome));
    waitForCall(outcome);
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    QCOMPARE(ApiError::kindName(outcome->kind()), expected);
    QVERIFY(!outcome->result->error().userText().isEmpty());
}

void tst_TasksApi::getTaskWithoutOrganization() {
    ApiConfig config = m_api->client().config();
    config.orgId.clear();
    m_api->client().setConfig(config);
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(NorthwindTask, {}, {}, this, recorder(outcome));
    QCOMPARE(outcome->calls, 0);
    waitForCall(outcome);
    QCOMPARE(outcome->kind(), ApiError::Kind::Validation);
    QCOMPARE(outcome->result->error().code, ApiError::noOrganizationCode());
    QCOMPARE(m_api->server().requestCount({}, {}), 0);
}

void tst_TasksApi::lookupNotFoundChecksTheOrganization_data() {
    QTest::addColumn<SandboxFault>("taskFault"); // kind Status; status 0: no fault
    QTest::addColumn<int>("organizationStatus"); // the check's answer; 0: no fault
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<bool>("checkFailed");
    QTest::addColumn<QString>("text"); // for the organization named "Northwind"

    const auto notFound = [](const QByteArray &body, const QByteArray &contentType) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 404;
        fault.body = body;
        fault.contentType = contentType;
        return fault;
    };
    const QString missing = u"No task with this ID in organization Northwind."_s;
    const QString missingOrWrong =
        u"No task with this ID in organization Northwind, or the server address is wrong."_s;
    using K = ApiError::Kind;

    // The sandbox's own 404 for an unknown ID says so: no check needed.
    QTest::newRow("record 404") << SandboxFault() << 0 << K::NotFound << false << false << missing;
    QTest::newRow("empty 404, organization found")
        << notFound({}, {}) << 0 << K::NotFound << true << false << missing;
    QTest::newRow("html 404, organization found")
        << notFound("<html><body>Not Found</body></html>", "text/html") << 0 << K::NotFound << true
        << false << missing;
    QTest::newRow("plain text 404, organization found")
        << notFound("Not Found", "text/plain") << 0 << K::NotFound << true << false << missing;
    QTest::newRow("empty 404, organization missing too")
        << notFound({}, {}) << 404 << K::NotFound << true << true << missingOrWrong;
    QTest::newRow("html 404, organization check 500")
        << notFound("<html></html>", "text/html") << 500 << K::NotFound << true << true
        << missingOrWrong;
    // Said outright: the route is unknown (a wrong base URL), or the edge answered.
    QTest::newRow("ENDPOINT_NOT_FOUND")
        << notFound(
               R"({"error":true,"message":"API endpoint not found","code":"ENDPOINT_NOT_FOUND"})",
               "application/json")
        << 0 << K::EndpointNotFound << false << false
        << u"Tallyfy did not recognise the request (HTTP 404). Check the base URL in Settings."_s;
    QTest::newRow("edge 404")
        << notFound("<html>apsh546</html>", "text/html") << 0 << K::EndpointNotFound << false
        << false
        << u"Tallyfy did not recognise the request (HTTP 404). Check the base URL in Settings."_s;
}

void tst_TasksApi::lookupNotFoundChecksTheOrganization() {
    QFETCH(SandboxFault, taskFault);
    QFETCH(int, organizationStatus);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, checked);
    QFETCH(bool, checkFailed);
    QFETCH(QString, text);

    const QString taskPath = u"^/api/organizations/[0-9a-f]{32}/tasks/"_s;
    const QString organizationPath = u"^/api/organizations/[0-9a-f]{32}$"_s;
    if (taskFault.status > 0) {
        taskFault.pathPattern = taskPath;
        m_api->server().addFault(taskFault);
    }
    if (organizationStatus > 0) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = organizationStatus;
        fault.pathPattern = organizationPath;
        fault.times = -1;
        m_api->server().addFault(fault);
    }
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(u"ffffffffffffffffffffffffffffffff"_s, {}, {}, this, recorder(outcome));
    waitForCall(outcome);
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, 404); // the lookup's own answer, not the check's
    QCOMPARE(error.action, ApiError::Action::TaskLookup);
    QCOMPARE(error.organizationCheckFailed, checkFailed);
    QCOMPARE(m_api->server().requestCount("GET", taskPath), 1);
    QCOMPARE(m_api->server().requestCount("GET", organizationPath) > 0, checked);
    QCOMPARE(ApiErrorText::userText(error, u"Northwind"_s), text);
    // The server's own words stay in the details.
    QVERIFY(error.technicalDetails().contains(u"HTTP status: 404"_s));
    QCOMPARE(error.technicalDetails().contains(u"Organization check: failed"_s), checkFailed);
}

void tst_TasksApi::createOneOffTask() {
    OneOffTaskDraft newTask = draft(u"Approve Q4 hardware budget"_s);
    newTask.taskType = u"approval"_s;
    newTask.guests = {u"finance@supplier.example"_s};
    DraftFormField field;
    field.label = u"Budget source"_s;
    field.fieldType = u"radio"_s;
    field.required = true;
    field.options = {u"Operating"_s, u"Capital"_s};
    newTask.formFields.append(field);

    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->createOneOffTask(newTask, this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));

    QCOMPARE(m_api->server().requestCount("POST", {}), 1);
    const SandboxRequest request = m_api->server().requests().constFirst();
    QCOMPARE(request.path, u"/api/organizations/%1/tasks"_s.arg(m_api->server().orgId()));
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.header("content-type"), "application/json"_ba);
    QCOMPARE(request.header("x-tallyfy-client"), "APIClient"_ba);
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(sent, newTask.toRequestJson());
    QCOMPARE(request.body, m_tasks->createOneOffTaskRequest(newTask).body());
    QCOMPARE(m_api->client().urlFor(m_tasks->createOneOffTaskRequest(newTask)).path(),
             request.path);
    QCOMPARE(sent.value(u"summary"_s).toString(), u"Created by tst_TasksApi"_s);
    QCOMPARE(sent.value(u"description"_s).toString(), u"Created by tst_TasksApi"_s);

    const Task &task = outcome->result->value();
    QVERIFY(Json::isHexId(task.id));
    QCOMPARE(task.title, newTask.title);
    QCOMPARE(task.taskType, u"approval"_s);
    QVERIFY(task.isOneoff);
    QCOMPARE(task.starterId.value_or(0), m_api->server().currentUserId());
    QCOMPARE(task.owners.guests, QStringList{u"finance@supplier.example"_s});
    QVERIFY(!m_api->server().storedTask(task.id).isEmpty());

    // And it can be looked up.
    auto lookup = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(task.id, {u"form_fields"_s}, {}, this, recorder(lookup));
    waitForCall(lookup);
    QVERIFY(lookup->ok());
    QCOMPARE(lookup->result->value().formFields.size(), 1);
    QCOMPARE(lookup->result->value().formFields.constFirst().label, u"Budget source"_s);
}

void tst_TasksApi::createForbiddenSaysSo() {
    SandboxFault forbidden;
    forbidden.kind = SandboxFault::Kind::Status;
    forbidden.method = "POST";
    forbidden.status = 403;
    forbidden.body = R"({"message":"This action is unauthorized."})";
    forbidden.contentType = "application/json";
    m_api->server().addFault(forbidden);

    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->createOneOffTask(draft(u"Not allowed"_s), this, recorder(outcome));
    waitForCall(outcome);
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(error.action, ApiError::Action::TaskCreate);
    QCOMPARE(error.userText(), u"You may not create tasks in this organization."_s);
    QCOMPARE(ApiErrorText::userText(error, u"Northwind"_s),
             u"You may not create tasks in organization Northwind."_s);
    QVERIFY(!error.userText().contains(u"access to this task"_s));
    QVERIFY(error.technicalDetails().contains(u"This action is unauthorized."_s));

    // The same 403 on a lookup speaks of the task.
    auto lookup = std::make_shared<CallOutcome<Task>>();
    SandboxFault hidden = forbidden;
    hidden.method = "GET";
    m_api->server().addFault(hidden);
    m_tasks->getTask(NorthwindTask, {}, {}, this, recorder(lookup));
    waitForCall(lookup);
    QCOMPARE(lookup->kind(), ApiError::Kind::Forbidden);
    QCOMPARE(lookup->result->error().userText(), u"You do not have access to this task."_s);
}

void tst_TasksApi::createRetryIsReportedToItsCaller() {
    // What the new-task form's countdown needs, without looking at request paths.
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.method = "POST";
    limit.retryAfter = "3";
    m_api->server().addFault(limit);
    SandboxFault slowList;
    slowList.kind = SandboxFault::Kind::RateLimit;
    slowList.method = "GET";
    slowList.retryAfter = "1";
    m_api->server().addFault(slowList);

    auto created = std::make_shared<CallOutcome<Task>>();
    const CallHandle create =
        m_tasks->createOneOffTask(draft(u"Counted down"_s), this, recorder(created));
    auto listed = std::make_shared<CallOutcome<QList<Task>>>();
    const CallHandle list = m_tasks->listRunTasks(NorthwindRun, {}, this, recorder(listed));
    QList<double> createWaits;
    QList<double> listWaits;
    create.onRetryScheduled(this, [&createWaits](int, double wait) { createWaits.append(wait); });
    list.onRetryScheduled(this, [&listWaits](int, double wait) { listWaits.append(wait); });
    waitForCall(created);
    waitForCall(listed);
    QVERIFY2(created->ok(), qPrintable(created->details()));
    QVERIFY2(listed->ok(), qPrintable(listed->details()));
    QCOMPARE(createWaits, QList<double>{3.0});
    QCOMPARE(listWaits, QList<double>{1.0});
    QCOMPARE(m_api->server().requestCount("POST", {}), 2);
}

void tst_TasksApi::invalidDraftIsNotSent() {
    OneOffTaskDraft empty = draft(u"   "_s);
    empty.users.clear();
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->createOneOffTask(empty, this, recorder(outcome));
    QCOMPARE(outcome->calls, 0);
    waitForCall(outcome);
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(error.fieldErrors.contains(u"title"_s));
    QCOMPARE(error.action, ApiError::Action::TaskCreate);
    roundTrip();
    QCOMPARE(m_api->server().requestCount("POST", {}), 0);
}

void tst_TasksApi::createIsNotResentAndCanBeFound_data() {
    QTest::addColumn<SandboxFault::Kind>("faultKind");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("found");

    QTest::newRow("timeout, created") << SandboxFault::Kind::Hang << u"Timeout"_s << 1;
    QTest::newRow("truncated, created") << SandboxFault::Kind::Truncated << u"Network"_s << 1;
    QTest::newRow("reset, not created") << SandboxFault::Kind::Reset << u"Network"_s << 0;
    QTest::newRow("500, not created") << SandboxFault::Kind::Html500 << u"Server"_s << 0;
    QTest::newRow("html 200, created")
        << SandboxFault::Kind::WrongContentType << u"InvalidResponse"_s << 1;
}

void tst_TasksApi::createIsNotResentAndCanBeFound() {
    QFETCH(SandboxFault::Kind, faultKind);
    QFETCH(QString, kind);
    QFETCH(int, found);

    ApiConfig config = m_api->client().config();
    config.timeoutMs = 300;
    m_api->client().setConfig(config);
    SandboxFault fault;
    fault.kind = faultKind;
    fault.method = "POST";
    fault.times = -1;
    m_api->server().addFault(fault);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QString title = u"Lost answer: %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    auto created = std::make_shared<CallOutcome<Task>>();
    m_tasks->createOneOffTask(draft(title), this, recorder(created));
    waitForCall(created);
    QVERIFY(!created->ok());
    QCOMPARE(ApiError::kindName(created->kind()), kind);

    auto check = std::make_shared<CallOutcome<QList<Task>>>();
    m_tasks->findRecentOneOffTasks(title, before, m_api->server().currentUserId(), this,
                                   recorder(check));
    waitForCall(check);
    QVERIFY2(check->ok(), qPrintable(check->details()));
    QCOMPARE(check->result->value().size(), found);
    if (found)
        QCOMPARE(check->result->value().constFirst().title, title);
    // Counted after that later answer: anything Qt might have resent has arrived.
    QCOMPARE(m_api->server().requestCount("POST", {}), 1);
}

void tst_TasksApi::findRecentOneOffTasksFilters() {
    const QString title = u"Order 3 + 4 badges & ribbons"_s;
    for (const QString &t : QStringList{title, title + u" (copy)"_s, title}) {
        auto created = std::make_shared<CallOutcome<Task>>();
        m_tasks->createOneOffTask(draft(t), this, recorder(created));
        waitForCall(created);
        QVERIFY(created->ok());
    }
    m_api->server().clearRequests();

    auto check = std::make_shared<CallOutcome<QList<Task>>>();
    m_tasks->findRecentOneOffTasks(u"  "_s + title + u" "_s,
                                   QDateTime::currentDateTimeUtc().addDays(-2),
                                   m_api->server().currentUserId(), this, recorder(check));
    waitForCall(check);
    QVERIFY2(check->ok(), qPrintable(check->details()));
    QCOMPARE(check->result->value().size(), 2);
    for (const Task &task : check->result->value())
        QCOMPARE(task.title, title);

    const SandboxRequest request = m_api->server().requests().constFirst();
    QCOMPARE(request.path, u"/api/organizations/%1/tasks"_s.arg(m_api->server().orgId()));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded), title);
    QCOMPARE(request.query.queryItemValue(u"is_oneoff"_s), u"true"_s);
    QCOMPARE(request.query.queryItemValue(u"created"_s),
             today.addDays(-2).toString(Qt::ISODate) + u':' + today.toString(Qt::ISODate));
    QCOMPARE(request.query.queryItemValue(u"sort"_s), u"newest"_s);
    QCOMPARE(request.query.queryItemValue(u"per_page"_s), u"20"_s);

    // Another starter: none of them.
    auto other = std::make_shared<CallOutcome<QList<Task>>>();
    m_tasks->findRecentOneOffTasks(title, {}, 1006, this, recorder(other));
    waitForCall(other);
    QVERIFY(other->ok());
    QCOMPARE(other->result->value().size(), 0);
    QCOMPARE(m_api->server().requests().constLast().query.queryItemValue(u"created"_s),
             today.toString(Qt::ISODate));
}

void tst_TasksApi::listRunTasksFollowsPages() {
    QSet<QString> expected;
    for (const auto &info : m_api->server().seededTasks()) {
        if (m_api->server().storedTask(info.id).value(u"run_id"_s).toString() == NorthwindRun)
            expected.insert(info.id);
    }
    QVERIFY(expected.size() > 2);

    // The default: per_page=100, one page for a small run.
    auto whole = std::make_shared<CallOutcome<QList<Task>>>();
    m_tasks->listRunTasks(NorthwindRun, {u"form_fields"_s}, this, recorder(whole));
    waitForCall(whole);
    QVERIFY2(whole->ok(), qPrintable(whole->details()));
    QCOMPARE(whole->result->value().size(), expected.size());
    QCOMPARE(m_api->server().requestCount({}, {}), 1);
    const SandboxRequest first = m_api->server().requests().constFirst();
    QCOMPARE(first.path,
             u"/api/organizations/%1/runs/%2/tasks"_s.arg(m_api->server().orgId(), NorthwindRun));
    QCOMPARE(first.query.queryItemValue(u"per_page"_s), u"100"_s);
    QCOMPARE(first.query.queryItemValue(u"page"_s), u"1"_s);
    QCOMPARE(first.query.queryItemValue(u"with"_s), u"form_fields"_s);

    // Two per page: every page is fetched until the stop rule, nothing twice.
    m_api->server().clearRequests();
    m_tasks->setPageSize(2);
    auto paged = std::make_shared<CallOutcome<QList<Task>>>();
    m_tasks->listRunTasks(NorthwindRun, {}, this, recorder(paged));
    waitForCall(paged);
    QVERIFY2(paged->ok(), qPrintable(paged->details()));
    QSet<QString> ids;
    for (const Task &task : paged->result->value()) {
        QCOMPARE(task.runId, NorthwindRun);
        ids.insert(task.id);
    }
    QCOMPARE(paged->result->value().size(), expected.size());
    QCOMPARE(ids, expected);
    const int pages = int((expected.size() + 1) / 2);
    const auto requests = m_api->server().requests();
    QCOMPARE(requests.size(), pages);
    for (int page = 1; page <= pages; ++page) {
        QCOMPARE(requests.at(page - 1).query.queryItemValue(u"per_page"_s), u"2"_s);
        QCOMPARE(requests.at(page - 1).query.queryItemValue(u"page"_s), QString::number(page));
        QVERIFY(!requests.at(page - 1).query.hasQueryItem(u"with"_s));
    }

    // Unknown run: the record 404.
    auto unknown = std::make_shared<CallOutcome<QList<Task>>>();
    m_tasks->listRunTasks(u"ffffffffffffffffffffffffffffffff"_s, {}, this, recorder(unknown));
    waitForCall(unknown);
    QCOMPARE(unknown->kind(), ApiError::Kind::NotFound);
}

void tst_TasksApi::largeBodyIsParsedOffTheGuiThread() {
    const QString id = m_api->server().addLargeTask(120); // about 4 KB per field
    auto outcome = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(id, {u"form_fields"_s}, {}, this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    QCOMPARE(outcome->result->value().id, id);
    QCOMPARE(outcome->result->value().formFields.size(), 120);
    QCOMPARE(m_tasks->backgroundParseCount(), 1);
    QCOMPARE(outcome->thread, QThread::currentThread()); // delivered back on the context's thread

    // The same body under a higher threshold is parsed in place, with the same result.
    m_tasks->setParseThreshold(64 * 1024 * 1024);
    auto inPlace = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(id, {u"form_fields"_s}, {}, this, recorder(inPlace));
    waitForCall(inPlace);
    QVERIFY(inPlace->ok());
    QCOMPARE(m_tasks->backgroundParseCount(), 1);
    QCOMPARE(inPlace->result->value().raw, outcome->result->value().raw);
}

void tst_TasksApi::cancelAndContextDestroyed() {
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    hang.times = -1;
    m_api->server().addFault(hang);

    auto outcome = std::make_shared<CallOutcome<Task>>();
    const CallHandle handle = m_tasks->getTask(NorthwindTask, {}, {}, this, recorder(outcome));
    QTRY_COMPARE(m_api->client().inFlightCount(), 1);
    QVERIFY(handle.isActive());
    handle.cancel();
    QCOMPARE(outcome->calls, 0);
    waitForCall(outcome);
    QCOMPARE(outcome->kind(), ApiError::Kind::Cancelled);
    QTRY_COMPARE(m_api->client().inFlightCount(), 0); // the request was aborted too

    auto context = std::make_unique<QObject>();
    auto orphan = std::make_shared<CallOutcome<QList<Task>>>();
    m_tasks->listRunTasks(NorthwindRun, {}, context.get(), recorder(orphan));
    QTRY_COMPARE(m_api->client().inFlightCount(), 1);
    context.reset();
    QTRY_COMPARE(m_api->client().inFlightCount(), 0);
    m_api->server().clearFaults();
    roundTrip();
    QCOMPARE(orphan->calls, 0);

    // A large parse whose context goes away while the worker runs: no callback, no crash.
    const QString id = m_api->server().addLargeTask(300);
    auto late = std::make_unique<QObject>();
    auto lateOutcome = std::make_shared<CallOutcome<Task>>();
    // Queued: the deletion is posted before the worker starts, so it always comes before the
    // worker's result, however fast the parse is.
    connect(
        m_tasks.get(), &TasksApi::backgroundParseStarted, this, [&late] { late.reset(); },
        Qt::QueuedConnection);
    m_tasks->getTask(id, {u"form_fields"_s}, {}, late.get(), recorder(lateOutcome));
    QTRY_VERIFY(late == nullptr);
    QCOMPARE(m_tasks->backgroundParseCount(), 1);
    // The same body parsed again, for a context that stays: by the time it arrives, the
    // first worker (which started earlier) has long posted whatever it would post.
    auto again = std::make_shared<CallOutcome<Task>>();
    m_tasks->getTask(id, {u"form_fields"_s}, {}, this, recorder(again));
    waitForCall(again);
    QVERIFY(again->ok());
    QCOMPARE(m_tasks->backgroundParseCount(), 2);
    QCOMPARE(lateOutcome->calls, 0);
}

QTEST_GUILESS_MAIN(tst_TasksApi)
#include "tst_TasksApi.moc"
