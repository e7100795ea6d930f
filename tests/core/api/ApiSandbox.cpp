#include "ApiSandbox.h"

#include "core/api/RetryPolicy.h"

ApiSandbox::ApiSandbox()
    : m_client(&m_network, config()) {
    RetryPolicy fast;
    fast.setTimeScale(0.001); // 0.5 s -> 0.5 ms; Retry-After 30 s -> 30 ms
    m_client.setRetryPolicy(fast);
}

ApiSandbox::~ApiSandbox() = default;

ApiConfig ApiSandbox::config() const {
    ApiConfig config;
    config.baseUrl = m_world.server().baseUrl();
    config.orgId = m_world.server().orgId();
    config.token = m_world.server().token();
    config.timeoutMs = 10000;
    return config;
}
