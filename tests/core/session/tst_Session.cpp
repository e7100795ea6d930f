#include "SandboxWorld.h"
#include "core/api/ApiClient.h"
#include "core/api/DirectoryApi.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "core/settings/TokenStore.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// Session against the sandbox over loopback: token resolution, the client's config following
/// the settings, the sandbox mode that stores nothing, and 401 forwarding.
class tst_Session : public QObject {
    Q_OBJECT

private:
    static QByteArray fileBytes(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void storeToken(const QString &key, const QString &token) {
        QVERIFY(m_world->storeToken(key, token));
    }
    /// Settings pointing at the sandbox, with its token in the memory keychain.
    void configureForSandbox() { QVERIFY(m_world->configureForSandbox()); }

    std::unique_ptr<SandboxWorld> m_world;
    Settings *m_settings = nullptr;
    MemoryTokenStore *m_store = nullptr;
    SandboxServer *m_server = nullptr;

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        m_settings = &m_world->settings();
        m_store = &m_world->store();
        m_server = &m_world->server();
    }
    void cleanup() { m_world.reset(); }

    void notConfiguredWithoutOrganization() {
        Session session(m_settings, m_store, {});
        QCOMPARE(session.state(), Session::State::NotConfigured);
        QVERIFY(!session.isReady());
        QVERIFY(!session.isSandbox());
        QVERIFY(!session.tokenProblem().isEmpty());
        QVERIFY(session.client()->config().token.isEmpty());
        QVERIFY(session.targetDescription().contains(u"Not connected"_s));
        QCOMPARE(session.settings(), m_settings);
        QCOMPARE(session.keychain(), m_store);
        QVERIFY(session.tasks() != nullptr);
        QVERIFY(session.directory() != nullptr);
        QVERIFY(session.cache() != nullptr);
    }

