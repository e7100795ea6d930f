#include "ChildLookup.h"
#include "SandboxWorld.h"
#include "core/AppInfo.h"
#include "core/api/DirectoryApi.h"
#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/Task.h"
#include "core/session/Session.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
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

    std::unique_ptr<SandboxWorld> m_world;
    Settings *m_settings = nullptr;
    MemoryTokenStore *m_store = nullptr;
    SandboxServer *m_server = nullptr;
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
        // Whatever the panes offer for typing gets some text.
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
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->newTaskForm()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->lookupPane()));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->tasksPane()));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->lookupPane()));
        QCOMPARE(tabs()->tabText(0), u"Tasks"_s);
        QCOMPARE(tabs()->tabText(1), u"Look up"_s);
        QCOMPARE(tabs()->tabText(2), u"New one-off task"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(m_window->settingsDialog() != nullptr);
        m_window->settingsDialog()->reject();
    }

    void shortcutsLeaveWelcome() {
        makeWindow();
        QVERIFY(child<QWidget>("welcomePanel")->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(tabs()->isVisible());
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->newTaskForm()));
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

        QTRY_COMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->lookupPane()));
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
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->tasksPane()));
        auto *tree = child<QTreeView>("tasksTreeView");
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        const QString id = tree->currentIndex().data(TaskListModel::TaskIdRole).toString();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->lookupPane()));
        QCOMPARE(child<QLineEdit>("taskIdLineEdit")->text(), id);
        QTRY_VERIFY(m_window->lookupPane()->taskView()->task().has_value());
        QCOMPARE(m_window->lookupPane()->taskView()->task()->id, id);
    }

    void statusMessagesReachStatusBar() {
        makeWindow();
        Q_EMIT m_window->lookupPane()->statusMessage(u"Looked up"_s);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Looked up"_s);
        // The target stays visible beside a message.
        QVERIFY(child<QLabel>("targetLabel")->isVisible());
    }

    void layoutIsKept() {
        makeWindow();
        m_window->trySandbox();
        m_window->showNewTask();
        m_window->resize(900, 650);
        m_window->close();
        QCOMPARE(m_settings->lastTab(), m_window->newTaskForm()->objectName());
        QVERIFY(!m_settings->windowGeometry().isEmpty());
        QVERIFY(!m_settings->windowState().isEmpty());
        m_window.reset();

        makeWindow();
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->newTaskForm()));
        QCOMPARE(m_window->size(), QSize(900, 650));
    }

    void lookUpWaitsForReady() {
        configureForSandbox();
        m_session = std::make_unique<Session>(m_settings, m_store, QString());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->showNewTask();
        QCOMPARE(m_session->state(), Session::State::Resolving);
        m_window->lookUpWhenReady(u"0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->newTaskForm()));
        QTRY_VERIFY(m_session->isReady());
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->lookupPane()));
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
