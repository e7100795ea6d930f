#pragma once

#include <QPointer>

class CancellableCall;

/// A cheap, copyable handle on a running API operation (a request with its retries, or a
/// facade's chain of pages). Holding it keeps nothing alive; it only lets the owner cancel.
///
/// Contract: after cancel(), the operation's callback receives ApiError::Kind::Cancelled,
/// always asynchronously (from the event loop, never from inside cancel()), unless it had
/// already been called or its context object was destroyed. A default-constructed handle, or
/// one whose operation has finished, ignores cancel().
class CallHandle final {
public:
    CallHandle() = default;
    explicit CallHandle(CancellableCall *call);

    /// Aborts the request and any pending retry or follow-up request.
    void cancel() const;
    /// True while the operation has not delivered its result.
    [[nodiscard]] bool isActive() const;

private:
    QPointer<CancellableCall> m_call;
};
