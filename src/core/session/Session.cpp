#include "core/session/Session.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiConfig.h"
#include "core/api/DirectoryApi.h"
#include "core/api/TasksApi.h"
#include "core/session/DirectoryCache.h"
#include "core/session/SessionLogging.h"
#include "core/settings/TokenStore.h"

#include <QNetworkAccessManager>

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
