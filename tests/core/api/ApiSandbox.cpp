#include "ApiSandbox.h"

#include "core/api/RetryPolicy.h"

ApiSandbox::ApiSandbox()
    : m_listening(m_server.listen())
    , m_client(&m_network, config()) {
    RetryPolicy fast;
    fast.setTimeScale(0.001); // 0.5 s -> 0.5 ms; Retry-After 30 s -> 30 ms
    m_client.setRetryPolicy(fast);
}

ApiSandbox::~ApiSandbox() = default;

ApiConfig ApiSandbox::config() const {
    ApiConfig config;
    config.baseUrl = m_server.baseUrl();
    config.orgId = m_server.orgId();
    config.token = m_server.token();
    config.timeoutMs = 10000;
    return config;
}
