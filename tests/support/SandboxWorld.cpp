#include "SandboxWorld.h"

#include "core/settings/TokenStoreResult.h"

#include <QTest>

SandboxWorld::SandboxWorld()
    : SandboxWorld(Options{}) {}

SandboxWorld::SandboxWorld(const Options &options)
    : m_settings(Settings::forTesting(m_dir.path()))
    , m_store(std::make_unique<MemoryTokenStore>()) {
    if (!options.localServer)
        return;
    m_server = std::make_unique<SandboxServer>();
    if (options.generatedMembers > 0)
        m_server->addGeneratedMembers(options.generatedMembers);
    m_listening = m_server->listen();
}

SandboxWorld::~SandboxWorld() {
    m_session.reset();
    m_server.reset();
    m_store.reset();
    m_settings.reset();
}

bool SandboxWorld::isValid() const {
    return m_dir.isValid() && (!m_server || m_listening);
}

bool SandboxWorld::storeToken(const QString &key, const QString &token) {
    bool answered = false;
    bool ok = false;
    m_store->write(key, token, m_store.get(), [&answered, &ok](const TokenStoreResult &result) {
        answered = true;
        ok = result.ok();
    });
    return QTest::qWaitFor([&answered] { return answered; }) && ok;
}

bool SandboxWorld::configureForSandbox() {
    return m_settings->setServerUrl(m_server->baseUrl()) &&
           m_settings->setOrganizationId(m_server->orgId()) &&
           storeToken(m_settings->tokenKey(), m_server->token());
}

Session &SandboxWorld::startSession(const QString &environmentToken) {
    m_session.reset();
    m_session = std::make_unique<Session>(m_settings.get(), m_store.get(), environmentToken);
    return *m_session;
}

Session &SandboxWorld::startSandboxSession() {
    return startSandboxSession(m_server->baseUrl(), m_server->orgId(), m_server->token());
}

Session &SandboxWorld::startSandboxSession(const QUrl &baseUrl, const QString &orgId,
                                           const QString &token) {
    Session &session = startSession();
    session.useSandbox(baseUrl, orgId, token);
    return session;
}

void SandboxWorld::restart() {
    m_session.reset();
    m_settings.reset();
    m_settings = Settings::forTesting(m_dir.path());
}
