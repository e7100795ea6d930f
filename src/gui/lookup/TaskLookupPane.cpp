#include "gui/lookup/TaskLookupPane.h"

#include "ui_TaskLookupPane.h"

#include "core/api/ApiErrorText.h"
#include "core/api/TasksApi.h"
#include "core/domain/TaskReference.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/session/TaskLookup.h"
#include "core/settings/Settings.h"
#include "core/settings/Validators.h"
#include "gui/answers/AnswersEditor.h"
#include "gui/conversation/CommentsPanel.h"
#include "gui/lookup/IncludeChooser.h"
#include "gui/lookup/RecentLookupsView.h"
#include "gui/lookup/TaskActionBar.h"
#include "gui/lookup/TaskView.h"
#include "gui/widgets/BusyIndicator.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"
#include "models/DisplayFormat.h"
#include "models/NameDirectory.h"
#include "models/WebAppLink.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>

using namespace Qt::StringLiterals;

TaskLookupPane::TaskLookupPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TaskLookupPane>())
    , m_session(session)
    , m_focusInput(new QAction(tr("Look up a task"), this))
    , m_lookup(new TaskLookup(session, this))
    , m_actionBar(new TaskActionBar(session))
    , m_comments(new CommentsPanel(session))
    , m_answers(new AnswersEditor(session)) {
    m_ui->setupUi(this);
    setObjectName(u"taskLookupPane"_s);
    m_ui->taskView->setActionRow(m_actionBar);
    m_ui->taskView->setCommentsPage(m_comments);
    m_ui->taskView->setAnswersEditor(m_answers);
    connect(m_ui->taskView, &TaskView::editAnswersRequested, this, &TaskLookupPane::editAnswers);
    connect(m_answers, &AnswersEditor::statusMessage, this, &TaskLookupPane::statusMessage);
    connect(m_answers, &AnswersEditor::closeRequested, this, &TaskLookupPane::closeAnswers);
    // After a save the task is read again, so that Form fields shows what the server kept.
    connect(m_answers, &AnswersEditor::saved, this, [this](const Task &task, bool thenComplete) {
        closeAnswers();
        Q_EMIT taskChanged(task);
        if (thenComplete)
            lookUpAndAct(task.id, m_shownRunId, TaskAction::Complete);
        else
            lookUp(task.id, m_shownRunId);
    });
    connect(m_answers, &AnswersEditor::completeRequested, this, [this] {
        closeAnswers();
        if (!m_actionBar->trigger(TaskAction::Complete))
            Q_EMIT statusMessage(tr("“%1” does not apply to this task as it is now.")
                                     .arg(TaskActionPlan::label(TaskAction::Complete)));
    });
    connect(m_comments, &CommentsPanel::countChanged, m_ui->taskView, &TaskView::setCommentCount);
    connect(m_comments, &CommentsPanel::statusMessage, this, &TaskLookupPane::statusMessage);
    connect(m_actionBar, &TaskActionBar::statusMessage, this, &TaskLookupPane::statusMessage);
    // After an action the task is read again with the includes on screen.
    connect(m_actionBar, &TaskActionBar::taskChanged, this, [this](const Task &task) {
        Q_EMIT taskChanged(task);
        lookUp(task.id, m_shownRunId);
    });

    m_ui->busyProgressBar->setAccessibleName(tr("Looking up"));
    // A lookup that lasts shows a thin bar under the inputs, and Cancel takes Look up's place
    // (nothing in the bar moves); Esc cancels from the start.
    m_busyIndicator = new BusyIndicator({m_ui->busyProgressBar}, this);
    connect(m_busyIndicator, &BusyIndicator::shownChanged, this, &TaskLookupPane::showCancel);
    m_ui->inputErrorLabel->hide();
    // Both the background and the text are set, in the variant that suits the palette.
    PaletteFollower::follow(m_ui->errorFrame, [frame = m_ui->errorFrame] {
        frame->setStyleSheet(
            StatusColors::frameStyle(u"QFrame#errorFrame"_s, StatusColors::Tone::Error));
    });
    m_ui->errorFrame->setAccessibleName(tr("Lookup error"));
    m_ui->errorFrame->hide();
    m_ui->errorDetailsLabel->hide();
    m_ui->requestIdLabel->hide();
    m_ui->lookupPushButton->setToolTip(tr("Fetch the task (Enter)"));
    m_ui->runIdLineEdit->setToolTip(
        tr("Only for a task of a process: fetch it through that process (runs/<ID>/tasks)"));
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->placeholderPage);
    m_ui->placeholderLabel->setForegroundRole(QPalette::PlaceholderText);

    // Ctrl+L and the task actions work from anywhere in the pane, including the lookup bar.
    m_focusInput->setObjectName(u"focusLookupInputAction"_s);
    m_focusInput->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusInput->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_focusInput);
    connect(m_focusInput, &QAction::triggered, this, &TaskLookupPane::focusInput);
    addActions(taskActions());

    // Esc cancels a lookup wherever the focus is in the window (after a lookup from the command
    // line or a click on the tab it is on the tab bar), while the pane shows and a lookup runs.
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setContext(Qt::WindowShortcut);
    m_cancelShortcut->setEnabled(false);
    connect(m_cancelShortcut, &QShortcut::activated, this, &TaskLookupPane::cancel);

    connect(m_ui->taskIdLineEdit, &QLineEdit::returnPressed, this, &TaskLookupPane::startLookup);
    connect(m_ui->runIdLineEdit, &QLineEdit::returnPressed, this, &TaskLookupPane::startLookup);
    connect(m_ui->lookupPushButton, &QPushButton::clicked, this, &TaskLookupPane::startLookup);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &TaskLookupPane::cancel);
    connect(m_ui->taskIdLineEdit, &QLineEdit::textEdited, this, &TaskLookupPane::clearInputError);
    connect(m_ui->runIdLineEdit, &QLineEdit::textEdited, this, &TaskLookupPane::clearInputError);
    connect(m_ui->technicalDetailsToolButton, &QToolButton::toggled, m_ui->errorDetailsLabel,
            &QWidget::setVisible);
    connect(m_ui->dismissErrorToolButton, &QToolButton::clicked, this, &TaskLookupPane::hideError);

    Settings *settings = m_session.settings();
    m_ui->includeChooser->setIncludes(settings->includes());
    connect(m_ui->includeChooser, &IncludeChooser::includesChanged, settings,
            &Settings::setIncludes);
    connect(settings, &Settings::changed, this, [this, settings](Settings::Key key) {
        if (key == Settings::Key::Includes)
            m_ui->includeChooser->setIncludes(settings->includes());
        else if (key == Settings::Key::RecentLookups)
            reloadRecentLookups();
    });

    RecentLookupsView *recent = m_ui->recentLookupsView;
    reloadRecentLookups();
    connect(recent, &RecentLookupsView::openRequested, this,
            [this](const QString &taskId) { lookUp(taskId); });
    connect(recent, &RecentLookupsView::removeRequested, this,
            [settings](const QString &taskId) { settings->removeRecentLookup(taskId); });
    connect(recent, &RecentLookupsView::clearRequested, settings, &Settings::clearRecentLookups);

    restoreSplitter();
    connect(m_ui->lookupSplitter, &QSplitter::splitterMoved, this,
            [this, settings] { settings->setSplitterState(m_ui->lookupSplitter->saveState()); });

    TaskView *view = m_ui->taskView;
    connect(view, &TaskView::statusMessage, this, &TaskLookupPane::statusMessage);
    connect(view, &TaskView::copyCurlRequested, this, &TaskLookupPane::copyCurl);
    connect(view, &TaskView::refreshNamesRequested, this, &TaskLookupPane::refreshNames);

    DirectoryCache *cache = m_session.cache();
    // The names are looked up in a directory built when the lists change, not on every lookup
    // (an organization may have thousands of members).
    connect(cache, &DirectoryCache::loaded, this, [this](DirectoryCache::What what) {
        if (what == DirectoryCache::What::Members || what == DirectoryCache::What::Groups)
            updateDirectory();
    });
    connect(cache, &DirectoryCache::failed, this, &TaskLookupPane::updateNamesStatus);
    connect(cache, &DirectoryCache::cleared, this, [this] {
        updateDirectory();
        if (m_ui->taskView->task())
            requestNames(); // the organization changed under a shown task
    });

    connect(m_lookup, &TaskLookup::busyChanged, this, &TaskLookupPane::setBusy);
    connect(m_lookup, &TaskLookup::waitingForToken, this,
            [this] { Q_EMIT statusMessage(tr("Waiting for the token…")); });
    connect(m_lookup, &TaskLookup::sent, this, [this](const TaskLookup::Request &request) {
        Q_EMIT statusMessage(tr("Looking up %1…").arg(request.taskId));
    });
    connect(m_lookup, &TaskLookup::found, this,
            [this](const Task &task, const TaskLookup::Request &request) {
                display(task, request.includes, request.runId);
            });
    connect(m_lookup, &TaskLookup::failed, this, &TaskLookupPane::onLookupFailed);
    connect(m_lookup, &TaskLookup::notConnected, this, [this] {
        QString problem = m_session.tokenProblem();
        if (problem.isEmpty())
            problem = tr("Taskdesk is not connected to Tallyfy yet.");
        showErrorText(tr("%1 Open Settings to connect.").arg(problem), {}, {});
    });
    updateDirectory(); // a pane built after the names arrived starts with them
    connect(&m_session, &Session::targetChanged, this, [this] {
        if (const auto &task = m_ui->taskView->task())
            m_ui->taskView->setWebLink(
                WebAppLink::taskPage(m_session.serverUrl(), m_session.organizationId(), task->id));
    });
}

