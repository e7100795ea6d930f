#pragma once

#include "core/api/ApiConfig.h"
#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"
#include "core/api/ApiResponse.h"
#include "core/api/Result.h"
#include "core/domain/Json.h"
#include "core/domain/PageMeta.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ApiClient;

/// One call as its caller sees it, from the send to the result: KPublicTransport's reply object
/// is the model. ApiClient::send() and the facades (TasksApi, DirectoryApi) make one per call and
/// hand out a CallHandle on it; there is no other object per request.
///
/// An operation sends one HTTP request at a time and may send more in turn (a list's pages, the
/// organization check after a lookup's unclear 404). Each request waits for a free slot of the
/// client (at most ApiClient::DefaultMaxInFlight at once), follows the client's RetryPolicy, its
/// redirect rules (same origin only, GET only) and a whole-request deadline on top of Qt's
/// transfer timeout (both ApiConfig::timeoutMs). Bodies above the parse threshold are parsed on
/// QThreadPool::globalInstance(); the result comes back to this object's thread through a link
/// that the destructor severs, so a late worker never touches a deleted operation.
///
/// It ends exactly once, on one path: the result or the error goes to the caller's callback on
/// the caller's context (never from inside the call that started it or from inside cancel(),
/// never after the context is destroyed), error() and errorString() say how it failed, and
/// finished() is emitted. cancel() ends it with ApiError::Kind::Cancelled. The client owns every
/// operation (destroying the client drops their callbacks); an operation deletes itself once it
/// has ended and no worker is parsing for it.
class ApiOperation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiOperation)

public:
    /// Bodies above this many bytes are parsed off the calling thread (default 256 KiB).
    static constexpr qsizetype DefaultParseThreshold = 256 * 1024;

    /// For ApiClient and the facades: an operation of `client` (which owns it) whose result goes
    /// to `context`'s thread (the client itself when null). `failure` hands an error, Cancelled
    /// included, to the caller's typed callback. The config in force now applies to all its
    /// requests.
    ApiOperation(ApiClient *client, QObject *context,
                 std::function<void(const ApiError &)> failure);
    ~ApiOperation() override;

    // ---- for the caller ----------------------------------------------------------------------

    /// Stops the request in flight and any retry or follow-up. The callback then receives
    /// ApiError::Kind::Cancelled from the event loop. No-op once finished.
    void cancel();
    /// True once the operation has ended (result, error, cancel, or its context destroyed).
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// The error the operation ended with (Cancelled included); nullopt while it runs and
    /// after a success.
    [[nodiscard]] const std::optional<ApiError> &error() const { return m_error; }
    /// error()->userText(); empty while it runs, after a success and after a cancel.
    [[nodiscard]] QString errorString() const;
    /// The HTTP request in flight, or the last one sent.
    [[nodiscard]] const ApiRequest &request() const { return m_request; }

    // ---- for the facades that build it -------------------------------------------------------

    void setParseThreshold(qsizetype bytes) { m_parseThreshold = bytes; }
    /// Errors the operation ends with carry `action` (it picks their wording).
    void setAction(ApiError::Action action) { m_action = action; }

    /// True when `orgId` is set; otherwise the operation fails with ApiError::noOrganization()
    /// (from the event loop) and nothing is sent.
    bool requireOrganization(const QString &orgId);
    /// Sends `request` and hands its outcome to `next`: the 2xx response, or the error that
    /// remains after the retries. `next` never sees Cancelled (cancel() ends the operation
    /// itself) and never runs from inside this call.
    void exchange(const ApiRequest &request, std::function<void(Result<ApiResponse>)> next);
    /// As exchange(), but an error ends the operation; `next` gets the 2xx response.
    void send(const ApiRequest &request, std::function<void(const ApiResponse &)> next);
    /// Runs `work(body)` here when the body is small, else on the thread pool, then `done` with
    /// its result on this object's thread (unless the operation ended meanwhile).
    template<typename R>
    void parse(const QByteArray &body, std::function<R(const QByteArray &)> work,
               std::function<void(R)> done);
    /// Parses `body` as one T (T::fromResponseBody, or T::fromJson of the `data` object or the
    /// root) and hands it to `done`; an unreadable body ends the operation with InvalidResponse,
    /// its detail after `unreadablePrefix`.
    template<typename T>
    void readOne(const QByteArray &body, const QString &unreadablePrefix,
                 std::function<void(T)> done);
    /// send() and readOne(): GET one T.
    template<typename T>
    void fetchOne(const ApiRequest &request, std::function<void(T)> done);
    /// Fetches every page of the list `request` (page=1, 2, ... with the request's own per_page)
    /// until PageMeta's stop rule, parsing items with T::fromJson, then `done`.
    template<typename T>
    void fetchAllPages(const ApiRequest &request, std::function<void(QList<T>)> done);

    /// Ends the operation with a result: `delivery` runs on the caller's context.
    void succeed(std::function<void()> delivery);
    /// Ends the operation with `error`.
    void fail(const ApiError &error);
    /// Ends the operation with `error` from the event loop: for what is found wrong before
    /// anything is sent.
    void failLater(const ApiError &error);

