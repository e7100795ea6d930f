#include "core/api/ApiOperation.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiLogging.h"

#include <QDateTime>
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

ApiOperation::ApiOperation(ApiClient *client, QObject *context,
                           std::function<void(const ApiError &)> failure)
    : QObject(client)
    , m_client(client)
    , m_config(client->config())
    , m_context(context ? context : client)
    , m_failure(std::move(failure))
    , m_link(std::make_shared<WorkerLink>()) {
    m_link->target = this;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiOperation::onRetryTimer);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiOperation::onDeadline);
    // The client as context needs no watch: it owns this operation.
    if (context && context != client)
        m_contextConnection =
            connect(context, &QObject::destroyed, this, &ApiOperation::onContextDestroyed);
}

ApiOperation::~ApiOperation() {
    m_retryTimer.stop();
    m_deadline.stop();
    dropReply();
    // A worker still parsing must not post to us any more.
    QMutexLocker lock(&m_link->mutex);
    m_link->target = nullptr;
}

// ---- the caller's side ----------------------------------------------------------------------

void ApiOperation::cancel() {
    if (m_finished)
        return;
    qCDebug(lcApi).noquote() << "cancelled" << m_request.methodName() << logUrl(m_url);
    end(ApiError::transport(ApiError::Kind::Cancelled), nullptr, true);
}

QString ApiOperation::errorString() const {
    return m_error ? m_error->userText() : QString();
}

// ---- building ------------------------------------------------------------------------------

bool ApiOperation::requireOrganization(const QString &orgId) {
    if (!orgId.isEmpty())
        return true;
    failLater(ApiError::noOrganization());
    return false;
}

void ApiOperation::exchange(const ApiRequest &request,
                            std::function<void(Result<ApiResponse>)> next) {
    if (m_finished)
        return;
    Q_ASSERT(m_state == State::Idle);
    m_request = request;
    m_next = std::move(next);
    m_url = request.url(m_config.baseUrl);
    m_retries = 0;
    m_redirects = 0;
    if (!ApiClient::isSecureTarget(m_url)) {
        qCWarning(lcApi).noquote() << "refused to send" << request.methodName() << logUrl(m_url)
                                   << "over an insecure transport";
        const ApiError error = ApiError::transport(
            ApiError::Kind::InsecureTransport,
            u"Refused to send the token to %1 over %2."_s.arg(m_url.host(), m_url.scheme()));
        // Never from inside the call that sent it.
        QMetaObject::invokeMethod(
            this, [this, error] { complete(error); }, Qt::QueuedConnection);
        return;
    }
    m_state = State::Queued;
    m_client->enqueue(this, false);
}

void ApiOperation::send(const ApiRequest &request, std::function<void(const ApiResponse &)> next) {
    exchange(request, [this, next = std::move(next)](Result<ApiResponse> result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        next(result.value());
    });
}

void ApiOperation::succeed(std::function<void()> delivery) {
    end(std::nullopt, std::move(delivery), false);
}

void ApiOperation::fail(const ApiError &error) {
    end(error, nullptr, false);
}

void ApiOperation::failLater(const ApiError &error) {
    QMetaObject::invokeMethod(
        this, [this, error] { fail(error); }, Qt::QueuedConnection);
}

// ---- one HTTP request ----------------------------------------------------------------------

void ApiOperation::startAttempt() {
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    m_body.clear();
    m_errorBodyCapped = false;
    m_bodyTooLarge = false;
    m_deadlinePassed = false;

    QNetworkReply *reply = m_client->transmit(m_config, m_request, m_url);
    m_reply = reply;
    // Qt's network thread stops reading ahead once this much waits here, so a large body
    // arrives in steps the GUI thread takes between other events instead of as one backlog
    // of chunks (a 40 MB answer stalled the window for 200 ms).
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, &ApiOperation::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiOperation::onFinished);
    m_attemptTimer.start();
    // Qt's transfer timeout only notices silence; a body trickled a byte at a time would keep
    // it from ever firing.
    m_deadline.start(std::max(1, m_config.timeoutMs));
    qCDebug(lcApi).noquote() << "->" << m_request.methodName() << logUrl(m_url)
                             << (m_retries > 0 ? u"(retry %1)"_s.arg(m_retries) : QString());
}

void ApiOperation::onReadyRead() {
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

void ApiOperation::onDeadline() {
    // One read of the guarded pointer: GCC's -O3 -Wnull-dereference cannot see that two reads
    // of a QPointer agree.
    QNetworkReply *reply = m_reply.data();
    if (m_state != State::Running || reply == nullptr)
        return;
    m_deadlinePassed = true;
    reply->abort(); // finished() follows; onFinished reads the flag
}

void ApiOperation::onFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    onReadyRead();
    m_reply = nullptr;
    m_deadline.stop();
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    m_state = State::Deciding; // the handlers below decide what comes next
    m_client->attemptEnded();

    if (m_bodyTooLarge) {
        logAttempt(status, u"body too large"_s);
        complete(ApiError::transport(
            ApiError::Kind::InvalidResponse,
            u"The response is larger than %1 MiB."_s.arg(ApiClient::MaxBodyBytes / (1024 * 1024))));
        return;
    }
    // A 2xx that Qt could not take in whole (e.g. "Decompression failed") is a failed transfer,
    // not an answer: its body is not the one the server sent.
    const bool damagedSuccess = status >= 200 && status < 300 && code != QNetworkReply::NoError;
    if (!m_deadlinePassed && !damagedSuccess && status > 0 &&
        (m_errorBodyCapped || isAnswerError(code))) {
        handleHttpAnswer(reply, status);
        return;
    }
    if (code != QNetworkReply::NoError) {
        handleTransportError(reply, code);
        return;
    }
    logAttempt(status, u"no HTTP status"_s);
    complete(ApiError::transport(ApiError::Kind::InvalidResponse, u"No HTTP status line."_s));
}

