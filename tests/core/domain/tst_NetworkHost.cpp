#include "core/domain/NetworkHost.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// The one loopback rule: which host names may receive a token over plain http.
class tst_NetworkHost final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isLoopback_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");

        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LocalHost") << u"LocalHost"_s << true;
        QTest::newRow("absolute localhost.") << u"localhost."_s << true;
        QTest::newRow("LOCALHOST.") << u"LOCALHOST."_s << true;
        QTest::newRow("padded") << u" localhost "_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("[::1]") << u"[::1]"_s << true;
        QTest::newRow("long ::1") << u"0:0:0:0:0:0:0:1"_s << true;
        QTest::newRow("IPv4-mapped 127") << u"::ffff:127.0.0.1"_s << true;
        QTest::newRow("[IPv4-mapped 127]") << u"[::ffff:127.1.2.3]"_s << true;

        QTest::newRow("empty") << QString() << false;
        QTest::newRow("localhost..") << u"localhost.."_s << false;
        QTest::newRow("sub.localhost") << u"evil.localhost"_s << false;
        QTest::newRow("localhost lookalike") << u"localhost.example.com"_s << false;
        QTest::newRow("localhost-prefixed") << u"localhostx"_s << false;
        QTest::newRow("127.0.0.1 as a name") << u"127.0.0.1."_s << false;
        QTest::newRow("127 as a subdomain") << u"127.0.0.1.example.com"_s << false;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
        QTest::newRow("private LAN") << u"10.0.0.5"_s << false;
        QTest::newRow("::2") << u"::2"_s << false;
        QTest::newRow("::") << u"::"_s << false;
        QTest::newRow("IPv4-mapped LAN") << u"::ffff:10.0.0.1"_s << false;
        QTest::newRow("public name") << u"go.tallyfy.com"_s << false;
        QTest::newRow("half brackets") << u"[::1"_s << false;
    }

    void isLoopback() {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(NetworkHost::isLoopback(host), loopback);
    }
};

QTEST_GUILESS_MAIN(tst_NetworkHost)
#include "tst_NetworkHost.moc"
