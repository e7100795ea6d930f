#include "core/session/Session.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiConfig.h"
#include "core/api/DirectoryApi.h"
#include "core/api/TaskActionsApi.h"
#include "core/api/TaskAnswersApi.h"
#include "core/api/TaskListApi.h"
#include "core/api/TasksApi.h"
#include "core/session/ConnectionProbe.h"
#include "core/session/DirectoryCache.h"
#include "core/session/SessionLogging.h"
#include "core/settings/TokenStore.h"
#include "core/settings/TokenStoreResult.h"

#include <QMetaObject>
#include <QNetworkAccessManager>

#include <utility>

using namespace Qt::StringLiterals;

Session::Session(Settings *settings, TokenStore *keychain, const QString &environmentToken,
                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_tokens(new TokenSource(keychain, environmentToken, this))
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ApiClient(m_network, {}, this))
    , m_tasks(new TasksApi(m_client, this))
    , m_actions(new TaskActionsApi(m_client, this))
    , m_answers(new TaskAnswersApi(m_client, this))
    , m_taskLists(new TaskListApi(m_client, this))
    , m_directory(new DirectoryApi(m_client, this))
    , m_cache(new DirectoryCache(m_directory, this)) {
    Q_ASSERT(m_settings != nullptr);
    // Redirects are ApiClient's business; Qt must never follow one with the token
    // on.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_client, &ApiClient::unauthorized, this, &Session::unauthorized);
    connect(m_settings, &Settings::changed, this, &Session::onSettingChanged);
    reload();
}

Session::~Session() {
    // Users before what they use: each facade needs its client, the client its network manager.
    delete m_cache;
    delete m_directory;
    delete m_taskLists;
    delete m_answers;
    delete m_actions;
    delete m_tasks;
    delete m_client;
    delete m_network;
}

QUrl Session::serverUrl() const {
    return m_sandbox ? m_sandboxUrl : m_settings->serverUrl();
}

QString Session::organizationId() const {
    return m_sandbox ? m_sandboxOrganization : m_settings->organizationId();
}

QString Session::organizationName() const {
    if (!m_fetchedOrganizationName.isEmpty()) {
        return m_fetchedOrganizationName;
    }
    // The stored name belongs to the stored organization, not to one given on the
    // command line.
    if (m_sandbox || m_settings->isOverridden(Settings::Key::OrganizationId)) {
        return {};
    }
    return m_settings->organizationName();
}

QString Session::targetDescription() const {
    if (m_sandbox) {
        return tr("Sandbox");
    }
    if (m_settings->rejection(Settings::Key::ServerUrl)) {
        return tr("Not connected: the server address in the settings was refused (see Settings)");
    }
    const QString organization = organizationId();
    if (organization.isEmpty()) {
        return tr("Not connected: choose an organization and a token in Settings");
    }
    const QUrl server = serverUrl();
    QString host = server.host();
    if (server.port() != -1) {
        host += u':' + QString::number(server.port());
    }
    const QString name = organizationName();
    const QString where = tr("%1 on %2").arg(name.isEmpty() ? organization : name, host);
    if (m_state == State::NotConfigured) {
        return tr("%1 (no token)").arg(where);
    }
    return where;
}

void Session::expectSandbox() {
    ++m_generation; // a token still being read for the settings no longer applies
    m_sandbox = true;
    m_sandboxUrl.clear();
    m_sandboxOrganization.clear();
    m_sandboxToken.clear();
    m_fetchedOrganizationName.clear();
    m_origin = TokenSource::Origin::None;
    m_problem.clear();
    qCDebug(lcSession) << "waiting for the sandbox";
    applyConfig({});
    setState(State::Resolving);
    Q_EMIT targetChanged();
}

void Session::useSandbox(const QUrl &baseUrl, const QString &organizationId, const QString &token) {
    ++m_generation;
    m_sandbox = true;
    m_sandboxUrl = baseUrl;
    m_sandboxOrganization = organizationId;
    m_sandboxToken = ApiConfig::normalizeToken(token);
    m_fetchedOrganizationName.clear();
    m_origin = TokenSource::Origin::Session;
    m_problem.clear();
    qCDebug(lcSession) << "using the sandbox at" << baseUrl.toDisplayString();
    applyConfig(m_sandboxToken);
    setState(State::Ready);
    Q_EMIT targetChanged();
}

void Session::leaveSandbox() {
    if (!m_sandbox) {
        return;
    }
    m_sandbox = false;
    m_sandboxUrl.clear();
    m_sandboxOrganization.clear();
    m_sandboxToken.clear();
    m_fetchedOrganizationName.clear();
    Q_EMIT targetChanged();
    reload();
}