TaskLookupPane::~TaskLookupPane() = default;

bool TaskLookupPane::isBusy() const {
    return m_lookup->isBusy();
}

QString TaskLookupPane::errorText() const {
    return m_ui->errorFrame->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

QString TaskLookupPane::inputErrorText() const {
    return m_ui->inputErrorLabel->isVisibleTo(this) ? m_ui->inputErrorLabel->text() : QString();
}

QList<QAction *> TaskLookupPane::taskActions() const {
    return m_ui->taskView->taskActions();
}

TaskView *TaskLookupPane::taskView() const {
    return m_ui->taskView;
}

RecentLookupsView *TaskLookupPane::recentLookupsView() const {
    return m_ui->recentLookupsView;
}

IncludeChooser *TaskLookupPane::includeChooser() const {
    return m_ui->includeChooser;
}

void TaskLookupPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    const QKeySequence keys = m_focusInput->shortcut();
    bool hostHasOne = false;
    const QList<QAction *> actions = window()->findChildren<QAction *>();
    for (const QAction *action : actions)
        hostHasOne = hostHasOne || (action != m_focusInput && action->shortcuts().contains(keys));
    m_focusInput->setEnabled(!hostHasOne);
}

void TaskLookupPane::lookUp(const QString &referenceText, const QString &runId) {
    const QString taskBefore = m_ui->taskIdLineEdit->text();
    const QString runBefore = m_ui->runIdLineEdit->text();
    m_ui->taskIdLineEdit->setText(referenceText);
    m_ui->runIdLineEdit->setText(runId);
    // A 32-character ID is wider than the field: show its start, not its last characters.
    m_ui->runIdLineEdit->setCursorPosition(0);
    if (!startLookup()) {
        // The user stays with unsaved answers: the inputs hold what they held, not the ID of a
        // task that is not shown.
        m_ui->taskIdLineEdit->setText(taskBefore);
        m_ui->runIdLineEdit->setText(runBefore);
    }
}