Q_SIGNALS:
    /// The request in flight failed and is sent again after `waitSeconds` (the logical wait, for
    /// a countdown); `retryNumber` counts from 1 for each request of the operation. Emitted just
    /// before the client-wide ApiClient::retryScheduled().
    void retryScheduled(int retryNumber, double waitSeconds);
    /// A body is about to be parsed on the thread pool.
    void backgroundParseStarted();
    /// The operation has ended, whatever the outcome.
    void finished();

private:
    friend class ApiClient;

    enum class State { Idle, Queued, Running, Deciding, WaitingToRetry };

    struct WorkerLink {
        QMutex mutex;
        ApiOperation *target = nullptr;
    };

    template<typename T>
    struct Page {
        std::optional<QList<T>> items; ///< nullopt when the body is not a list response
        QString error;
        PageMeta meta;
    };

    template<typename T>
    struct One {
        std::optional<T> value;
        QString error;
    };

    template<typename T>
    static std::optional<T> parseOne(const QByteArray &body, QString *error);

    template<typename T>
    void fetchPage(ApiRequest request, int pageNumber, std::shared_ptr<QList<T>> collected,
                   std::function<void(QList<T>)> done);

    // One HTTP request (ApiClient calls startAttempt() when a slot is free).
    void startAttempt();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void onRetryTimer();
    void handleHttpAnswer(QNetworkReply *reply, int status);
    void handleTransportError(QNetworkReply *reply, QNetworkReply::NetworkError code);
    void handleRedirect(QNetworkReply *reply, int status);
    void scheduleRetry(int logicalDelayMs, int scaledDelayMs);
    void complete(Result<ApiResponse> result);
    void stopTransfer();
    void dropReply();
    void logAttempt(int status, const QString &outcome) const;

    // The end.
    void end(std::optional<ApiError> error, std::function<void()> delivery, bool queued);
    void onContextDestroyed();
    void disposeWhenIdle();

    ApiClient *const m_client; ///< owns this operation and deletes it before its own members go
    const ApiConfig m_config;
    QPointer<QObject> m_context;
    QMetaObject::Connection m_contextConnection;
    std::function<void(const ApiError &)> m_failure;
    ApiError::Action m_action = ApiError::Action::Other;
    qsizetype m_parseThreshold = DefaultParseThreshold;
    std::shared_ptr<WorkerLink> m_link;
    int m_pendingWorkers = 0;
    bool m_finished = false;
    bool m_disposing = false;
    std::optional<ApiError> m_error;

    // The request in flight.
    State m_state = State::Idle;
    ApiRequest m_request;
    std::function<void(Result<ApiResponse>)> m_next;
    QUrl m_url;
    int m_retries = 0;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_errorBodyCapped = false;
    bool m_bodyTooLarge = false;
    bool m_deadlinePassed = false;
    QTimer m_retryTimer;
    QTimer m_deadline;
    QElapsedTimer m_attemptTimer;
};

