#include "core/domain/TaskListItem.h"
#include "core/domain/TaskListPage.h"
#include "core/domain/TaskListQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using Q = TaskListQuery;

Q_DECLARE_METATYPE(TaskListQuery)

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

    void rowsAreCheckedAgainstTheFilter() {
        Q open;
        QVERIFY(open.matches(item(u"in-progress"_s, u"task"_s)));
        QVERIFY(!open.matches(item(u"completed"_s, u"task"_s)));
        Q completed;
        completed.status = Q::Status::Completed;
        QVERIFY(completed.matches(item(u"completed"_s, u"task"_s)));
        QVERIFY(!completed.matches(item(u"not-started"_s, u"task"_s)));
        Q approvals;
        approvals.status = Q::Status::All;
        approvals.type = Q::Type::Approval;
        QVERIFY(approvals.matches(item(u"completed"_s, u"approval"_s)));
        QVERIFY(!approvals.matches(item(u"completed"_s, u"task"_s)));
        Q oneOff;
        oneOff.oneOffOnly = true;
        QVERIFY(!oneOff.matches(item(u"in-progress"_s, u"task"_s, false)));
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