void TaskLookupPane::lookUpAndAct(const QString &taskId, const QString &runId, TaskAction action) {
    m_pendingAction = std::pair(taskId, action);
    lookUp(taskId, runId);
}

void TaskLookupPane::focusInput() {
    m_ui->taskIdLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->taskIdLineEdit->selectAll();
}

void TaskLookupPane::editAnswers(const QString &fieldId) {
    const auto &task = m_ui->taskView->task();
    if (!task || !task->formFieldsIncluded || task->formFields.isEmpty())
        return;
    if (!m_ui->taskView->isAnswersEditorShown() || m_answers->taskId() != task->id)
        m_answers->setTask(*task);
    m_ui->taskView->showAnswersEditor(true);
    m_answers->focusField(fieldId);
}

void TaskLookupPane::closeAnswers() {
    const bool hadFocus = m_answers->isAncestorOf(QApplication::focusWidget());
    m_ui->taskView->showAnswersEditor(false);
    if (hadFocus)
        m_ui->taskView->formFieldsTree()->setFocus(Qt::OtherFocusReason);
}

bool TaskLookupPane::mayLeaveAnswers(const QString &nextTaskId) {
    if (!m_ui->taskView->isAnswersEditorShown() || nextTaskId == m_answers->taskId())
        return true;
    if (!m_answers->mayLeave())
        return false;
    closeAnswers();
    return true;
}