void Session::reload() {
    if (m_sandbox) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_origin = TokenSource::Origin::None;
    applyConfig({});
    if (const std::optional<Settings::Rejection> rejected =
            m_settings->rejection(Settings::Key::ServerUrl)) {
        // Not the default server instead: a token meant for one server never goes to another.
        m_problem = tr("The server address “%1” in the settings file was refused: %2 Nothing is "
                       "sent until you choose a server in Settings.")
                        .arg(rejected->storedText, rejected->reason);
        qCWarning(lcSession) << "the stored server address was refused; nothing will be sent";
        setState(State::NotConfigured);
        Q_EMIT targetChanged();
        return;
    }
    if (m_settings->organizationId().isEmpty()) {
        m_problem = tr("No organization is chosen.");
        setState(State::NotConfigured);
        return;
    }
    m_problem.clear();
    setState(State::Resolving);
    m_tokens->resolve(m_settings->tokenKey(), this,
                      [this, generation](const TokenSource::Resolution &resolution) {
                          if (generation != m_generation) {
                              return; // the settings changed while the keychain answered
                          }
                          if (!resolution.ok()) {
                              const TokenStoreError error =
                                  resolution.error.value_or(TokenStoreError::notFound());
                              m_problem = error.kind == TokenStoreError::Kind::NotFound
                                              ? tr("No token is stored for this organization.")
                                              : error.message;
                              qCInfo(lcSession).noquote()
                                  << "no token:" << TokenStoreError::kindName(error.kind)
                                  << error.detail;
                              setState(State::NotConfigured);
                              Q_EMIT targetChanged();
                              return;
                          }
                          m_origin = resolution.origin;
                          applyConfig(resolution.token);
                          setState(State::Ready);
                          Q_EMIT targetChanged();
                          fetchOrganizationName();
                      });
}

void Session::onSettingChanged(Settings::Key key) {
    switch (key) {
    case Settings::Key::ServerUrl:
    case Settings::Key::OrganizationId:
        m_fetchedOrganizationName.clear();
        if (!m_sandbox) {
            reload();
            Q_EMIT targetChanged();
        }
        break;
    case Settings::Key::OrganizationName:
        if (!m_sandbox) {
            Q_EMIT targetChanged();
        }
        break;
    case Settings::Key::RequestTimeoutSeconds: {
        ApiConfig config = m_client->config();
        config.timeoutMs = m_settings->requestTimeoutSeconds() * 1000;
        m_client->setConfig(config);
        break;
    }
    default:
        break;
    }
}

void Session::applyConfig(const QString &token) {
    ApiConfig config;
    config.baseUrl = serverUrl();
    config.orgId = organizationId();
    config.token = token;
    config.timeoutMs = m_settings->requestTimeoutSeconds() * 1000;
    m_client->setConfig(config);
    // The cache belongs to one server and organization; the token does not change
    // what it holds.
    m_cache->setTarget(m_sandbox ? u"sandbox:"_s + TokenStore::keyFor(config.baseUrl, config.orgId)
                                 : TokenStore::keyFor(config.baseUrl, config.orgId));
}

void Session::setState(State state) {
    if (m_state == state) {
        return;
    }
    m_state = state;
    qCDebug(lcSession) << "state" << state;
    Q_EMIT stateChanged(state);
}

void Session::fetchOrganizationName() {
    if (m_sandbox || !organizationName().isEmpty()) {
        return;
    }
    const quint64 generation = m_generation;
    m_directory->organization(
        organizationId(), this, [this, generation](const Result<Organization> &result) {
            if (generation != m_generation || !result.ok() || result.value().name.isEmpty()) {
                return;
            }
            m_fetchedOrganizationName = result.value().name;
            Q_EMIT targetChanged();
        });
}

void Session::readSavedToken(QObject *context, SavedTokenCallback callback) {
    const QUrl server = m_settings->serverUrl();
    if (!m_sandbox && m_state == State::Ready) {
        callback(SavedToken{m_origin, m_client->config().token, server});
        return;
    }
    if (m_settings->organizationId().isEmpty() && !m_tokens->isFromEnvironment()) {
        callback(SavedToken{TokenSource::Origin::None, {}, server});
        return;
    }
    m_tokens->resolve(
        m_settings->tokenKey(), context,
        [server, callback = std::move(callback)](const TokenSource::Resolution &resolution) {
            callback(SavedToken{resolution.origin, resolution.ok() ? resolution.token : QString(),
                                server});
        });
}

