#pragma once

#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "sandbox/SandboxServer.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// What most tests start from: test-mode Settings in a temporary folder, an in-memory keychain
/// and a sandbox listening on loopback. Destroyed in the reverse order, so nothing outlives what
/// it points at.
class SandboxWorld final {
    Q_DISABLE_COPY_MOVE(SandboxWorld)

public:
    SandboxWorld();
    ~SandboxWorld();

    /// The folder was made and the sandbox listens.
    [[nodiscard]] bool isValid() const;

    [[nodiscard]] Settings &settings() const { return *m_settings; }
    [[nodiscard]] MemoryTokenStore &store() const { return *m_store; }
    [[nodiscard]] SandboxServer &server() const { return *m_server; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    /// Writes `token` under `key` and waits for the store's answer; false if it failed.
    [[nodiscard]] bool storeToken(const QString &key, const QString &token);
    /// Points the settings at the sandbox (server and organization) with the sandbox's token in
    /// the keychain, as a user who has connected once would have them.
    [[nodiscard]] bool configureForSandbox();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<SandboxServer> m_server;
    bool m_listening = false;
};
