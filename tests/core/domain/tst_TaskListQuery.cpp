#include "core/domain/TaskListItem.h"
#include "core/domain/TaskListPage.h"
#include "core/domain/TaskListQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using Q = TaskListQuery;

Q_DECLARE_METATYPE(TaskListQuery)
Q_DECLARE_METATYPE(TaskListQuery::Show)
Q_DECLARE_METATYPE(TaskListQuery::Sort)
Q_DECLARE_METATYPE(TaskListQuery::Type)
Q_DECLARE_METATYPE(TaskListQuery::Status)
Q_DECLARE_METATYPE(TaskListQuery::SearchMode)

namespace {

QString joined(const QList<std::pair<QString, QString>> &items) {
    QStringList parts;
    for (const auto &[key, value] : items)
        parts.append(key + u'=' + value);
    return parts.join(u'&');
}

TaskListItem item(const QString &status, const QString &type, bool oneOff = true) {
    TaskListItem row;
    row.id = u"0123456789abcdef0123456789abcdef"_s;
    row.status = status;
    row.taskType = type;
    row.oneOff = oneOff;
    row.title = u"Renew the office lease"_s;
    return row;
}

} // namespace

/// The question a task list is asked: path and query per filter, never user text in `status`,
/// and the check of rows against the filter the server claims to have applied.
class tst_TaskListQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pathAndQuery_data() {
        QTest::addColumn<Q>("query");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("items");
        Q mine;
        QTest::newRow("my open tasks")
            << mine << u"me/tasks"_s
            << u"status=active-visible&sort=deadline&per_page=100&page=1&with=run"_s;
        Q completed;
        completed.status = Q::Status::Completed;
        completed.sort = Q::Sort::Problems; // not offered on my list: the list's first
        QTest::newRow("completed is sent as complete")
            << completed << u"me/tasks"_s
            << u"status=complete&sort=deadline&per_page=100&page=1&with=run"_s;
        Q all;
        all.show = Q::Show::All;
        all.status = Q::Status::DueSoon;
        all.sort = Q::Sort::Problems;
        all.search = u"  lease & co  "_s;
        all.oneOffOnly = true;
        QTest::newRow("organization: server search and one-off")
            << all << u"tasks"_s
            << u"status=due-soon&sort=problems&per_page=100&page=1&with=run&q=lease & "
               u"co&is_oneoff=true"_s;
        Q member;
        member.show = Q::Show::Member;
        member.memberId = 1002;
        member.status = Q::Status::HasProblem;
        member.search = u"lease"_s; // searched locally: not sent
        member.oneOffOnly = true;   // checked locally: not sent
        QTest::newRow("member")
            << member << u"users/1002/tasks"_s
            << u"status=has-problem&sort=deadline&per_page=100&page=1&with=run"_s;
        Q run;
        run.show = Q::Show::Run;
        run.runId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
        run.status = Q::Status::All;
        run.sort = Q::Sort::Position;
        QTest::newRow("process") << run << u"runs/5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d/tasks"_s
                                 << u"status=all&sort=position&per_page=100&page=1"_s;
    }
    void pathAndQuery() {
        QFETCH(Q, query);
        QFETCH(QString, path);
        QFETCH(QString, items);
        QCOMPARE(query.pathSegments().join(u'/'), path);
        QCOMPARE(joined(query.queryItems(1, 100)), items);
    }

    void everyStatusOnEveryRoute_data() {
        QTest::addColumn<Q>("query");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("items");
        const std::pair<Q::Status, QString> statuses[] = {
            {Q::Status::Open, u"active-visible"_s},    {Q::Status::NotStarted, u"not-started"_s},
            {Q::Status::InProgress, u"in-progress"_s}, {Q::Status::Overdue, u"overdue"_s},
            {Q::Status::DueSoon, u"due-soon"_s},       {Q::Status::HasProblem, u"has-problem"_s},
            {Q::Status::Completed, u"complete"_s},     {Q::Status::All, u"all"_s}};
        for (const auto &[status, code] : statuses) {
            Q mine;
            mine.status = status;
            QTest::addRow("me %s", qPrintable(code))
                << mine << u"me/tasks"_s
                << u"status=%1&sort=deadline&per_page=100&page=3&with=run"_s.arg(code);
            Q all = mine;
            all.show = Q::Show::All;
            all.sort = Q::Sort::Newest;
            QTest::addRow("org %s", qPrintable(code))
                << all << u"tasks"_s
                << u"status=%1&sort=newest&per_page=100&page=3&with=run"_s.arg(code);
            Q member = mine;
            member.show = Q::Show::Member;
            member.memberId = 1003;
            QTest::addRow("member %s", qPrintable(code))
                << member << u"users/1003/tasks"_s
                << u"status=%1&sort=deadline&per_page=100&page=3&with=run"_s.arg(code);
            Q run = mine;
            run.show = Q::Show::Run;
            run.runId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
            run.sort = Q::Sort::Position;
            QTest::addRow("run %s", qPrintable(code))
                << run << u"runs/5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d/tasks"_s
                << u"status=%1&sort=position&per_page=100&page=3"_s.arg(code);
        }
    }
    void everyStatusOnEveryRoute() {
        QFETCH(Q, query);
        QFETCH(QString, path);
        QFETCH(QString, items);
        QCOMPARE(query.path(), path);
        QCOMPARE(joined(query.queryItems(3, 100)), items);
    }

    void sortPerRoute_data() {
        QTest::addColumn<Q::Show>("show");
        QTest::addColumn<Q::Sort>("sort");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("offered");
        const QString org = u"deadline,newest,problems,completed_newest"_s;
        const QString run = u"position,deadline"_s;
        const QString person = u"deadline,newest"_s;
        QTest::newRow("org deadline") << Q::Show::All << Q::Sort::Deadline << u"deadline"_s << org;
        QTest::newRow("org newest") << Q::Show::All << Q::Sort::Newest << u"newest"_s << org;
        QTest::newRow("org problems") << Q::Show::All << Q::Sort::Problems << u"problems"_s << org;
        QTest::newRow("org completed_newest")
            << Q::Show::All << Q::Sort::CompletedNewest << u"completed_newest"_s << org;
        QTest::newRow("org position: not offered")
            << Q::Show::All << Q::Sort::Position << u"deadline"_s << org;
        QTest::newRow("run position") << Q::Show::Run << Q::Sort::Position << u"position"_s << run;
        QTest::newRow("run deadline") << Q::Show::Run << Q::Sort::Deadline << u"deadline"_s << run;
        QTest::newRow("run newest: not offered")
            << Q::Show::Run << Q::Sort::Newest << u"position"_s << run;
        QTest::newRow("me newest") << Q::Show::Mine << Q::Sort::Newest << u"newest"_s << person;
        QTest::newRow("me problems: not offered")
            << Q::Show::Mine << Q::Sort::Problems << u"deadline"_s << person;
        QTest::newRow("member newest")
            << Q::Show::Member << Q::Sort::Newest << u"newest"_s << person;
        QTest::newRow("member completed_newest: not offered")
            << Q::Show::Member << Q::Sort::CompletedNewest << u"deadline"_s << person;
    }
    void sortPerRoute() {
        QFETCH(Q::Show, show);
        QFETCH(Q::Sort, sort);
        QFETCH(QString, sent);
        QFETCH(QString, offered);
        Q query;
        query.show = show;
        query.memberId = 7;
        query.runId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
        query.sort = sort;
        QStringList codes;
        for (const Q::Sort each : Q::sortsFor(show))
            codes.append(Q::sortCode(each));
        QCOMPARE(codes.join(u','), offered);
        QString value;
        for (const auto &[key, item] : query.queryItems(1, 100)) {
            if (key == "sort"_L1)
                value = item;
        }
        QCOMPARE(value, sent);
    }

    void searchAndOneOffPerRoute_data() {
        QTest::addColumn<Q::Show>("show");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("oneOff");
        QTest::addColumn<QString>("extra"); // query items after page (and with=run)
        QTest::addColumn<Q::SearchMode>("mode");
        QTest::newRow("org q, URL-encoded by the request")
            << Q::Show::All << u"  lease & co=1  "_s << false << u"q=lease & co=1"_s
            << Q::SearchMode::Server;
        QTest::newRow("org q and one-off") << Q::Show::All << u"Zürich"_s << true
                                           << u"q=Zürich&is_oneoff=true"_s << Q::SearchMode::Server;
        QTest::newRow("org one-off only")
            << Q::Show::All << u""_s << true << u"is_oneoff=true"_s << Q::SearchMode::None;
        QTest::newRow("org blank search")
            << Q::Show::All << u"   "_s << false << u""_s << Q::SearchMode::None;
        QTest::newRow("me: local search, one-off on the client")
            << Q::Show::Mine << u"lease"_s << true << u""_s << Q::SearchMode::Local;
        QTest::newRow("member: local search")
            << Q::Show::Member << u"status=complete"_s << true << u""_s << Q::SearchMode::Local;
        QTest::newRow("run: local search")
            << Q::Show::Run << u"lease"_s << true << u""_s << Q::SearchMode::Local;
    }
    void searchAndOneOffPerRoute() {
        QFETCH(Q::Show, show);
        QFETCH(QString, search);
        QFETCH(bool, oneOff);
        QFETCH(QString, extra);
        QFETCH(Q::SearchMode, mode);
        Q query;
        query.show = show;
        query.memberId = 7;
        query.runId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
        query.search = search;
        query.oneOffOnly = oneOff;
        QCOMPARE(query.searchMode(), mode);
        QCOMPARE(query.oneOffFilterOnServer(), show == Q::Show::All);
        QStringList after;
        for (const auto &[key, value] : query.queryItems(1, 100)) {
            // User text never reaches `status`.
            if (key == "status"_L1)
                QCOMPARE(value, u"active-visible"_s);
            if (key == "q"_L1 || key == "is_oneoff"_L1)
                after.append(key + u'=' + value);
        }
        QCOMPARE(after.join(u'&'), extra);
    }

    void statusCodesAreTheFixedTable() {
        const QStringList known{u"active-visible"_s, u"not-started"_s, u"in-progress"_s,
                                u"overdue"_s,        u"due-soon"_s,    u"has-problem"_s,
                                u"complete"_s,       u"all"_s};
        QStringList codes;
        for (int i = 0; i <= int(Q::Status::All); ++i)
            codes.append(Q::statusCode(Q::Status(i)));
        QCOMPARE(codes, known);
        QVERIFY(!codes.contains(u"completed"_s));
    }

    void searchMode() {
        Q query;
        QCOMPARE(query.searchMode(), Q::SearchMode::None);
        query.search = u"x"_s;
        QCOMPARE(query.searchMode(), Q::SearchMode::Local);
        query.show = Q::Show::All;
        QCOMPARE(query.searchMode(), Q::SearchMode::Server);
        query.search = u"   "_s;
        QCOMPARE(query.searchMode(), Q::SearchMode::None);
    }

    void lacksSubject() {
        Q query;
        QVERIFY(!query.lacksSubject()); // my tasks
        query.show = Q::Show::Member;
        QVERIFY(query.lacksSubject());
        query.memberId = 1005;
        QVERIFY(!query.lacksSubject());
        query.show = Q::Show::Run;
        QVERIFY(query.lacksSubject()); // the member is not a process
        query.runId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
        QVERIFY(!query.lacksSubject());
        query.show = Q::Show::All;
        query.runId.clear();
        QVERIFY(!query.lacksSubject());
    }

    void matches_data() {
        QTest::addColumn<Q::Status>("status");
        QTest::addColumn<QString>("itemStatus");
        QTest::addColumn<int>("deadlineHours"); // from now; 0 = no deadline
        QTest::addColumn<int>("problem");       // -1 = no flag sent, 0 = false, 1 = true
        QTest::addColumn<bool>("expected");
        using S = Q::Status;
        QTest::newRow("open: not started") << S::Open << u"not-started"_s << 0 << -1 << true;
        QTest::newRow("open: in progress") << S::Open << u"in-progress"_s << 0 << -1 << true;
        QTest::newRow("open: completed") << S::Open << u"completed"_s << 0 << -1 << false;
        QTest::newRow("open: auto-skipped") << S::Open << u"auto-skipped"_s << 0 << -1 << false;
        QTest::newRow("not started: in progress")
            << S::NotStarted << u"in-progress"_s << 0 << -1 << false;
        QTest::newRow("not started") << S::NotStarted << u"not-started"_s << 0 << -1 << true;
        QTest::newRow("in progress") << S::InProgress << u"in-progress"_s << 0 << -1 << true;
        QTest::newRow("in progress: active") << S::InProgress << u"active"_s << 0 << -1 << true;
        QTest::newRow("in progress: not started")
            << S::InProgress << u"not-started"_s << 0 << -1 << false;
        QTest::newRow("overdue: past") << S::Overdue << u"in-progress"_s << -5 << -1 << true;
        QTest::newRow("overdue: clock grace") << S::Overdue << u"in-progress"_s << 0 << -1 << true;
        QTest::newRow("overdue: next week")
            << S::Overdue << u"in-progress"_s << 7 * 24 << -1 << false;
        QTest::newRow("overdue: completed") << S::Overdue << u"completed"_s << -5 << -1 << false;
        QTest::newRow("due soon: in 3 h") << S::DueSoon << u"not-started"_s << 3 << -1 << true;
        QTest::newRow("due soon: in 3 days") << S::DueSoon << u"not-started"_s << 72 << -1 << false;
        QTest::newRow("due soon: completed") << S::DueSoon << u"completed"_s << 3 << -1 << false;
        QTest::newRow("problem: flagged") << S::HasProblem << u"completed"_s << 0 << 1 << true;
        QTest::newRow("problem: flag false")
            << S::HasProblem << u"in-progress"_s << 0 << 0 << false;
        QTest::newRow("problem: no flag, the server's word")
            << S::HasProblem << u"in-progress"_s << 0 << -1 << true;
        QTest::newRow("completed") << S::Completed << u"completed"_s << 0 << -1 << true;
        QTest::newRow("completed: not started")
            << S::Completed << u"not-started"_s << 0 << -1 << false;
        QTest::newRow("all: auto-skipped") << S::All << u"auto-skipped"_s << 0 << -1 << true;
    }
    void matches() {
        QFETCH(Q::Status, status);
        QFETCH(QString, itemStatus);
        QFETCH(int, deadlineHours);
        QFETCH(int, problem);
        QFETCH(bool, expected);
        const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        TaskListItem row = item(itemStatus, u"task"_s);
        if (deadlineHours != 0)
            row.deadline = now.addSecs(qint64(deadlineHours) * 3600);
        else if (status == Q::Status::Overdue)
            row.deadline = now.addSecs(30 * 60); // within the hour's grace
        row.problemKnown = problem >= 0;
        row.hasProblem = problem == 1;
        Q query;
        query.status = status;
        QCOMPARE(query.matches(row, now), expected);
    }

    void typeAndOneOffAreCheckedOnTheClient_data() {
        QTest::addColumn<Q::Type>("type");
        QTest::addColumn<QString>("taskType");
        QTest::addColumn<bool>("expected");
        QTest::newRow("any") << Q::Type::Any << u"email"_s << true;
        QTest::newRow("task") << Q::Type::Task << u"task"_s << true;
        QTest::newRow("task: approval") << Q::Type::Task << u"approval"_s << false;
        QTest::newRow("approval") << Q::Type::Approval << u"approval"_s << true;
        QTest::newRow("expiring") << Q::Type::Expiring << u"expiring"_s << true;
        QTest::newRow("expiring: expiring_email")
            << Q::Type::Expiring << u"expiring_email"_s << true;
        QTest::newRow("email") << Q::Type::Email << u"email"_s << true;
        QTest::newRow("email: task") << Q::Type::Email << u"task"_s << false;
    }
    void typeAndOneOffAreCheckedOnTheClient() {
        QFETCH(Q::Type, type);
        QFETCH(QString, taskType);
        QFETCH(bool, expected);
        Q query;
        query.status = Q::Status::All;
        query.type = type;
        QCOMPARE(query.matches(item(u"not-started"_s, taskType)), expected);
        // The type is never sent: no route filters by it.
        for (const auto &[key, value] : query.queryItems(1, 100))
            QVERIFY(key != "type"_L1 && key != "task_type"_L1);
    }

    void rowsAreCheckedAgainstTheFilter() {
        Q oneOff;
        oneOff.oneOffOnly = true;
        QVERIFY(!oneOff.matches(item(u"in-progress"_s, u"task"_s, false)));
        QVERIFY(oneOff.matches(item(u"in-progress"_s, u"task"_s, true)));
        Q search;
        search.search = u"LEASE"_s;
        QVERIFY(search.matchesSearch(item(u"in-progress"_s, u"task"_s)));
        search.search = u"printer"_s;
        QVERIFY(!search.matchesSearch(item(u"in-progress"_s, u"task"_s)));
    }

    void pageParsesEveryShape() {
        // Owners as IDs or objects, run wrapped or not, links as [] and an item that is no task.
        const QByteArray body = R"({"data":[
            {"id":"0123456789abcdef0123456789abcdef","title":"A","status":"not-started",
             "task_type":"task","run_id":null,"deadline":"2026-12-01T10:00:00Z",
             "owners":{"users":[1001,{"id":1002,"full_name":"Dana"}],"groups":[],"guests":["g@x.example"]},
             "has_issues":true,"is_oneoff_task":true},
            {"id":"fedcba9876543210fedcba9876543210","title":"B","status":"completed",
             "task_type":"approval","run_id":"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d",
             "run":{"data":{"id":"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d","name":"Onboarding"}},
             "owners":{"users":[],"groups":[{"id":"aaaabbbbccccddddeeeeffff00001111"}],"guests":[]}},
            {"title":"no id"}, 7],
            "meta":{"pagination":{"total":3,"count":3,"per_page":100,"current_page":1,
                                  "total_pages":1,"links":[]}}})";
        QString error;
        const auto page = TaskListPage::fromResponseBody(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->skipped, 2);
        const TaskListItem &a = page->items.at(0);
        QCOMPARE(a.userIds, (QList<qint64>{1001, 1002}));
        QCOMPARE(a.guestEmails, QStringList{u"g@x.example"_s});
        QVERIFY(a.hasProblem);
        QVERIFY(a.oneOff);
        QCOMPARE(a.deadline, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(a.isOverdue(QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC)));
        const TaskListItem &b = page->items.at(1);
        QCOMPARE(b.processName, u"Onboarding"_s);
        QCOMPARE(b.groupIds, QStringList{u"aaaabbbbccccddddeeeeffff00001111"_s});
        QVERIFY(!b.oneOff);
        QVERIFY(!b.isOverdue(QDateTime::currentDateTimeUtc()));
        QCOMPARE(page->meta.total, 3);
        QVERIFY(!TaskListPage::fromResponseBody(R"({"data":{}})"));
        QVERIFY(!TaskListPage::fromResponseBody("<html>"));
    }
};

QTEST_GUILESS_MAIN(tst_TaskListQuery)
#include "tst_TaskListQuery.moc"