bool TaskLookupPane::startLookup() {
    // A message about an earlier attempt would be read as the answer to this one.
    hideError();
    const TaskReference reference = TaskReference::parse(m_ui->taskIdLineEdit->text());
    if (!reference.isValid()) {
        showInputError(reference.errorText());
        return true;
    }
    if (!mayLeaveAnswers(reference.taskId))
        return false;
    QString runId;
    const QString typedRun = m_ui->runIdLineEdit->text().trimmed();
    if (!typedRun.isEmpty()) {
        const Validated<QString> run = Validators::runId(typedRun);
        if (!run) {
            showInputError(tr("Run ID: %1").arg(run.problem));
            return true;
        }
        runId = *run.value;
    }
    clearInputError();
    if (!reference.orgId.isEmpty() && !m_session.organizationId().isEmpty() &&
        reference.orgId != m_session.organizationId()) {
        // The link layout is unverified, so this is a hint rather than a refusal.
        showInputNote(tr("This link seems to belong to another organization (%1). Taskdesk "
                         "looks the task up in the organization set in Settings.")
                          .arg(reference.orgId));
    }

    m_lookup->start({reference.taskId, m_ui->includeChooser->includes(), runId});
    return true;
}

void TaskLookupPane::cancel() {
    if (m_lookup->cancel())
        Q_EMIT statusMessage(tr("Lookup cancelled"));
}

void TaskLookupPane::onLookupFailed(const ApiError &error) {
    m_pendingAction.reset();
    if (error.kind == ApiError::Kind::Cancelled) {
        Q_EMIT statusMessage(tr("Lookup cancelled"));
        return;
    }
    showError(error);
    Q_EMIT lookupFailed(error);
}

void TaskLookupPane::showTask(const Task &task) {
    if (!mayLeaveAnswers(task.id))
        return;
    if (m_lookup->isBusy())
        cancel();
    // The inputs name the task on screen, so that Enter looks this one up again.
    m_ui->taskIdLineEdit->setText(task.id);
    m_ui->runIdLineEdit->clear();
    clearInputError();
    display(task, m_ui->includeChooser->includes(), {});
}

void TaskLookupPane::display(const Task &task, const QStringList &includes, const QString &runId) {
    hideError();
    m_shownIncludes = includes;
    m_shownRunId = runId;
    TaskView *view = m_ui->taskView;
    view->setWebLink(
        WebAppLink::taskPage(m_session.serverUrl(), m_session.organizationId(), task.id));
    view->setTask(task);
    m_actionBar->setTask(task);
    m_comments->setTask(task);
    if (view->isAnswersEditorShown()) {
        if (task.id == m_answers->taskId() && task.formFieldsIncluded)
            m_answers->setTask(task); // the same task read again: its draft comes back on top
        else
            closeAnswers();
    }
    if (m_pendingAction && m_pendingAction->first == task.id) {
        const TaskAction action = m_pendingAction->second;
        m_pendingAction.reset();
        if (!m_actionBar->trigger(action)) {
            Q_EMIT statusMessage(tr("“%1” does not apply to this task as it is now.")
                                     .arg(TaskActionPlan::label(action)));
        }
    }
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->taskPage);
    requestNames();

    m_session.settings()->addRecentLookup(
        RecentLookup{task.id, task.title, QDateTime::currentDateTimeUtc()});
    Q_EMIT statusMessage(task.title.isEmpty()
                             ? tr("Showing task %1").arg(task.id)
                             : tr("Showing “%1”").arg(DisplayFormat::elided(task.title)));
    Q_EMIT taskShown(task.id);
}

void TaskLookupPane::setBusy(bool busy) {
    m_busyIndicator->setBusy(busy);
    m_cancelShortcut->setEnabled(busy);
}

void TaskLookupPane::showCancel(bool shown) {
    // The focus goes with the button that takes the other's place; after Cancel, to the input.
    const QWidget *focus = QApplication::focusWidget();
    const bool buttonHadFocus = focus == m_ui->lookupPushButton || focus == m_ui->cancelPushButton;
    m_ui->lookupButtonStack->setCurrentWidget(shown ? m_ui->cancelPushButton
                                                    : m_ui->lookupPushButton);
    if (buttonHadFocus)
        (shown ? m_ui->lookupButtonStack->currentWidget() : m_ui->taskIdLineEdit)->setFocus();
}

