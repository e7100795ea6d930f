#pragma once

#include "core/domain/DraftContext.h"
#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/Task.h"
#include "core/domain/ValidationResult.h"
#include "gui/newtask/DraftProblems.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class DraftBinding;
class DraftStore;
class FieldMessage;
class Session;
struct NewTaskSendState;
class TaskSubmitter;

namespace Ui {
class NewTaskForm;
}

/// The "New one-off task" form: edits a OneOffTaskDraft, checks it as the user types, sends it
/// exactly once, and never loses it.
///
/// - Every input edits the draft, which is saved (debounced, DraftStore) on every change and
///   restored at construction; it is cleared only after a 201 or by "Discard draft" (which
///   asks first).
/// - OneOffTaskDraft::validate() runs on every change. Each problem is shown under the input
///   it concerns (FieldMessage; also the input's accessible description), errors once the
///   input was edited, warnings at once. While there are errors "Create task" is disabled and
///   its tooltip and the summary line under the form say why.
/// - Ctrl+Enter or "Create task" sends through TaskSubmitter (single flight: one POST per
///   press, none while one is in flight or while the outcome of the last one is unknown).
///   A 422 puts each field error back under its input (`owners.users.0`, `form_fields.1.options`
///   ...) with a summary; a 429 shows the client's retry countdown; a timeout or lost
///   connection says the task may exist and offers "Check", then "Open it" or "Send again".
/// - A 201 emits taskCreated() with the task as returned (its deadline may have moved into
///   working hours), offers "Copy ID", counts the tasks of a fan-out, and clears the draft.
///
/// The form wires its parts: DraftBinding (draft and inputs), DraftProblems (which problems are
/// shown; DraftAreas and DraftProblemPlacer say where), NewTaskSendState (whether and why not to
/// send) and NewTaskResult shown by NewTaskResultPanel (what became of the last create).
class NewTaskForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTaskForm)

public:
    explicit NewTaskForm(Session &session, QWidget *parent = nullptr);
    ~NewTaskForm() override;

    /// The draft as the inputs show it.
    [[nodiscard]] const OneOffTaskDraft &draft() const { return m_draft; }
    /// Shows `draft` in the inputs (and saves it like any change).
    void setDraft(const OneOffTaskDraft &draft);
    /// A fresh draft: task type "task", deadline the next working day at 17:00.
    [[nodiscard]] static OneOffTaskDraft freshDraft();

    /// The client-side checks of the current draft.
    [[nodiscard]] const ValidationResult &validation() const { return m_problems->validation(); }
    /// Field errors from the server's last 422 that still apply (cleared as the inputs they
    /// concern are edited).
    [[nodiscard]] const QList<ValidationResult::Problem> &serverProblems() const {
        return m_problems->serverProblems();
    }
    /// The message label under the input that `path` (a validation or 422 path) belongs to;
    /// for `form_fields.N...` the label inside that field's editor.
    [[nodiscard]] FieldMessage *messageFor(const QString &path) const {
        return m_problems->messageFor(path);
    }
    /// The summary line under the form.
    [[nodiscard]] QString summaryText() const;
    /// The result panel's text (created, refused, may have been created, ...); empty when hidden.
    [[nodiscard]] QString resultText() const;

    [[nodiscard]] TaskSubmitter *submitter() const { return m_submitter; }
    [[nodiscard]] DraftStore *draftStore() const { return m_store; }
    /// Whether a create or a check is in flight.
    [[nodiscard]] bool isSending() const;

public Q_SLOTS:
    /// Puts the keyboard focus in the "Title" input.
    void focusTitle();
    /// Ctrl+Enter and "Create task": sends the draft if it is valid and nothing else is in
    /// flight or unresolved. True when a request left.
    bool submit();
    /// After an unknown outcome: looks for the task among recently created ones.
    void checkCreated();
    /// Asks, then forgets the draft and empties the form.
    void discardDraft();

Q_SIGNALS:
    /// A create succeeded (201); the main window shows the task in the lookup pane.
    void taskCreated(const Task &task);
    /// A short message for the status bar.
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpInputs();
    void loadIntoInputs(const OneOffTaskDraft &draft);
    [[nodiscard]] OneOffTaskDraft collect() const;
    void edited(const QString &area);
    void revalidate();
    void showProblems();
    [[nodiscard]] NewTaskSendState sendState() const;
    void updateSendState();
    void updateResultPanel();
    void rebuildContext();
    void ensureDirectoryLoaded();
    void takeServerErrors();
    void sendAgain();
    void openFoundTask();
    void copyCreatedId();
    void taskWasCreated(const Task &task);
    void forgetDraft();

    std::unique_ptr<Ui::NewTaskForm> m_ui;
    std::unique_ptr<DraftBinding> m_binding;
    std::unique_ptr<DraftProblems> m_problems;
    Session &m_session;
    DraftStore *m_store;
    TaskSubmitter *m_submitter;
    OneOffTaskDraft m_draft;
    OneOffTaskDraft m_fresh; ///< what an untouched form holds; not saved
    DraftContext m_context;
    QString m_resultNote; ///< what the result panel says after a create
    QString m_lastTaskId; ///< of the task created (or found) last, for "Copy ID"
};
