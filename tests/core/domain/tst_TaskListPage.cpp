#include "TestData.h"
#include "core/domain/TaskListPage.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// One row as the test compares it: every field of TaskListItem, in one readable line.
QString describe(const TaskListItem &item) {
    QStringList users;
    for (const qint64 id : item.userIds)
        users.append(QString::number(id));
    return u"%1|run=%2|%3|%4|%5|deadline=%6|users=%7|groups=%8|guests=%9|process=%10|"
           u"oneoff=%11|problem=%12%13"_s
               .arg(item.id, item.runId, item.title, item.status, item.taskType,
                    item.deadline.isValid() ? item.deadline.toString(Qt::ISODate) : u"none"_s,
                    users.join(u','), item.groupIds.join(u','), item.guestEmails.join(u','),
                    item.processName, item.oneOff ? u"yes"_s : u"no"_s)
               .arg(item.hasProblem ? u"yes"_s : u"no"_s, item.problemKnown ? u""_s : u"?"_s);
}

} // namespace

/// Pages of a task list parsed from recorded JSON in tests/data: owners as IDs or objects,
/// includes wrapped in {data} or not, `links` as an object or [], the problem flag under either
/// name, and items that are no task skipped.
class tst_TaskListPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("meta");

        QTest::newRow("owners as IDs, run wrapped, links []")
            << u"tasklist_owners_ids.json"_s
            << QStringList{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9|run=5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d|"
                           u"Sign the supplier contract|in-progress|approval|"
                           u"deadline=2026-12-03T17:00:00Z|users=1001,1002|"
                           u"groups=b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6|guests=pat@guest.example|"
                           u"process=Supplier onboarding|oneoff=no|problem=yes"_s,
                           u"1b2c3d4e5f60718293a4b5c6d7e8f90a|run=|Book the venue|not-started|task|"
                           u"deadline=none|users=|groups=|guests=|process=|oneoff=yes|problem=no"_s}
            << 0 << u"total=2 page=1/1 next="_s;
        QTest::newRow("owners as objects, run unwrapped, links object")
            << u"tasklist_owners_objects.json"_s
            << QStringList{u"2c3d4e5f60718293a4b5c6d7e8f90a1b|run=6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e|"
                           u"Approve the travel budget|completed|expiring_email|"
                           u"deadline=2026-11-30T12:30:00Z|users=1003|"
                           u"groups=c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7|guests=lee@guest.example|"
                           u"process=Travel request|oneoff=no|problem=yes"_s,
                           u"3d4e5f60718293a4b5c6d7e8f90a1b2c|run=|Renew the office lease|"
                           u"auto-skipped|task|deadline=none|users=1004|groups=|guests=|process=|"
                           u"oneoff=yes|problem=no?"_s}
            << 0
            << u"total=230 page=2/3 next=https://go.tallyfy.com/api/organizations/x/tasks?page=3"_s;
        QTest::newRow("items that are no task are skipped")
            << u"tasklist_unparsable_items.json"_s
            << QStringList{u"4e5f60718293a4b5c6d7e8f90a1b2c3d|run=|Kept|not-started|task|"
                           u"deadline=none|users=|groups=|guests=|process=|oneoff=yes|problem=no?"_s}
            << 7 << u"total=8 page=1/1 next="_s;
    }
    void golden() {
        QFETCH(QString, file);
        QFETCH(QStringList, rows);
        QFETCH(int, skipped);
        QFETCH(QString, meta);
        QString error;
        const auto page = TaskListPage::fromResponseBody(TestData::read(file), &error);
        QVERIFY2(page, qPrintable(error));
        QStringList parsed;
        for (const TaskListItem &item : page->items)
            parsed.append(describe(item));
        QCOMPARE(parsed, rows);
        QCOMPARE(page->skipped, skipped);
        const PageMeta &m = page->meta;
        QCOMPARE(u"total=%1 page=%2/%3 next=%4"_s.arg(m.total.value_or(-1))
                     .arg(m.currentPage.value_or(-1))
                     .arg(m.totalPages.value_or(-1))
                     .arg(m.nextLink),
                 meta);
    }

    void notAList_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << "<html><body>Bad gateway</body></html>"_ba;
        QTest::newRow("data is an object") << R"({"data":{"id":"x"}})"_ba;
        QTest::newRow("no data") << R"({"meta":{}})"_ba;
        QTest::newRow("an array") << R"([{"id":"0a1b2c3d4e5f60718293a4b5c6d7e8f9"}])"_ba;
    }
    void notAList() {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!TaskListPage::fromResponseBody(body, &error));
        QVERIFY(!error.isEmpty());
    }

    void anEmptyPage() {
        const auto page =
            TaskListPage::fromResponseBody(TestData::read(u"pagination_empty_data.json"_s));
        QVERIFY(page);
        QVERIFY(page->items.isEmpty());
        QCOMPARE(page->skipped, 0);
    }
};

QTEST_GUILESS_MAIN(tst_TaskListPage)
#include "tst_TaskListPage.moc"