template<typename R>
void ApiOperation::parse(const QByteArray &body, std::function<R(const QByteArray &)> work,
                         std::function<void(R)> done) {
    if (m_finished)
        return;
    if (body.size() <= m_parseThreshold) {
        done(work(body));
        return;
    }
    ++m_pendingWorkers;
    Q_EMIT backgroundParseStarted();
    QThreadPool::globalInstance()->start(
        [link = m_link, body, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<R>(work(body));
            QMutexLocker lock(&link->mutex);
            ApiOperation *target = link->target;
            if (target == nullptr)
                return;
            QMetaObject::invokeMethod(
                target,
                [target, result, done = std::move(done)]() {
                    --target->m_pendingWorkers;
                    if (!target->m_finished)
                        done(std::move(*result));
                    target->disposeWhenIdle();
                },
                Qt::QueuedConnection);
        });
}

template<typename T>
std::optional<T> ApiOperation::parseOne(const QByteArray &body, QString *error) {
    if constexpr (requires { T::fromResponseBody(body, error); }) {
        return T::fromResponseBody(body, error);
    } else {
        const auto root = Json::parseObject(body, error);
        if (!root)
            return std::nullopt;
        const QJsonValue data = root->value(QStringLiteral("data"));
        return T::fromJson(data.isObject() ? data.toObject() : *root, error);
    }
}

template<typename T>
void ApiOperation::readOne(const QByteArray &body, const QString &unreadablePrefix,
                           std::function<void(T)> done) {
    parse<One<T>>(
        body,
        [](const QByteArray &bytes) {
            One<T> one;
            one.value = parseOne<T>(bytes, &one.error);
            return one;
        },
        [this, unreadablePrefix, done = std::move(done)](One<T> one) {
            if (!one.value) {
                fail(ApiError::transport(ApiError::Kind::InvalidResponse,
                                         unreadablePrefix + one.error));
                return;
            }
            done(std::move(*one.value));
        });
}

template<typename T>
void ApiOperation::fetchOne(const ApiRequest &request, std::function<void(T)> done) {
    send(request, [this, done = std::move(done)](const ApiResponse &response) {
        readOne<T>(response.body, {}, done);
    });
}

template<typename T>
void ApiOperation::fetchAllPages(const ApiRequest &request, std::function<void(QList<T>)> done) {
    fetchPage<T>(request, 1, std::make_shared<QList<T>>(), std::move(done));
}

template<typename T>
void ApiOperation::fetchPage(ApiRequest request, int pageNumber,
                             std::shared_ptr<QList<T>> collected,
                             std::function<void(QList<T>)> done) {
    request.setQueryItem(QStringLiteral("page"), QString::number(pageNumber));
    send(request, [this, request, pageNumber, collected, done](const ApiResponse &response) {
        parse<Page<T>>(
            response.body,
            [](const QByteArray &body) {
                Page<T> page;
                QString error;
                const auto root = Json::parseObject(body, &error);
                if (!root || !root->value(QStringLiteral("data")).isArray()) {
                    page.error =
                        root ? QStringLiteral("The response has no list of items.") : error;
                    return page;
                }
                page.items = Json::parseList<T>(root->value(QStringLiteral("data")));
                page.meta = PageMeta::fromResponse(*root);
                return page;
            },
            [this, request, pageNumber, collected, done](Page<T> page) {
                if (!page.items) {
                    fail(ApiError::transport(ApiError::Kind::InvalidResponse, page.error));
                    return;
                }
                collected->append(std::move(*page.items));
                if (page.meta.hasNext(pageNumber)) {
                    fetchPage<T>(request, pageNumber + 1, collected, done);
                    return;
                }
                done(std::move(*collected));
            });
    });
}