void Session::answer(QObject *context, const SaveCallback &callback, const SaveResult &result) {
    if (context == nullptr || !callback) {
        return;
    }
    // Queued on the context: dropped with it, and never inside the call that asked.
    QMetaObject::invokeMethod(
        context, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

void Session::saveConnection(const ConnectionChange &change, QObject *context,
                             SaveCallback callback) {
    m_pendingSave.reset();
    // The token in force is read again now: it decides what is removed and carried over.
    readSavedToken(this, [this, change, context = QPointer<QObject>(context),
                          callback = std::move(callback)](const SavedToken &saved) {
        continueSave(change, saved, context, callback);
    });
}

void Session::continueSave(const ConnectionChange &change, const SavedToken &saved,
                           QObject *context, const SaveCallback &callback) {
    const QString oldKey = m_settings->tokenKey();
    const QString newKey = TokenStore::keyFor(change.server, change.organizationId);
    const QPointer<QObject> guard(context);

    if (saved.origin == TokenSource::Origin::Environment) {
        // TALLYFY_API_TOKEN decides the token for this run; nothing is stored.
        finishSave(change, true, context, callback);
        return;
    }
    auto afterRemoval = [this, change, saved, oldKey, newKey, guard, callback] {
        const bool sameServer = ConnectionProbe::sameServer(change.server, saved.server);
        const bool mayCarry = sameServer || change.tokenConfirmedForServer;
        if (!change.newToken.isEmpty()) {
            storeToken(change, newKey, change.newToken, false, guard, callback);
        } else if (change.removeStoredToken || saved.token.isEmpty()) {
            finishSave(change, false, guard, callback);
        } else if (newKey == oldKey) {
            finishSave(change, true, guard, callback);
        } else if (mayCarry) {
            // A new organization (or a confirmed server) with the token already in force.
            storeToken(change, newKey, saved.token, saved.origin == TokenSource::Origin::Session,
                       guard, callback);
        } else {
            qCInfo(lcSession) << "the token in force stays with its server";
            finishSave(change, false, guard, callback);
        }
    };
    if (!change.removeStoredToken) {
        afterRemoval();
        return;
    }
    m_tokens->forgetSessionToken(oldKey);
    if (m_keychain == nullptr || saved.origin != TokenSource::Origin::Keychain) {
        afterRemoval();
        return;
    }
    m_keychain->remove(
        oldKey, this, [guard, callback, afterRemoval](const TokenStoreResult &result) {
            if (!result.ok()) {
                answer(guard, callback,
                       SaveResult{SaveResult::Status::TokenNotRemoved, result.error().message});
                return;
            }
            afterRemoval();
        });
}

void Session::storeToken(const ConnectionChange &change, const QString &key, const QString &token,
                         bool thisRunOnly, QObject *context, const SaveCallback &callback) {
    const QPointer<QObject> guard(context);
    auto refused = [this, change, key, token, guard, callback](const TokenStoreError &error) {
        m_pendingSave = PendingSave{change, key, token};
        const QString why =
            error.message.isEmpty() ? TokenStoreError::noKeychain().message : error.message;
        answer(guard, callback, SaveResult{SaveResult::Status::TokenNotStored, why});
    };
    if (thisRunOnly) {
        m_tokens->keepForSession(key, token);
        finishSave(change, true, context, callback);
        return;
    }
    if (m_keychain == nullptr) {
        refused(TokenStoreError::noKeychain());
        return;
    }
    m_keychain->write(
        key, token, this,
        [this, change, key, guard, callback, refused](const TokenStoreResult &result) {
            if (!result.ok()) {
                refused(result.error());
                return;
            }
            // A token kept for this run would shadow the one just stored.
            m_tokens->forgetSessionToken(key);
            finishSave(change, true, guard, callback);
        });
}

void Session::saveForThisRunOnly(QObject *context, SaveCallback callback) {
    if (!m_pendingSave) {
        answer(
            context, callback,
            SaveResult{SaveResult::Status::TokenNotStored, TokenStoreError::noKeychain().message});
        return;
    }
    const PendingSave pending = *std::exchange(m_pendingSave, std::nullopt);
    m_tokens->keepForSession(pending.key, pending.token);
    finishSave(pending.change, true, context, callback);
}

void Session::finishSave(const ConnectionChange &change, bool tokenInPlace, QObject *context,
                         const SaveCallback &callback) {
    m_pendingSave.reset();
    m_settings->setServerUrl(change.server);
    if (!change.organizationId.isEmpty()) {
        m_settings->setOrganizationName(change.organizationName);
        m_settings->setOrganizationId(change.organizationId);
    }
    m_settings->setRequestTimeoutSeconds(change.timeoutSeconds);
    m_settings->sync();

    // Saving a usable connection is the way out of the sandbox.
    if (m_sandbox && tokenInPlace) {
        leaveSandbox();
    } else {
        reload();
    }
    answer(context, callback, SaveResult{});
}