    void notConfiguredWithoutToken() {
        QVERIFY(m_settings->setOrganizationId(m_server->orgId()));
        Session session(m_settings, m_store, {});
        QTRY_COMPARE(session.state(), Session::State::NotConfigured);
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::None);
        QVERIFY(!session.tokenProblem().isEmpty());
        QVERIFY(session.targetDescription().contains(m_server->orgId()));
    }

    void readyWithStoredToken() {
        configureForSandbox();
        QVERIFY(m_settings->setRequestTimeoutSeconds(17));
        Session session(m_settings, m_store, {});
        QSignalSpy states(&session, &Session::stateChanged);
        QTRY_COMPARE(session.state(), Session::State::Ready);
        QCOMPARE(states.last().at(0).value<Session::State>(), Session::State::Ready);
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::Keychain);
        const ApiConfig config = session.client()->config();
        QCOMPARE(config.baseUrl, m_server->baseUrl());
        QCOMPARE(config.orgId, m_server->orgId());
        QCOMPARE(config.token, m_server->token());
        QCOMPARE(config.timeoutMs, 17000);
        QVERIFY(session.tokenProblem().isEmpty());
        // The organization's name is fetched once ready and shown with the server.
        QTRY_COMPARE(session.organizationName(), u"Brightwater Advisory"_s);
        const QString host = u"127.0.0.1:%1"_s.arg(m_server->baseUrl().port());
        QCOMPARE(session.targetDescription(), u"Brightwater Advisory on %1"_s.arg(host));
    }

    void configFollowsSettings() {
        configureForSandbox();
        Session session(m_settings, m_store, {});
        QTRY_VERIFY(session.isReady());

        QVERIFY(m_settings->setRequestTimeoutSeconds(9));
        QCOMPARE(session.client()->config().timeoutMs, 9000);

        // Another organization has no token stored: the session says so and sends no token.
        const QString other = u"6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d"_s;
        QVERIFY(m_settings->setOrganizationId(other));
        QCOMPARE(session.client()->config().orgId, other);
        QTRY_COMPARE(session.state(), Session::State::NotConfigured);
        QVERIFY(session.client()->config().token.isEmpty());

        // Storing one and reloading brings it in.
        storeToken(m_settings->tokenKey(), m_server->token());
        session.reload();
        QTRY_VERIFY(session.isReady());
        QCOMPARE(session.client()->config().token, m_server->token());

        // The server follows too.
        const QUrl elsewhere(u"http://localhost:9/api"_s);
        QVERIFY(m_settings->setServerUrl(elsewhere));
        QCOMPARE(session.client()->config().baseUrl, elsewhere);
        QTRY_COMPARE(session.state(), Session::State::NotConfigured);
    }

    void commandLineOverridesFollowed() {
        configureForSandbox();
        Session session(m_settings, m_store, {});
        QTRY_VERIFY(session.isReady());
        const QString other = u"6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d"_s;
        m_settings->setOrganizationName(u"Stored name"_s);
        QVERIFY(m_settings->overrideOrganizationId(other));
        QCOMPARE(session.organizationId(), other);
        QCOMPARE(session.client()->config().orgId, other);
        // The stored name belongs to the stored organization, not to the override.
        QVERIFY(!session.targetDescription().contains(u"Stored name"_s));
    }

    void lateKeychainAnswerForOldSettingsIsDropped() {
        configureForSandbox();
        Session session(m_settings, m_store, {});
        // Change the organization before the first answer arrives.
        QVERIFY(m_settings->setOrganizationId(u"6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d"_s));
        QTRY_COMPARE(session.state(), Session::State::NotConfigured);
        QTest::qWait(50);
        QCOMPARE(session.state(), Session::State::NotConfigured);
        QVERIFY(session.client()->config().token.isEmpty());
    }

    void environmentTokenWins() {
        configureForSandbox();
        const QString envToken = u"Bearer eyJenvironment.token.value.1234567890"_s;
        Session session(m_settings, m_store, envToken);
        QTRY_VERIFY(session.isReady());
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::Environment);
        QCOMPARE(session.client()->config().token, u"eyJenvironment.token.value.1234567890"_s);
        QVERIFY(session.tokens()->isFromEnvironment());
    }

    void keychainFailureIsExplained() {
        configureForSandbox();
        m_store->setFailure(TokenStoreError::noKeychain(u"no Secret Service"_s));
        Session session(m_settings, m_store, {});
        QTRY_COMPARE(session.state(), Session::State::NotConfigured);
        QCOMPARE(session.tokenProblem(), TokenStoreError::noKeychain().message);
    }

    void sandboxStoresNothing() {
        const QByteArray before = fileBytes(m_settings->fileName());
        const QString envToken = u"eyJenvironment.token.value.1234567890"_s;
        Session session(m_settings, m_store, envToken);
        QSignalSpy targets(&session, &Session::targetChanged);
        session.useSandbox(m_server->baseUrl(), m_server->orgId(), m_server->token());
        // Ready at once: nothing to read from a keychain.
        QVERIFY(session.isReady());
        QVERIFY(session.isSandbox());
        QVERIFY(targets.count() >= 1);
        QCOMPARE(session.targetDescription(), u"Sandbox"_s);
        QCOMPARE(session.serverUrl(), m_server->baseUrl());
        QCOMPARE(session.organizationId(), m_server->orgId());
        // The environment token is for the real server, never for the sandbox.
        QCOMPARE(session.client()->config().token, m_server->token());
        QCOMPARE(session.client()->config().baseUrl, m_server->baseUrl());

        // A settings change does not pull the session out of the sandbox.
        QVERIFY(m_settings->setRequestTimeoutSeconds(30));
        QVERIFY(session.isSandbox());
        QCOMPARE(session.client()->config().baseUrl, m_server->baseUrl());

        m_settings->sync();
        QVERIFY(m_settings->serverUrl() != m_server->baseUrl());
        QVERIFY(m_settings->organizationId().isEmpty());
        QCOMPARE(m_store->count(), 0);
        QVERIFY(!session.tokens()->hasSessionToken(
            TokenStore::keyFor(m_server->baseUrl(), m_server->orgId())));
        const QByteArray after = fileBytes(m_settings->fileName());
        QVERIFY(!after.contains(m_server->token().toUtf8()));
        QVERIFY(!after.contains(m_server->orgId().toUtf8()));
        QVERIFY(!after.contains(QByteArray::number(m_server->baseUrl().port())));
        Q_UNUSED(before)

        session.leaveSandbox();
        QVERIFY(!session.isSandbox());
        QCOMPARE(session.state(), Session::State::NotConfigured);
        QCOMPARE(session.client()->config().baseUrl, m_settings->serverUrl());
    }

    void unauthorizedIsForwarded() {
        Session session(m_settings, m_store, {});
        session.useSandbox(m_server->baseUrl(), m_server->orgId(),
                           u"eyJnot.the.sandbox.token.at.all.000000"_s);
        QSignalSpy unauthorized(&session, &Session::unauthorized);
        bool answered = false;
        session.directory()->me(this, [&answered](const Result<Me> &result) {
            answered = true;
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ApiError::Kind::Unauthorized);
        });
        QTRY_VERIFY(answered);
        QCOMPARE(unauthorized.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_Session.moc"
