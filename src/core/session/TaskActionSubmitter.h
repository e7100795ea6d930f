#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/Task.h"
#include "core/domain/TaskActionPlan.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class Session;

/// Sends one action on a task (complete, approve, reject, acknowledge, reopen) exactly once per
/// press and finds out what happened when the answer is lost (tallyfy-api-notes.md 5, 6.5): the
/// widget-free state machine behind the action buttons of the Look up view.
///
/// - start() is single-flight: while an action or its check runs it sends nothing and returns
///   false, so a double click or Enter plus a click send one request.
/// - A task shown for longer than StaleAfterSeconds is read again first; an action that no
///   longer applies (someone else completed it meanwhile) is not sent (State::NotApplicable).
/// - A timeout, a cut connection, a 5xx or an unreadable answer leave the outcome unknown: the
///   action is never sent again; the task is read again (State::Verifying) and the result says
///   whether the action took effect (Done) or not (Failed). A 429 is retried by the ApiClient.
/// - Any other refusal (422 required fields, 403, 404) is State::Refused with the error.
class TaskActionSubmitter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskActionSubmitter)

public:
    enum class State {
        Idle,          ///< nothing sent yet
        Rereading,     ///< reading the task again before sending
        Sending,       ///< the action is in flight (including 429 retries)
        Verifying,     ///< the answer was lost; reading the task to learn what happened
        Done,          ///< the action took effect: task()
        NotApplicable, ///< not sent: the task as read now does not take it (message())
        Refused,       ///< the server refused it (error())
        Failed,        ///< not done: sent and lost, and the task shows it did not happen
        Unknown,       ///< sent and lost, and the task could not be read to find out
    };
    Q_ENUM(State)

    /// A task shown for longer than this is read again before an action is sent.
    static constexpr int StaleAfterSeconds = 60;

    explicit TaskActionSubmitter(Session &session, QObject *parent = nullptr);
    ~TaskActionSubmitter() override;

    /// Performs `action` on `task` as read at `readAt`. False (and nothing sent) while busy.
    bool start(TaskAction action, const Task &task, const QDateTime &readAt);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] std::optional<TaskAction> action() const { return m_action; }
    /// The task as last read or returned (after Done, Failed, NotApplicable).
    [[nodiscard]] const std::optional<Task> &task() const { return m_task; }
    [[nodiscard]] const std::optional<ApiError> &error() const { return m_error; }
    /// What happened, for the user: "The task is now complete.", "Not completed: ...".
    [[nodiscard]] QString message() const { return m_message; }

Q_SIGNALS:
    void stateChanged(TaskActionSubmitter::State state);
    /// The action is over (any end state); `task` is the task as now known, when known.
    void finished(TaskActionSubmitter::State state);

private:
    void send();
    void verify();
    void end(State state, const QString &message);
    void setState(State state);
    [[nodiscard]] QString refusalText(const ApiError &error) const;
    [[nodiscard]] QString doneText() const;
    [[nodiscard]] QString notDoneText() const;

    Session &m_session;
    State m_state = State::Idle;
    std::optional<TaskAction> m_action;
    std::optional<Task> m_task;
    std::optional<ApiError> m_error;
    QString m_message;
    CallHandle m_call;
};
