#pragma once

#include "core/session/Session.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "sandbox/SandboxServer.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// The one world every test that talks to a sandbox starts from (the GUI fixtures, the session
/// and API tests, the benchmarks): test-mode Settings in a temporary folder, an in-memory
/// keychain, a sandbox listening on loopback and, on request, a Session over them wired as the
/// application wires it. Destroyed in the reverse order, so nothing outlives what it points at.
class SandboxWorld final {
    Q_DISABLE_COPY_MOVE(SandboxWorld)

public:
    struct Options {
        /// Members with generated names added to the sandbox's seed before it listens.
        int generatedMembers = 0;
        /// False for a world whose sandbox runs in another process (the benchmarks): no
        /// in-process server is made, and server() must not be called.
        bool localServer = true;
    };

    SandboxWorld();
    explicit SandboxWorld(const Options &options);
    ~SandboxWorld();

    /// The folder was made and, with a local server, the sandbox listens.
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

    /// A new Session over the settings and the keychain, as the application starts one
    /// (`environmentToken` plays TALLYFY_API_TOKEN). Replaces the previous session.
    Session &startSession(const QString &environmentToken = {});
    /// A new Session on the in-process sandbox for this run, as `taskdesk --sandbox` wires it.
    Session &startSandboxSession();
    /// A new Session on a sandbox at `baseUrl`, e.g. one running in another process.
    Session &startSandboxSession(const QUrl &baseUrl, const QString &orgId, const QString &token);
    /// The session started last; startSession() or startSandboxSession() must have been called.
    [[nodiscard]] Session &session() const { return *m_session; }
    [[nodiscard]] bool hasSession() const { return m_session != nullptr; }
    /// Ends the session and reopens the settings from their folder, as quitting and starting
    /// the application again would: the settings file and the keychain survive, nothing else.
    void restart();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Session> m_session;
    bool m_listening = false;
};
