#include "models/RecentLookupsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime base(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);

QStringList shownIds(const RecentLookupsModel &model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(RecentLookupsModel::TaskIdRole).toString());
    return ids;
}

} // namespace

class TestRecentLookupsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newestFirstWithoutDuplicates() {
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &RecentLookupsModel::entriesChanged);
        model.addLookup(u"aaa"_s, u"First task"_s, base);
        model.addLookup(u"bbb"_s, u"Second task"_s, base.addSecs(60));
        model.addLookup(u"ccc"_s, QString(), base.addSecs(120));
        QCOMPARE(shownIds(model), (QStringList{u"ccc"_s, u"bbb"_s, u"aaa"_s}));
        QCOMPARE(model.index(0, 0).data().toString(), u"ccc"_s); // no title: the ID
        QCOMPARE(model.index(1, 0).data().toString(), u"Second task"_s);

        model.addLookup(u" aaa "_s, u"First task, renamed"_s, base.addSecs(180));
        QCOMPARE(shownIds(model), (QStringList{u"aaa"_s, u"ccc"_s, u"bbb"_s}));
        QCOMPARE(model.index(0, 0).data(RecentLookupsModel::TitleRole).toString(),
                 u"First task, renamed"_s);
        QCOMPARE(model.index(0, 0).data(RecentLookupsModel::WhenRole).toDateTime(),
                 base.addSecs(180));
        QCOMPARE(changed.count(), 4);

        model.removeLookup(u"ccc"_s);
        QCOMPARE(shownIds(model), (QStringList{u"aaa"_s, u"bbb"_s}));
        model.addLookup(QString(), u"ignored"_s, base);
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(changed.count(), 6);
    }

    void capAndRoundTrip() {
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaximumEntries(5);
        QList<RecentLookupsModel::Entry> entries;
        for (int i = 0; i < 8; ++i)
            entries.append({u"id%1"_s.arg(i), u"Task %1"_s.arg(i), base.addSecs(i)});
        entries.append({u"id3"_s, u"Older duplicate"_s, base.addSecs(-100)});
        model.setEntries(entries);
        QCOMPARE(shownIds(model), (QStringList{u"id7"_s, u"id6"_s, u"id5"_s, u"id4"_s, u"id3"_s}));
        QCOMPARE(model.index(4, 0).data().toString(), u"Task 3"_s);

        RecentLookupsModel restored;
        QAbstractItemModelTester restoredTester(
            &restored, QAbstractItemModelTester::FailureReportingMode::QtTest);
        restored.setEntries(model.entries());
        QCOMPARE(restored.entries(), model.entries());
    }

    void filter_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("none") << QString() << QStringList{u"c3"_s, u"b2"_s, u"a1"_s};
        QTest::newRow("title word") << u"onboarding"_s << QStringList{u"c3"_s, u"a1"_s};
        QTest::newRow("accent and case") << u"CAFE"_s << QStringList{u"b2"_s};
        QTest::newRow("two words") << u"northwind onb"_s << QStringList{u"a1"_s};
        QTest::newRow("id") << u"b2"_s << QStringList{u"b2"_s};
        QTest::newRow("no match") << u"zzz"_s << QStringList{};
    }

    void filter() {
        QFETCH(QString, filter);
        QFETCH(QStringList, ids);
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addLookup(u"a1"_s, u"Onboarding for Northwind"_s, base);
        model.addLookup(u"b2"_s, u"Café order"_s, base.addSecs(1));
        model.addLookup(u"c3"_s, u"Onboarding for Contoso"_s, base.addSecs(2));
        model.setFilterText(filter);
        QCOMPARE(shownIds(model), ids);
        // Filtering never changes the list itself.
        QCOMPARE(model.entries().size(), 3);
    }
};

QTEST_MAIN(TestRecentLookupsModel)
#include "tst_RecentLookupsModel.moc"
