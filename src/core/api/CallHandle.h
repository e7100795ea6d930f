#pragma once

#include <QMetaObject>
#include <QPointer>

#include <functional>

class ApiOperation;
class QObject;

/// A cheap, copyable handle on a running ApiOperation, like a QPointer on it: holding it keeps
/// nothing alive, and it turns null once the operation has ended and gone.
///
/// Contract: after cancel(), the operation's callback receives ApiError::Kind::Cancelled,
/// always asynchronously (from the event loop, never from inside cancel()), unless it had
/// already been called or its context object was destroyed. A default-constructed handle, or
/// one whose operation has finished, ignores cancel().
class CallHandle final {
public:
    CallHandle() = default;
    explicit CallHandle(ApiOperation *operation);

    /// Aborts the request and any pending retry or follow-up request.
    void cancel() const;
    /// True while the operation has not ended.
    [[nodiscard]] bool isActive() const;
    /// The operation while it exists (its signals: retryScheduled(), finished()); else null.
    [[nodiscard]] ApiOperation *operation() const;

    /// Calls `observer(retryNumber, waitSeconds)` on `context` each time this operation
    /// schedules a retry of its request (ApiOperation::retryScheduled()): a per-call countdown
    /// without filtering the client-wide ApiClient::retryScheduled(). Returns an invalid
    /// connection when the operation has already ended.
    QMetaObject::Connection onRetryScheduled(QObject *context,
                                             std::function<void(int, double)> observer) const;

private:
    QPointer<ApiOperation> m_operation;
};
