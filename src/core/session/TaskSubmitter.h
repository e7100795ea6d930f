#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/Task.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

class Session;

/// Sends a one-off task draft exactly once and keeps track of what is known about the outcome
/// (tallyfy-api-notes.md 3, 5): the widget-free state machine behind the new-task form's "Create
/// task" button.
///
/// - submit() is single-flight: while a create is in flight, or while its outcome is unknown,
///   it sends nothing and returns false.
/// - A 429 is retried by the ApiClient; retryCountdown() counts the wait down.
/// - A timeout, a dropped connection, a 5xx or an unreadable 2xx leave the outcome unknown
///   (State::Uncertain): nothing is resent. check() looks for a one-off task with the sent
///   title created by the current user in the last minutes; afterwards (State::Checked) the
///   user may open a match or deliberately sendAgain().
/// - After a 201 with `separate_task_for_each_assignee`, the run's tasks are listed to count
///   them (refreshFanOut() lists them again: that list can lag just after a create).
class TaskSubmitter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSubmitter)

public:
    enum class State {
        Idle,      ///< nothing sent, or a definite failure (see lastError())
        Sending,   ///< a create is in flight (including 429 retries)
        Created,   ///< 201: createdTask()
        Refused,   ///< the server refused the create (422 and other definite errors)
        Uncertain, ///< the create may or may not have happened; check() before sending again
        Checking,  ///< the check is running
        Checked,   ///< the check finished: matches() (possibly empty), or checkError()
    };
    Q_ENUM(State)

    /// How far back check() looks, before the moment the create was sent.
    static constexpr int CheckWindowMinutes = 10;

    explicit TaskSubmitter(Session &session, QObject *parent = nullptr);
    ~TaskSubmitter() override;

    /// Sends `draft` unless a create is in flight or its outcome is unknown (then false and
    /// nothing is sent).
    bool submit(const OneOffTaskDraft &draft);
    /// A deliberate new attempt after a check (or after an uncertain outcome, when the user
    /// insists): sends `draft` unless a create or a check is in flight.
    bool sendAgain(const OneOffTaskDraft &draft);
    /// Looks for the task whose create had an unknown outcome. False when there is nothing to
    /// check or a check is running.
    bool check();
    /// Back to Idle (e.g. after the draft was discarded); cancels a running check.
    void reset();
    /// Lists the created run's tasks again (fan-out only).
    void refreshFanOut();

    [[nodiscard]] State state() const { return m_state; }
    /// A create or a check is in flight.
    [[nodiscard]] bool isBusy() const;
    /// The outcome of the last create is unknown (Uncertain, Checking or Checked).
    [[nodiscard]] bool outcomeUnknown() const;

    [[nodiscard]] const OneOffTaskDraft &sentDraft() const { return m_sent; }
    [[nodiscard]] QDateTime sentAt() const { return m_sentAt; }
    [[nodiscard]] const std::optional<ApiError> &lastError() const { return m_error; }
    [[nodiscard]] const std::optional<Task> &createdTask() const { return m_created; }
    /// Tasks the check found, newest first.
    [[nodiscard]] const QList<Task> &matches() const { return m_matches; }
    [[nodiscard]] const std::optional<ApiError> &checkError() const { return m_checkError; }
    /// The tasks of the fan-out run, once listed.
    [[nodiscard]] const std::optional<QList<Task>> &fanOutTasks() const { return m_fanOut; }
    [[nodiscard]] const std::optional<ApiError> &fanOutError() const { return m_fanOutError; }
    [[nodiscard]] bool isListingFanOut() const { return m_fanOutCall.isActive(); }
    /// Seconds until the client sends the create again after a 429 (0 when not waiting).
    [[nodiscard]] int retrySecondsLeft() const;

Q_SIGNALS:
    void stateChanged(TaskSubmitter::State state);
    /// 201: the task as the server returned it.
    void created(const Task &task);
    /// The 429 countdown changed (seconds left; 0 when the retry has left).
    void retryCountdown(int secondsLeft);
    /// The fan-out list arrived or failed (fanOutTasks(), fanOutError()).
    void fanOutChanged();

private:
    void send(const OneOffTaskDraft &draft);
    void finished(const Result<Task> &result);
    void onRetryScheduled(double waitSeconds);
    void tick();
    void findMatches(qint64 starterId);
    void setState(State state);

    Session &m_session;
    State m_state = State::Idle;
    OneOffTaskDraft m_sent;
    QDateTime m_sentAt;
    std::optional<ApiError> m_error;
    std::optional<Task> m_created;
    QList<Task> m_matches;
    std::optional<ApiError> m_checkError;
    std::optional<QList<Task>> m_fanOut;
    std::optional<ApiError> m_fanOutError;
    CallHandle m_createCall;
    CallHandle m_checkCall;
    CallHandle m_fanOutCall;
    QDateTime m_retryAt;
    QTimer m_countdown;
    int m_lastCountdown = 0;
};
