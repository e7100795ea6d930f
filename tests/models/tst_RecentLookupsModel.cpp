#include "core/settings/RecentLookups.h"
#include "models/RecentLookupsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTextDocument>

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

class tst_RecentLookupsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newestFirstWithoutDuplicates() {
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{u"aaa"_s, u"First task"_s, base},
                          {u"ccc"_s, QString(), base.addSecs(120)},
                          {u"bbb"_s, u"Second task"_s, base.addSecs(60)},
                          {u" AAA "_s, u"First task, older"_s, base.addSecs(-60)},
                          {QString(), u"no ID: dropped"_s, base.addSecs(300)}});
        QCOMPARE(shownIds(model), (QStringList{u"ccc"_s, u"bbb"_s, u"aaa"_s}));
        QCOMPARE(model.index(0, 0).data().toString(), u"ccc"_s); // no title: the ID
        QCOMPARE(model.index(1, 0).data().toString(), u"Second task"_s);
        QCOMPARE(model.index(2, 0).data(RecentLookupsModel::TitleRole).toString(), u"First task"_s);
        QCOMPARE(model.index(2, 0).data(RecentLookupsModel::WhenRole).toDateTime(), base);

        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sameRulesAsTheSettings() {
        // The model shows a list under the rules the settings keep it by, whoever made it.
        QList<RecentLookup> entries;
        for (int i = 0; i < 60; ++i)
            entries.append({u"id%1"_s.arg(i), u"Task %1"_s.arg(i), base.addSecs(i)});
        entries.append({u"id55"_s, u"Older duplicate"_s, base.addSecs(-100)});
        entries.append({u"long"_s, QString(5000, u'x'), base.addSecs(-200)});
        RecentLookupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries);
        QCOMPARE(model.entries(), RecentLookups::normalized(entries));
        QCOMPARE(model.rowCount(), int(RecentLookups::MaxCount));
        QCOMPARE(shownIds(model).first(), u"id59"_s);
        QCOMPARE(shownIds(model).last(), u"id10"_s);
    }

    void toolTipIsLiteral() {
        RecentLookupsModel model;
        model.setEntries({{u"<b>id</b>"_s, u"<img src=x width=9000>"_s, base}});
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QTextDocument shown;
        shown.setHtml(tip);
        QVERIFY2(shown.toPlainText().startsWith(u"<b>id</b>"_s), qPrintable(tip));
        QVERIFY(!tip.contains(u"<b>"_s));
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
        model.setEntries({{u"a1"_s, u"Onboarding for Northwind"_s, base},
                          {u"b2"_s, u"Café order"_s, base.addSecs(1)},
                          {u"c3"_s, u"Onboarding for Contoso"_s, base.addSecs(2)}});
        model.setFilterText(filter);
        QCOMPARE(shownIds(model), ids);
        // Filtering never changes the list itself.
        QCOMPARE(model.entries().size(), 3);
    }
};

QTEST_MAIN(tst_RecentLookupsModel)
#include "tst_RecentLookupsModel.moc"
