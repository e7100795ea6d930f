#include "SandboxWorld.h"
#include "core/session/ConnectionProbe.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ConnectionProbe::Report)

/// ConnectionProbe against the sandbox over loopback: the three checks and what they report,
/// that a stored token never leaves for a server it was not stored for unless confirmed, and
/// that cancelling or restarting drops the old run.
class tst_ConnectionProbe : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<QNetworkAccessManager> m_network;
    SandboxServer *m_server = nullptr;
    const QString m_otherOrganization = u"6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d"_s;
    const QString m_unknownOrganization = u"abcdef0123456789abcdef0123456789"_s;

    ConnectionProbe::Target sandboxTarget(const QString &organizationId = {}) const {
        ConnectionProbe::Target target;
        target.server = m_server->baseUrl();
        target.token = m_server->token();
        target.tokenServer = m_server->baseUrl(); // stored for the sandbox
        target.organizationId = organizationId;
        target.timeoutSeconds = 10;
        return target;
    }
    /// Runs `steps` and answers the one report.
    ConnectionProbe::Report run(const ConnectionProbe::Target &target,
                                ConnectionProbe::Steps steps) {
        ConnectionProbe probe(m_network.get());
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start(target, steps);
        if (!finished.wait(15000) || finished.size() != 1) {
            return {};
        }
        return finished.first().first().value<ConnectionProbe::Report>();
    }
    /// Recorded requests that carried `token` as their bearer token.
    int requestsCarrying(const QString &token) const {
        int count = 0;
        const QList<SandboxRequest> requests = m_server->requests();
        for (const SandboxRequest &request : requests) {
            if (request.header("authorization") == "Bearer " + token.toUtf8()) {
                ++count;
            }
        }
        return count;
    }

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        m_server = &m_world->server();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    void cleanup() {
        m_network.reset();
        m_world.reset();
    }

    void everyStepPasses() {
        const ConnectionProbe::Report report =
            run(sandboxTarget(m_server->orgId()), ConnectionProbe::Step::Identity |
                                                      ConnectionProbe::Step::Organizations |
                                                      ConnectionProbe::Step::Organization);
        QVERIFY(report.passed());
        QVERIFY(report.me);
        QCOMPARE(report.me->displayName(), u"Ana Ruiz"_s);
        QCOMPARE(report.me->email, u"ana.ruiz@brightwater.example"_s);
        QVERIFY(report.organizations);
        QCOMPARE(report.organizations->size(), 2);
        QCOMPARE(report.organizations->first().name, u"Brightwater Advisory"_s);
        QVERIFY(report.organization);
        QCOMPARE(report.organization->id, m_server->orgId());

        // One request per step, in order, each with the token.
        const QList<SandboxRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).path, u"/api/me"_s);
        QCOMPARE(requests.at(1).path, u"/api/me/organizations"_s);
        QCOMPARE(requests.at(2).path, u"/api/organizations/"_s + m_server->orgId());
        QCOMPARE(requestsCarrying(m_server->token()), 3);
    }

    void onlyTheStepsAskedFor_data() {
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QStringList>("paths");
        const QString org = u"0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b"_s;
        QTest::newRow("organizations only") << int(ConnectionProbe::Step::Organizations)
                                            << QString() << QStringList{u"/api/me/organizations"_s};
        QTest::newRow("identity only")
            << int(ConnectionProbe::Step::Identity) << org << QStringList{u"/api/me"_s};
        QTest::newRow("organization without an ID is skipped")
            << int(ConnectionProbe::Step::Identity | ConnectionProbe::Step::Organization)
            << QString() << QStringList{u"/api/me"_s};
        QTest::newRow("identity and organization")
            << int(ConnectionProbe::Step::Identity | ConnectionProbe::Step::Organization) << org
            << QStringList{u"/api/me"_s, u"/api/organizations/"_s + org};
    }

    void onlyTheStepsAskedFor() {
        QFETCH(int, steps);
        QFETCH(QString, organization);
        QFETCH(QStringList, paths);
        if (!organization.isEmpty()) {
            QCOMPARE(organization, m_server->orgId()); // the seed's organization
        }
        const ConnectionProbe::Report report =
            run(sandboxTarget(organization), ConnectionProbe::Steps::fromInt(steps));
        QVERIFY(report.passed());
        QStringList seen;
        const QList<SandboxRequest> requests = m_server->requests();
        for (const SandboxRequest &request : requests) {
            seen << request.path;
        }
        QCOMPARE(seen, paths);
        QCOMPARE(report.me.has_value(), paths.contains(u"/api/me"_s));
        QCOMPARE(report.organizations.has_value(), paths.contains(u"/api/me/organizations"_s));
        QCOMPARE(report.organization.has_value(), paths.size() == 2);
    }

    void stopsAtTheFirstFailure_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<int>("failedStep");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("requests");

        QTest::newRow("wrong token") << u"eyJthis.is.not.the.sandbox.token.0123456789"_s
                                     << QString() << int(ConnectionProbe::Step::Identity)
                                     << int(ApiError::Kind::Unauthorized) << false << 1;
        QTest::newRow("organization without access")
            << QString() << m_otherOrganization << int(ConnectionProbe::Step::Organization)
            << int(ApiError::Kind::Forbidden) << true << 3;
    }

    void stopsAtTheFirstFailure() {
        QFETCH(QString, token);
        QFETCH(QString, organization);
        QFETCH(int, failedStep);
        QFETCH(int, kind);
        QFETCH(bool, signedIn);
        QFETCH(int, requests);
        ConnectionProbe::Target target = sandboxTarget(organization);
        if (!token.isEmpty()) {
            target.token = token;
        }
        const ConnectionProbe::Report report =
            run(target, ConnectionProbe::Step::Identity | ConnectionProbe::Step::Organizations |
                            ConnectionProbe::Step::Organization);
        QCOMPARE(report.outcome, ConnectionProbe::Outcome::Failed);
        QCOMPARE(int(report.failedStep), failedStep);
        QCOMPARE(int(report.error.kind), kind);
        QCOMPARE(report.me.has_value(), signedIn);
        QVERIFY(!report.organization);
        QCOMPARE(int(m_server->requests().size()), requests);
    }

    void unreachableServer() {
        ConnectionProbe::Target target = sandboxTarget();
        target.server = QUrl(u"http://127.0.0.1:1/api"_s);
        target.tokenTyped = true;
        const ConnectionProbe::Report report = run(target, ConnectionProbe::Step::Identity);
        QCOMPARE(report.outcome, ConnectionProbe::Outcome::Failed);
        QCOMPARE(report.failedStep, ConnectionProbe::Step::Identity);
        QCOMPARE(report.error.kind, ApiError::Kind::Network);
    }

    // The rule of issue "the token leaves for a server nobody confirmed".
    void tokenGoesOnlyWhereItBelongs_data() {
        QTest::addColumn<QString>("tokenServer"); // empty: typed for the target
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("sent");
        const QString sandbox = u"http://127.0.0.1:%1/api"_s;
        QTest::newRow("typed for this server") << QString() << false << true;
        QTest::newRow("stored for this server") << sandbox << false << true;
        QTest::newRow("stored for this server, written differently")
            << u"HTTP://127.0.0.1:%1/api/"_s << false << true;
        QTest::newRow("stored for another host") << u"http://localhost:%1/api"_s << false << false;
        QTest::newRow("stored for another port") << u"http://127.0.0.1:4/api"_s << false << false;
        QTest::newRow("stored for another path") << u"http://127.0.0.1:%1/v2"_s << false << false;
        QTest::newRow("stored for the default server")
            << u"https://go.tallyfy.com/api"_s << false << false;
        QTest::newRow("stored elsewhere, confirmed")
            << u"https://go.tallyfy.com/api"_s << true << true;
        QTest::newRow("in force, server unknown") << u"unknown"_s << false << false;
        QTest::newRow("in force, server unknown, confirmed") << u"unknown"_s << true << true;
    }

    void tokenGoesOnlyWhereItBelongs() {
        QFETCH(QString, tokenServer);
        QFETCH(bool, confirmed);
        QFETCH(bool, sent);
        ConnectionProbe::Target target = sandboxTarget();
        if (tokenServer.contains(u"%1"_s)) {
            tokenServer = tokenServer.arg(m_server->baseUrl().port());
        }
        target.tokenTyped = tokenServer.isEmpty();
        target.tokenServer = tokenServer == u"unknown"_s ? QUrl() : QUrl(tokenServer);
        target.tokenConfirmed = confirmed;
        QCOMPARE(target.mayCarryToken(), sent);

        ConnectionProbe probe(m_network.get());
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start(target, ConnectionProbe::Step::Identity | ConnectionProbe::Step::Organizations);
        QCOMPARE(finished.size(), 0); // never from inside start()
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<ConnectionProbe::Report>();
        if (sent) {
            QVERIFY(report.passed());
            QCOMPARE(requestsCarrying(m_server->token()), 2);
        } else {
            QCOMPARE(report.outcome, ConnectionProbe::Outcome::TokenNotConfirmed);
            QVERIFY(!report.me);
            // Refused before anything was handed to the network.
            QCOMPARE(int(m_server->requests().size()), 0);
        }
    }

    void sameServer_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical")
            << u"https://go.tallyfy.com/api"_s << u"https://go.tallyfy.com/api"_s << true;
        QTest::newRow("case and trailing slash")
            << u"HTTPS://Go.Tallyfy.com/api/"_s << u"https://go.tallyfy.com/api"_s << true;
        QTest::newRow("default port")
            << u"https://go.tallyfy.com:443/api"_s << u"https://go.tallyfy.com/api"_s << true;
        QTest::newRow("other host")
            << u"https://api.tallyfy.com"_s << u"https://go.tallyfy.com/api"_s << false;
        QTest::newRow("subdomain")
            << u"https://staging.go.tallyfy.com/api"_s << u"https://go.tallyfy.com/api"_s << false;
        QTest::newRow("other port")
            << u"http://127.0.0.1:4/api"_s << u"http://127.0.0.1:44745/api"_s << false;
        QTest::newRow("other scheme")
            << u"http://localhost:8080/api"_s << u"https://localhost:8080/api"_s << false;
        QTest::newRow("other path")
            << u"https://go.tallyfy.com/api"_s << u"https://go.tallyfy.com/ap"_s << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("one empty") << u"https://go.tallyfy.com/api"_s << QString() << false;
    }

    void sameServer() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ConnectionProbe::sameServer(QUrl(a), QUrl(b)), same);
        QCOMPARE(ConnectionProbe::sameServer(QUrl(b), QUrl(a)), same);
    }

    void cancelledRunReportsNothing() {
        SandboxFault hang;
        hang.kind = SandboxFault::Kind::Hang;
        hang.pathPattern = u"^/api/me$"_s;
        m_server->addFault(hang);

        ConnectionProbe probe(m_network.get());
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start(sandboxTarget(), ConnectionProbe::Step::Identity);
        QTRY_COMPARE(m_server->requestCount("GET", u"^/api/me$"_s), 1);
        QVERIFY(probe.isRunning());
        probe.cancel();
        QVERIFY(!probe.isRunning());

        // A later run answers; the cancelled one never does.
        probe.start(sandboxTarget(), ConnectionProbe::Step::Organizations);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<ConnectionProbe::Report>();
        QVERIFY(report.passed());
        QVERIFY(report.organizations);
        QVERIFY(!report.me);
    }

    void restartReplacesTheRunUnderWay() {
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Delay;
        slow.delayMs = 300;
        slow.pathPattern = u"^/api/me$"_s;
        m_server->addFault(slow);

        ConnectionProbe probe(m_network.get());
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start(sandboxTarget(), ConnectionProbe::Step::Identity);
        QTRY_COMPARE(m_server->requestCount("GET", u"^/api/me$"_s), 1); // sent, answer delayed
        ConnectionProbe::Target wrong = sandboxTarget();
        wrong.token = u"eyJthis.is.not.the.sandbox.token.0123456789"_s;
        probe.start(wrong, ConnectionProbe::Step::Identity);
        QVERIFY(finished.wait(15000));
        QCOMPARE(m_server->requestCount("GET", u"^/api/me$"_s), 2);
        QCOMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<ConnectionProbe::Report>();
        QCOMPARE(report.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(probe.target().token, wrong.token);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionProbe)
#include "tst_ConnectionProbe.moc"
