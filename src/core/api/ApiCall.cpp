#include "core/api/ApiCall.h"

#include "core/api/ApiLogging.h"
#include "core/api/UploadBody.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// How much of a body Qt's network thread reads ahead of the GUI thread.
constexpr qint64 ReadBufferBytes = 512 * 1024;

/// Errors Qt reports for an HTTP answer it received in full (status line, headers, body):
/// those are read as answers, not as transport failures.
bool isAnswerError(QNetworkReply::NetworkError code) {
    if (code == QNetworkReply::NoError)
        return true;
    if (code == QNetworkReply::ContentReSendError)
        return false;
    return code >= QNetworkReply::ContentAccessDenied &&
           code <= QNetworkReply::UnknownServerError && code != QNetworkReply::ProtocolFailure;
}

bool sameOrigin(const QUrl &a, const QUrl &b) {
    const int defaultPort = a.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

QString logUrl(const QUrl &url) {
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace

ApiCall::ApiCall(ApiClient *client, const ApiConfig &config, const ApiRequest &request,
                 QObject *context, ApiClient::Callback callback)
    : CancellableCall(client)
    , m_client(client)
    , m_config(config)
    , m_request(request)
    , m_context(context)
    , m_callback(std::move(callback))
    , m_url(request.url(config.baseUrl)) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::onRetryTimer);
    // The client itself as context needs no watch: it owns this call.
    if (context && context != client)
        m_contextConnection =
            connect(context, &QObject::destroyed, this, &ApiCall::onContextDestroyed);
}

ApiCall::~ApiCall() {
    m_retryTimer.stop();
    dropReply();
}

void ApiCall::cancel() {
    if (m_state == State::Finished)
        return;
    qCDebug(lcApi).noquote() << "cancelled" << m_request.methodName() << logUrl(m_url);
    stopAll();
    finish(ApiError::transport(ApiError::Kind::Cancelled), true);
}

void ApiCall::failBeforeSending(const ApiError &error) {
    finish(error, true);
}

void ApiCall::startAttempt() {
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    m_body.clear();
    m_errorBodyCapped = false;
    m_bodyTooLarge = false;

    QNetworkRequest networkRequest(m_url);
    const auto headers = ApiClient::standardHeaders(m_config, m_request);
    for (const auto &[name, value] : headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(std::max(1, m_config.timeoutMs));
    // Redirects are ours to judge (Qt would forward Authorization to any host).
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);

    QNetworkAccessManager *network = m_client->network();
    QNetworkReply *reply = nullptr;
    if (m_request.method() == ApiRequest::Method::Get) {
        reply = network->get(networkRequest);
    } else {
        // Every write goes through UploadBody so that Qt can never resend it on its own once
        // it has started to leave (see UploadBody). An empty body counts as sent from the
        // start. HTTP/1.1 only: that is the path whose resend behaviour is tested.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader,
                                 qint64(m_request.body().size()));
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *device = new UploadBody(m_request.body());
        reply = network->sendCustomRequest(networkRequest, m_request.methodName(), device);
        device->setParent(reply);
    }
    m_reply = reply;
    // Qt's network thread stops reading ahead once this much waits here, so a large body
    // arrives in steps the GUI thread takes between other events instead of as one backlog
    // of chunks (a 40 MB answer stalled the window for 200 ms).
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    m_attemptTimer.start();
    qCDebug(lcApi).noquote() << "->" << m_request.methodName() << logUrl(m_url)
                             << (m_retries > 0 ? u"(retry %1)"_s.arg(m_retries) : QString());
}

