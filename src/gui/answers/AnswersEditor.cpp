#include "gui/answers/AnswersEditor.h"

#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "gui/answers/AnswerInput.h"
#include "gui/widgets/FieldMessage.h"
#include "gui/widgets/StatusColors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

AnswersEditor::AnswersEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_saver(new AnswersSaver(session, this))
    , m_introLabel(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_messageLabel(new QLabel(this))
    , m_save(new QPushButton(tr("&Save answers"), this))
    , m_saveAndComplete(new QPushButton(tr("Save and com&plete"), this))
    , m_discard(new QPushButton(tr("&Discard changes"), this))
    , m_close(new QPushButton(tr("Close &editor"), this)) {
    setObjectName(u"answersEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_introLabel->setObjectName(u"answersIntroLabel"_s);
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_introLabel);

    m_scroll->setObjectName(u"answersScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    m_messageLabel->setObjectName(u"answersMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QHBoxLayout;
    m_save->setObjectName(u"saveAnswersPushButton"_s);
    m_save->setToolTip(tr("Send the changed answers to Tallyfy (Ctrl+S)"));
    m_save->setAccessibleName(tr("Save answers"));
    m_saveAndComplete->setObjectName(u"saveAndCompletePushButton"_s);
    m_saveAndComplete->setToolTip(
        tr("Save the changed answers, then complete the task; stops if the save fails"));
    m_saveAndComplete->setAccessibleName(tr("Save and complete"));
    m_discard->setObjectName(u"discardAnswersPushButton"_s);
    m_discard->setToolTip(tr("Forget the unsaved answers and show the task's own"));
    m_discard->setAccessibleName(tr("Discard changes"));
    m_close->setObjectName(u"closeAnswersPushButton"_s);
    m_close->setToolTip(tr("Back to the form fields; unsaved answers are kept as a draft"));
    m_close->setAccessibleName(tr("Close editor"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveAndComplete);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(false); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveAndComplete, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_discard, &QPushButton::clicked, this, &AnswersEditor::discard);
    connect(m_close, &QPushButton::clicked, this, &AnswersEditor::closeRequested);
    connect(m_saver, &AnswersSaver::savingChanged, this, &AnswersEditor::updateButtons);
    connect(m_saver, &AnswersSaver::finished, this, &AnswersEditor::onFinished);
    updateButtons();
}

AnswersEditor::~AnswersEditor() = default;

QString AnswersEditor::taskId() const {
    return m_task ? m_task->id : QString();
}

void AnswersEditor::setTask(const Task &task) {
    m_task = task;
    build();
    restoreDraft();
    updateButtons();
}

void AnswersEditor::build() {
    m_inputs.clear();
    m_messages.clear();
    m_messageLabel->hide();
    delete m_scroll->takeWidget();
    m_fieldsPage = new QWidget;
    m_fieldsPage->setObjectName(u"answersFieldsPage"_s);
    auto *layout = new QVBoxLayout(m_fieldsPage);
    bool anyRequired = false;
    bool anyReadOnly = false;
    for (const FormField &field : m_task->formFields) {
        AnswerInput *input = AnswerInput::create(field, m_session.cache(), m_fieldsPage);
        input->setObjectName(u"answer_"_s + field.id);
        input->setCaption(field.required ? tr("%1 *").arg(field.label) : field.label);
        QFont bold = input->caption()->font();
        bold.setBold(true);
        input->caption()->setFont(bold);
        if (field.required) {
            anyRequired = true;
            input->focusTarget()->setAccessibleName(tr("%1 (required)").arg(field.label));
        }
        layout->addWidget(input);
        if (!field.guidance.trimmed().isEmpty()) {
            auto *guidance = new QLabel(field.guidance.trimmed(), m_fieldsPage);
            guidance->setTextFormat(Qt::PlainText);
            guidance->setWordWrap(true);
            guidance->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(guidance);
            input->focusTarget()->setAccessibleDescription(field.guidance.trimmed());
        }
        auto *message = new FieldMessage(m_fieldsPage);
        message->setInput(input->focusTarget());
        layout->addWidget(message);
        layout->addSpacing(6);
        anyReadOnly = anyReadOnly || !input->isEditable();
        m_inputs.insert(field.id, input);
        m_messages.insert(field.id, message);
        connect(input, &AnswerInput::changed, this, [this, id = field.id] { onChanged(id); });
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_fieldsPage);

    QStringList intro;
    if (m_task->formFields.isEmpty())
        intro.append(tr("This task has no form fields to answer."));
    else
        intro.append(tr("Answer the fields, then save (Ctrl+S)."));
    if (anyRequired)
        intro.append(tr("Fields marked * are required to complete the task."));
    if (anyReadOnly)
        intro.append(tr("Some fields cannot be changed here; they say why."));
    m_introLabel->setText(intro.join(u' '));
}

TaskAnswersUpdate AnswersEditor::update() const {
    if (!m_task)
        return {};
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(*m_task);
    for (auto it = m_inputs.constBegin(); it != m_inputs.constEnd(); ++it) {
        if (it.value()->isEditable())
            update.setAnswer(it.key(), it.value()->answer());
    }
    return update;
}

bool AnswersEditor::hasUnsavedAnswers() const {
    const TaskAnswersUpdate current = update();
    return current.hasChanges() || !current.clearedFieldIds().isEmpty();
}

void AnswersEditor::focusField(const QString &fieldId) {
    if (!m_task)
        return;
    AnswerInput *input = m_inputs.value(fieldId);
    if (!input && !m_task->formFields.isEmpty())
        input = m_inputs.value(m_task->formFields.constFirst().id);
    if (!input)
        return;
    m_scroll->ensureWidgetVisible(input);
    input->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void AnswersEditor::onChanged(const QString &fieldId) {
    // A problem shown under this field may no longer hold; the others still do.
    if (FieldMessage *message = m_messages.value(fieldId))
        message->clearMessages();
    storeDraft();
    updateButtons();
}

void AnswersEditor::storeDraft() {
    if (m_task)
        m_session.settings()->setAnswersDraft(m_task->id, update().draft());
}

void AnswersEditor::restoreDraft() {
    if (!m_task)
        return;
    TaskAnswersUpdate drafted = TaskAnswersUpdate::forTask(*m_task);
    const QStringList restored = drafted.applyDraft(m_session.settings()->answersDraft(m_task->id));
    for (const QString &id : restored) {
        if (AnswerInput *input = m_inputs.value(id))
            input->setAnswer(drafted.currentAnswer(id));
    }
    if (!restored.isEmpty())
        showMessage(tr("Your unsaved answers are back: %n field(s). Save them, or discard them.",
                       nullptr, int(restored.size())),
                    false);
}

bool AnswersEditor::mayLeave() {
    if (!hasUnsavedAnswers())
        return true;
    const QPointer<QWidget> focused = QApplication::focusWidget();
    QMessageBox box(QMessageBox::Question, tr("Unsaved answers"),
                    tr("The answers you gave to this task's form fields are not saved."),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"unsavedAnswersMessageBox"_s);
    box.setInformativeText(tr("Keep them as a draft (they come back when you open the task "
                              "again), or discard them."));
    QPushButton *keep = box.addButton(tr("&Keep as draft"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepDraftPushButton"_s);
    QPushButton *discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(u"discardDraftPushButton"_s);
    QPushButton *stay = box.addButton(tr("&Stay"), QMessageBox::RejectRole);
    stay->setObjectName(u"stayPushButton"_s);
    box.setDefaultButton(keep);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == discardButton) {
        discard();
    } else if (box.clickedButton() != keep) {
        // Back to the answers, with the keyboard where the user left it.
        window()->activateWindow();
        if (focused && isAncestorOf(focused))
            focused->setFocus(Qt::OtherFocusReason);
        else
            focusField();
        return false;
    }
    return true;
}

void AnswersEditor::discard() {
    if (!m_task || m_saver->isSaving())
        return;
    m_session.settings()->setAnswersDraft(m_task->id, {});
    build();
    updateButtons();
    Q_EMIT statusMessage(tr("Unsaved answers discarded."));
}

bool AnswersEditor::save(bool thenComplete) {
    if (!m_task || m_saver->isSaving())
        return false;
    const TaskAnswersUpdate current = update();
    const ValidationResult problems = current.validate(
        thenComplete ? TaskAnswersUpdate::Purpose::Complete : TaskAnswersUpdate::Purpose::Save);
    showProblems(problems, {});
    if (problems.hasErrors()) {
        showMessage(tr("Not sent: some answers need a change (see the fields)."), true);
        // The keyboard goes to the first field with an error.
        for (const FormField &field : m_task->formFields) {
            const QList<ValidationResult::Problem> here = problems.underPath(field.id);
            if (std::any_of(here.cbegin(), here.cend(), [](const ValidationResult::Problem &p) {
                    return p.severity == ValidationResult::Severity::Error;
                })) {
                focusField(field.id);
                break;
            }
        }
        return false;
    }
    if (!current.hasChanges()) {
        if (thenComplete) {
            Q_EMIT completeRequested();
            return false;
        }
        showMessage(tr("Nothing to save: the answers are as the task has them."), false);
        return false;
    }
    m_completeAfterSave = thenComplete;
    QWidget *focused = QApplication::focusWidget();
    m_focusBeforeSave = isAncestorOf(focused) ? focused : nullptr;
    showMessage(tr("Saving answers…"), false);
    return m_saver->save(current);
}

void AnswersEditor::onFinished(const AnswersSaver::Outcome &outcome) {
    if (outcome.saved) {
        // Saved: whatever task is on screen now, that task's draft is done with.
        m_session.settings()->setAnswersDraft(outcome.taskId, {});
        if (outcome.taskId == taskId())
            showMessage(outcome.message, false);
        Q_EMIT statusMessage(outcome.message);
        if (outcome.task)
            Q_EMIT saved(*outcome.task, m_completeAfterSave);
        m_completeAfterSave = false;
        return;
    }
    m_completeAfterSave = false;
    if (outcome.taskId != taskId()) {
        Q_EMIT statusMessage(outcome.message);
        return;
    }
    QMap<QString, QStringList> byField;
    if (outcome.error)
        byField = TaskAnswersUpdate::errorsByField(outcome.error->fieldErrors);
    showProblems({}, byField);
    QStringList elsewhere;
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
        if (!m_messages.contains(it.key()))
            elsewhere.append(it.value());
    }
    QString text = outcome.message;
    if (!elsewhere.isEmpty())
        text += u'\n' + elsewhere.join(u'\n');
    showMessage(text, true);
    for (const FormField &field : m_task->formFields) {
        if (byField.contains(field.id)) {
            focusField(field.id);
            return;
        }
    }
    // The inputs were disabled while saving; the keyboard goes back where it was.
    if (QWidget *before = m_focusBeforeSave.data(); before != nullptr && before->isEnabled())
        before->setFocus(Qt::OtherFocusReason);
}

void AnswersEditor::showProblems(const ValidationResult &problems,
                                 const QMap<QString, QStringList> &server) {
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        QStringList errors = server.value(it.key());
        QStringList warnings;
        for (const ValidationResult::Problem &problem : problems.underPath(it.key())) {
            if (problem.severity == ValidationResult::Severity::Error)
                errors.append(problem.message);
            else
                warnings.append(problem.message);
        }
        it.value()->setMessages(errors, warnings);
    }
}

QStringList AnswersEditor::messages(const QString &fieldId) const {
    const FieldMessage *message = m_messages.value(fieldId);
    return message ? message->errors() + message->warnings() : QStringList();
}

QString AnswersEditor::messageText() const {
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void AnswersEditor::showMessage(const QString &text, bool problem) {
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    m_messageLabel->setPalette(StatusColors::outcomePalette(palette(), problem));
    m_messageLabel->setAccessibleName(text);
}

void AnswersEditor::updateButtons() {
    const bool saving = m_saver->isSaving();
    const bool any = m_task && !m_task->formFields.isEmpty();
    m_save->setEnabled(any && !saving);
    m_saveAndComplete->setEnabled(m_task && !saving);
    m_discard->setEnabled(any && !saving && hasUnsavedAnswers());
    if (m_fieldsPage)
        m_fieldsPage->setEnabled(!saving);
}
