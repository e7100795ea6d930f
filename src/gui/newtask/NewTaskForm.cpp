#include "gui/newtask/NewTaskForm.h"

#include "ui_NewTaskForm.h"

#include "core/domain/Task.h"
#include "core/domain/TaskType.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/settings/DraftStore.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/widgets/ChipList.h"
#include "gui/newtask/DeadlineEdit.h"
#include "gui/widgets/FieldMessage.h"
#include "gui/newtask/FormFieldEditor.h"
#include "gui/newtask/FormFieldsEditor.h"
#include "gui/newtask/OptionsEditor.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/newtask/RunPicker.h"
#include "gui/widgets/StatusColors.h"
#include "gui/newtask/TagPicker.h"
#include "gui/newtask/TaskSubmitter.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QShortcut>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNewTask, "taskdesk.ui.newtask")

namespace {

constexpr int MaxSummaryItems = 3;

// Tinted result frames and red problem text, in the variant that suits the palette.
QString resultStyle() {
    using Tone = StatusColors::Tone;
    const auto frame = [](const char *tone) {
        return u"QFrame#resultFrame[tone=\"%1\"]"_s.arg(QLatin1String(tone));
    };
    return StatusColors::frameStyle(frame("ok"), Tone::Success) +
           StatusColors::frameStyle(frame("error"), Tone::Error) +
           StatusColors::frameStyle(frame("warning"), Tone::Warning) +
           StatusColors::frameStyle(frame("info"), Tone::Info);
}

QString problemTextStyle() {
    return u"QLabel { color: %1; }"_s.arg(StatusColors::errorText().name());
}

/// The areas of the form, top to bottom, with the name a summary line gives them. Form fields
/// come after them all and are named by their number instead.
struct AreaInfo {
    QLatin1StringView key;
    const char *name;
};
constexpr AreaInfo areas[] = {
    {"title"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Title")},
    {"task_type"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Task type")},
    {"summary"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Description")},
    {"owners"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Assignees")},
    {"deadline"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Deadline")},
    {"started_at"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Start")},
    {"tags"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Tags")},
    {"options"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "More options")},
    {"max_assignable"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Maximum assignees")},
    {"webhook"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Webhook URL")},
    {"run_id"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Attach to process")},
};
constexpr QLatin1StringView formFieldsArea = "form_fields"_L1;

QString localText(const QDateTime &dateTime) {
    //: A QLocale::toString() date and time pattern
    return QLocale().toString(dateTime.toLocalTime(),
                              QCoreApplication::translate("NewTaskForm", "ddd yyyy-MM-dd HH:mm"));
}

void repolish(QWidget *widget) {
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

NewTaskForm::NewTaskForm(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NewTaskForm>())
    , m_session(session)
    , m_store(new DraftStore(session.settings(), this))
    , m_submitter(new TaskSubmitter(session, this)) {
    m_ui->setupUi(this);
    setObjectName(u"newTaskForm"_s);
    setUpInputs();

    m_fresh = freshDraft();
    const std::optional<OneOffTaskDraft> stored = m_store->load();
    const bool restored = stored.has_value() && !stored->isEmpty();
    m_draft = restored ? *stored : m_fresh;
    loadIntoInputs(m_draft);
    if (restored) {
        // Whatever was typed before has been seen: show its problems at once.
        revealAllProblems();
        // The literal is split after \u201c: lupdate reads hex digits after \u greedily.
        m_ui->restoredLabel->setText(tr("Restored the draft you had not sent yet. \u201c"
                                        "Discard draft\u201d starts over."));
        qCInfo(lcNewTask) << "Restored an unsent draft";
    }
    m_ui->restoredLabel->setVisible(restored);
    rebuildContext();
    revalidate();
    updateResultPanel();
}

NewTaskForm::~NewTaskForm() {
    // Whatever was typed in the last moments is written now, not lost with the form.
    m_store->flush();
}

OneOffTaskDraft NewTaskForm::freshDraft() {
    OneOffTaskDraft draft;
    draft.taskType = TaskType::defaultKey();
    draft.deadline = DeadlineEdit::nextWorkingDay(QDateTime::currentDateTime());
    return draft;
}

void NewTaskForm::setDraft(const OneOffTaskDraft &draft) {
    loadIntoInputs(draft);
    revealAllProblems(); // like a restored draft: everything in it has been seen
    m_draft = collect();
    if (m_draft == m_fresh)
        m_store->clear();
    else
        m_store->save(m_draft);
    revalidate();
}

void NewTaskForm::setUpInputs() {
    Ui::NewTaskForm &ui = *m_ui;
    DirectoryCache *cache = m_session.cache();

    for (const TaskType &type : TaskType::all()) {
        ui.taskTypeComboBox->addItem(type.name, type.key);
        ui.taskTypeComboBox->setItemData(ui.taskTypeComboBox->count() - 1, type.explanation,
                                         Qt::ToolTipRole);
    }
    ui.taskTypeExplanationLabel->setEnabled(false); // dimmed: an explanation, not an input

    ui.assigneePicker->setCache(cache);
    ui.assigneesLabel->setBuddy(ui.assigneePicker->lineEdit());
    ui.assigneePicker->lineEdit()->setAccessibleName(tr("Assignees"));
    ui.deadlineEdit->dateTimeEdit()->setObjectName(u"deadlineDateTimeEdit"_s);
    ui.deadlineEdit->dateTimeEdit()->setAccessibleName(tr("Deadline"));
    ui.deadlineEdit->todayButton()->setObjectName(u"deadlineTodayToolButton"_s);
    ui.deadlineEdit->tomorrowButton()->setObjectName(u"deadlineTomorrowToolButton"_s);
    ui.deadlineEdit->nextWeekButton()->setObjectName(u"deadlineNextWeekToolButton"_s);
    ui.deadlineLabel->setBuddy(ui.deadlineEdit->dateTimeEdit());
    ui.startEdit->setOptional(true, tr("Set a start"));
    ui.startEdit->setQuickChoicesVisible(false);
    ui.startEdit->dateTimeEdit()->setObjectName(u"startDateTimeEdit"_s);
    ui.startEdit->dateTimeEdit()->setAccessibleName(tr("Start"));
    ui.startEdit->enabledCheckBox()->setObjectName(u"startCheckBox"_s);
    ui.startEdit->enabledCheckBox()->setAccessibleName(tr("Set a start"));
    ui.startEdit->setZoneVisible(false);
    ui.startLabel->setBuddy(ui.startEdit->enabledCheckBox());
    ui.tagPicker->setCache(cache);
    ui.tagsLabel->setBuddy(ui.tagPicker->lineEdit());
    ui.tagPicker->lineEdit()->setAccessibleName(tr("Tags"));
    ui.runComboBox->setCache(cache);
    ui.formFieldsLabel->setBuddy(ui.formFieldsEditor->addButton());
    ui.formFieldsEditor->addButton()->setAccessibleName(tr("Add field"));

    ui.titleMessage->setInput(ui.titleLineEdit);
    ui.taskTypeMessage->setInput(ui.taskTypeComboBox);
    ui.descriptionMessage->setInput(ui.descriptionPlainTextEdit);
    ui.assigneesMessage->setInput(ui.assigneePicker->lineEdit());
    ui.deadlineMessage->setInput(ui.deadlineEdit->dateTimeEdit());
    ui.startMessage->setInput(ui.startEdit->dateTimeEdit());
    ui.tagsMessage->setInput(ui.tagPicker->lineEdit());
    ui.maxAssigneesMessage->setInput(ui.maxAssigneesSpinBox);
    ui.webhookMessage->setInput(ui.webhookLineEdit);
    ui.runMessage->setInput(ui.runComboBox);
    ui.moreOptionsMessage->setInput(ui.moreOptionsToolButton);
    ui.formFieldsMessage->setInput(ui.formFieldsEditor->addButton());

    ui.separateTaskCheckBox->setToolTip(
        tr("Creates one task per assignee (groups are expanded to their members), held together "
           "in a new process."));
    ui.everyoneMustCompleteCheckBox->setToolTip(
        tr("The task is complete only when every assignee has completed it."));
    ui.onlyAssigneesCheckBox->setToolTip(tr("Only the assignees may complete the task."));
    ui.preventGuestCommentCheckBox->setToolTip(tr("Guests cannot comment on the task."));
    ui.topSecretCheckBox->setToolTip(tr("Only the assignees and administrators can see the task."));
    ui.webhookLineEdit->setToolTip(tr("Tallyfy calls this https address when the task is "
                                      "completed."));
    ui.maxAssigneesSpinBox->setToolTip(tr("The most people that may be assigned to the task; "
                                          "\u201cNo limit\u201d sends nothing."));
    ui.runComboBox->setToolTip(tr("Only active processes that accept one-off tasks are offered."));
    ui.descriptionPlainTextEdit->setToolTip(tr("Sent as the task's description (summary)."));

    ui.moreOptionsToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(ui.moreOptionsToolButton, &QToolButton::toggled, this,
            &NewTaskForm::setMoreOptionsExpanded);
    setMoreOptionsExpanded(false);

    PaletteFollower::follow(ui.resultFrame,
                            [frame = ui.resultFrame] { frame->setStyleSheet(resultStyle()); });
    ui.resultFrame->hide();
    ui.sendProgressBar->hide();
    ui.sendProgressBar->setAccessibleName(tr("Creating the task"));
    ui.dismissResultToolButton->setAccessibleName(tr("Dismiss"));
    ui.dismissResultToolButton->setToolTip(tr("Dismiss"));
    ui.checkPushButton->setToolTip(
        tr("Look for a task with this title created in the last few minutes"));
    ui.sendAgainPushButton->setToolTip(tr("Send the draft again: this may create a second task"));
    ui.createPushButton->setAccessibleName(tr("Create task"));

    // Ctrl+Enter sends from anywhere in the form, including the description.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &NewTaskForm::submit);
    }

    // ---- edits
    connect(ui.titleLineEdit, &QLineEdit::textEdited, this, [this] { edited(u"title"_s); });
    connect(ui.titleLineEdit, &QLineEdit::textChanged, this, &NewTaskForm::updateTitleCounter);
    connect(ui.taskTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateTaskTypeExplanation();
        edited(u"task_type"_s);
    });
    connect(ui.descriptionPlainTextEdit, &QPlainTextEdit::textChanged, this,
            [this] { edited(u"summary"_s); });
    connect(ui.assigneePicker, &AssigneePicker::changed, this, [this] { edited(u"owners"_s); });
    connect(ui.deadlineEdit, &DeadlineEdit::changed, this, [this] { edited(u"deadline"_s); });
    connect(ui.startEdit, &DeadlineEdit::changed, this, [this] { edited(u"started_at"_s); });
    connect(ui.tagPicker, &TagPicker::changed, this, [this] { edited(u"tags"_s); });
    for (QCheckBox *box :
         {ui.separateTaskCheckBox, ui.everyoneMustCompleteCheckBox, ui.onlyAssigneesCheckBox,
          ui.preventGuestCommentCheckBox, ui.topSecretCheckBox})
        connect(box, &QCheckBox::toggled, this, [this] { edited(u"options"_s); });
    connect(ui.maxAssigneesSpinBox, &QSpinBox::valueChanged, this,
            [this] { edited(u"max_assignable"_s); });
    connect(ui.webhookLineEdit, &QLineEdit::textEdited, this, [this] { edited(u"webhook"_s); });
    connect(ui.runComboBox, &RunPicker::changed, this, [this] { edited(u"run_id"_s); });
    connect(ui.formFieldsEditor, &FormFieldsEditor::changed, this,
            [this] { edited(u"form_fields"_s); });

    // ---- sending
    connect(ui.createPushButton, &QPushButton::clicked, this, &NewTaskForm::submit);
    connect(ui.checkPushButton, &QPushButton::clicked, this, &NewTaskForm::checkCreated);
    connect(ui.sendAgainPushButton, &QPushButton::clicked, this, &NewTaskForm::sendAgain);
    connect(ui.openFoundPushButton, &QPushButton::clicked, this, &NewTaskForm::openFoundTask);
    connect(ui.copyIdPushButton, &QPushButton::clicked, this, &NewTaskForm::copyCreatedId);
    connect(ui.refreshRunPushButton, &QPushButton::clicked, m_submitter,
            &TaskSubmitter::refreshFanOut);
    connect(ui.dismissResultToolButton, &QToolButton::clicked, this, [this] {
        if (!m_submitter->outcomeUnknown() && !m_submitter->isBusy()) {
            m_resultNote.clear();
            m_ui->resultFrame->hide();
            m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(ui.discardDraftPushButton, &QPushButton::clicked, this, &NewTaskForm::discardDraft);
    connect(m_submitter, &TaskSubmitter::stateChanged, this, [this] {
        if (m_submitter->state() == TaskSubmitter::State::Refused && m_submitter->lastError()) {
            const ApiError &error = *m_submitter->lastError();
            m_serverProblems.clear();
            QStringList leftovers;
            for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
                const QString area = areaOf(it.key());
                for (const QString &message : it.value()) {
                    if (area.isEmpty())
                        leftovers.append(it.key() + u": "_s + message);
                    m_serverProblems.append(ValidationResult::Problem{
                        it.key(), message, ValidationResult::Severity::Error});
                }
                m_touched.insert(area);
            }
            m_serverMessage = leftovers.join(u'\n');
            showProblems();
            updateSendState(); // enables the inputs again before the focus goes to one
            focusFirstProblem();
        }
        updateSendState();
        updateResultPanel();
    });
    connect(m_submitter, &TaskSubmitter::created, this, &NewTaskForm::taskWasCreated);
    connect(m_submitter, &TaskSubmitter::retryCountdown, this, &NewTaskForm::updateResultPanel);
    connect(m_submitter, &TaskSubmitter::fanOutChanged, this, [this] {
        updateResultPanel();
        // The created task is on the lookup tab by now: the count reaches the user there.
        const auto &tasks = m_submitter->fanOutTasks();
        const auto &created = m_submitter->createdTask();
        if (tasks && created)
            Q_EMIT statusMessage(tr("%n task(s) created, one per assignee, in process %1", nullptr,
                                    int(tasks->size()))
                                     .arg(created->runId));
    });

    // Whatever gets the focus (Tab, a new form field, an error) is scrolled into view; new
    // widgets are placed by their layout first, hence the queued call.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == nullptr || !m_ui->scrollContents->isAncestorOf(now))
            return;
        QTimer::singleShot(0, now, [this, now] { m_ui->scrollArea->ensureWidgetVisible(now); });
    });

    // ---- drafts
    connect(m_store, &DraftStore::saved, this, [this] {
        m_ui->draftStateLabel->setText(
            tr("Draft saved %1")
                .arg(QLocale().toString(m_store->lastSaved().time(), QLocale::ShortFormat)));
    });

    // ---- session and directory
    connect(&m_session, &Session::stateChanged, this, [this] {
        if (isVisible())
            ensureDirectoryLoaded();
        updateSendState();
    });
    connect(cache, &DirectoryCache::loaded, this, [this](DirectoryCache::What what) {
        if (what == DirectoryCache::What::Members || what == DirectoryCache::What::Runs) {
            rebuildContext();
            revalidate();
        }
    });
    connect(cache, &DirectoryCache::cleared, this, [this] {
        rebuildContext();
        revalidate();
        if (isVisible())
            QTimer::singleShot(0, this, &NewTaskForm::ensureDirectoryLoaded);
    });
}

void NewTaskForm::loadIntoInputs(const OneOffTaskDraft &draft) {
    Ui::NewTaskForm &ui = *m_ui;
    m_loading = true;
    ui.titleLineEdit->setText(draft.title);
    int typeIndex = ui.taskTypeComboBox->findData(draft.taskType);
    if (typeIndex < 0) {
        // A type from elsewhere (an old draft) is shown as it is; validation explains it.
        ui.taskTypeComboBox->addItem(draft.taskType, draft.taskType);
        typeIndex = ui.taskTypeComboBox->count() - 1;
    }
    ui.taskTypeComboBox->setCurrentIndex(typeIndex);
    if (ui.descriptionPlainTextEdit->toPlainText() != draft.summary)
        ui.descriptionPlainTextEdit->setPlainText(draft.summary);
    ui.assigneePicker->setAssignees(draft.users, draft.guests, draft.groups);
    ui.deadlineEdit->setDateTime(draft.deadline);
    ui.startEdit->setDateTime(draft.startedAt);
    ui.tagPicker->setTags(draft.tags);
    ui.separateTaskCheckBox->setChecked(draft.separateTaskForEachAssignee);
    ui.everyoneMustCompleteCheckBox->setChecked(draft.everyoneMustComplete);
    ui.onlyAssigneesCheckBox->setChecked(draft.canCompleteOnlyAssignees);
    ui.preventGuestCommentCheckBox->setChecked(draft.preventGuestComment);
    ui.topSecretCheckBox->setChecked(draft.topSecret);
    ui.maxAssigneesSpinBox->setValue(draft.maxAssignable.value_or(0));
    ui.webhookLineEdit->setText(draft.webhook);
    ui.runComboBox->setRun(draft.runId, draft.runName);
    ui.formFieldsEditor->setFields(draft.formFields);
    const OneOffTaskDraft defaults;
    const bool optionsInUse =
        draft.separateTaskForEachAssignee != defaults.separateTaskForEachAssignee ||
        draft.everyoneMustComplete || draft.canCompleteOnlyAssignees || draft.preventGuestComment ||
        draft.topSecret || draft.maxAssignable.has_value() || !draft.webhook.isEmpty() ||
        !draft.runId.isEmpty();
    if (optionsInUse)
        ui.moreOptionsToolButton->setChecked(true);
    updateTitleCounter();
    updateTaskTypeExplanation();
    m_loading = false;
    m_draft = collect();
}

OneOffTaskDraft NewTaskForm::collect() const {
    const Ui::NewTaskForm &ui = *m_ui;
    OneOffTaskDraft draft;
    draft.title = ui.titleLineEdit->text();
    draft.taskType = ui.taskTypeComboBox->currentData().toString();
    draft.summary = ui.descriptionPlainTextEdit->toPlainText();
    draft.users = ui.assigneePicker->users();
    draft.guests = ui.assigneePicker->guests();
    draft.groups = ui.assigneePicker->groups();
    draft.deadline = ui.deadlineEdit->dateTime();
    draft.startedAt = ui.startEdit->dateTime();
    draft.separateTaskForEachAssignee = ui.separateTaskCheckBox->isChecked();
    if (ui.maxAssigneesSpinBox->value() > 0)
        draft.maxAssignable = ui.maxAssigneesSpinBox->value();
    draft.everyoneMustComplete = ui.everyoneMustCompleteCheckBox->isChecked();
    draft.canCompleteOnlyAssignees = ui.onlyAssigneesCheckBox->isChecked();
    draft.preventGuestComment = ui.preventGuestCommentCheckBox->isChecked();
    draft.topSecret = ui.topSecretCheckBox->isChecked();
    draft.tags = ui.tagPicker->tags();
    draft.webhook = ui.webhookLineEdit->text();
    draft.runId = ui.runComboBox->runId();
    draft.runName = ui.runComboBox->runName();
    draft.formFields = ui.formFieldsEditor->fields();
    return draft;
}

void NewTaskForm::edited(const QString &area) {
    if (m_loading)
        return;
    m_touched.insert(area);
    // A server error is about what was sent; once that input changes it no longer applies.
    // Errors the form cannot place go with any edit.
    m_serverProblems.removeIf([&area](const ValidationResult::Problem &problem) {
        const QString problemArea = areaOf(problem.path);
        return problemArea == area || problemArea.isEmpty();
    });
    m_draft = collect();
    if (m_draft == m_fresh) {
        m_store->clear(); // back to an untouched form: nothing worth keeping
        m_ui->draftStateLabel->clear();
    } else {
        m_store->save(m_draft);
    }
    m_ui->restoredLabel->hide();
    revalidate();
}

void NewTaskForm::revalidate() {
    m_validation = m_draft.validate(m_context);
    showProblems();
    updateSendState();
}

QString NewTaskForm::areaOf(const QString &path) {
    const QString head = path.section(u'.', 0, 0);
    if (head == formFieldsArea)
        return head;
    for (const AreaInfo &area : areas) {
        if (head == area.key)
            return head;
    }
    if (head == "description"_L1)
        return u"summary"_s;
    if (head == "separate_task_for_each_assignee"_L1 || head == "everyone_must_complete"_L1 ||
        head == "can_complete_only_assignees"_L1 || head == "prevent_guest_comment"_L1 ||
        head == "top_secret"_L1 || head == "is_soft_start_date"_L1 || head == "status"_L1)
        return u"options"_s;
    return {};
}

QString NewTaskForm::areaName(const QString &path) const {
    const QString area = areaOf(path);
    if (area == formFieldsArea) {
        bool ok = false;
        const int index = path.section(u'.', 1, 1).toInt(&ok);
        return ok ? tr("Form field %1").arg(index + 1) : tr("Form fields");
    }
    for (const AreaInfo &info : areas) {
        if (area == info.key)
            return tr(info.name);
    }
    return path;
}

FormFieldEditor *NewTaskForm::fieldEditorFor(const QStringList &pathParts) const {
    bool ok = false;
    const int index = pathParts.value(1).toInt(&ok);
    return ok ? m_ui->formFieldsEditor->editor(index) : nullptr;
}

NewTaskForm::AreaWidgets NewTaskForm::widgetsFor(const QString &area) const {
    const Ui::NewTaskForm &ui = *m_ui;
    if (area == "title"_L1)
        return {ui.titleMessage, ui.titleLineEdit};
    if (area == "task_type"_L1)
        return {ui.taskTypeMessage, ui.taskTypeComboBox};
    if (area == "summary"_L1)
        return {ui.descriptionMessage, ui.descriptionPlainTextEdit};
    if (area == "owners"_L1)
        return {ui.assigneesMessage, ui.assigneePicker->lineEdit()};
    if (area == "deadline"_L1)
        return {ui.deadlineMessage, ui.deadlineEdit->dateTimeEdit()};
    if (area == "started_at"_L1) {
        QWidget *input = ui.startEdit->isEnabled() && ui.startEdit->dateTimeEdit()->isEnabled()
                             ? static_cast<QWidget *>(ui.startEdit->dateTimeEdit())
                             : ui.startEdit->enabledCheckBox();
        return {ui.startMessage, input};
    }
    if (area == "tags"_L1)
        return {ui.tagsMessage, ui.tagPicker->lineEdit()};
    if (area == "max_assignable"_L1)
        return {ui.maxAssigneesMessage, ui.maxAssigneesSpinBox};
    if (area == "webhook"_L1)
        return {ui.webhookMessage, ui.webhookLineEdit};
    if (area == "run_id"_L1)
        return {ui.runMessage, ui.runComboBox};
    if (area == "options"_L1)
        return {ui.moreOptionsMessage, ui.separateTaskCheckBox};
    return {};
}

FieldMessage *NewTaskForm::messageFor(const QString &path) const {
    const QString area = areaOf(path);
    if (area != formFieldsArea)
        return widgetsFor(area).message;
    const QStringList parts = path.split(u'.');
    FormFieldEditor *editor = fieldEditorFor(parts);
    if (editor == nullptr)
        return m_ui->formFieldsMessage;
    const QString leaf = parts.value(2);
    if (leaf == "label"_L1)
        return editor->labelMessage();
    if (leaf == "field_type"_L1 || leaf == "required"_L1)
        return editor->typeMessage();
    if (leaf == "options"_L1 || leaf == "columns"_L1)
        return editor->choicesMessage();
    return editor->findChild<FieldMessage *>(u"otherMessage"_s);
}

QWidget *NewTaskForm::inputFor(const QString &path) const {
    const QString area = areaOf(path);
    if (area != formFieldsArea)
        return widgetsFor(area).input;
    const QStringList parts = path.split(u'.');
    FormFieldEditor *editor = fieldEditorFor(parts);
    if (editor == nullptr)
        return m_ui->formFieldsEditor->addButton();
    const QString leaf = parts.value(2);
    if (leaf == "field_type"_L1 || leaf == "required"_L1)
        return editor->typeComboBox();
    if (leaf == "options"_L1 || leaf == "columns"_L1) {
        OptionsEditor *choices =
            leaf == "options"_L1 ? editor->optionsEditor() : editor->columnsEditor();
        bool ok = false;
        const int item = parts.value(3).toInt(&ok);
        if (ok && choices->itemLineEdit(item) != nullptr)
            return choices->itemLineEdit(item);
        return choices->addButton();
    }
    return editor->labelLineEdit();
}

void NewTaskForm::showProblems() {
    Ui::NewTaskForm &ui = *m_ui;
    // Everything shown: the client's problems (errors only where the user has been) and the
    // server's errors that still apply.
    QList<ValidationResult::Problem> shown;
    for (const ValidationResult::Problem &problem : std::as_const(m_validation.problems)) {
        if (problem.severity == ValidationResult::Severity::Warning ||
            m_touched.contains(areaOf(problem.path)))
            shown.append(problem);
    }
    shown += m_serverProblems;

    struct Messages {
        QStringList errors;
        QStringList warnings;
    };
    QHash<FieldMessage *, Messages> byLabel;
    QList<ValidationResult::Problem> ownerProblems, tagProblems, fieldProblems;
    for (const ValidationResult::Problem &problem : std::as_const(shown)) {
        const QString area = areaOf(problem.path);
        if (area == "owners"_L1)
            ownerProblems.append(problem);
        else if (area == "tags"_L1)
            tagProblems.append(problem);
        if (area == "form_fields"_L1 && problem.path != "form_fields"_L1) {
            bool ok = false;
            const int index = problem.path.section(u'.', 1, 1).toInt(&ok);
            if (ok && ui.formFieldsEditor->editor(index) != nullptr) {
                fieldProblems.append(problem); // shown inside the field's editor
                continue;
            }
        }
        FieldMessage *label =
            area == "form_fields"_L1 ? ui.formFieldsMessage : messageFor(problem.path);
        if (label == nullptr)
            continue;
        Messages &messages = byLabel[label];
        QStringList &list = problem.severity == ValidationResult::Severity::Error
                                ? messages.errors
                                : messages.warnings;
        if (!list.contains(problem.message))
            list.append(problem.message);
    }
    for (FieldMessage *label :
         {ui.titleMessage, ui.taskTypeMessage, ui.descriptionMessage, ui.assigneesMessage,
          ui.deadlineMessage, ui.startMessage, ui.tagsMessage, ui.maxAssigneesMessage,
          ui.webhookMessage, ui.runMessage, ui.moreOptionsMessage, ui.formFieldsMessage}) {
        const Messages messages = byLabel.value(label);
        label->setMessages(messages.errors, messages.warnings);
    }
    ui.assigneePicker->setProblems(ownerProblems);
    ui.tagPicker->setProblems(tagProblems);
    ui.formFieldsEditor->setProblems(fieldProblems);

    // Problems hidden in "More options" open it.
    for (const ValidationResult::Problem &problem : std::as_const(shown)) {
        const QString area = areaOf(problem.path);
        if ((area == "options"_L1 || area == "max_assignable"_L1 || area == "webhook"_L1 ||
             area == "run_id"_L1) &&
            !ui.moreOptionsToolButton->isChecked())
            ui.moreOptionsToolButton->setChecked(true);
    }
}

void NewTaskForm::updateSendState() {
    Ui::NewTaskForm &ui = *m_ui;
    const bool busy = m_submitter->isBusy();
    const bool unknown = m_submitter->outcomeUnknown();
    const bool sending = m_submitter->state() == TaskSubmitter::State::Sending;

    QList<ValidationResult::Problem> errors = m_validation.errors();
    errors += m_serverProblems;
    QStringList reasons;
    for (const ValidationResult::Problem &problem : std::as_const(errors)) {
        const QString line = areaName(problem.path) + u": "_s + problem.message;
        if (!reasons.contains(line))
            reasons.append(line);
    }

    QString tooltip;
    QString summary;
    if (sending) {
        tooltip = tr("Sending the task to Tallyfy\u2026");
        summary = tooltip;
    } else if (unknown) {
        tooltip = tr("The last create may have worked: check whether the task exists before "
                     "sending again.");
        summary = tooltip;
    } else if (!m_session.isReady()) {
        tooltip = m_session.tokenProblem().isEmpty()
                      ? tr("Connect to Tallyfy in Settings before creating tasks.")
                      : m_session.tokenProblem();
        summary = tooltip;
    } else if (!reasons.isEmpty()) {
        tooltip = tr("Fix these first:") + u'\n' + u"\u2022 "_s + reasons.join(u"\n\u2022 "_s);
        QStringList shown = reasons.mid(0, MaxSummaryItems);
        if (reasons.size() > MaxSummaryItems)
            shown.append(tr("\u2026"));
        summary = tr("%n problem(s) to fix before the task can be created:", nullptr,
                     int(reasons.size())) +
                  u' ' + shown.join(u"  "_s);
    } else {
        tooltip = tr("Create the task in Tallyfy (Ctrl+Enter)");
        const QList<ValidationResult::Problem> warnings = m_validation.warnings();
        summary = warnings.isEmpty()
                      ? tr("Ready to create. Ctrl+Enter sends.")
                      : tr("Ready to create, but note: %1").arg(warnings.first().message);
    }
    const bool canSend = !busy && !unknown && m_session.isReady() && reasons.isEmpty();
    ui.createPushButton->setEnabled(canSend);
    ui.createPushButton->setToolTip(tooltip);
    ui.createPushButton->setAccessibleDescription(canSend ? QString() : tooltip);
    ui.createPushButton->setText(sending ? tr("Creating\u2026") : tr("&Create task"));
    ui.sendProgressBar->setVisible(busy);
    ui.validationSummaryLabel->setText(summary);
    ui.validationSummaryLabel->setProperty("hasErrors", !reasons.isEmpty() && !busy && !unknown);
    ui.validationSummaryLabel->setStyleSheet(
        !reasons.isEmpty() && !busy && !unknown && m_session.isReady() ? problemTextStyle()
                                                                       : QString());
    ui.discardDraftPushButton->setEnabled(!sending);

    // While a create is in flight the draft it sends cannot change under it.
    if (ui.scrollContents->isEnabled() == sending) {
        QWidget *focused = focusWidget();
        ui.scrollContents->setEnabled(!sending);
        if (!sending && focused != nullptr && focused->isEnabled())
            focused->setFocus(Qt::OtherFocusReason);
    }
}

void NewTaskForm::updateResultPanel() {
    Ui::NewTaskForm &ui = *m_ui;
    using State = TaskSubmitter::State;
    const State state = m_submitter->state();
    QString text;
    QString tone = u"info"_s;
    bool check = false, open = false, again = false, copy = false, refresh = false;
    const QString title = m_submitter->sentDraft().title.trimmed();

    switch (state) {
    case State::Idle:
        text = m_resultNote;
        tone = u"ok"_s;
        copy = !text.isEmpty() && !m_lastTaskId.isEmpty();
        break;
    case State::Sending: {
        const int left = m_submitter->retrySecondsLeft();
        if (left > 0) {
            text = tr("Tallyfy asked to slow down (rate limit). The task was not created yet; "
                      "sending it again in %n second(s)\u2026",
                      nullptr, left);
            tone = u"warning"_s;
        } else {
            text = tr("Creating \u201c%1\u201d\u2026").arg(title);
        }
        break;
    }
    case State::Created: {
        const Task &task = *m_submitter->createdTask();
        QStringList lines;
        lines.append(tr("Created \u201c%1\u201d. Task ID: %2").arg(task.title, task.id));
        const OneOffTaskDraft &sent = m_submitter->sentDraft();
        if (task.deadline.isValid() && sent.deadline.isValid() &&
            task.deadline.toSecsSinceEpoch() != sent.deadline.toSecsSinceEpoch())
            lines.append(tr("Tallyfy moved the deadline to %1 (the organization's working "
                            "hours).")
                             .arg(localText(task.deadline)));
        if (sent.descriptionLostIn(task.raw))
            lines.append(tr("The description may not have been saved: Tallyfy returned none."));
        if (sent.separateTaskForEachAssignee && !task.runId.isEmpty()) {
            refresh = true;
            if (m_submitter->isListingFanOut())
                lines.append(tr("Counting the tasks created for each assignee\u2026"));
            else if (const auto &tasks = m_submitter->fanOutTasks())
                lines.append(tr("%n task(s) were created, one per assignee, in process %1. The "
                                "list can lag for a moment after a create: Refresh counts again.",
                                nullptr, int(tasks->size()))
                                 .arg(task.runId));
            else if (const auto &error = m_submitter->fanOutError())
                lines.append(tr("Could not list the tasks of process %1: %2")
                                 .arg(task.runId, error->userText()));
        }
        text = lines.join(u'\n');
        tone = u"ok"_s;
        copy = true;
        break;
    }
    case State::Refused: {
        const ApiError &error = *m_submitter->lastError();
        if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
            text = tr("Tallyfy refused the task: %n field(s) need attention. Nothing was "
                      "created.",
                      nullptr, int(error.fieldErrors.size()));
            if (!m_serverMessage.isEmpty())
                text += u'\n' + m_serverMessage;
        } else {
            text = tr("The task was not created: %1").arg(error.userText());
        }
        tone = u"error"_s;
        break;
    }
    case State::Uncertain:
        // The error's own advice ("try again") would be wrong here: sending again could create
        // the task twice.
        text = tr("%1 The task may have been created anyway, so nothing was sent again. Check "
                  "whether it exists before sending it again.")
                   .arg(m_submitter->lastError()->whatHappened());
        tone = u"warning"_s;
        check = true;
        break;
    case State::Checking:
        text = tr("Looking for \u201c%1\u201d among the one-off tasks created in the last "
                  "minutes\u2026")
                   .arg(title);
        tone = u"warning"_s;
        check = true;
        break;
    case State::Checked:
        if (const auto &error = m_submitter->checkError()) {
            text = tr("Could not check whether the task exists: %1").arg(error->userText());
            check = true;
            again = true;
        } else if (!m_submitter->matches().isEmpty()) {
            const Task &match = m_submitter->matches().first();
            text = tr("Found it: \u201c%1\u201d was created at %2 (task ID %3). Your request "
                      "did reach Tallyfy.")
                       .arg(match.title,
                            match.createdAt.isValid() ? localText(match.createdAt) : tr("?"),
                            match.id);
            if (m_submitter->matches().size() > 1)
                text += u'\n' + tr("%n task(s) with this title were created in the last "
                                   "minutes; the newest is shown.",
                                   nullptr, int(m_submitter->matches().size()));
            open = true;
            again = true;
        } else {
            text = tr("No task called \u201c%1\u201d was created in the last %2 minutes. It is "
                      "safe to send it again.")
                       .arg(title)
                       .arg(TaskSubmitter::CheckWindowMinutes);
            check = true;
            again = true;
        }
        tone = u"warning"_s;
        break;
    }

    ui.resultLabel->setText(text);
    ui.resultFrame->setVisible(!text.isEmpty());
    ui.resultFrame->setAccessibleName(text);
    if (ui.resultFrame->property("tone").toString() != tone) {
        ui.resultFrame->setProperty("tone", tone);
        repolish(ui.resultFrame);
        for (QWidget *child : ui.resultFrame->findChildren<QWidget *>())
            repolish(child);
    }
    ui.checkPushButton->setVisible(check);
    ui.checkPushButton->setEnabled(state != State::Checking);
    ui.checkPushButton->setText(state == State::Checked ? tr("Check again") : tr("Check"));
    ui.openFoundPushButton->setVisible(open);
    ui.sendAgainPushButton->setVisible(again);
    ui.copyIdPushButton->setVisible(copy);
    ui.refreshRunPushButton->setVisible(refresh);
    ui.refreshRunPushButton->setEnabled(!m_submitter->isListingFanOut());
    ui.dismissResultToolButton->setVisible(state == State::Created || state == State::Refused ||
                                           state == State::Idle);
}

void NewTaskForm::updateTitleCounter() {
    const qsizetype count = OneOffTaskDraft::codePointCount(m_ui->titleLineEdit->text().trimmed());
    m_ui->titleCounterLabel->setText(tr("%1 / %2").arg(count).arg(OneOffTaskDraft::MaxTitleLength));
    m_ui->titleCounterLabel->setStyleSheet(
        count > OneOffTaskDraft::MaxTitleLength ? problemTextStyle() : QString());
    m_ui->titleCounterLabel->setAccessibleName(
        tr("%1 of %2 characters used").arg(count).arg(OneOffTaskDraft::MaxTitleLength));
}

void NewTaskForm::updateTaskTypeExplanation() {
    const QString key = m_ui->taskTypeComboBox->currentData().toString();
    QString explanation;
    for (const TaskType &type : TaskType::all()) {
        if (type.key == key)
            explanation = type.explanation;
    }
    m_ui->taskTypeExplanationLabel->setText(explanation);
    m_ui->taskTypeComboBox->setAccessibleDescription(explanation);
}

void NewTaskForm::setMoreOptionsExpanded(bool expanded) {
    m_ui->moreOptionsFrame->setVisible(expanded);
    m_ui->moreOptionsToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_ui->moreOptionsToolButton->isChecked() != expanded)
        m_ui->moreOptionsToolButton->setChecked(expanded);
}

void NewTaskForm::rebuildContext() {
    const DirectoryCache *cache = m_session.cache();
    DraftContext context;
    if (cache->isLoaded(DirectoryCache::What::Members)) {
        context.memberEmails.reserve(cache->members().size());
        for (const Member &member : cache->members()) {
            context.memberEmails.append(member.email);
            context.memberIds.insert(member.id);
        }
    }
    if (cache->isLoaded(DirectoryCache::What::Runs))
        context.runs = cache->runs();
    m_context = context;
}

void NewTaskForm::ensureDirectoryLoaded() {
    if (!m_session.isReady())
        return;
    m_ui->assigneePicker->ensureLoaded();
    m_ui->tagPicker->ensureLoaded();
    m_ui->runComboBox->ensureLoaded();
}

void NewTaskForm::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    ensureDirectoryLoaded();
}

void NewTaskForm::revealAllProblems() {
    for (const AreaInfo &area : areas)
        m_touched.insert(area.key);
    m_touched.insert(formFieldsArea);
}

void NewTaskForm::focusFirstProblem() {
    QList<ValidationResult::Problem> errors = m_serverProblems;
    errors += m_validation.errors();
    // The first in the form's order, top to bottom (a 422 lists its fields alphabetically).
    const auto rank = [](const ValidationResult::Problem &problem) {
        const QString area = areaOf(problem.path);
        const auto at = std::find_if(std::begin(areas), std::end(areas),
                                     [&area](const AreaInfo &info) { return area == info.key; });
        if (at != std::end(areas))
            return std::distance(std::begin(areas), at);
        // Form fields come after every other area, and anything unknown last.
        const auto count = std::distance(std::begin(areas), std::end(areas));
        return area == formFieldsArea ? count : count + 1;
    };
    std::stable_sort(errors.begin(), errors.end(),
                     [&rank](const ValidationResult::Problem &a,
                             const ValidationResult::Problem &b) { return rank(a) < rank(b); });
    for (const ValidationResult::Problem &problem : std::as_const(errors)) {
        if (QWidget *input = inputFor(problem.path)) {
            if (input->isVisibleTo(this) || !isVisible()) {
                input->setFocus(Qt::OtherFocusReason);
                m_ui->scrollArea->ensureWidgetVisible(input);
                return;
            }
        }
    }
}

bool NewTaskForm::isSending() const {
    return m_submitter->isBusy();
}

void NewTaskForm::focusTitle() {
    m_ui->scrollArea->ensureWidgetVisible(m_ui->titleLineEdit);
    m_ui->titleLineEdit->setFocus(Qt::ShortcutFocusReason);
}

bool NewTaskForm::submit() {
    // Single flight: a second press or Ctrl+Enter while one is in flight sends nothing.
    if (m_submitter->isBusy() || m_submitter->outcomeUnknown())
        return false;
    m_draft = collect();
    revalidate();
    if (m_validation.hasErrors() || !m_serverProblems.isEmpty()) {
        revealAllProblems();
        showProblems();
        updateSendState();
        focusFirstProblem();
        Q_EMIT statusMessage(tr("The task was not sent: some fields need attention."));
        return false;
    }
    if (!m_session.isReady()) {
        Q_EMIT statusMessage(m_ui->createPushButton->toolTip());
        return false;
    }
    m_store->flush();
    m_resultNote.clear();
    m_serverMessage.clear();
    return m_submitter->submit(m_draft);
}

void NewTaskForm::sendAgain() {
    m_draft = collect();
    revalidate();
    if (m_validation.hasErrors()) {
        revealAllProblems();
        showProblems();
        focusFirstProblem();
        return;
    }
    m_store->flush();
    m_resultNote.clear();
    m_submitter->sendAgain(m_draft);
}

void NewTaskForm::checkCreated() {
    if (m_submitter->check())
        Q_EMIT statusMessage(tr("Checking whether the task was created\u2026"));
}

void NewTaskForm::openFoundTask() {
    if (m_submitter->matches().isEmpty())
        return;
    const Task task = m_submitter->matches().first();
    // The create did happen: the draft has done its job, exactly as after a 201.
    m_resultNote = tr("Opened \u201c%1\u201d (task ID %2), which your request had created.")
                       .arg(task.title, task.id);
    m_lastTaskId = task.id;
    m_submitter->reset();
    forgetDraft();
    updateResultPanel();
    // The lookup pane announces what it shows; this message comes after it, so it stays.
    Q_EMIT taskCreated(task);
    Q_EMIT statusMessage(tr("Opened the task that was created: %1").arg(task.id));
}

void NewTaskForm::copyCreatedId() {
    const QString id = m_lastTaskId;
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    Q_EMIT statusMessage(tr("Copied task ID %1").arg(id));
}

void NewTaskForm::taskWasCreated(const Task &task) {
    const OneOffTaskDraft &sent = m_submitter->sentDraft();
    QString message = tr("Created task \u201c%1\u201d (ID %2)").arg(task.title, task.id);
    if (sent.separateTaskForEachAssignee && !task.runId.isEmpty())
        message = tr("Created one task per assignee in process %1").arg(task.runId);
    qCInfo(lcNewTask) << "Task created" << task.id;
    m_lastTaskId = task.id;
    forgetDraft();
    updateResultPanel();
    Q_EMIT taskCreated(task);
    Q_EMIT statusMessage(message);
}

void NewTaskForm::forgetDraft() {
    m_store->clear();
    m_touched.clear();
    m_serverProblems.clear();
    m_serverMessage.clear();
    m_fresh = freshDraft();
    loadIntoInputs(m_fresh);
    setMoreOptionsExpanded(false);
    m_ui->restoredLabel->hide();
    m_ui->draftStateLabel->clear();
    revalidate();
}

void NewTaskForm::discardDraft() {
    if (m_submitter->state() == TaskSubmitter::State::Sending)
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard draft"),
                    tr("Discard this draft? Everything typed in the form is lost."),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"discardDraftMessageBox"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Discard)
        return;
    m_resultNote.clear();
    m_submitter->reset();
    forgetDraft();
    updateResultPanel();
    focusTitle();
    Q_EMIT statusMessage(tr("Draft discarded"));
}

QString NewTaskForm::summaryText() const {
    return m_ui->validationSummaryLabel->text();
}

QString NewTaskForm::resultText() const {
    return m_ui->resultFrame->isHidden() ? QString() : m_ui->resultLabel->text();
}
