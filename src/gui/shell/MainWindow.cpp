#include "gui/shell/MainWindow.h"

#include "core/domain/Task.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "gui/lookup/TaskLookupPane.h"
#include "gui/newtask/NewTaskForm.h"
#include "gui/shell/AboutDialog.h"
#include "gui/shell/MainWindowTabs.h"
#include "gui/shell/SettingsDialog.h"
#include "gui/shell/UnauthorizedBanner.h"
#include "gui/shell/WelcomePanel.h"
#include "gui/tasks/TasksPane.h"
#include "gui/widgets/ClearButtons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMetaObject>
#include <QScreen>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int StatusMessageMs = 8000;
// The panes' object names: the saved last tab is one of them.
const QString TasksName = u"tasksPane"_s;
const QString LookupName = u"taskLookupPane"_s;
const QString NewTaskName = u"newTaskForm"_s;
} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePanel(m_stack))
    , m_tabs(new QTabWidget(m_stack))
    , m_panes(new MainWindowTabs(m_tabs, this))
    , m_banner(new UnauthorizedBanner(this))
    , m_targetLabel(new QLabel(this)) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Taskdesk"));

    m_tabs->setObjectName(u"mainTabWidget"_s);
    m_tabs->setDocumentMode(true);
    addPanes();

    m_stack->setObjectName(u"mainStackedWidget"_s);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    m_stack->setCurrentWidget(m_tabs);

    m_banner->setVisible(false);

    auto *central = new QWidget(this);
    central->setObjectName(u"centralWidget"_s);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bannerRow = new QVBoxLayout;
    bannerRow->setContentsMargins(8, 8, 8, 0);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_targetLabel->setObjectName(u"targetLabel"_s);
    m_targetLabel->setTextFormat(Qt::PlainText); // the organization's name is server text
    m_targetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addPermanentWidget(m_targetLabel);

    createMenus();

    connect(&m_session, &Session::stateChanged, this, &MainWindow::sessionStateChanged);
    connect(&m_session, &Session::targetChanged, this, &MainWindow::updateTarget);
    connect(&m_session, &Session::unauthorized, this, [this] {
        // In place: whatever the user typed stays where it is.
        m_banner->setVisible(true);
    });
    connect(m_banner, &UnauthorizedBanner::settingsRequested, this, &MainWindow::openSettings);
    connect(m_welcome, &WelcomePanel::connectRequested, this, &MainWindow::openSettings);
    connect(m_welcome, &WelcomePanel::sandboxRequested, this, &MainWindow::trySandbox);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const QString current = m_panes->currentName();
        if (!current.isEmpty()) {
            m_session.settings()->setLastTab(current);
        }
    });

    m_welcome->setSandboxAvailable(false);
    resize(firstSize(screen()->availableGeometry().size()));
    restoreLayout();
    ClearButtons::nameAll(this);
    sessionStateChanged();
    updateTarget();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPanes() {
    // Each factory wires its pane up before it is shown. The order is the tabs' order.
    m_panes->addPane<TasksPane>(TasksName, tr("Tasks"), [this](QWidget *page) {
        auto *pane = new TasksPane(m_session, page);
        connect(pane, &TasksPane::statusMessage, this, &MainWindow::showStatusMessage);
        connect(pane, &TasksPane::openTaskRequested, this,
                [this](const QString &id, const QString &runId) { lookUp(id, runId); });
        connect(pane, &TasksPane::actionRequested, this,
                [this](const QString &id, const QString &runId, TaskAction action) {
                    m_panes->setCurrent(LookupName);
                    lookupPane()->lookUpAndAct(id, runId, action);
                });
        ClearButtons::nameAll(pane);
        return pane;
    });
    m_panes->addPane<TaskLookupPane>(LookupName, tr("Look up"), [this](QWidget *page) {
        auto *pane = new TaskLookupPane(m_session, page);
        connect(pane, &TaskLookupPane::statusMessage, this, &MainWindow::showStatusMessage);
        // The list shows the new state of a task acted on, without a refresh.
        connect(pane, &TaskLookupPane::taskChanged, this, [this](const Task &task) {
            if (auto *tasks = m_panes->builtPane<TasksPane>(TasksName))
                tasks->showTaskChanged(task);
        });
        ClearButtons::nameAll(pane);
        return pane;
    });
    m_panes->addPane<NewTaskForm>(NewTaskName, tr("New one-off task"), [this](QWidget *page) {
        auto *form = new NewTaskForm(m_session, page);
        connect(form, &NewTaskForm::statusMessage, this, &MainWindow::showStatusMessage);
        connect(form, &NewTaskForm::taskCreated, this, [this](const Task &task) {
            // A list not built yet loads the new task with everything else when first shown.
            if (auto *tasks = m_panes->builtPane<TasksPane>(TasksName)) {
                tasks->refresh();
            }
            m_panes->setCurrent(LookupName);
            lookupPane()->showTask(task);
        });
        ClearButtons::nameAll(form);
        return form;
    });
}

