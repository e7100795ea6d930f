#pragma once

#include "core/api/CallHandle.h"
#include "core/domain/Task.h"
#include "core/domain/TaskActionPlan.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class Session;
class TaskActionSubmitter;

/// The action row under a shown task's header: Complete (task, email), Approve and Reject
/// (approval), Acknowledge (expiring), Reopen (completed), each shown only where it applies,
/// with an Alt shortcut and an accessible name equal to its text, and the outcome in words.
///
/// One press sends one request (TaskActionSubmitter): the buttons are disabled while an action
/// or its check runs. Reject asks for confirmation; Reopen asks for an optional reason, which
/// is posted as a comment once the task is open again. After an action the new state of the
/// task is handed on with taskChanged().
class TaskActionBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskActionBar)

public:
    explicit TaskActionBar(Session &session, QWidget *parent = nullptr);
    ~TaskActionBar() override;

    /// The task the buttons act on, as read just now.
    void setTask(const Task &task);
    /// Presses the button of `action` when it is shown and enabled (the context menu of the
    /// Tasks list comes here); false otherwise.
    bool trigger(TaskAction action);
    void clear();

    [[nodiscard]] QPushButton *button(TaskAction action) const { return m_buttons.value(action); }
    [[nodiscard]] TaskActionSubmitter *submitter() const { return m_submitter; }
    /// The outcome of the last action as shown ("The task is now complete.").
    [[nodiscard]] QString messageText() const;
    /// Why the completion buttons are disabled for this user (only assignees may); else empty.
    [[nodiscard]] QString whyNot() const;

Q_SIGNALS:
    /// An action ended and the task is now known to be `task` (done or not).
    void taskChanged(const Task &task);
    void statusMessage(const QString &text);

private:
    void press(TaskAction action);
    void confirmReject();
    void askReopenReason();
    void send(TaskAction action);
    void onFinished();
    void postReason(const QString &taskId, const QString &reason);
    void showMessage(const QString &text, bool problem);
    void updateButtons();
    void learnWhoIAm();

    Session &m_session;
    TaskActionSubmitter *m_submitter;
    QMap<TaskAction, QPushButton *> m_buttons;
    QLabel *m_busyLabel;
    QLabel *m_messageLabel;
    QLabel *m_whyLabel;
    std::optional<Task> m_task;
    QDateTime m_readAt;
    QString m_reopenReason;
    std::optional<qint64> m_myId; ///< the token's user; 0 when it could not be read
    CallHandle m_me;
};
