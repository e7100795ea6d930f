#pragma once

#include "core/domain/Task.h"
#include "core/domain/TaskAnswersUpdate.h"
#include "core/session/AnswersSaver.h"

#include <QMap>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class AnswerInput;
class FieldMessage;
class QLabel;
class QPushButton;
class QScrollArea;
class Session;

/// The Form fields section as an editor: an input per field (AnswerInput), required fields
/// marked, each field's problems under it (as in the new-task form), and Save answers (Ctrl+S),
/// Save and complete, Discard changes and Close.
///
/// - The answers are checked before sending (TaskAnswersUpdate::validate: Save, or Complete,
///   which also wants every required field answered); nothing is sent while one is refused.
/// - One update carries only the changed answers, sent once (AnswersSaver): the buttons are
///   disabled while it is in flight; a lost answer is checked by re-reading the task, never by
///   sending again.
/// - Unsaved answers are kept per task in Settings as they are typed, restored when the task is
///   shown again (after a restart too), and forgotten once saved or discarded.
class AnswersEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswersEditor)

public:
    explicit AnswersEditor(Session &session, QWidget *parent = nullptr);
    ~AnswersEditor() override;

    /// Builds the inputs for `task` (read with form_fields), starting from its answers, then
    /// from the draft kept for it.
    void setTask(const Task &task);
    [[nodiscard]] QString taskId() const;

    /// True when the inputs hold answers that differ from the task's and are not saved.
    [[nodiscard]] bool hasUnsavedAnswers() const;
    /// The update the inputs describe now.
    [[nodiscard]] TaskAnswersUpdate update() const;
    /// Puts the focus in the input of `fieldId` (the first field when empty or unknown).
    void focusField(const QString &fieldId = {});
    /// Forgets the unsaved answers and shows the task's own again.
    void discard();
    /// Before another task replaces this one: with unsaved answers, asks whether to keep them as
    /// a draft, discard them, or stay (then the focus goes back where it was). False: stay.
    [[nodiscard]] bool mayLeave();
    /// Checks and sends; `thenComplete`: Save and complete. False when nothing was sent.
    bool save(bool thenComplete);

    [[nodiscard]] AnswerInput *input(const QString &fieldId) const {
        return m_inputs.value(fieldId);
    }
    /// The messages shown under the field (errors first).
    [[nodiscard]] QStringList messages(const QString &fieldId) const;
    /// The outcome or problem line above the buttons.
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *saveAndCompleteButton() const { return m_saveAndComplete; }
    [[nodiscard]] QPushButton *discardButton() const { return m_discard; }
    [[nodiscard]] QPushButton *closeButton() const { return m_close; }
    [[nodiscard]] AnswersSaver *saver() const { return m_saver; }

Q_SIGNALS:
    /// The answers are saved; `task` is as the server returned it (or re-read). With
    /// `thenComplete` the host completes the task next.
    void saved(const Task &task, bool thenComplete);
    /// Save and complete found nothing to save: the host completes the task as it is.
    void completeRequested();
    /// The user closed the editor (the draft, if any, stays).
    void closeRequested();
    void statusMessage(const QString &text);

private:
    void build();
    void onChanged(const QString &fieldId);
    void storeDraft();
    void restoreDraft();
    void showProblems(const ValidationResult &problems, const QMap<QString, QStringList> &server);
    void showMessage(const QString &text, bool problem);
    void onFinished(const AnswersSaver::Outcome &outcome);
    void updateButtons();

    Session &m_session;
    AnswersSaver *m_saver;
    QLabel *m_introLabel;
    QScrollArea *m_scroll;
    QWidget *m_fieldsPage = nullptr;
    QLabel *m_messageLabel;
    QPushButton *m_save;
    QPushButton *m_saveAndComplete;
    QPushButton *m_discard;
    QPushButton *m_close;

    std::optional<Task> m_task;
    QMap<QString, AnswerInput *> m_inputs;
    QMap<QString, FieldMessage *> m_messages;
    bool m_completeAfterSave = false;
    QPointer<QWidget> m_focusBeforeSave;
};
