#pragma once

#include <QObject>

/// Base of every operation a CallHandle can cancel: one request with its retries (ApiClient)
/// or a facade's chain of requests (pages, a parse off the GUI thread). The object lives in
/// the thread that started it and deletes itself after delivering its result.
class CancellableCall : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancellableCall)

public:
    explicit CancellableCall(QObject *parent = nullptr);
    ~CancellableCall() override;

    /// Stops the operation. Its callback then receives ApiError::Kind::Cancelled, always
    /// later from the event loop (never from inside cancel()), unless the callback has already
    /// run or its context object is gone. No-op once finished.
    virtual void cancel() = 0;

    /// True once the result was handed over (or the operation was cancelled or abandoned).
    [[nodiscard]] bool isFinished() const { return m_finished; }

protected:
    void markFinished() { m_finished = true; }

private:
    bool m_finished = false;
};
