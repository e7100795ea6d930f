#pragma once

#include "gui/shell/SandboxTarget.h"

#include <QMainWindow>
#include <QPointer>

class AboutDialog;
class MainWindowTabs;
class NewTaskForm;
class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class Session;
class SettingsDialog;
class TaskLookupPane;
class TasksPane;
class UnauthorizedBanner;
class WelcomePanel;

/// The application window: the Tasks list, the lookup pane and the new-task form as tabs, the
/// menus, the welcome panel of a first run, the banner shown after a 401, and a status bar that
/// always says where the app points. Geometry, state and the last tab are kept in Settings.
///
/// Each tab's pane is built when it is first shown (MainWindowTabs), or when one of the
/// accessors below asks for it: start-up builds only what is on screen. firstFramePainted()
/// says when the first frame is on screen, for work that should wait until then.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `session` must outlive the window.
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The size of a first window on a screen with `available` room: 1,100 x 720, or four
    /// fifths of a larger screen's width (up to 1,600) and most of its height (up to 1,000), so
    /// that the task list's titles have room. A window the user sized keeps its size.
    [[nodiscard]] static QSize firstSize(const QSize &available);

    /// What "Try the sandbox" calls (main.cpp starts an in-process sandbox). Without one, the
    /// sandbox is not offered.
    void setSandboxLauncher(SandboxLauncher launcher);

    [[nodiscard]] Session &session() const { return m_session; }
    /// The panes, each built now if it was not yet.
    [[nodiscard]] TasksPane *tasksPane() const;
    [[nodiscard]] TaskLookupPane *lookupPane() const;
    [[nodiscard]] NewTaskForm *newTaskForm() const;
    /// The current tab's pane, built now if need be.
    [[nodiscard]] QWidget *currentPane() const;
    /// The tabs and their panes (built or not).
    [[nodiscard]] MainWindowTabs *panes() const { return m_panes; }
    /// The settings dialog while it is open, else null.
    [[nodiscard]] SettingsDialog *settingsDialog() const;
    /// The text of the status bar's permanent "where the app points" label.
    [[nodiscard]] QString targetText() const;

public Q_SLOTS:
    /// Shows the lookup tab and focuses its input (Ctrl+L).
    void showLookup();
    /// The Tasks tab (Ctrl+1).
    void showTasks();
    /// Shows the new-task tab and focuses its title (Ctrl+N, Ctrl+3).
    void showNewTask();
    /// Shows the lookup tab and looks `reference` up (e.g. --task on the command line).
    void lookUp(const QString &reference, const QString &runId = {});
    /// lookUp() as soon as the session is ready (at once if it is): for --task at start, while
    /// the keychain is still being read or before the user has connected.
    void lookUpWhenReady(const QString &reference, const QString &runId = {});
    /// Opens the settings dialog (window-modal, not blocking), or raises the open one.
    void openSettings();
    void showAbout();
    /// Starts the sandbox through the launcher and points the session at it.
    void trySandbox();

Q_SIGNALS:
    /// Once, after the window's first frame has been painted: what can wait (the keychain, a
    /// sandbox) starts here, off the path to the first frame.
    void firstFramePainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addPanes();
    void showStatusMessage(const QString &text);
    void createMenus();
    void sessionStateChanged();
    void updateTarget();
    void showPanes();
    /// The keyboard's place in the current pane: the list, the task ID, the title.
    void focusCurrentPane();
    void restoreLayout();
    void saveLayout();

    Session &m_session;
    SandboxLauncher m_sandboxLauncher;

    QStackedWidget *m_stack;
    WelcomePanel *m_welcome;
    QTabWidget *m_tabs;
    MainWindowTabs *m_panes;
    UnauthorizedBanner *m_banner;
    QLabel *m_targetLabel;
    QAction *m_sandboxAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    bool m_welcomeDismissed = false;
    bool m_shownOnce = false;
    bool m_painted = false;
    QString m_pendingReference;
    QString m_pendingRunId;
};