void TaskLookupPane::showInputError(const QString &text) {
    QLabel *label = m_ui->inputErrorLabel;
    label->setPalette(StatusColors::outcomePalette(label->palette(), true));
    label->setText(text);
    label->show();
    m_ui->taskIdLineEdit->setAccessibleDescription(text);
    Q_EMIT statusMessage(text);
}

void TaskLookupPane::showInputNote(const QString &text) {
    QLabel *label = m_ui->inputErrorLabel;
    label->setPalette(palette());
    label->setText(text);
    label->show();
}

void TaskLookupPane::clearInputError() {
    m_ui->inputErrorLabel->clear();
    m_ui->inputErrorLabel->hide();
    m_ui->taskIdLineEdit->setAccessibleDescription({});
}

void TaskLookupPane::showError(const ApiError &error) {
    // A 404 names the organization searched: the usual cause is a task of another one.
    QString organization = m_session.organizationName();
    if (organization.isEmpty())
        organization = m_session.organizationId();
    showErrorText(ApiErrorText::userText(error, organization), error.requestId,
                  error.technicalDetails());
}

void TaskLookupPane::showErrorText(const QString &text, const QString &requestId,
                                   const QString &details) {
    m_ui->errorLabel->setText(text);
    m_ui->requestIdLabel->setText(requestId.isEmpty() ? QString()
                                                      : tr("Request ID: %1").arg(requestId));
    m_ui->requestIdLabel->setVisible(!requestId.isEmpty());
    m_ui->errorDetailsLabel->setText(details);
    m_ui->technicalDetailsToolButton->setVisible(!details.isEmpty());
    m_ui->technicalDetailsToolButton->setChecked(false);
    m_ui->errorDetailsLabel->hide();
    m_ui->errorFrame->show();
    Q_EMIT statusMessage(text);
}

void TaskLookupPane::hideError() {
    m_ui->errorFrame->hide();
    m_ui->errorLabel->clear();
}

void TaskLookupPane::copyCurl() {
    const auto &task = m_ui->taskView->task();
    if (!task)
        return;
    // The same builder getTask() sends with, so the command is the request the pane made.
    QApplication::clipboard()->setText(
        m_session.tasks()->getTaskCurl(task->id, m_shownIncludes, m_shownRunId));
    Q_EMIT statusMessage(
        tr("Copied the request as a curl command; it reads the token from $TALLYFY_API_TOKEN"));
}

void TaskLookupPane::requestNames() {
    DirectoryCache *cache = m_session.cache();
    if (!m_session.isReady())
        return;
    cache->ensure(DirectoryCache::What::Members);
    cache->ensure(DirectoryCache::What::Groups);
    updateNamesStatus();
}

void TaskLookupPane::refreshNames() {
    if (!m_session.isReady())
        return;
    DirectoryCache *cache = m_session.cache();
    cache->refresh(DirectoryCache::What::Members);
    cache->refresh(DirectoryCache::What::Groups);
    updateNamesStatus();
}

void TaskLookupPane::updateDirectory() {
    const DirectoryCache *cache = m_session.cache();
    const NameDirectory directory(cache->members(), cache->groups());
    m_ui->taskView->setDirectory(directory);
    m_comments->setDirectory(directory);
    updateNamesStatus();
}

void TaskLookupPane::updateNamesStatus() {
    using What = DirectoryCache::What;
    const DirectoryCache *cache = m_session.cache();
    std::optional<ApiError> failure = cache->lastError(What::Members);
    if (!failure)
        failure = cache->lastError(What::Groups);
    m_ui->taskView->setNamesState(cache->isLoading(What::Members) || cache->isLoading(What::Groups),
                                  failure);
}

void TaskLookupPane::reloadRecentLookups() {
    m_ui->recentLookupsView->setLookups(m_session.settings()->recentLookups());
}

void TaskLookupPane::restoreSplitter() {
    constexpr int recentListWidth = 300; // the first time: the task gets the rest
    QSplitter *splitter = m_ui->lookupSplitter;
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    const QByteArray state = m_session.settings()->splitterState();
    if (state.isEmpty() || !splitter->restoreState(state))
        splitter->setSizes({recentListWidth, 1000});
}
