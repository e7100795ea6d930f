// libFuzzer target: the error-body parser (ApiError::fromHttpResponse) and userText().
//
// Input layout, so that one input describes a whole HTTP answer:
//   byte 0      status: an index into kStatuses, or (>= its size) a raw status 100..1024
//   byte 1      Content-Type: an index into kContentTypes
//   byte 2      n = length of the Retry-After header (mod 64), followed by n bytes of it
//   next byte   m = length of the X-Request-Id header (mod 64), followed by m bytes of it
//   the rest    the body
// Missing bytes count as zero, so every input is valid.

#include "FuzzCheck.h"

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<int, 24> kStatuses{200, 201, 204, 301, 302, 400, 401, 403, 404, 405, 408, 409,
                                        410, 413, 415, 422, 429, 500, 501, 502, 503, 504, 0,   -1};

const std::array<QByteArray, 12> kContentTypes{
    QByteArray(),
    QByteArrayLiteral("application/json"),
    QByteArrayLiteral("application/json; charset=utf-8"),
    QByteArrayLiteral("APPLICATION/JSON ;charset=UTF-8"),
    QByteArrayLiteral("application/problem+json"),
    QByteArrayLiteral("text/html"),
    QByteArrayLiteral("text/html; charset=iso-8859-1"),
    QByteArrayLiteral("application/xhtml+xml"),
    QByteArrayLiteral("text/plain"),
    QByteArrayLiteral(";"),
    QByteArrayLiteral("application/octet-stream"),
    QByteArrayLiteral("json"),
};

// Reads the input front to back; past the end it yields zeros and empty slices.
class Reader final {
public:
    Reader(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size) {}

    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }

    QByteArray take(size_t count) {
        const size_t n = std::min(count, m_size - m_pos);
        QByteArray bytes(reinterpret_cast<const char *>(m_data + m_pos), static_cast<qsizetype>(n));
        m_pos += n;
        return bytes;
    }

    QByteArray rest() { return take(m_size - m_pos); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Reader reader(data, size);
    const uint8_t statusByte = reader.byte();
    const uint8_t typeByte = reader.byte();
    const int status = statusByte < kStatuses.size()
                           ? kStatuses[statusByte]
                           : 100 + (statusByte - static_cast<int>(kStatuses.size())) * 4;
    const QByteArray &contentType = kContentTypes[typeByte % kContentTypes.size()];
    const QByteArray retryAfter = reader.take(reader.byte() % 64);
    const QByteArray requestId = reader.take(reader.byte() % 64);
    const QByteArray body = reader.rest();
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    const ApiError error =
        ApiError::fromHttpResponse(status, body, contentType, requestId, retryAfter, now);

    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(error.kind != ApiError::Kind::Cancelled);
    if (error.retryAfterSeconds)
        FUZZ_CHECK(*error.retryAfterSeconds >= 0 && *error.retryAfterSeconds <= 30);
    FUZZ_CHECK(error.retryAfterSeconds == ApiError::parseRetryAfter(retryAfter, now));

    // Kept body: capped, and scrubbing it again changes nothing (no leaking line survived).
    FUZZ_CHECK(error.rawBody.size() <= ApiError::MaxKeptBody);
    FUZZ_CHECK(ApiError::scrub(error.rawBody) == error.rawBody);
    FUZZ_CHECK(!error.rawBody.contains("SQLSTATE"));
    FUZZ_CHECK(!error.rawBody.contains("Illuminate\\"));
    FUZZ_CHECK(!error.rawBody.contains("Stack trace"));

    // The message always says something, never more than the cap, never the leaked internals.
    // ("Stack trace" is not checked here: a raw message is simplified(), which legitimately
    // turns a kept "Stack  trace" or "Stack\ntrace" into it; the heading alone leaks nothing.)
    FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(error.message.size() <= ApiError::MaxRawMessage);
    FUZZ_CHECK(!error.message.contains("SQLSTATE"_L1));
    FUZZ_CHECK(!error.message.contains("Illuminate\\"_L1));

    FUZZ_CHECK(error.requestId == error.requestId.trimmed());
    FUZZ_CHECK(error.code == error.code.trimmed());
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        FUZZ_CHECK(!it.value().isEmpty());
        for (const QString &text : it.value())
            FUZZ_CHECK(!text.isEmpty());
    }

    if (status >= 500)
        FUZZ_CHECK(error.kind == ApiError::Kind::Server);
    else if (status < 400)
        FUZZ_CHECK(error.kind == ApiError::Kind::InvalidResponse);
    else if (status == 401)
        FUZZ_CHECK(error.kind == ApiError::Kind::Unauthorized);
    else if (status == 404)
        FUZZ_CHECK(error.kind == ApiError::Kind::NotFound ||
                   error.kind == ApiError::Kind::EndpointNotFound);

    FUZZ_CHECK(!error.userText().isEmpty());
    FUZZ_CHECK(!error.technicalDetails().isEmpty());
    (void)ApiError::kindName(error.kind);
    return 0;
}
