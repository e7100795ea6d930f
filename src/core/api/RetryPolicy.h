#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"

#include <QByteArray>
#include <QDateTime>

#include <algorithm>
#include <functional>
#include <optional>

/// When to send a request again and how long to wait first (tallyfy-api-notes.md 5). Pure logic:
/// ApiClient asks it after every failed attempt.
///
/// - GET: 429, 502, 503, 504 and transport errors (Network, Timeout) are retried.
/// - POST, PUT, DELETE: only 429 (the request was refused before processing). Never after a
///   timeout, a transport error or a 5xx: the API has no idempotency key.
/// - Wait: Retry-After when the answer has one (clamped 0..30 s), else 0.5 s x 2^n capped at
///   8 s with +-20 % jitter. At most 4 retries.
///
/// Tests make it fast with setTimeScale(): every real wait is multiplied by the scale, while
/// the waits reported in seconds stay the logical ones.
class RetryPolicy final {
public:
    struct Decision final {
        bool retry = false;
        /// Logical wait before the next attempt, in milliseconds (unscaled).
        int delayMs = 0;
        /// What the server asked for (Retry-After), when it did.
        std::optional<int> retryAfterSeconds;

        /// The wait actually to use: delayMs x the policy's time scale.
        int scaledDelayMs = 0;
    };

    static constexpr int DefaultMaxRetries = 4;
    static constexpr int DefaultBaseDelayMs = 500;
    static constexpr int DefaultMaxBackoffMs = 8000;
    static constexpr double DefaultJitter = 0.2;

    RetryPolicy() = default;

    /// Retries allowed after the first attempt (default 4; 0 disables retrying).
    void setMaxRetries(int retries) { m_maxRetries = std::max(0, retries); }
    /// Multiplies every real wait (default 1.0). 0.001 turns 8 s into 8 ms.
    void setTimeScale(double scale) { m_timeScale = std::max(0.0, scale); }
    /// Source of uniform numbers in [0, 1) for the jitter; default QRandomGenerator::global().
    void setRandomSource(std::function<double()> source) { m_random = std::move(source); }

    /// Whether this HTTP status may be retried for this method (retry budget aside).
    static bool isRetryableStatus(ApiRequest::Method method, int httpStatus);
    /// Whether a failure that never produced an HTTP answer may be retried.
    static bool isRetryableTransportError(ApiRequest::Method method, ApiError::Kind kind);

    /// The decision after an HTTP answer `httpStatus` (>= 400) to attempt number
    /// `retriesSoFar + 1`. `retryAfter` is the raw header.
    [[nodiscard]] Decision
    afterStatus(ApiRequest::Method method, int retriesSoFar, int httpStatus,
                const QByteArray &retryAfter,
                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// The decision after a transport failure of kind `kind`.
    [[nodiscard]] Decision afterTransportError(ApiRequest::Method method, int retriesSoFar,
                                               ApiError::Kind kind) const;

    /// The backoff before retry number `retryIndex + 1` (0-based), jitter included, unscaled.
    [[nodiscard]] int backoffMs(int retryIndex) const;
    /// The backoff before jitter: 500 x 2^retryIndex, capped at 8000.
    [[nodiscard]] static int nominalBackoffMs(int retryIndex);

private:
    /// `logicalMs` x time scale, rounded.
    [[nodiscard]] int scaled(int logicalMs) const;

    int m_maxRetries = DefaultMaxRetries;
    double m_timeScale = 1.0;
    std::function<double()> m_random;
};
