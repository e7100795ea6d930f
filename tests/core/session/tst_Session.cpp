#include "SandboxWorld.h"
#include "Settle.h"
#include "core/api/ApiClient.h"
#include "core/api/DirectoryApi.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/settings/KnownServers.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "core/settings/TokenStore.h"
#include "core/settings/TokenStoreResult.h"
#include "core/settings/Validators.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

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

    /// Saves `change` and answers the one result.
    Session::SaveResult save(Session &session, const Session::ConnectionChange &change) {
        std::optional<Session::SaveResult> answer;
        session.saveConnection(change, this,
                               [&answer](const Session::SaveResult &result) { answer = result; });
        if (answer) {
            qWarning("saveConnection answered from inside the call");
            return {Session::SaveResult::Status::TokenNotRemoved, u"answered too early"_s};
        }
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000)) {
            return {Session::SaveResult::Status::TokenNotRemoved, u"no answer"_s};
        }
        return *answer;
    }
    /// The change the Settings dialog makes for the sandbox with the values given.
    Session::ConnectionChange sandboxChange(const QString &newToken = {}) const {
        Session::ConnectionChange change;
        change.server = m_server->baseUrl();
        change.organizationId = m_server->orgId();
        change.organizationName = u"Brightwater Advisory"_s;
        change.timeoutSeconds = 42;
        change.newToken = newToken;
        return change;
    }
    QString storedToken(const QString &key) {
        QString token;
        bool answered = false;
        m_store->read(key, this, [&](const TokenStoreResult &result) {
            answered = true;
            token = result.ok() ? result.token() : QString();
        });
        return QTest::qWaitFor([&answered] { return answered; }) ? token : QString();
    }
    /// A settings file holding `server` as if edited by hand, with the sandbox's organization.
    void writeRawServer(const QString &server) {
        m_settings->sync();
        QSettings raw(m_settings->fileName(), QSettings::IniFormat);
        raw.setValue(Settings::storageKey(Settings::Key::ServerUrl), server);
        raw.setValue(Settings::storageKey(Settings::Key::OrganizationId), m_server->orgId());
        raw.sync();
    }

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
        QVERIFY(settle(session));
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

    // main.cpp starts --sandbox after the first frame: until then the session waits for it,
    // and a token read for the settings meanwhile does not win over the sandbox.
    void expectedSandboxWaitsThenIsUsed() {
        configureForSandbox(); // a stored token that would make the settings' session Ready
        Session session(m_settings, m_store, {});
        QCOMPARE(session.state(), Session::State::Resolving);
        QSignalSpy states(&session, &Session::stateChanged);
        session.expectSandbox();
        QVERIFY(session.isSandbox());
        QCOMPARE(session.state(), Session::State::Resolving);
        QCOMPARE(session.targetDescription(), u"Sandbox"_s);
        QVERIFY(session.client()->config().token.isEmpty());
        // The keychain's answer for the settings arrives and is dropped: a later, known event
        // (a queued call posted after it) has run, and the session still waits.
        bool later = false;
        m_store->read(m_settings->tokenKey(), this, [this, &later](const TokenStoreResult &) {
            QMetaObject::invokeMethod(
                this, [&later] { later = true; }, Qt::QueuedConnection);
        });
        QTRY_VERIFY(later);
        QCOMPARE(session.state(), Session::State::Resolving);
        QCOMPARE(states.count(), 0);

        session.useSandbox(m_server->baseUrl(), m_server->orgId(), m_server->token());
        QVERIFY(session.isReady());
        QCOMPARE(session.client()->config().baseUrl, m_server->baseUrl());
        QCOMPARE(session.client()->config().token, m_server->token());
        QCOMPARE(states.count(), 1);

        // And back to the settings, whose token is found again.
        session.leaveSandbox();
        QTRY_VERIFY(session.isReady());
        QVERIFY(!session.isSandbox());
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::Keychain);
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

    void saveStoresTokenThenSettings() {
        Session session(m_settings, m_store, {});
        QCOMPARE(session.state(), Session::State::NotConfigured);
        const Session::SaveResult result = save(session, sandboxChange(m_server->token()));
        QVERIFY2(result.saved(), qPrintable(result.problem));
        QCOMPARE(m_settings->serverUrl(), m_server->baseUrl());
        QCOMPARE(m_settings->organizationId(), m_server->orgId());
        QCOMPARE(m_settings->organizationName(), u"Brightwater Advisory"_s);
        QCOMPARE(m_settings->requestTimeoutSeconds(), 42);
        QCOMPARE(storedToken(m_settings->tokenKey()), m_server->token());
        QTRY_VERIFY(session.isReady());
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::Keychain);
        QCOMPARE(session.client()->config().token, m_server->token());
        // The settings file never holds the token.
        m_settings->sync();
        QVERIFY(!fileBytes(m_settings->fileName()).contains(m_server->token().toUtf8()));
    }

    void savedTokenIsReadWithItsServer() {
        configureForSandbox();
        Session session(m_settings, m_store, {});
        std::optional<Session::SavedToken> saved;
        session.readSavedToken(this, [&saved](const Session::SavedToken &token) { saved = token; });
        QTRY_VERIFY(saved.has_value());
        QCOMPARE(saved->origin, TokenSource::Origin::Keychain);
        QCOMPARE(saved->token, m_server->token());
        QCOMPARE(saved->server, m_server->baseUrl());
    }

    // The token in force goes with a new organization on the same server, and to another
    // server only when the user confirmed it.
    void tokenIsCarriedOnlyWhereConfirmed_data() {
        QTest::addColumn<QString>("server"); // %1: the sandbox's port
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("carried");
        QTest::newRow("same server, other organization")
            << u"http://127.0.0.1:%1/api"_s << false << true;
        QTest::newRow("other host, not confirmed")
            << u"http://localhost:%1/api"_s << false << false;
        QTest::newRow("other host, confirmed") << u"http://localhost:%1/api"_s << true << true;
        QTest::newRow("default server, not confirmed")
            << u"https://go.tallyfy.com/api"_s << false << false;
    }

    void tokenIsCarriedOnlyWhereConfirmed() {
        QFETCH(QString, server);
        QFETCH(bool, confirmed);
        QFETCH(bool, carried);
        configureForSandbox();
        Session session(m_settings, m_store, {});
        QTRY_VERIFY(session.isReady());

        Session::ConnectionChange change = sandboxChange();
        change.server =
            QUrl(server.contains(u"%1"_s) ? server.arg(m_server->baseUrl().port()) : server);
        change.organizationId = u"6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d"_s;
        change.tokenConfirmedForServer = confirmed;
        const QString newKey = TokenStore::keyFor(change.server, change.organizationId);
        QVERIFY(!m_store->contains(newKey));
        QVERIFY(save(session, change).saved());
        QCOMPARE(m_settings->tokenKey(), newKey);
        QCOMPARE(m_store->contains(newKey), carried);
        if (carried) {
            QCOMPARE(storedToken(newKey), m_server->token());
            QTRY_VERIFY(session.isReady());
        } else {
            QTRY_COMPARE(session.state(), Session::State::NotConfigured);
            QVERIFY(session.client()->config().token.isEmpty());
        }
        // The old token stays where it was.
        QVERIFY(m_store->contains(TokenStore::keyFor(m_server->baseUrl(), m_server->orgId())));
    }

    void removeStoredToken() {
        configureForSandbox();
        Session session(m_settings, m_store, {});
        QTRY_VERIFY(session.isReady());
        Session::ConnectionChange change = sandboxChange();
        change.removeStoredToken = true;
        QVERIFY(save(session, change).saved());
        QVERIFY(!m_store->contains(m_settings->tokenKey()));
        QTRY_COMPARE(session.state(), Session::State::NotConfigured);
        QVERIFY(session.client()->config().token.isEmpty());
    }

    void keychainRefusesThenThisRunOnly() {
        Session session(m_settings, m_store, {});
        m_store->setFailure(TokenStoreError::noKeychain(u"org.freedesktop.secrets missing"_s));
        const Session::SaveResult refused = save(session, sandboxChange(m_server->token()));
        QCOMPARE(refused.status, Session::SaveResult::Status::TokenNotStored);
        QCOMPARE(refused.problem, TokenStoreError::noKeychain().message);
        // Nothing is saved until the user chooses.
        QVERIFY(m_settings->organizationId().isEmpty());
        QCOMPARE(m_store->count(), 0);

        std::optional<Session::SaveResult> kept;
        session.saveForThisRunOnly(this,
                                   [&kept](const Session::SaveResult &result) { kept = result; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(kept->saved());
        QCOMPARE(m_settings->organizationId(), m_server->orgId());
        QVERIFY(session.tokens()->hasSessionToken(m_settings->tokenKey()));
        QCOMPARE(m_store->count(), 0);
        QTRY_VERIFY(session.isReady());
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::Session);
        m_settings->sync();
        QVERIFY(!fileBytes(m_settings->fileName()).contains(m_server->token().toUtf8()));

        // With nothing pending there is nothing to keep.
        std::optional<Session::SaveResult> again;
        session.saveForThisRunOnly(this,
                                   [&again](const Session::SaveResult &result) { again = result; });
        QTRY_VERIFY(again.has_value());
        QVERIFY(!again->saved());
    }

    void environmentTokenIsNeverStored() {
        const QString envToken = m_server->token();
        Session session(m_settings, m_store, envToken);
        QVERIFY(save(session, sandboxChange()).saved());
        QCOMPARE(m_store->count(), 0);
        QTRY_VERIFY(session.isReady());
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::Environment);
    }

    void savingLeavesTheSandbox() {
        Session session(m_settings, m_store, {});
        session.useSandbox(m_server->baseUrl(), m_server->orgId(), m_server->token());
        QVERIFY(save(session, sandboxChange(m_server->token())).saved());
        QVERIFY(!session.isSandbox());
        QTRY_VERIFY(session.isReady());
        QCOMPARE(session.tokenOrigin(), TokenSource::Origin::Keychain);
    }

    // A tampered settings file: the refused server is not replaced by the default, and no
    // token (not even TALLYFY_API_TOKEN, which fits any key) is sent anywhere.
    void refusedServerSendsNothing_data() {
        QTest::addColumn<QString>("environmentToken");
        QTest::newRow("keychain token") << QString();
        QTest::newRow("environment token") << u"eyJenvironment.token.value.1234567890"_s;
    }

    void refusedServerSendsNothing() {
        QFETCH(QString, environmentToken);
        const QString tampered = u"http://evil.example/api"_s;
        writeRawServer(tampered);
        // A token for the default server, which a silent fallback would have sent.
        QVERIFY(m_world->storeToken(
            TokenStore::keyFor(KnownServers::productionUrl(), m_server->orgId()),
            m_server->token()));
        Session session(m_settings, m_store, environmentToken);
        QCOMPARE(session.state(), Session::State::NotConfigured);
        QVERIFY(session.client()->config().token.isEmpty());
        QVERIFY(session.client()->config().baseUrl.isEmpty());
        QVERIFY(session.serverUrl().isEmpty());
        // It says which setting was refused and why, in the app's status text too.
        QVERIFY2(session.tokenProblem().contains(tampered), qPrintable(session.tokenProblem()));
        QVERIFY(session.tokenProblem().contains(Validators::serverUrl(tampered).problem));
        QVERIFY2(session.targetDescription().contains(u"server address"_s),
                 qPrintable(session.targetDescription()));
        // A reload keeps refusing: nothing resolves a token for it.
        session.reload();
        QCOMPARE(session.state(), Session::State::NotConfigured);
        QVERIFY(session.client()->config().token.isEmpty());
        QVERIFY(!session.isReady());

        // Choosing a server in Settings ends it.
        QVERIFY(save(session, sandboxChange(m_server->token())).saved());
        QTRY_VERIFY(session.isReady());
        QCOMPARE(session.client()->config().baseUrl, m_server->baseUrl());
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_Session.moc"
