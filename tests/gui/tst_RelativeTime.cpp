#include "gui/widgets/RelativeTime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RelativeTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deadline_data();
    void deadline();
    void invalidDeadlineHasNoPhrase();
    void ago_data();
    void ago();
};

namespace {

const QDateTime now = QDateTime(QDate(2026, 9, 4), QTime(12, 0), Qt::UTC);

} // namespace

void tst_RelativeTime::deadline_data() {
    QTest::addColumn<qint64>("secondsFromNow");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("now") << qint64(0) << u"due in less than a minute"_s << false;
    QTest::newRow("59 s") << qint64(59) << u"due in less than a minute"_s << false;
    QTest::newRow("1 min") << qint64(60) << u"due in 1 minute"_s << false;
    QTest::newRow("59 min") << qint64(59 * 60 + 59) << u"due in 59 minutes"_s << false;
    QTest::newRow("1 h") << qint64(3600) << u"due in 1 hour"_s << false;
    QTest::newRow("30 h") << qint64(30 * 3600) << u"due in 30 hours"_s << false;
    QTest::newRow("47 h 59") << qint64(48 * 3600 - 1) << u"due in 47 hours"_s << false;
    QTest::newRow("2 days") << qint64(48 * 3600) << u"due in 2 days"_s << false;
    QTest::newRow("3 days 23 h") << qint64(4 * 86400 - 3600) << u"due in 3 days"_s << false;
    QTest::newRow("just overdue") << qint64(-1) << u"overdue by less than a minute"_s << true;
    QTest::newRow("overdue 2 h") << qint64(-2 * 3600 - 59) << u"overdue by 2 hours"_s << true;
    QTest::newRow("overdue 1 min") << qint64(-60) << u"overdue by 1 minute"_s << true;
    QTest::newRow("overdue 10 days") << qint64(-10 * 86400) << u"overdue by 10 days"_s << true;
}

void tst_RelativeTime::deadline() {
    QFETCH(qint64, secondsFromNow);
    QFETCH(QString, phrase);
    QFETCH(bool, overdue);
    const QDateTime deadline = now.addSecs(secondsFromNow);
    QCOMPARE(RelativeTime::deadline(deadline, now), phrase);
    QCOMPARE(RelativeTime::isOverdue(deadline, now), overdue);
    // The same moment in another time zone reads the same.
    QCOMPARE(RelativeTime::deadline(deadline.toOffsetFromUtc(5 * 3600), now), phrase);
}

void tst_RelativeTime::invalidDeadlineHasNoPhrase() {
    QVERIFY(RelativeTime::deadline(QDateTime(), now).isEmpty());
    QVERIFY(!RelativeTime::isOverdue(QDateTime(), now));
    QVERIFY(RelativeTime::ago(QDateTime(), now).isEmpty());
}

void tst_RelativeTime::ago_data() {
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("now") << qint64(0) << u"just now"_s;
    QTest::newRow("in the future") << qint64(-30) << u"just now"_s;
    QTest::newRow("5 min") << qint64(5 * 60 + 10) << u"5 minutes ago"_s;
    QTest::newRow("3 h") << qint64(3 * 3600) << u"3 hours ago"_s;
    QTest::newRow("6 days") << qint64(6 * 86400) << u"6 days ago"_s;
}

void tst_RelativeTime::ago() {
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, phrase);
    QCOMPARE(RelativeTime::ago(now.addSecs(-secondsAgo), now), phrase);
}

QTEST_GUILESS_MAIN(tst_RelativeTime)
#include "tst_RelativeTime.moc"
