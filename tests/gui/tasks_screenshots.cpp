// Renders the main window on its Tasks tab as a user sees it, for packaging/screenshots and the
// README: tasks.png (my open tasks, names resolved, an overdue deadline in the error colour).
// Usage: tasks-screenshots <output folder> [--dark]   (under Xvfb for real fonts and styles)

#include "SandboxWorld.h"
#include "ScreenshotTheme.h"

#include "core/session/DirectoryCache.h"
#include "gui/shell/MainWindow.h"
#include "gui/tasks/TasksPane.h"
#include "models/TaskListModel.h"

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Taskdesk"_s);
    const ScreenshotTheme theme(QDir::currentPath());
    QDir().mkpath(theme.folder());

    SandboxWorld world;
    if (!world.isValid()) {
        QTextStream(stderr) << "the sandbox did not start" << Qt::endl;
        return 1;
    }
    world.server().addGeneratedTasks(400);
    Session &session = world.startSandboxSession();
    MainWindow window(session);
    window.resize(1280, 760);
    window.show();
    window.showTasks();
    TaskListModel *model = window.tasksPane()->model();
    const bool loaded = QTest::qWaitFor(
        [&] {
            return model->rowCount() > 0 && !model->isLoading() &&
                   session.cache()->isLoaded(DirectoryCache::What::Members);
        },
        20000);
    if (!loaded) {
        QTextStream(stderr) << "the list did not load" << Qt::endl;
        return 1;
    }
    QTest::qWait(300); // let the last repaint land
    const QString path = theme.path(u"tasks"_s);
    const bool saved = window.grab().save(path);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << path << Qt::endl;
    return saved ? 0 : 1;
}
