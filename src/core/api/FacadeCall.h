#pragma once

#include "core/api/ApiClient.h"
#include "core/api/CancellableCall.h"
#include "core/domain/Json.h"
#include "core/domain/PageMeta.h"

#include <QJsonArray>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

/// Internal to the facades (TasksApi, DirectoryApi): one user-visible operation made of one
/// or more ApiClient calls plus parsing, cancellable as a whole through one CallHandle.
///
/// The inner ApiClient calls use this object as their context, so deleting it abandons them.
/// It delivers exactly once to the user's callback, on the user's context (never after that
/// context is destroyed, never from inside cancel()), then deletes itself. Bodies larger than
/// the parse threshold are parsed on QThreadPool::globalInstance(); the result comes back to
/// this object's thread through a link that the destructor severs, so a late worker can
/// never touch a deleted object.
class FacadeCall final : public CancellableCall {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacadeCall)

public:
    /// Bodies above this many bytes are parsed off the calling thread (default 256 KiB).
    static constexpr qsizetype DefaultParseThreshold = 256 * 1024;

    /// `failure` hands an error (including Cancelled) to the user's typed callback.
    FacadeCall(ApiClient *client, QObject *context, std::function<void(const ApiError &)> failure,
               QObject *parent);
    ~FacadeCall() override;

    void cancel() override;

    [[nodiscard]] ApiClient *client() const { return m_client.data(); }
    void setParseThreshold(qsizetype bytes) { m_parseThreshold = bytes; }
    /// Called on the calling thread each time a parse runs on the thread pool.
    void setBackgroundParseObserver(std::function<void()> observer) {
        m_backgroundObserver = std::move(observer);
    }

    /// Sends one request bound to this operation; `onSuccess` gets the 2xx response, any error
    /// fails the operation.
    void send(const ApiRequest &request, std::function<void(const ApiResponse &)> onSuccess);

    /// Runs `work(body)` here when the body is small, else on the thread pool, then `done`
    /// with its result on this object's thread (unless the operation ended meanwhile).
    template<typename R>
    void parse(const QByteArray &body, std::function<R(const QByteArray &)> work,
               std::function<void(R)> done);

    /// Fetches every page of the list `request` (page=1, 2, ... with the request's own
    /// per_page) until PageMeta's stop rule, parsing items with T::fromJson, then `done`.
    template<typename T>
    void fetchAllPages(const ApiRequest &request, std::function<void(QList<T>)> done);

    /// Delivers the result: `delivery` runs on the user's context. Ends the operation.
    void succeed(std::function<void()> delivery);
    /// Delivers `error` through the failure function. Ends the operation.
    void fail(const ApiError &error);

private:
    struct WorkerLink {
        QMutex mutex;
        FacadeCall *target = nullptr;
    };

    template<typename T>
    struct Page {
        std::optional<QList<T>> items; ///< nullopt when the body is not a list response
        QString error;
        PageMeta meta;
    };

    template<typename T>
    void fetchPage(ApiRequest request, int pageNumber, std::shared_ptr<QList<T>> collected,
                   std::function<void(QList<T>)> done);

    void end(std::function<void()> delivery, bool queued);
    void abandon();
    void disposeWhenIdle();

    QPointer<ApiClient> m_client; ///< may go first; then the operation fails
    QPointer<QObject> m_context;
    std::function<void(const ApiError &)> m_failure;
    std::function<void()> m_backgroundObserver;
    qsizetype m_parseThreshold = DefaultParseThreshold;
    std::shared_ptr<WorkerLink> m_link;
    int m_pendingWorkers = 0;
    bool m_disposing = false;
};

template<typename R>
void FacadeCall::parse(const QByteArray &body, std::function<R(const QByteArray &)> work,
                       std::function<void(R)> done) {
    if (isFinished())
        return;
    if (body.size() <= m_parseThreshold) {
        done(work(body));
        return;
    }
    ++m_pendingWorkers;
    if (m_backgroundObserver)
        m_backgroundObserver();
    QThreadPool::globalInstance()->start(
        [link = m_link, body, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<R>(work(body));
            QMutexLocker lock(&link->mutex);
            FacadeCall *target = link->target;
            if (target == nullptr)
                return;
            QMetaObject::invokeMethod(
                target,
                [target, result, done = std::move(done)]() {
                    --target->m_pendingWorkers;
                    if (!target->isFinished())
                        done(std::move(*result));
                    target->disposeWhenIdle();
                },
                Qt::QueuedConnection);
        });
}

template<typename T>
void FacadeCall::fetchAllPages(const ApiRequest &request, std::function<void(QList<T>)> done) {
    fetchPage<T>(request, 1, std::make_shared<QList<T>>(), std::move(done));
}

template<typename T>
void FacadeCall::fetchPage(ApiRequest request, int pageNumber, std::shared_ptr<QList<T>> collected,
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