void ApiCall::onReadyRead() {
    QNetworkReply *reply = m_reply;
    if (!reply || !reply->isOpen() || m_errorBodyCapped || m_bodyTooLarge)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool errorAnswer = status >= 300;
    const qint64 limit = errorAnswer ? ApiError::MaxErrorBodyRead : ApiClient::MaxBodyBytes;
    const qint64 room = limit - m_body.size();
    const qint64 wanted = std::min(room, reply->bytesAvailable());
    if (wanted > 0) {
        // Read straight into the body, with room for all of it from the first chunk when the
        // length is announced: appending chunk by chunk copied a 20 MB body over and over, on
        // the GUI thread (and read(room) allocated 64 MiB per chunk).
        if (m_body.isEmpty()) {
            const qint64 announced =
                reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > wanted)
                m_body.reserve(qsizetype(std::min(announced, limit)));
        }
        const qsizetype before = m_body.size();
        m_body.resize(before + qsizetype(wanted));
        const qint64 got = reply->read(m_body.data() + before, wanted);
        m_body.resize(before + qsizetype(std::max<qint64>(got, 0)));
    }
    if (reply->bytesAvailable() > 0 && m_body.size() >= limit) {
        // Enough: an error body is only read for its message, and a 2xx this large is not
        // something the API sends.
        if (errorAnswer)
            m_errorBodyCapped = true;
        else
            m_bodyTooLarge = true;
        // Not from inside readyRead (Qt's reply is mid-delivery); finished() follows the
        // abort and onFinished reads the flags.
        QMetaObject::invokeMethod(
            this,
            [this, target = QPointer<QNetworkReply>(reply)] {
                QNetworkReply *current = m_reply.data();
                if (current != nullptr && current == target.data())
                    current->abort();
            },
            Qt::QueuedConnection);
    }
}

void ApiCall::onFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    onReadyRead();
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    m_state = State::Deciding; // the handlers below decide what comes next
    m_client->attemptEnded(this);

    if (m_bodyTooLarge) {
        logAttempt(status, u"body too large"_s);
        finish(ApiError::transport(ApiError::Kind::InvalidResponse,
                                   u"The response is larger than %1 MiB."_s.arg(
                                       ApiClient::MaxBodyBytes / (1024 * 1024))),
               false);
        return;
    }
    if (status > 0 && (m_errorBodyCapped || isAnswerError(code))) {
        handleHttpAnswer(reply, status);
        return;
    }
    if (code != QNetworkReply::NoError) {
        handleTransportError(reply, code);
        return;
    }
    logAttempt(status, u"no HTTP status"_s);
    finish(ApiError::transport(ApiError::Kind::InvalidResponse, u"No HTTP status line."_s), false);
}

void ApiCall::handleHttpAnswer(QNetworkReply *reply, int status) {
    logAttempt(status, QString());
    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.httpStatus = status;
        response.headers = reply->rawHeaderPairs();
        response.body = m_body;
        response.url = m_url;
        finish(std::move(response), false);
        return;
    }
    if (status >= 300 && status < 400) {
        handleRedirect(reply, status);
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    ApiError error = ApiError::fromHttpResponse(
        status, m_body, reply->rawHeader("Content-Type"), reply->rawHeader("X-Request-Id"),
        retryAfter, now,
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    if (status < 200) {
        error.kind = ApiError::Kind::InvalidResponse;
        finish(std::move(error), false);
        return;
    }

    if (status == 401) {
        QPointer<ApiCall> self(this);
        Q_EMIT m_client->unauthorized();
        if (!self || m_state == State::Finished)
            return;
    }

    const RetryPolicy &policy = m_client->retryPolicy();
    const RetryPolicy::Decision decision =
        policy.afterStatus(m_request.method(), m_retries, status, retryAfter, now);
    if (decision.retry) {
        scheduleRetry(decision.delayMs, decision.scaledDelayMs);
        return;
    }
    if (error.kind == ApiError::Kind::RateLimited && !error.retryAfterSeconds) {
        error.retryAfterSeconds = int(std::ceil(RetryPolicy::nominalBackoffMs(m_retries) / 1000.0));
    }
    qCInfo(lcApi).noquote() << m_request.methodName() << logUrl(m_url)
                            << "failed:" << ApiError::kindName(error.kind) << status;
    finish(std::move(error), false);
}

void ApiCall::handleTransportError(QNetworkReply *reply, QNetworkReply::NetworkError code) {
    ApiError::Kind kind = ApiError::Kind::Network;
    QString detail = reply->errorString();
    switch (code) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // We abort only through dropReply(), which disconnects first: a cancellation seen
        // here is Qt's transfer timeout.
        kind = ApiError::Kind::Timeout;
        detail = u"No data for %1 ms."_s.arg(m_config.timeoutMs);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::ContentReSendError:
        detail = u"The connection closed after the request was sent; it was not sent again."_s;
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        kind = ApiError::Kind::InvalidResponse;
        break;
    default:
        break;
    }
    logAttempt(0, ApiError::kindName(kind) + u": "_s + detail);

    const RetryPolicy &policy = m_client->retryPolicy();
    const RetryPolicy::Decision decision =
        policy.afterTransportError(m_request.method(), m_retries, kind);
    if (decision.retry) {
        scheduleRetry(decision.delayMs, decision.scaledDelayMs);
        return;
    }
    qCInfo(lcApi).noquote() << m_request.methodName() << logUrl(m_url)
                            << "failed:" << ApiError::kindName(kind);
    finish(ApiError::transport(kind, detail), false);
}

