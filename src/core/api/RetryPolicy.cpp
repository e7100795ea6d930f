#include "core/api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

bool RetryPolicy::isRetryableStatus(ApiRequest::Method method, int httpStatus) {
    if (httpStatus == 429)
        return true; // refused before processing: safe for every method
    if (method != ApiRequest::Method::Get)
        return false;
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isRetryableTransportError(ApiRequest::Method method, ApiError::Kind kind) {
    if (method != ApiRequest::Method::Get)
        return false; // the server may have acted before the connection failed
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout;
}

int RetryPolicy::nominalBackoffMs(int retryIndex) {
    const int index = std::clamp(retryIndex, 0, 16);
    const qint64 delay = qint64(DefaultBaseDelayMs) << index;
    return int(std::min<qint64>(delay, DefaultMaxBackoffMs));
}

int RetryPolicy::backoffMs(int retryIndex) const {
    const double nominal = nominalBackoffMs(retryIndex);
    const double unit = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const double factor = 1.0 + DefaultJitter * (2.0 * std::clamp(unit, 0.0, 1.0) - 1.0);
    return int(std::lround(nominal * factor));
}

int RetryPolicy::scaled(int logicalMs) const {
    return int(std::lround(double(logicalMs) * m_timeScale));
}

RetryPolicy::Decision RetryPolicy::afterStatus(ApiRequest::Method method, int retriesSoFar,
                                               int httpStatus, const QByteArray &retryAfter,
                                               const QDateTime &now) const {
    Decision decision;
    decision.retryAfterSeconds = ApiError::parseRetryAfter(retryAfter, now);
    if (!isRetryableStatus(method, httpStatus) || retriesSoFar >= m_maxRetries)
        return decision;
    decision.retry = true;
    decision.delayMs =
        decision.retryAfterSeconds ? *decision.retryAfterSeconds * 1000 : backoffMs(retriesSoFar);
    decision.scaledDelayMs = scaled(decision.delayMs);
    return decision;
}

RetryPolicy::Decision RetryPolicy::afterTransportError(ApiRequest::Method method, int retriesSoFar,
                                                       ApiError::Kind kind) const {
    Decision decision;
    if (!isRetryableTransportError(method, kind) || retriesSoFar >= m_maxRetries)
        return decision;
    decision.retry = true;
    decision.delayMs = backoffMs(retriesSoFar);
    decision.scaledDelayMs = scaled(decision.delayMs);
    return decision;
}
