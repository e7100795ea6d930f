#include "core/api/FacadeCall.h"

#include "core/api/ApiLogging.h"

FacadeCall::FacadeCall(ApiClient *client, QObject *context,
                       std::function<void(const ApiError &)> failure, QObject *parent)
    : CancellableCall(parent)
    , m_client(client)
    , m_context(context)
    , m_failure(std::move(failure))
    , m_link(std::make_shared<WorkerLink>()) {
    m_link->target = this;
    if (context)
        connect(context, &QObject::destroyed, this, &FacadeCall::abandon);
}

FacadeCall::~FacadeCall() {
    // A worker still parsing must not post to us any more.
    QMutexLocker lock(&m_link->mutex);
    m_link->target = nullptr;
}

void FacadeCall::cancel() {
    if (isFinished())
        return;
    end([failure = m_failure] { failure(ApiError::transport(ApiError::Kind::Cancelled)); }, true);
}

void FacadeCall::send(const ApiRequest &request,
                      std::function<void(const ApiResponse &)> onSuccess) {
    if (isFinished())
        return;
    ApiClient *client = m_client.data();
    if (client == nullptr) {
        fail(ApiError::transport(ApiError::Kind::Cancelled, QStringLiteral("The client is gone.")));
        return;
    }
    client->send(request, this,
                 [this, onSuccess = std::move(onSuccess)](Result<ApiResponse> result) {
                     if (isFinished())
                         return;
                     if (!result.ok()) {
                         fail(result.error());
                         return;
                     }
                     onSuccess(result.value());
                 });
}

void FacadeCall::succeed(std::function<void()> delivery) {
    end(std::move(delivery), false);
}

void FacadeCall::fail(const ApiError &error) {
    end([failure = m_failure, error] { failure(error); }, false);
}

void FacadeCall::end(std::function<void()> delivery, bool queued) {
    if (isFinished())
        return;
    markFinished();
    if (QObject *context = m_context.data()) {
        QMetaObject::invokeMethod(context, std::move(delivery),
                                  queued ? Qt::QueuedConnection : Qt::AutoConnection);
    }
    disposeWhenIdle();
}

void FacadeCall::abandon() {
    if (isFinished())
        return;
    markFinished();
    m_failure = nullptr;
    disposeWhenIdle();
}

void FacadeCall::disposeWhenIdle() {
    // Deleting this abandons the inner ApiClient calls (we are their context).
    if (isFinished() && m_pendingWorkers == 0 && !m_disposing) {
        m_disposing = true;
        deleteLater();
    }
}