void ApiCall::handleRedirect(QNetworkReply *reply, int status) {
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty())
        target = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (!target.isEmpty())
        target = m_url.resolved(target);

    const bool follow = target.isValid() && !target.isEmpty() &&
                        m_request.method() == ApiRequest::Method::Get &&
                        sameOrigin(m_url, target) && ApiClient::isSecureTarget(target) &&
                        m_redirects < ApiClient::MaxRedirects;
    if (follow) {
        ++m_redirects;
        qCDebug(lcApi).noquote() << "following redirect to" << logUrl(target);
        m_url = target;
        m_state = State::Queued;
        m_client->enqueue(this, true);
        return;
    }

    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.httpStatus = status;
    error.code = ApiError::redirectRefusedCode();
    error.message = target.isValid() && !target.isEmpty()
                        ? target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                                 QUrl::RemoveFragment)
                        : u"(no Location header)"_s;
    error.rawBody = ApiError::scrub(m_body.left(ApiError::MaxKeptBody));
    qCInfo(lcApi).noquote() << "refused redirect of" << m_request.methodName() << logUrl(m_url)
                            << "to" << error.message;
    finish(std::move(error), false);
}

void ApiCall::scheduleRetry(int logicalDelayMs, int scaledDelayMs) {
    ++m_retries;
    m_state = State::WaitingToRetry;
    qCInfo(lcApi).noquote() << "retry" << m_retries << "of" << m_request.methodName()
                            << logUrl(m_url) << "in" << logicalDelayMs << "ms";
    QPointer<ApiCall> self(this);
    Q_EMIT m_client->retryScheduled(m_request, m_retries, logicalDelayMs / 1000.0);
    if (!self || m_state != State::WaitingToRetry) // cancelled from a slot
        return;
    m_retryTimer.start(std::max(0, scaledDelayMs));
}

void ApiCall::onRetryTimer() {
    if (m_state != State::WaitingToRetry)
        return;
    m_state = State::Queued;
    m_client->enqueue(this, true);
}

void ApiCall::onContextDestroyed() {
    if (m_state == State::Finished)
        return;
    qCDebug(lcApi).noquote() << "context gone; abandoning" << m_request.methodName()
                             << logUrl(m_url);
    stopAll();
    m_state = State::Finished;
    markFinished();
    m_callback = nullptr;
    deleteLater();
}

void ApiCall::stopAll() {
    const State was = m_state;
    m_state = State::Finished;
    m_retryTimer.stop();
    if (was == State::Queued)
        m_client->dequeue(this);
    if (was == State::Running) {
        dropReply();
        m_client->attemptEnded(this);
    }
}

void ApiCall::dropReply() {
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::finish(Result<ApiResponse> result, bool queued) {
    if (isFinished())
        return;
    m_state = State::Finished;
    markFinished();
    m_retryTimer.stop();
    disconnect(m_contextConnection);

    ApiClient::Callback callback = std::move(m_callback);
    m_callback = nullptr;
    QObject *context = m_context.data();
    QPointer<ApiCall> self(this);
    if (context && callback) {
        QMetaObject::invokeMethod(
            context,
            [callback = std::move(callback), result = std::move(result)]() mutable {
                callback(std::move(result));
            },
            queued ? Qt::QueuedConnection : Qt::AutoConnection);
    }
    if (self)
        deleteLater();
}

void ApiCall::logAttempt(int status, const QString &outcome) const {
    qCDebug(lcApi).noquote() << "<-" << m_request.methodName() << logUrl(m_url) << status
                             << m_attemptTimer.elapsed() << "ms" << outcome;
}
