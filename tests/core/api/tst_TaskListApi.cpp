#include "ApiSandbox.h"
#include "CallOutcome.h"
#include "core/api/TaskListApi.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Q = TaskListQuery;

Q_DECLARE_METATYPE(TaskListQuery)

/// TaskListApi against the sandbox over loopback: the exact request of each list, 100 rows a
/// page, errors as values, retries of a GET, and cancel.
class tst_TaskListApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_api = std::make_unique<ApiSandbox>();
        QVERIFY(m_api->isValid());
        m_api->server().addGeneratedTasks(150);
        m_lists = std::make_unique<TaskListApi>(&m_api->client());
    }
    void cleanup() {
        m_lists.reset();
        m_api.reset();
    }

    void exactRequest_data() {
        QTest::addColumn<Q>("query");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("path"); // below /api/organizations/<org>/
        QTest::addColumn<QString>("sent"); // the query, decoded, in the order sent
        Q mine;
        QTest::newRow("my open tasks")
            << mine << 1 << u"me/tasks"_s
            << u"status=active-visible&sort=deadline&per_page=100&page=1&with=run"_s;
        Q all;
        all.show = Q::Show::All;
        all.status = Q::Status::Completed;
        all.sort = Q::Sort::CompletedNewest;
        all.search = u"lease & co"_s;
        all.oneOffOnly = true;
        QTest::newRow("org completed, searched, one-off")
            << all << 2 << u"tasks"_s
            << u"status=complete&sort=completed_newest&per_page=100&page=2&with=run&"
               u"q=lease & co&is_oneoff=true"_s;
        Q member;
        member.show = Q::Show::Member;
        member.memberId = 1002;
        member.status = Q::Status::Overdue;
        member.sort = Q::Sort::Newest;
        QTest::newRow("member overdue")
            << member << 1 << u"users/1002/tasks"_s
            << u"status=overdue&sort=newest&per_page=100&page=1&with=run"_s;
    }
    void exactRequest() {
        QFETCH(Q, query);
        QFETCH(int, page);
        QFETCH(QString, path);
        QFETCH(QString, sent);
        auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
        m_lists->page(query, page, this, recorder(outcome));
        waitForCall(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
        QCOMPARE(outcome->calls, 1);
        const SandboxRequest request = m_api->server().requests().constLast();
        QCOMPARE(request.method, "GET"_ba);
        QCOMPARE(request.path, u"/api/organizations/%1/%2"_s.arg(m_api->server().orgId(), path));
        QCOMPARE(request.query.toString(QUrl::FullyDecoded), sent);
        QCOMPARE(request.header("x-tallyfy-client"), "APIClient"_ba);
        QCOMPARE(m_api->server().requestCount({}, {}), 1);
    }

    void aRunsList() {
        // The process of a generated task, asked for its own list.
        auto first = std::make_shared<CallOutcome<TaskListPage>>();
        Q all;
        all.show = Q::Show::All;
        all.status = Q::Status::All;
        m_lists->page(all, 1, this, recorder(first));
        waitForCall(first);
        QVERIFY(first->ok());
        QString runId;
        for (const TaskListItem &item : first->result->value().items)
            runId = runId.isEmpty() ? item.runId : runId;
        QVERIFY(!runId.isEmpty());

        Q run;
        run.show = Q::Show::Run;
        run.runId = runId;
        run.status = Q::Status::All;
        run.sort = Q::Sort::Position;
        auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
        m_lists->page(run, 1, this, recorder(outcome));
        waitForCall(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
        const SandboxRequest request = m_api->server().requests().constLast();
        QVERIFY(request.path.endsWith(u"/runs/"_s + runId + u"/tasks"_s));
        QCOMPARE(request.query.toString(QUrl::FullyDecoded),
                 u"status=all&sort=position&per_page=100&page=1"_s);
        QVERIFY(!outcome->result->value().items.isEmpty());
        for (const TaskListItem &item : outcome->result->value().items)
            QCOMPARE(item.runId, runId);
    }

    void pagesOfAHundred() {
        Q all;
        all.show = Q::Show::All;
        all.status = Q::Status::All;
        int seen = 0;
        int total = -1;
        int largePages = 0;
        for (int page = 1; page <= 3; ++page) {
            auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
            m_lists->page(all, page, this, recorder(outcome));
            waitForCall(outcome);
            QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
            const TaskListPage &answer = outcome->result->value();
            QCOMPARE(answer.meta.perPage, 100);
            QCOMPARE(answer.meta.currentPage, page);
            total = answer.meta.total.value_or(-1);
            seen += int(answer.items.size());
            largePages += answer.items.size() >= 20 ? 1 : 0; // 20 tasks: some 20 KB and more
            QCOMPARE(answer.skipped, 0);
            QCOMPARE(outcome->thread, QThread::currentThread());
        }
        QVERIFY(total > 150);
        QCOMPARE(seen, std::min(total, 300));
        // Pages of more than a few rows are parsed off the calling thread (the empty third page
        // is not); the callback still runs on it.
        QCOMPARE(largePages, 2);
        QCOMPARE(m_lists->backgroundParseCount(), largePages);
    }

    void unknownRunIsAnError() {
        Q run;
        run.show = Q::Show::Run;
        run.runId = u"0123456789abcdef0123456789abcdef"_s;
        auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
        m_lists->page(run, 1, this, recorder(outcome));
        waitForCall(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->kind(), ApiError::Kind::NotFound);
    }

    void aBodyThatIsNoListIsAnError() {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 200;
        fault.contentType = "application/json";
        fault.body = R"({"data":{"id":"0123456789abcdef0123456789abcdef"}})";
        m_api->server().addFault(fault);
        auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
        m_lists->page(Q(), 1, this, recorder(outcome));
        waitForCall(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(outcome->calls, 1);
    }

    void aGetIsRetried() {
        SandboxFault busy;
        busy.kind = SandboxFault::Kind::Status;
        busy.status = 503;
        busy.pathPattern = u"/me/tasks$"_s;
        m_api->server().addFault(busy);
        auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
        m_lists->page(Q(), 1, this, recorder(outcome));
        waitForCall(outcome);
        QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
        QCOMPARE(m_api->server().requestCount("GET", u"/me/tasks$"_s), 2);
    }

    void noOrganization() {
        ApiConfig config = m_api->client().config();
        config.orgId.clear();
        m_api->client().setConfig(config);
        auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
        m_lists->page(Q(), 1, this, recorder(outcome));
        waitForCall(outcome);
        QCOMPARE(outcome->kind(), ApiError::Kind::Validation);
        QCOMPARE(m_api->server().requestCount({}, {}), 0);
    }

    void cancel() {
        SandboxFault hang;
        hang.kind = SandboxFault::Kind::Hang;
        m_api->server().addFault(hang);
        auto outcome = std::make_shared<CallOutcome<TaskListPage>>();
        const CallHandle handle = m_lists->page(Q(), 1, this, recorder(outcome));
        QTRY_COMPARE(m_api->server().requestCount({}, {}), 1);
        QVERIFY(handle.isActive());
        handle.cancel();
        waitForCall(outcome);
        QCOMPARE(outcome->kind(), ApiError::Kind::Cancelled);
        QTRY_COMPARE(m_api->client().inFlightCount(), 0);
        QCOMPARE(outcome->calls, 1);
    }

private:
    std::unique_ptr<ApiSandbox> m_api;
    std::unique_ptr<TaskListApi> m_lists;
};

QTEST_GUILESS_MAIN(tst_TaskListApi)
#include "tst_TaskListApi.moc"
