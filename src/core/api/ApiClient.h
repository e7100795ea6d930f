#pragma once

#include "core/api/ApiConfig.h"
#include "core/api/ApiRequest.h"
#include "core/api/ApiResponse.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/api/RetryPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiOperation;
class QNetworkAccessManager;
class QNetworkReply;

/// The one place Tallyfy requests are built and sent (tallyfy-api-notes.md 1, 4, 5).
///
/// Every request gets base URL + encoded path, `Authorization: Bearer <token>`,
/// `Accept: application/json`, `X-Tallyfy-Client: APIClient`, `User-Agent`, the transfer
/// timeout, and `Content-Type: application/json` when it has a body. Each call is one
/// ApiOperation (made here by send(), or by a facade); on top of QNetworkAccessManager the
/// client and its operations add:
///
/// - transport safety: the token never travels over plain http except to loopback hosts
///   (Kind::InsecureTransport, nothing sent); redirects are handled here, never by Qt: a
///   same-origin redirect of a GET is followed, any other is refused (Kind::InvalidResponse,
///   code ApiError::redirectRefusedCode()), so the token never reaches another host;
/// - the retry policy (RetryPolicy) with retryScheduled() for a countdown (per call:
///   ApiOperation::retryScheduled()); a POST, PUT or DELETE leaves at most once, except after a
///   429 (see UploadBody for Qt's own resends);
/// - a whole-request deadline of ApiConfig::timeoutMs per attempt on top of Qt's transfer
///   timeout, so that an answer trickled byte by byte still ends (Kind::Timeout);
/// - at most DefaultMaxInFlight requests at once (setMaxInFlight()), the rest queued in order;
/// - error mapping (ApiError::fromHttpResponse for answers, transport kinds otherwise; a 2xx
///   that Qt could not decompress is a failed transfer) and unauthorized() on every 401.
///
/// Callbacks: exactly one call per send(), bound to `context`: never called if `context` is
/// destroyed first (the request is then aborted), never called from inside send() or
/// CallHandle::cancel(). Cancelling delivers ApiError::Kind::Cancelled. Callbacks run in the
/// context's thread. If the ApiClient itself is destroyed, pending callbacks are dropped.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(Result<ApiResponse>)>;

    static constexpr int DefaultMaxInFlight = 4;
    static constexpr int MaxRedirects = 5;
    /// A 2xx body larger than this is refused (InvalidResponse) instead of filling memory.
    static constexpr qint64 MaxBodyBytes = qint64(64) * 1024 * 1024;

    /// `network` is not owned and must outlive the client.
    explicit ApiClient(QNetworkAccessManager *network, const ApiConfig &config = {},
                       QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] const ApiConfig &config() const { return m_config; }
    /// Applies to requests sent from now on; running ones keep the config they started with.
    void setConfig(const ApiConfig &config);
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    /// At most this many requests at once (default DefaultMaxInFlight).
    void setMaxInFlight(int count);
    [[nodiscard]] int inFlightCount() const { return m_inFlight; }
    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }

    /// Sends `request` (queued while every slot is taken) and calls `callback`
    /// once with the 2xx response or the error. A null `context` binds the callback to the
    /// client itself.
    CallHandle send(const ApiRequest &request, QObject *context, Callback callback);

    /// The URL `request` goes to with the current config.
    [[nodiscard]] QUrl urlFor(const ApiRequest &request) const;
    /// The request as a curl command for "Copy as cURL": all headers, the token replaced by
    /// `$TALLYFY_API_TOKEN` (so the command works after `export TALLYFY_API_TOKEN=...`).
    [[nodiscard]] QString redactedCurl(const ApiRequest &request) const;
    static QString redactedCurl(const ApiConfig &config, const ApiRequest &request);

    /// 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost" (any case, trailing dot allowed).
    static bool isLoopbackHost(const QString &host);
    /// https anywhere, or http to a loopback host: the only places the token may go.
    static bool isSecureTarget(const QUrl &url);
    /// The headers every request carries, in order (the token in clear: never log this).
    static QList<QPair<QByteArray, QByteArray>> standardHeaders(const ApiConfig &config,
                                                                const ApiRequest &request);

Q_SIGNALS:
    /// A request answered 401: the token is invalid, expired or ended by a logout.
    void unauthorized();
    /// A retry of `request` will be sent after `waitSeconds` (the logical wait, for a
    /// countdown). `retryNumber` counts from 1.
    void retryScheduled(const ApiRequest &request, int retryNumber, double waitSeconds);

private:
    friend class ApiOperation;

    void enqueue(ApiOperation *operation, bool front);
    void dequeue(ApiOperation *operation);
    void attemptEnded();
    void pump();
    /// Builds the QNetworkRequest for one attempt of `request` to `url` and sends it.
    QNetworkReply *transmit(const ApiConfig &config, const ApiRequest &request, const QUrl &url);

    QNetworkAccessManager *m_network;
    ApiConfig m_config;
    RetryPolicy m_retryPolicy;
    int m_maxInFlight = DefaultMaxInFlight;
    int m_inFlight = 0;
    QList<QPointer<ApiOperation>> m_queue;
};