TasksPane *MainWindow::tasksPane() const {
    return m_panes->pane<TasksPane>(TasksName);
}

TaskLookupPane *MainWindow::lookupPane() const {
    return m_panes->pane<TaskLookupPane>(LookupName);
}

NewTaskForm *MainWindow::newTaskForm() const {
    return m_panes->pane<NewTaskForm>(NewTaskName);
}

QWidget *MainWindow::currentPane() const {
    return m_panes->currentPane();
}

void MainWindow::showStatusMessage(const QString &text) {
    statusBar()->showMessage(text, StatusMessageMs);
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    QAction *newTask = fileMenu->addAction(tr("&New one-off task"), this, &MainWindow::showNewTask);
    newTask->setObjectName(u"newTaskAction"_s);
    // Ctrl+1, Ctrl+2 and Ctrl+3 go to the tabs in their order, as in a browser.
    newTask->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_3)});
    QAction *tasks = fileMenu->addAction(tr("&Tasks"), this, &MainWindow::showTasks);
    tasks->setObjectName(u"showTasksAction"_s);
    tasks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *lookUpAction = fileMenu->addAction(tr("&Look up task"), this, &MainWindow::showLookup);
    lookUpAction->setObjectName(u"lookUpAction"_s);
    lookUpAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_2)});
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(u"settingsMenu"_s);
    QAction *settings = settingsMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *refresh = settingsMenu->addAction(tr("&Reload people, groups and tags"), this,
                                               [this] { m_session.cache()->refresh(); });
    refresh->setObjectName(u"refreshDirectoryAction"_s);
    refresh->setStatusTip(
        tr("Fetch the organization's members, groups, guests, tags and processes again."));
    m_sandboxAction =
        settingsMenu->addAction(tr("Use the sand&box"), this, &MainWindow::trySandbox);
    m_sandboxAction->setObjectName(u"sandboxAction"_s);
    m_sandboxAction->setStatusTip(
        tr("Switch to the built-in practice server with sample data. Nothing is saved."));
    m_sandboxAction->setVisible(false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *about = helpMenu->addAction(tr("&About Taskdesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setSandboxLauncher(SandboxLauncher launcher) {
    m_sandboxLauncher = std::move(launcher);
    const bool available = static_cast<bool>(m_sandboxLauncher);
    m_welcome->setSandboxAvailable(available);
    m_sandboxAction->setVisible(available);
    m_sandboxAction->setEnabled(!m_session.isSandbox());
}

SettingsDialog *MainWindow::settingsDialog() const {
    return m_settingsDialog.data();
}

QString MainWindow::targetText() const {
    return m_targetLabel->text();
}

void MainWindow::sessionStateChanged() {
    // A new token is being tried (or the target changed): the old rejection no longer applies.
    m_banner->setVisible(false);
    const bool firstRun = m_session.state() == Session::State::NotConfigured &&
                          !m_session.isSandbox() && !m_welcomeDismissed;
    if (firstRun) {
        // "No organization" is simply a first run; anything else is worth saying.
        m_welcome->setProblem(m_session.settings()->organizationId().isEmpty()
                                  ? QString()
                                  : m_session.tokenProblem());
        m_stack->setCurrentWidget(m_welcome);
    } else if (m_session.state() == Session::State::Ready) {
        showPanes();
        if (!m_pendingReference.isEmpty()) {
            const QString reference = std::exchange(m_pendingReference, {});
            const QString runId = std::exchange(m_pendingRunId, {});
            lookUp(reference, runId);
        }
    }
    if (m_sandboxAction != nullptr) {
        m_sandboxAction->setEnabled(!m_session.isSandbox());
    }
    updateTarget();
}

void MainWindow::updateTarget() {
    m_targetLabel->setText(m_session.targetDescription());
    m_targetLabel->setToolTip(Qt::convertFromPlainText(
        m_session.isSandbox() ? tr("The built-in sandbox at %1: sample data, nothing is saved.")
                                    .arg(m_session.serverUrl().toDisplayString())
                              : m_session.serverUrl().toDisplayString()));
}

void MainWindow::showPanes() {
    if (m_stack->currentWidget() == m_tabs)
        return;
    // From the welcome panel (connected, or the sandbox chosen) the keys go on in the pane; the
    // welcome's buttons, disabled while the sandbox starts, may have left them nowhere.
    const QWidget *focus = QApplication::focusWidget();
    const bool handOver = focus == nullptr || m_welcome->isAncestorOf(focus);
    m_stack->setCurrentWidget(m_tabs);
    if (handOver)
        focusCurrentPane();
}

void MainWindow::focusCurrentPane() {
    const QString current = m_panes->currentName();
    if (current == TasksName)
        tasksPane()->focusList();
    else if (current == LookupName)
        lookupPane()->focusInput();
    else if (current == NewTaskName)
        newTaskForm()->focusTitle();
}

void MainWindow::showLookup() {
    m_welcomeDismissed = true;
    showPanes();
    m_panes->setCurrent(LookupName);
    focusCurrentPane();
}

void MainWindow::showTasks() {
    m_welcomeDismissed = true;
    showPanes();
    m_panes->setCurrent(TasksName);
    focusCurrentPane();
}

void MainWindow::showNewTask() {
    m_welcomeDismissed = true;
    showPanes();
    m_panes->setCurrent(NewTaskName);
    focusCurrentPane();
}

void MainWindow::lookUp(const QString &reference, const QString &runId) {
    m_welcomeDismissed = true;
    showPanes();
    m_panes->setCurrent(LookupName);
    lookupPane()->lookUp(reference, runId);
}

void MainWindow::lookUpWhenReady(const QString &reference, const QString &runId) {
    if (m_session.isReady()) {
        lookUp(reference, runId);
        return;
    }
    m_pendingReference = reference;
    m_pendingRunId = runId;
}

void MainWindow::openSettings() {
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this,
            [this] { showStatusMessage(tr("Settings saved.")); });
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::showAbout() {
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog = dialog;
    dialog->open();
}

void MainWindow::trySandbox() {
    if (!m_sandboxLauncher || m_session.isSandbox()) {
        return;
    }
    m_welcome->setBusy(true);
    const SandboxTarget target = m_sandboxLauncher();
    m_welcome->setBusy(false);
    if (!target.ok()) {
        const QString text = tr("The sandbox could not start: %1").arg(target.error);
        m_welcome->setProblem(text);
        statusBar()->showMessage(text, StatusMessageMs);
        return;
    }
    m_session.useSandbox(target.baseUrl, target.organizationId, target.token);
    showPanes();
    statusBar()->showMessage(tr("Using the sandbox: sample data, nothing is saved."),
                             StatusMessageMs);
}

QSize MainWindow::firstSize(const QSize &available) {
    const QSize least(1100, 720);
    const QSize most(1600, 1000);
    // Never smaller than before on a small screen; on a larger one, within it.
    const int width = std::max(least.width(), std::min(most.width(), available.width() * 4 / 5));
    const int height =
        std::max(least.height(), std::min(most.height(), available.height() * 17 / 20));
    return {width, height};
}

void MainWindow::restoreLayout() {
    const Settings *settings = m_session.settings();
    const QByteArray geometry = settings->windowGeometry();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray state = settings->windowState();
    if (!state.isEmpty()) {
        restoreState(state);
    }
    // Only the tab; its pane is built when it is shown.
    m_panes->setCurrent(settings->lastTab());
}

void MainWindow::saveLayout() {
    Settings *settings = m_session.settings();
    settings->setWindowGeometry(saveGeometry());
    settings->setWindowState(saveState());
    const QString current = m_panes->currentName();
    if (!current.isEmpty()) {
        settings->setLastTab(current);
    }
    settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    // At start the keys belong in the pane shown (Down and Enter in the list), not on the tab
    // bar, which is where Qt would put them.
    if (!event->spontaneous() && !std::exchange(m_shownOnce, true) &&
        m_stack->currentWidget() == m_tabs)
        focusCurrentPane();
}

void MainWindow::paintEvent(QPaintEvent *event) {
    QMainWindow::paintEvent(event);
    if (!std::exchange(m_painted, true)) {
        // Queued: by the time it runs, this frame has been painted and flushed.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT firstFramePainted(); }, Qt::QueuedConnection);
    }
}
