#include "core/settings/RecentLookups.h"
#include "core/settings/Settings.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime base(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);

QString id(int n) {
    return u"%1"_s.arg(n, 32, 10, QLatin1Char('0'));
}

QStringList ids(const QList<RecentLookup> &lookups) {
    QStringList result;
    for (const RecentLookup &lookup : lookups)
        result.append(lookup.taskId);
    return result;
}

} // namespace

/// The one set of rules for the lookup history: order, one entry per task, the caps on count
/// and title, and what they mean for the settings file.
class tst_RecentLookups final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void titlesAreCut_data() {
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<qsizetype>("kept");
        QTest::newRow("short") << qsizetype(12) << qsizetype(12);
        QTest::newRow("at the cap")
            << RecentLookups::MaxTitleLength << RecentLookups::MaxTitleLength;
        QTest::newRow("one over") << RecentLookups::MaxTitleLength + 1
                                  << RecentLookups::MaxTitleLength;
        QTest::newRow("a million") << qsizetype(1000000) << RecentLookups::MaxTitleLength;
    }

    void titlesAreCut() {
        QFETCH(qsizetype, length);
        QFETCH(qsizetype, kept);
        const QString title(length, u'x');
        const RecentLookup lookup = RecentLookups::capped({u" "_s + id(1) + u" "_s, title, base});
        QCOMPARE(lookup.taskId, id(1));
        QCOMPARE(lookup.title.size(), kept);
        if (length > kept)
            QVERIFY(lookup.title.endsWith(QChar(0x2026)));
        else
            QCOMPARE(lookup.title, title);
    }

    void aCutNeverSplitsACharacter() {
        // U+1F600 takes two UTF-16 units; the cut falls between them unless it steps back.
        const QString face = QString::fromUcs4(U"\U0001F600");
        const QString title = QString(RecentLookups::MaxTitleLength - 2, u'a') + face + face + face;
        const QString cut = RecentLookups::capped({id(1), title, base}).title;
        QVERIFY(cut.size() <= RecentLookups::MaxTitleLength);
        QCOMPARE(cut, QString(RecentLookups::MaxTitleLength - 2, u'a') + QChar(0x2026));
        for (qsizetype i = 0; i < cut.size(); ++i) {
            if (cut.at(i).isHighSurrogate())
                QVERIFY(i + 1 < cut.size() && cut.at(i + 1).isLowSurrogate());
        }
    }

    void newestFirstOnePerTaskCapped() {
        QList<RecentLookup> lookups;
        for (int i = 0; i < 70; ++i)
            lookups.append({id(i), u"Task %1"_s.arg(i), base.addSecs(i)});
        lookups.append({id(65).toUpper(), u"Older, in capitals"_s, base.addSecs(-5)});
        lookups.append({id(99), u"Undated"_s, QDateTime()});
        lookups.append({QString(), u"No ID"_s, base.addSecs(500)});
        lookups.append({QString(65, u'a'), u"Not a task's ID"_s, base.addSecs(600)});

        const QList<RecentLookup> kept = RecentLookups::normalized(lookups);
        QCOMPARE(kept.size(), RecentLookups::MaxCount);
        QCOMPARE(kept.first().taskId, id(69));
        QCOMPARE(kept.at(4).title, u"Task 65"_s);
        QCOMPARE(kept.last().taskId, id(20));
        QVERIFY(!ids(kept).contains(id(99))); // undated entries go last, so past the cap
        for (qsizetype i = 1; i < kept.size(); ++i)
            QVERIFY(kept.at(i - 1).when > kept.at(i).when);
        QCOMPARE(RecentLookups::normalized(kept), kept); // a fixed point
    }

    void addedReplacesAndRemovedForgets() {
        QList<RecentLookup> lookups = {{id(1), u"One"_s, base}, {id(2), u"Two"_s, base.addSecs(1)}};
        // The same task again, even at an earlier clock time, replaces its entry.
        lookups =
            RecentLookups::added(lookups, {id(1).toUpper(), u"One again"_s, base.addSecs(-9)});
        QCOMPARE(lookups.size(), 2);
        QCOMPARE(lookups.last().title, u"One again"_s);
        lookups = RecentLookups::added(lookups, {u"  "_s, u"Nothing"_s, base.addSecs(50)});
        QCOMPARE(lookups.size(), 2);
        lookups = RecentLookups::removed(lookups, u" "_s + id(2).toUpper());
        QCOMPARE(ids(lookups), QStringList{id(1).toUpper()});
    }

    void jsonRoundTripReadsAtMostTheCap() {
        QList<RecentLookup> lookups;
        for (int i = 0; i < 10; ++i)
            lookups.append({id(i), u"Täsk “%1”"_s.arg(i), base.addSecs(-i)});
        QCOMPARE(RecentLookups::fromJson(RecentLookups::toJson(lookups)), lookups);
        QVERIFY(RecentLookups::fromJson("not json").isEmpty());
        QVERIFY(RecentLookups::fromJson(R"({"an": "object"})").isEmpty());

        // A file edited by hand to hold far more than the cap is read only up to it.
        QList<RecentLookup> many;
        for (int i = 0; i < 5000; ++i)
            many.append({id(i), QString(2000, u'y'), base.addSecs(-i)});
        const QList<RecentLookup> read = RecentLookups::fromJson(RecentLookups::toJson(many));
        QCOMPARE(read.size(), RecentLookups::MaxCount);
        QCOMPARE(read.first().title.size(), RecentLookups::MaxTitleLength);
    }

    void aMillionCharacterTitleWritesASmallFile() {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString hugeTitle(1000000, u'T');
        QString fileName;
        {
            const std::unique_ptr<Settings> settings = Settings::forTesting(directory.path());
            for (int i = 0; i < 3; ++i)
                settings->addRecentLookup({id(i), hugeTitle, base.addSecs(i)});
            settings->sync();
            fileName = settings->fileName();
            const QList<RecentLookup> kept = settings->recentLookups();
            QCOMPARE(kept.size(), 3);
            QCOMPARE(kept.first().title.size(), RecentLookups::MaxTitleLength);
            QVERIFY(hugeTitle.startsWith(kept.first().title.chopped(1)));
        }
        const qint64 size = QFileInfo(fileName).size();
        QVERIFY2(size > 0 && size < 8 * 1024, qPrintable(QString::number(size)));
        // The whole history at its cap with titles at theirs stays small too.
        {
            const std::unique_ptr<Settings> settings = Settings::forTesting(directory.path());
            for (int i = 0; i < 2 * int(RecentLookups::MaxCount); ++i)
                settings->addRecentLookup({id(i), hugeTitle, base.addSecs(i)});
            settings->sync();
            QCOMPARE(settings->recentLookups().size(), RecentLookups::MaxCount);
        }
        const qint64 full = QFileInfo(fileName).size();
        QVERIFY2(full < 64 * 1024, qPrintable(QString::number(full)));
    }
};

QTEST_GUILESS_MAIN(tst_RecentLookups)
#include "tst_RecentLookups.moc"
