#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/Task.h"

#include <QObject>
#include <QStringList>

class Session;

/// One task lookup at a time, widget-free: the request behind the Look up pane.
///
/// - start() replaces the lookup in flight; the answer of the one replaced never arrives.
/// - While the session still reads the token from the keychain, the lookup waits and is sent
///   as soon as the token is known; a session with nothing to connect with ends it at once with
///   notConnected().
/// - cancel() ends it without a word; a lookup cancelled from elsewhere (the session reset)
///   ends with failed() and ApiError::Kind::Cancelled.
/// Each start() ends in exactly one of found(), failed() and notConnected(), or in cancel() or
/// a later start().
class TaskLookup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLookup)

public:
    /// What to fetch: the task, through its process when `runId` is not empty, with `includes`.
    struct Request final {
        QString taskId;
        QStringList includes;
        QString runId;
    };

    explicit TaskLookup(Session &session, QObject *parent = nullptr);
    ~TaskLookup() override;

    void start(const Request &request);
    /// Stops the lookup in flight or waiting; false when there was none.
    bool cancel();
    /// True from start() until the lookup ends (waiting for the token included).
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// The last request started.
    [[nodiscard]] const Request &request() const { return m_request; }

Q_SIGNALS:
    void busyChanged(bool busy);
    /// The request waits for the session's token.
    void waitingForToken();
    /// The request goes out (emitted before its answer can arrive).
    void sent(const TaskLookup::Request &request);
    void found(const Task &task, const TaskLookup::Request &request);
    void failed(const ApiError &error, const TaskLookup::Request &request);
    /// The session has no organization or no token (Session::tokenProblem() says which).
    void notConnected();

private:
    void send();
    void onAnswer(quint64 serial, const Request &request, const Result<Task> &result);
    void setBusy(bool busy);
    void onSessionStateChanged();

    Session &m_session;
    Request m_request;
    CallHandle m_call;
    /// Counts the lookups, so that the answer of one replaced or cancelled is known as such.
    quint64 m_serial = 0;
    bool m_busy = false;
    bool m_waitingForToken = false;
};

Q_DECLARE_METATYPE(TaskLookup::Request)