void ApiOperation::handleHttpAnswer(QNetworkReply *reply, int status) {
    logAttempt(status, QString());
    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.httpStatus = status;
        response.headers = reply->rawHeaderPairs();
        response.body = std::move(m_body);
        m_body = {};
        response.url = m_url;
        complete(std::move(response));
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
        complete(std::move(error));
        return;
    }

    if (status == 401) {
        QPointer<ApiOperation> self(this);
        Q_EMIT m_client->unauthorized();
        if (!self || m_finished)
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
    complete(std::move(error));
}

void ApiOperation::handleTransportError(QNetworkReply *reply, QNetworkReply::NetworkError code) {
    ApiError::Kind kind = ApiError::Kind::Network;
    QString errorCode;
    QString detail = reply->errorString();
    if (m_deadlinePassed) {
        kind = ApiError::Kind::Timeout;
        detail = u"No complete answer within %1 ms."_s.arg(m_config.timeoutMs);
    } else {
        switch (code) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            // We abort only through dropReply(), which disconnects first, and at the deadline,
            // handled above: a cancellation seen here is Qt's transfer timeout.
            kind = ApiError::Kind::Timeout;
            detail = u"No data for %1 ms."_s.arg(m_config.timeoutMs);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::ContentReSendError:
            detail = u"The connection closed after the request was sent; it was not sent again."_s;
            break;
        case QNetworkReply::UnknownContentError:
            // Qt's "Decompression failed": the answer arrived, but not in a form anyone can read.
            errorCode = ApiError::decompressionFailedCode();
            break;
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
            kind = ApiError::Kind::InvalidResponse;
            break;
        default:
            break;
        }
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
    ApiError error = ApiError::transport(kind, detail);
    error.code = errorCode;
    complete(std::move(error));
}

void ApiOperation::handleRedirect(QNetworkReply *reply, int status) {
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
    complete(std::move(error));
}

void ApiOperation::scheduleRetry(int logicalDelayMs, int scaledDelayMs) {
    ++m_retries;
    m_state = State::WaitingToRetry;
    qCInfo(lcApi).noquote() << "retry" << m_retries << "of" << m_request.methodName()
                            << logUrl(m_url) << "in" << logicalDelayMs << "ms";
    const double waitSeconds = logicalDelayMs / 1000.0;
    // Either signal's slots may cancel the operation.
    QPointer<ApiOperation> self(this);
    Q_EMIT retryScheduled(m_retries, waitSeconds);
    if (!self || m_state != State::WaitingToRetry)
        return;
    Q_EMIT m_client->retryScheduled(m_request, m_retries, waitSeconds);
    if (!self || m_state != State::WaitingToRetry)
        return;
    m_retryTimer.start(std::max(0, scaledDelayMs));
}

void ApiOperation::onRetryTimer() {
    if (m_state != State::WaitingToRetry)
        return;
    m_state = State::Queued;
    m_client->enqueue(this, true);
}

void ApiOperation::complete(Result<ApiResponse> result) {
    if (m_finished)
        return;
    m_state = State::Idle;
    std::function<void(Result<ApiResponse>)> next = std::move(m_next);
    m_next = nullptr;
    if (next)
        next(std::move(result));
}

void ApiOperation::stopTransfer() {
    const State was = m_state;
    m_state = State::Idle;
    m_retryTimer.stop();
    m_deadline.stop();
    m_next = nullptr;
    if (was == State::Queued)
        m_client->dequeue(this);
    if (was == State::Running) {
        dropReply();
        m_client->attemptEnded();
    }
}

void ApiOperation::dropReply() {
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiOperation::logAttempt(int status, const QString &outcome) const {
    qCDebug(lcApi).noquote() << "<-" << m_request.methodName() << logUrl(m_url) << status
                             << m_attemptTimer.elapsed() << "ms" << outcome;
}

// ---- the end -------------------------------------------------------------------------------

void ApiOperation::end(std::optional<ApiError> error, std::function<void()> delivery, bool queued) {
    if (m_finished)
        return;
    m_finished = true;
    stopTransfer();
    disconnect(m_contextConnection);
    if (error) {
        if (error->action == ApiError::Action::Other)
            error->action = m_action;
        m_error = *error;
        if (m_failure)
            delivery = [failure = std::move(m_failure), delivered = *error] { failure(delivered); };
    }
    m_failure = nullptr;
    if (QObject *context = m_context.data(); context && delivery)
        QMetaObject::invokeMethod(context, std::move(delivery),
                                  queued ? Qt::QueuedConnection : Qt::AutoConnection);
    QPointer<ApiOperation> self(this);
    Q_EMIT finished();
    if (self)
        disposeWhenIdle();
}

void ApiOperation::onContextDestroyed() {
    if (m_finished)
        return;
    qCDebug(lcApi).noquote() << "context gone; abandoning" << m_request.methodName()
                             << logUrl(m_url);
    m_context = nullptr;
    m_failure = nullptr;
    end(ApiError::transport(ApiError::Kind::Cancelled), nullptr, false);
}

void ApiOperation::disposeWhenIdle() {
    if (m_finished && m_pendingWorkers == 0 && !m_disposing) {
        m_disposing = true;
        deleteLater();
    }
}
