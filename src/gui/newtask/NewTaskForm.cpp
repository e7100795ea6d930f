#include "gui/newtask/NewTaskForm.h"

#include "ui_NewTaskForm.h"

#include "core/domain/Task.h"
#include "core/domain/TaskType.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/session/TaskSubmitter.h"
#include "core/settings/DraftStore.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/newtask/DeadlineEdit.h"
#include "gui/newtask/DraftBinding.h"
#include "gui/newtask/DraftProblems.h"
#include "gui/newtask/FormFieldsEditor.h"
#include "gui/newtask/NewTaskResult.h"
#include "gui/newtask/NewTaskResultPanel.h"
#include "gui/newtask/NewTaskSendState.h"
#include "gui/newtask/RunPicker.h"
#include "gui/newtask/TagPicker.h"
#include "gui/widgets/FieldMessage.h"
#include "gui/widgets/StatusColors.h"
#include "models/DisplayFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QShortcut>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNewTask, "taskdesk.ui.newtask", QtInfoMsg)

namespace {

QString problemTextStyle() {
    return u"QLabel { color: %1; }"_s.arg(StatusColors::errorText().name());
}

} // namespace

NewTaskForm::NewTaskForm(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NewTaskForm>())
    , m_session(session)
    , m_store(new DraftStore(session.settings(), this))
    , m_submitter(new TaskSubmitter(session, this)) {
    m_ui->setupUi(this);
    m_binding =
        std::make_unique<DraftBinding>(*m_ui, [this](const QString &area) { edited(area); });
    setObjectName(u"newTaskForm"_s);
    m_problems = std::make_unique<DraftProblems>(*m_ui);
    setUpInputs();

    m_fresh = freshDraft();
    const std::optional<OneOffTaskDraft> stored = m_store->load();
    const bool restored = stored.has_value() && !stored->isEmpty();
    m_draft = restored ? *stored : m_fresh;
    loadIntoInputs(m_draft);
    if (restored) {
        // Whatever was typed before has been seen: show its problems at once.
        m_problems->revealAll();
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
    m_problems->revealAll(); // like a restored draft: everything in it has been seen
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

    ui.sendProgressBar->hide();

    // Ctrl+Enter sends from anywhere in the form, including the description.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &NewTaskForm::submit);
    }

    // ---- sending
    connect(ui.createPushButton, &QPushButton::clicked, this, &NewTaskForm::submit);
    NewTaskResultPanel *result = ui.resultFrame;
    connect(result, &NewTaskResultPanel::checkRequested, this, &NewTaskForm::checkCreated);
    connect(result, &NewTaskResultPanel::sendAgainRequested, this, &NewTaskForm::sendAgain);
    connect(result, &NewTaskResultPanel::openFoundRequested, this, &NewTaskForm::openFoundTask);
    connect(result, &NewTaskResultPanel::copyIdRequested, this, &NewTaskForm::copyCreatedId);
    connect(result, &NewTaskResultPanel::refreshRequested, m_submitter,
            &TaskSubmitter::refreshFanOut);
    connect(result, &NewTaskResultPanel::dismissRequested, this, [this] {
        if (!m_submitter->outcomeUnknown() && !m_submitter->isBusy()) {
            m_resultNote.clear();
            m_ui->resultFrame->hide();
            m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(ui.discardDraftPushButton, &QPushButton::clicked, this, &NewTaskForm::discardDraft);
    connect(m_submitter, &TaskSubmitter::stateChanged, this, [this] {
        if (m_submitter->state() == TaskSubmitter::State::Refused && m_submitter->lastError())
            takeServerErrors();
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

void NewTaskForm::takeServerErrors() {
    m_problems->takeServerErrors(m_submitter->lastError()->fieldErrors);
    showProblems();
    updateSendState(); // enables the inputs again before the focus goes to one
    m_problems->focusFirstError(this);
}

void NewTaskForm::loadIntoInputs(const OneOffTaskDraft &draft) {
    m_binding->load(draft);
    m_draft = collect();
}

OneOffTaskDraft NewTaskForm::collect() const {
    return m_binding->collect();
}

void NewTaskForm::edited(const QString &area) {
    m_problems->edited(area);
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
    m_problems->validate(m_draft, m_context);
    showProblems();
    updateSendState();
}

void NewTaskForm::showProblems() {
    // Problems hidden in "More options" open it.
    if (m_problems->show())
        m_binding->setMoreOptionsExpanded(true);
}

NewTaskSendState NewTaskForm::sendState() const {
    NewTaskSendState::Facts facts;
    facts.sending = m_submitter->state() == TaskSubmitter::State::Sending;
    facts.busy = m_submitter->isBusy();
    facts.outcomeUnknown = m_submitter->outcomeUnknown();
    facts.sessionReady = m_session.isReady();
    facts.tokenProblem = m_session.tokenProblem();
    facts.reasons = m_problems->reasons();
    facts.errorsShown = m_problems->showsAnError();
    facts.warnings = m_problems->validation().warnings();
    return NewTaskSendState::describe(facts);
}

void NewTaskForm::updateSendState() {
    Ui::NewTaskForm &ui = *m_ui;
    const NewTaskSendState state = sendState();
    const bool sending = m_submitter->state() == TaskSubmitter::State::Sending;
    ui.createPushButton->setEnabled(state.canSend);
    // The reasons may quote the server's messages: shown literally, never as markup.
    ui.createPushButton->setToolTip(DisplayFormat::toolTip(state.explanation));
    ui.createPushButton->setAccessibleDescription(
        state.canSend ? QString() : DisplayFormat::elided(state.explanation));
    ui.createPushButton->setText(sending ? tr("Creating\u2026") : tr("&Create task"));
    ui.sendProgressBar->setVisible(m_submitter->isBusy());
    ui.validationSummaryLabel->setText(DisplayFormat::elided(state.summary));
    ui.validationSummaryLabel->setProperty("hasErrors", state.showsErrors);
    ui.validationSummaryLabel->setStyleSheet(state.showsErrors ? problemTextStyle() : QString());
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
    m_ui->resultFrame->setResult(NewTaskResult::describe(
        *m_submitter, m_resultNote, !m_lastTaskId.isEmpty(), m_problems->serverMessage()));
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
    if (m_problems->hasErrors()) {
        m_problems->revealAll();
        showProblems();
        updateSendState();
        m_problems->focusFirstError(this);
        Q_EMIT statusMessage(tr("The task was not sent: some fields need attention."));
        return false;
    }
    if (!m_session.isReady()) {
        Q_EMIT statusMessage(DisplayFormat::elided(sendState().explanation));
        return false;
    }
    m_store->flush();
    m_resultNote.clear();
    m_problems->clearServerMessage();
    return m_submitter->submit(m_draft);
}

void NewTaskForm::sendAgain() {
    m_draft = collect();
    revalidate();
    if (m_problems->validation().hasErrors()) {
        m_problems->revealAll();
        showProblems();
        m_problems->focusFirstError(this);
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
                       .arg(DisplayFormat::elided(task.title), task.id);
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
    QString message =
        tr("Created task \u201c%1\u201d (ID %2)").arg(DisplayFormat::elided(task.title), task.id);
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
    m_problems->forget();
    m_fresh = freshDraft();
    loadIntoInputs(m_fresh);
    m_binding->setMoreOptionsExpanded(false);
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
    return m_ui->resultFrame->text();
}
