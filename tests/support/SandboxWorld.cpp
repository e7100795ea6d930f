#include "SandboxWorld.h"

#include "core/settings/TokenStoreResult.h"

#include <QTest>

SandboxWorld::SandboxWorld()
    : m_settings(Settings::forTesting(m_dir.path()))
    , m_store(std::make_unique<MemoryTokenStore>())
    , m_server(std::make_unique<SandboxServer>())
    , m_listening(m_server->listen()) {}

SandboxWorld::~SandboxWorld() {
    m_server.reset();
    m_store.reset();
    m_settings.reset();
}

bool SandboxWorld::isValid() const {
    return m_dir.isValid() && m_listening;
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
