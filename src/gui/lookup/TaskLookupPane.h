#pragma once

#include "core/api/ApiError.h"
#include "core/domain/Task.h"
#include "core/domain/TaskActionPlan.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class AnswersEditor;
class BusyIndicator;
class IncludeChooser;
class QAction;
class QShortcut;
class RecentLookupsView;
class Session;
class CommentsPanel;
class TaskActionBar;
class TaskLookup;
class TaskView;

namespace Ui {
class TaskLookupPane;
}

/// Looks a task up by ID or pasted link and shows everything about it.
///
/// The lookup bar takes a task ID or link, an optional run ID and the includes to fetch
/// (remembered in Settings); Enter or "Look up" sends the request through the session's
/// TasksApi, Esc or "Cancel" stops it. An input that cannot be a task is explained under the
/// input and nothing is sent. Failures are shown inside the pane, with the request ID when the
/// server gave one, and the task shown before stays until another replaces it. Successful
/// lookups go to the recent lookups list (Settings), where Enter or a double-click opens them
/// again. Names of members and groups come from the session's DirectoryCache, fetched on first
/// need.
class TaskLookupPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLookupPane)

public:
    explicit TaskLookupPane(Session &session, QWidget *parent = nullptr);
    ~TaskLookupPane() override;

    /// True while a lookup is in flight.
    [[nodiscard]] bool isBusy() const;
    /// The message shown for the last failed lookup (empty when none is shown).
    [[nodiscard]] QString errorText() const;
    /// The explanation under the input (empty when the input is fine).
    [[nodiscard]] QString inputErrorText() const;

    /// Ctrl+L, scoped to the pane. When the window already has an action with the same
    /// shortcut (the main window's "Look up task"), this one is disabled on show: Qt ignores a
    /// key sequence claimed twice in one context.
    [[nodiscard]] QAction *focusInputAction() const { return m_focusInput; }
    /// Copy task ID, copy JSON, copy as cURL, open in browser, find in JSON: for a host's menus.
    [[nodiscard]] QList<QAction *> taskActions() const;

    [[nodiscard]] TaskView *taskView() const;
    /// Complete, approve, reject, acknowledge, reopen for the task on screen.
    [[nodiscard]] TaskActionBar *actionBar() const { return m_actionBar; }
    [[nodiscard]] CommentsPanel *comments() const { return m_comments; }
    /// The Form fields section's answers editor ("Edit answers", F2).
    [[nodiscard]] AnswersEditor *answersEditor() const { return m_answers; }
    [[nodiscard]] RecentLookupsView *recentLookupsView() const;
    [[nodiscard]] IncludeChooser *includeChooser() const;

public Q_SLOTS:
    /// Parses `referenceText` (ID or link) and looks it up, as if typed and Enter pressed.
    void lookUp(const QString &referenceText, const QString &runId = {});
    /// Looks the task up, then presses the button of `action` on it (when it still applies).
    void lookUpAndAct(const QString &taskId, const QString &runId, TaskAction action);
    /// Shows a task already at hand (e.g. the one a create returned) without a request.
    void showTask(const Task &task);
    /// Puts the keyboard focus in the "Task ID or link" input (Ctrl+L).
    void focusInput();
    /// Stops the lookup in flight, if any (Esc).
    void cancel();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /// An action on `task` ended; `task` is its state as now known.
    void taskChanged(const Task &task);
    /// A short message for the status bar.
    void statusMessage(const QString &text);
    /// A task is now shown (after a lookup or showTask()).
    void taskShown(const QString &taskId);
    /// A lookup failed (not when it was cancelled); the pane already shows why.
    void lookupFailed(const ApiError &error);

private:
    /// Looks up what the inputs say, or explains what is wrong with them. False when the user
    /// chose to stay with unsaved answers.
    bool startLookup();
    /// Opens the answers editor on the task shown, in the field `fieldId` (F2).
    void editAnswers(const QString &fieldId);
    void closeAnswers();
    /// Before another task replaces one with unsaved answers in the editor: asks whether to
    /// keep them as a draft, discard them, or stay. False: stay.
    bool mayLeaveAnswers(const QString &nextTaskId);
    void onLookupFailed(const ApiError &error);
    void display(const Task &task, const QStringList &includes, const QString &runId);
    void setBusy(bool busy);
    void showCancel(bool shown);
    void showInputError(const QString &text);
    void showInputNote(const QString &text);
    void clearInputError();
    void showError(const ApiError &error);
    void showErrorText(const QString &text, const QString &requestId, const QString &details);
    void hideError();
    void copyCurl();
    /// Builds the names directory from the cache's members and groups, for the view and the
    /// comments (when those lists change).
    void updateDirectory();
    /// Says under the task whether names are loading or failed to load.
    void updateNamesStatus();
    void requestNames();
    void refreshNames();
    void reloadRecentLookups();
    void restoreSplitter();

    std::unique_ptr<Ui::TaskLookupPane> m_ui;
    Session &m_session;
    QAction *m_focusInput;
    QShortcut *m_cancelShortcut = nullptr;
    BusyIndicator *m_busyIndicator = nullptr;
    TaskLookup *m_lookup;
    TaskActionBar *m_actionBar;
    CommentsPanel *m_comments;
    AnswersEditor *m_answers;
    /// The action to press once the task of that ID is shown (lookUpAndAct()).
    std::optional<std::pair<QString, TaskAction>> m_pendingAction;

    /// What the task on screen was fetched with, for "Copy as cURL".
    QStringList m_shownIncludes;
    QString m_shownRunId;
};
