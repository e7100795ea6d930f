#include "ChildLookup.h"
#include "SandboxWorld.h"
#include "Settle.h"
#include "core/AppInfo.h"
#include "core/api/DirectoryApi.h"
#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/Task.h"
#include "core/session/Session.h"
#include "core/settings/DeferredTokenStore.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "gui/lookup/TaskLookupPane.h"
#include "gui/lookup/TaskView.h"
#include "gui/newtask/NewTaskForm.h"
#include "gui/shell/AboutDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/SettingsDialog.h"
#include "gui/shell/UnauthorizedBanner.h"
#include "gui/tasks/TasksPane.h"
#include "models/TaskListModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

/// The main window offscreen: first run, "Try the sandbox", the 401 banner, shortcuts, the
/// status bar and the layout kept between runs.
class tst_MainWindow : public QObject {
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name) const {
        return requireChild<T>(m_window.get(), name);
    }
    QTabWidget *tabs() const { return child<QTabWidget>("mainTabWidget"); }

    void makeWindow(bool withLauncher = true) {
        m_session = std::make_unique<Session>(m_settings, m_store, QString());
        m_window = std::make_unique<MainWindow>(*m_session);
        if (withLauncher) {
            m_window->setSandboxLauncher([this] {
                ++m_launches;
                return SandboxTarget{m_server->baseUrl(), m_server->orgId(), m_server->token(), {}};
            });
        }
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void configureForSandbox() { QVERIFY(m_world->configureForSandbox()); }

    /// As main.cpp makes it: the keychain (holding the sandbox's token for the settings) starts
    /// only when the test calls start(); the window is built but not shown.
    void makeDeferredWindow() {
        QVERIFY(m_settings->setServerUrl(m_server->baseUrl()));
        QVERIFY(m_settings->setOrganizationId(m_server->orgId()));
        m_keychain = std::make_unique<DeferredTokenStore>(
            [key = m_settings->tokenKey(), token = m_server->token()] {
                auto store = std::make_unique<MemoryTokenStore>();
                store->write(key, token, nullptr, {}); // in place at once, answered to nobody
                return store;
            });
        m_session = std::make_unique<Session>(m_settings, m_keychain.get(), QString());
        m_window = std::make_unique<MainWindow>(*m_session);
    }

    /// Counts the paint events a widget receives.
    class PaintCounter final : public QObject {
    public:
        int paints = 0;

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override {
            if (event->type() == QEvent::Paint)
                ++paints;
            return QObject::eventFilter(watched, event);
        }
    };

    std::unique_ptr<SandboxWorld> m_world;
    Settings *m_settings = nullptr;
    MemoryTokenStore *m_store = nullptr;
    SandboxServer *m_server = nullptr;
    std::unique_ptr<DeferredTokenStore> m_keychain;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_launches = 0;

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        m_settings = &m_world->settings();
        m_store = &m_world->store();
        m_server = &m_world->server();
        m_launches = 0;
    }
    void cleanup() {
        m_window.reset();
        m_session.reset();
        m_keychain.reset();
        m_world.reset();
    }

    void firstRunShowsWelcome() {
        makeWindow();
        QVERIFY(child<QWidget>("welcomePanel")->isVisible());
        QVERIFY(!tabs()->isVisible());
        QVERIFY(child<QPushButton>("connectPushButton")->isVisible());
        QVERIFY(child<QPushButton>("trySandboxPushButton")->isVisible());
        QVERIFY(!child<QWidget>("unauthorizedBanner")->isVisible());
        QVERIFY(m_window->targetText().startsWith(u"Not connected"_s));
        QCOMPARE(child<QLabel>("targetLabel")->text(), m_window->targetText());
        // The welcome panel is all there is on screen: no pane has been built behind it.
        QVERIFY(m_window->findChild<TasksPane *>() == nullptr);
        QVERIFY(m_window->findChild<TaskLookupPane *>() == nullptr);
        QVERIFY(m_window->findChild<NewTaskForm *>() == nullptr);
    }

    void welcomeWithoutSandboxLauncher() {
        makeWindow(false);
        QVERIFY(child<QWidget>("welcomePanel")->isVisible());
        QVERIFY(!child<QPushButton>("trySandboxPushButton")->isVisible());
    }

    void connectOpensSettings() {
        makeWindow();
        QTest::mouseClick(child<QPushButton>("connectPushButton"), Qt::LeftButton);
        QTRY_VERIFY(m_window->settingsDialog() != nullptr);
        QVERIFY(m_window->settingsDialog()->isVisible());
        m_window->settingsDialog()->reject();
        QTRY_VERIFY(m_window->settingsDialog() == nullptr); // deleted on close
    }

    void trySandboxGetsReady() {
        makeWindow();
        QTest::mouseClick(child<QPushButton>("trySandboxPushButton"), Qt::LeftButton);
        QCOMPARE(m_launches, 1);
        QVERIFY(m_session->isReady());
        QVERIFY(m_session->isSandbox());
        QVERIFY(!child<QWidget>("welcomePanel")->isVisible());
        QVERIFY(tabs()->isVisible());
        QCOMPARE(m_window->targetText(), u"Sandbox"_s);
        // The sandbox works: the session reaches it.
        bool answered = false;
        m_session->directory()->me(this, [&answered](const Result<Me> &me) {
            answered = true;
            QVERIFY(me.ok());
            QCOMPARE(me.value().id, 1001);
        });
        QTRY_VERIFY(answered);
        // Nothing was stored.
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_settings->organizationId().isEmpty());
        // Already in the sandbox: the menu entry is off, and nothing starts twice.
        QVERIFY(!child<QAction>("sandboxAction")->isEnabled());
        m_window->trySandbox();
        QCOMPARE(m_launches, 1);
    }

    void sandboxFailureIsShown() {
        m_session = std::make_unique<Session>(m_settings, m_store, QString());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->setSandboxLauncher([] { return SandboxTarget{{}, {}, {}, u"port taken"_s}; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::mouseClick(child<QPushButton>("trySandboxPushButton"), Qt::LeftButton);
        QVERIFY(!m_session->isSandbox());
        QLabel *problem = child<QLabel>("welcomeProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"port taken"_s));
    }

    void configuredSessionShowsPanes() {
        configureForSandbox();
        makeWindow();
        QTRY_VERIFY(m_session->isReady());
        QVERIFY(tabs()->isVisible());
        QVERIFY(!child<QWidget>("welcomePanel")->isVisible());
        const QString host = u"127.0.0.1:%1"_s.arg(m_server->baseUrl().port());
        QTRY_COMPARE(m_window->targetText(), u"Brightwater Advisory on %1"_s.arg(host));
    }

    // An organization name is server text: markup in it shows as the characters typed.
    void organizationNameIsPlainText() {
        const QString name = u"<img src=\"x.png\" width=\"15000\" height=\"15000\">Acme"_s;
        m_server->store().setOrganizationName(name);
        configureForSandbox();
        makeWindow();
        const QString host = u"127.0.0.1:%1"_s.arg(m_server->baseUrl().port());
        QTRY_COMPARE(m_window->targetText(), u"%1 on %2"_s.arg(name, host));
        QLabel *label = child<QLabel>("targetLabel");
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->sizeHint().width() < 2000,
                 qPrintable(QString::number(label->sizeHint().width())));
        QVERIFY(label->sizeHint().height() < 200);
        QVERIFY(m_window->width() < 15000);
    }

    void unauthorizedShowsBannerAndKeepsInput() {
        makeWindow();
        m_window->trySandbox();
        QVERIFY(m_session->isReady());
        // Every pane, built now: whatever the panes offer for typing gets some text.
        QVERIFY(m_window->lookupPane() != nullptr);
        QVERIFY(m_window->newTaskForm() != nullptr);
        QMap<QObject *, QString> typed;
        const auto edits = m_window->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (edit->isEnabled() && !edit->isReadOnly()) {
                edit->setText(u"typed %1"_s.arg(typed.size()));
                typed.insert(edit, edit->text());
            }
        }
        const auto texts = m_window->findChildren<QPlainTextEdit *>();
        for (QPlainTextEdit *text : texts) {
            text->setPlainText(u"typed text %1"_s.arg(typed.size()));
            typed.insert(text, text->toPlainText());
        }
        const int tab = tabs()->currentIndex();

        // The token stops working.
        m_session->useSandbox(m_server->baseUrl(), m_server->orgId(),
                              u"eyJexpired.token.0123456789abcdef0123"_s);
        auto *banner = child<UnauthorizedBanner>("unauthorizedBanner");
        QVERIFY(!banner->isVisible());
        m_session->directory()->me(this, [](const Result<Me> &) {});
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(child<QLabel>("unauthorizedLabel")->text(),
                 u"Tallyfy rejected the token: it may have expired, or you logged out of the web "
                 "app."_s);
        QCOMPARE(tabs()->currentIndex(), tab);
        for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
            if (auto *edit = qobject_cast<QLineEdit *>(it.key())) {
                QCOMPARE(edit->text(), it.value());
            } else if (auto *text = qobject_cast<QPlainTextEdit *>(it.key())) {
                QCOMPARE(text->toPlainText(), it.value());
            }
        }

        QTest::mouseClick(child<QPushButton>("unauthorizedSettingsPushButton"), Qt::LeftButton);
        QTRY_VERIFY(m_window->settingsDialog() != nullptr);
        m_window->settingsDialog()->reject();
        QTest::mouseClick(child<QPushButton>("unauthorizedDismissPushButton"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }

    void shortcutsSwitchTabs() {
        makeWindow();
        m_window->trySandbox();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->newTaskForm()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->tasksPane()));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->newTaskForm()));
        QCOMPARE(tabs()->tabText(0), u"Tasks"_s);
        QCOMPARE(tabs()->tabText(1), u"Look up"_s);
        QCOMPARE(tabs()->tabText(2), u"New one-off task"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(m_window->settingsDialog() != nullptr);
        m_window->settingsDialog()->reject();
    }

    // As the app starts (main.cpp's order): the keys are in the list, not on the tab bar, so
    // Down and Enter open the first task; with Look up the last tab, in its task ID.
    void startsWithTheKeysInThePane() {
        makeDeferredWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_keychain->start();
        QTRY_VERIFY(!m_window->tasksPane()->model()->isLoading() &&
                    m_window->tasksPane()->model()->rowCount() > 1);
        // The list was hidden while it loaded; it has the keys now its rows are there.
        auto *list = child<QTreeView>("tasksTreeView");
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
        const QString second =
            m_window->tasksPane()->model()->index(1, 0).data(TaskListModel::TaskIdRole).toString();
        QVERIFY(!second.isEmpty());
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        QTRY_VERIFY(m_window->lookupPane()->taskView()->task().has_value());
        QCOMPARE(m_window->lookupPane()->taskView()->task()->id, second);
        m_window.reset();

        m_settings->setLastTab(u"taskLookupPane"_s);
        makeDeferredWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(child<QLineEdit>("taskIdLineEdit")));
    }

    // The sandbox chosen on the welcome panel from the keyboard: the keys go on in the list.
    void welcomeHandsTheKeysToThePane() {
        makeWindow();
        auto *sandbox = child<QPushButton>("trySandboxPushButton");
        sandbox->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(sandbox->hasFocus());
        QTest::keyClick(sandbox, Qt::Key_Space);
        QVERIFY(tabs()->isVisible());
        QTRY_VERIFY(m_window->tasksPane()->model()->rowCount() > 0);
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(child<QTreeView>("tasksTreeView")));
    }

    // F5 and Ctrl+F of the Tasks list work with the focus anywhere in the window (here the
    // tab bar, where a click on "Tasks" leaves it), and not while another tab shows.
    void tasksKeysWorkFromTheTabBar() {
        makeWindow();
        m_window->trySandbox();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->tasksPane()->model()->isLoading() &&
                    m_window->tasksPane()->model()->rowCount() > 0);
        QTabBar *bar = tabs()->tabBar();
        bar->setFocus();
        QVERIFY(bar->hasFocus());
        const int listed = m_server->requestCount("GET", u"/me/tasks$"_s);
        QTest::keyClick(bar, Qt::Key_F5);
        QTRY_COMPARE(m_server->requestCount("GET", u"/me/tasks$"_s), listed + 1);
        bar->setFocus();
        QTest::keyClick(bar, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"searchLineEdit"_s);

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->tasksPane()->model()->isLoading());
        const int before = m_server->requestCount("GET", u"/me/tasks$"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QVERIFY(settle(m_window->session()));
        QCOMPARE(m_server->requestCount("GET", u"/me/tasks$"_s), before);
    }

    // Esc cancels a lookup with the focus anywhere in the window (a lookup from the command line
    // or a click on the tab leaves it on the tab bar).
    void escapeCancelsALookupFromTheTabBar() {
        makeWindow();
        m_window->trySandbox();
        QTRY_VERIFY(m_window->session().isReady());
        SandboxFault hang;
        hang.kind = SandboxFault::Kind::Hang;
        hang.pathPattern = u"/tasks/[0-9a-f]{32}$"_s;
        m_server->addFault(hang);
        m_window->lookUp(m_server->seededTasks().constFirst().id);
        QVERIFY(m_window->lookupPane()->isBusy());
        QTabBar *bar = tabs()->tabBar();
        bar->setFocus();
        QVERIFY(bar->hasFocus());
        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!m_window->lookupPane()->isBusy());
    }

    void shortcutsLeaveWelcome() {
        makeWindow();
        QVERIFY(child<QWidget>("welcomePanel")->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(tabs()->isVisible());
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->newTaskForm()));
    }

    void createdTaskOpensInLookup() {
        makeWindow();
        m_window->trySandbox();
        m_window->lookUp(m_server->seededTasks().constFirst().id);
        QTRY_VERIFY(!m_window->lookupPane()->isBusy());
        m_window->showNewTask();

        // A valid draft, sent through the sandbox with Ctrl+Enter.
        OneOffTaskDraft draft = NewTaskForm::freshDraft();
        draft.title = u"Order a laptop for the new hire"_s;
        draft.users = {OneOffTaskDraft::User{m_server->currentUserId(), u"Ana Ruiz"_s}};
        m_window->newTaskForm()->setDraft(draft);
        const int listed = m_server->requestCount("GET", u"/me/tasks$"_s);
        QTest::keyClick(m_window->newTaskForm(), Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        QCOMPARE(m_server->requestCount("POST", u"/tasks$"_s), 1);
        // The inputs name the task on screen (the created one, not the one looked up before),
        // and the status bar confirms the create.
        const QString id = child<QLineEdit>("taskIdLineEdit")->text();
        QVERIFY(id != m_server->seededTasks().constFirst().id);
        QCOMPARE(m_server->storedTask(id).value("title"_L1).toString(),
                 u"Order a laptop for the new hire"_s);
        QVERIFY(child<QLineEdit>("runIdLineEdit")->text().isEmpty());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Created task"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(id));
        // The list asks again, so the new task appears without a restart.
        QTRY_VERIFY(m_server->requestCount("GET", u"/me/tasks$"_s) > listed);
    }

    void aTaskOpensFromTheListByKeyboard() {
        makeWindow();
        m_window->trySandbox();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->tasksPane()));
        auto *tree = child<QTreeView>("tasksTreeView");
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        const QString id = tree->currentIndex().data(TaskListModel::TaskIdRole).toString();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        QCOMPARE(child<QLineEdit>("taskIdLineEdit")->text(), id);
        QTRY_VERIFY(m_window->lookupPane()->taskView()->task().has_value());
        QCOMPARE(m_window->lookupPane()->taskView()->task()->id, id);
        // Ctrl+F here is Look up's (find in the raw JSON), not the hidden list's Search.
        QTest::keyClick(child<QLineEdit>("taskIdLineEdit"), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->lookupPane()->taskView()->currentSection(), TaskView::Section::RawJson);
        QVERIFY(!child<QLineEdit>("searchLineEdit")->hasFocus());
    }

    // A list built after the names arrived (Look up was shown first) shows assignees by name.
    void aListBuiltLaterHasTheNames() {
        m_settings->setLastTab(u"taskLookupPane"_s); // the window opens on Look up
        makeWindow();
        m_window->trySandbox();
        QVERIFY(m_window->findChild<TasksPane *>() == nullptr);
        m_window->lookUp(u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s); // loads the names
        QTRY_VERIFY(m_server->requestCount("GET", u"/users"_s) > 0);
        QVERIFY(settle(*m_session));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        auto *tree = child<QTreeView>("tasksTreeView");
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        const QString assignees =
            tree->model()->index(0, TaskListModel::AssigneesColumn).data().toString();
        QVERIFY2(!assignees.contains(u"Unknown member"_s), qPrintable(assignees));
        QVERIFY2(assignees.contains(u"Ana Ruiz"_s), qPrintable(assignees));
    }

    // The list's context menu offers the row's actions; one opens the task in Look up and acts
    // there, once, and the list row shows the new status without a refresh.
    void anActionFromTheListsContextMenu() {
        makeWindow();
        m_window->trySandbox();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        auto *tree = child<QTreeView>("tasksTreeView");
        const QString emailTask = u"4e6a8c0d2f4b6e8a0c2d4f6b8e0a2c4d"_s; // email, not started, mine
        QModelIndex row;
        QTRY_VERIFY([&] {
            for (int i = 0; i < tree->model()->rowCount(); ++i) {
                const QModelIndex index = tree->model()->index(i, 0);
                if (index.data(TaskListModel::TaskIdRole).toString() == emailTask)
                    row = index;
            }
            return row.isValid();
        }());
        tree->setCurrentIndex(row);
        QString offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (!action->objectName().isEmpty())
                    offered += action->text() + u'|';
            }
            // Complete, the one action of an open email task.
            QAction *complete = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->objectName() == "taskAction0"_L1)
                    complete = action;
            }
            QVERIFY(complete);
            menu->setActiveAction(complete);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(row).center());
        QCOMPARE(offered, u"Complete…|"_s);
        QTRY_COMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("POST", u"completed-tasks$"_s) == 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(TaskListModel::StatusCodeRole).toString(),
                                  u"completed"_s, 20000);
        QTRY_VERIFY(m_window->lookupPane()->taskView()->task()->isCompleted());
        QCOMPARE(m_server->requestCount("POST", u"completed-tasks$"_s), 1);
    }

    // A tab not on screen is built the first time it is shown, by click or by shortcut.
    void hiddenTabsAreBuiltOnFirstShow() {
        makeWindow();
        m_window->trySandbox();
        QCOMPARE(tabs()->currentIndex(), 0);
        QVERIFY(m_window->findChild<TasksPane *>() != nullptr); // on screen
        QVERIFY(m_window->findChild<TaskLookupPane *>() == nullptr);
        QVERIFY(m_window->findChild<NewTaskForm *>() == nullptr);

        // A click on the "Look up" tab builds and shows the pane, wired to the status bar.
        QTabBar *bar = tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        auto *lookup = m_window->findChild<TaskLookupPane *>();
        QVERIFY(lookup != nullptr);
        QVERIFY(lookup->isVisible());
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(lookup));
        QCOMPARE(m_window->lookupPane(), lookup); // the same one, not a second
        QVERIFY(child<QLineEdit>("taskIdLineEdit")->isVisible());
        Q_EMIT lookup->statusMessage(u"from the lookup pane"_s);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"from the lookup pane"_s);
        QVERIFY(m_window->findChild<NewTaskForm *>() == nullptr);

        // Ctrl+N builds the form, shows it and puts the focus in its title.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *form = m_window->findChild<NewTaskForm *>();
        QVERIFY(form != nullptr);
        QVERIFY(form->isVisible());
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(form));
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(child<QLineEdit>("titleLineEdit")));
        // Each pane exactly once.
        QCOMPARE(m_window->findChildren<TasksPane *>().size(), 1);
        QCOMPARE(m_window->findChildren<TaskLookupPane *>().size(), 1);
        QCOMPARE(m_window->findChildren<NewTaskForm *>().size(), 1);
    }

    // Tab goes from the tab bar into a pane built late, as into one built with the window,
    // even with the 401 banner (made after the tabs) on screen; Shift+Tab comes back.
    void tabGoesFromTheTabBarIntoALatePane() {
        makeWindow();
        m_window->trySandbox();
        child<UnauthorizedBanner>("unauthorizedBanner")->setVisible(true);
        for (const int index : {1, 2, 0}) {
            tabs()->setCurrentIndex(index);
            QWidget *pane = m_window->currentPane();
            QTabBar *bar = tabs()->tabBar();
            bar->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar));
            QTest::keyClick(bar, Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            QVERIFY2(focused != nullptr && pane->isAncestorOf(focused),
                     qPrintable(u"tab %1: Tab went to %2"_s.arg(index).arg(
                         focused != nullptr ? focused->objectName() : u"nothing"_s)));
            QTest::keyClick(focused, Qt::Key_Backtab);
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar));
        }
    }

    // main.cpp's order: the window shows, the keychain is read after its first frame, and the
    // token it answers then reaches the window.
    void keychainIsReadAfterTheFirstFrame() {
        makeDeferredWindow();
        auto *counter = new PaintCounter;
        counter->setParent(m_window.get());
        m_window->installEventFilter(counter);
        int firstFrames = 0;
        int paintsAtFirstFrame = 0;
        bool startedBeforeFirstFrame = true;
        qsizetype waitingAtFirstFrame = 0;
        QString emptyAtFirstFrame;
        connect(m_window.get(), &MainWindow::firstFramePainted, this, [&] {
            ++firstFrames;
            paintsAtFirstFrame = counter->paints;
            startedBeforeFirstFrame = m_keychain->isStarted();
            waitingAtFirstFrame = m_keychain->waitingCount();
            emptyAtFirstFrame = m_window->tasksPane()->emptyText();
            m_keychain->start();
        });
        QCOMPARE(m_session->state(), Session::State::Resolving);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(firstFrames, 1);
        QVERIFY(paintsAtFirstFrame >= 1);
        // The first frame shows the list on its way, not that nothing is connected.
        QCOMPARE(emptyAtFirstFrame, u"Loading tasks…"_s);
        QVERIFY(!startedBeforeFirstFrame);
        // The session asked for its token before; the question waited for the keychain.
        QCOMPARE(waitingAtFirstFrame, 1);

        // The answer reaches the window: Ready, the tabs, the organization's name.
        QTRY_VERIFY(m_session->isReady());
        QCOMPARE(m_session->tokenOrigin(), TokenSource::Origin::Keychain);
        QVERIFY(tabs()->isVisible());
        QVERIFY(!child<QWidget>("welcomePanel")->isVisible());
        const QString host = u"127.0.0.1:%1"_s.arg(m_server->baseUrl().port());
        QTRY_COMPARE(m_window->targetText(), u"Brightwater Advisory on %1"_s.arg(host));
        // The list on screen since the first frame loads once the token is there.
        QTRY_VERIFY(m_window->tasksPane()->model()->rowCount() > 0);

        // Later frames do not announce a first frame again.
        m_window->repaint();
        const int paints = counter->paints;
        m_window->update();
        QTRY_VERIFY(counter->paints > paints);
        QCoreApplication::processEvents();
        QCOMPARE(firstFrames, 1);
    }

    // The user switches tabs and asks for a task before the keychain answered: nothing is lost.
    void tabsSwitchedBeforeTheTokenArrives() {
        makeDeferredWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_session->state(), Session::State::Resolving);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->newTaskForm()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        const SandboxServer::TaskInfo seeded = m_server->seededTasks().constFirst();
        m_window->lookUpWhenReady(seeded.id);
        QVERIFY(!m_window->lookupPane()->taskView()->task().has_value());

        m_keychain->start();
        QTRY_VERIFY(m_session->isReady());
        QTRY_VERIFY(m_window->lookupPane()->taskView()->task().has_value());
        QCOMPARE(m_window->lookupPane()->taskView()->task()->id, seeded.id);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(m_window->tasksPane()->model()->rowCount() > 0);
    }

    // --sandbox: the window shows the tabs while the sandbox starts, then works in it.
    void sandboxStartedAfterTheWindow() {
        m_session = std::make_unique<Session>(m_settings, m_store, QString());
        m_session->expectSandbox();
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(tabs()->isVisible());
        QVERIFY(!child<QWidget>("welcomePanel")->isVisible());
        QCOMPARE(m_window->targetText(), u"Sandbox"_s);
        // The list on screen says it is on its way, not that nothing is connected.
        QCOMPARE(m_window->tasksPane()->emptyText(), u"Loading tasks…"_s);
        m_session->useSandbox(m_server->baseUrl(), m_server->orgId(), m_server->token());
        QVERIFY(m_session->isReady());
        QTRY_VERIFY(m_window->tasksPane()->model()->rowCount() > 0);
    }

    void statusMessagesReachStatusBar() {
        makeWindow();
        Q_EMIT m_window->lookupPane()->statusMessage(u"Looked up"_s);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Looked up"_s);
        // The target stays visible beside a message.
        QVERIFY(child<QLabel>("targetLabel")->isVisible());
    }

    // A first window is 1,100 x 720 on a small screen and larger on a large one, within it.
    void firstSizeFollowsTheScreen_data() {
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("small laptop") << QSize(1024, 600) << QSize(1100, 720);
        QTest::newRow("1280x800") << QSize(1280, 770) << QSize(1100, 720);
        QTest::newRow("full HD") << QSize(1920, 1040) << QSize(1536, 884);
        QTest::newRow("4K") << QSize(3840, 2100) << QSize(1600, 1000);
    }
    void firstSizeFollowsTheScreen() {
        QFETCH(QSize, available);
        QFETCH(QSize, expected);
        QCOMPARE(MainWindow::firstSize(available), expected);
    }

    void layoutIsKept() {
        makeWindow();
        QCOMPARE(m_window->size(),
                 MainWindow::firstSize(m_window->screen()->availableGeometry().size()));
        m_window->trySandbox();
        m_window->showNewTask();
        m_window->resize(900, 650);
        m_window->close();
        QCOMPARE(m_settings->lastTab(), m_window->newTaskForm()->objectName());
        QVERIFY(!m_settings->windowGeometry().isEmpty());
        QVERIFY(!m_settings->windowState().isEmpty());
        m_window.reset();

        makeWindow();
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->newTaskForm()));
        QCOMPARE(m_window->size(), QSize(900, 650));
    }

    void lookUpWaitsForReady() {
        configureForSandbox();
        m_session = std::make_unique<Session>(m_settings, m_store, QString());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->showNewTask();
        QCOMPARE(m_session->state(), Session::State::Resolving);
        m_window->lookUpWhenReady(u"0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->newTaskForm()));
        QTRY_VERIFY(m_session->isReady());
        QCOMPARE(m_window->currentPane(), static_cast<QWidget *>(m_window->lookupPane()));
    }

    void menusAndAbout() {
        makeWindow();
        QCOMPARE(child<QAction>("newTaskAction")->shortcut(), QKeySequence(u"Ctrl+N"_s));
        QCOMPARE(child<QAction>("lookUpAction")->shortcut(), QKeySequence(u"Ctrl+L"_s));
        QCOMPARE(child<QAction>("settingsAction")->shortcut(), QKeySequence(u"Ctrl+,"_s));
        QCOMPARE(child<QAction>("quitAction")->shortcut(), QKeySequence(QKeySequence::Quit));
        child<QAction>("aboutAction")->trigger();
        auto *about = m_window->findChild<AboutDialog *>();
        QTRY_VERIFY(about != nullptr && about->isVisible());
        QVERIFY(about->findChild<QLabel *>(u"versionLabel"_s)->text().contains(AppInfo::version()));
        QVERIFY(about->findChild<QLabel *>(u"licenseLabel"_s)->text().contains(u"MIT"_s));
        QVERIFY(about->findChild<QLabel *>(u"projectLinkLabel"_s)
                    ->text()
                    .contains(u"https://github.com/taskdesk/taskdesk"_s));
        about->reject();
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
