#pragma once

#include "SandboxWorld.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiConfig.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>

/// What the API tests start from: a SandboxWorld's sandbox and an ApiClient pointed at it
/// (its base URL, organization and token, a 10 s timeout), with retry waits scaled down a
/// thousandfold so that a retry takes milliseconds. Members go in reverse order, so the client
/// never outlives its network manager or the server.
class ApiSandbox final {
    Q_DISABLE_COPY_MOVE(ApiSandbox)

public:
    ApiSandbox();
    ~ApiSandbox();

    /// The sandbox listens.
    [[nodiscard]] bool isValid() const { return m_world.isValid(); }

    /// The configuration the client started with; tests change a copy and hand it back.
    [[nodiscard]] ApiConfig config() const;

    [[nodiscard]] SandboxServer &server() { return m_world.server(); }
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }
    [[nodiscard]] ApiClient &client() { return m_client; }

private:
    SandboxWorld m_world;
    QNetworkAccessManager m_network;
    ApiClient m_client;
};
