// Renders the lookup pane as a user sees it, for packaging/screenshots and the README:
//   lookup.png        a rich task (every form field type), names resolved, recent lookups
//   lookup-error.png  a failed lookup above the task shown before
// Usage: lookup-screenshots <output folder> [--dark]   (under Xvfb for real fonts and styles)
// --dark renders with Fusion and a dark palette and names the files lookup-dark.png, ...

#include "LookupFixture.h"
#include "ScreenshotTheme.h"

#include "core/session/DirectoryCache.h"
#include "gui/answers/AnswerInput.h"
#include "gui/answers/AnswersEditor.h"
#include "gui/conversation/CommentsPanel.h"
#include "gui/lookup/TaskView.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 20000;

bool lookUp(LookupFixture &fixture, const QString &taskId) {
    fixture.pane().lookUp(taskId);
    return QTest::qWaitFor(
        [&] {
            const auto &task = fixture.pane().taskView()->task();
            return !fixture.pane().isBusy() && task && task->id == taskId;
        },
        WaitMs);
}

bool save(QWidget *window, const QString &path) {
    QTest::qWait(200); // let the last repaint land
    const bool saved = window->grab().save(path);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << path << Qt::endl;
    return saved;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Taskdesk"_s);
    const ScreenshotTheme theme(QDir::currentPath());
    QDir().mkpath(theme.folder());

    LookupFixture fixture;
    if (!fixture.isValid()) {
        QTextStream(stderr) << "the sandbox did not start" << Qt::endl;
        return 1;
    }
    QMainWindow window;
    window.setWindowTitle(u"Taskdesk"_s);
    TaskLookupPane &pane = fixture.pane();
    window.setCentralWidget(&pane);
    QObject::connect(&pane, &TaskLookupPane::statusMessage, window.statusBar(),
                     [&window](const QString &text) { window.statusBar()->showMessage(text); });
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // A few earlier lookups, so the recent list looks lived in.
    const QList<SandboxServer::TaskInfo> seeded = fixture.server().seededTasks();
    const QString rich = fixture.richTaskId();
    int earlier = 0;
    for (const SandboxServer::TaskInfo &info : seeded) {
        if (info.id == rich || earlier == 5)
            continue;
        if (!lookUp(fixture, info.id))
            return 1;
        ++earlier;
    }
    if (!lookUp(fixture, rich))
        return 1;
    DirectoryCache *cache = fixture.session().cache();
    const bool named = QTest::qWaitFor(
        [cache] {
            return cache->isLoaded(DirectoryCache::What::Members) &&
                   cache->isLoaded(DirectoryCache::What::Groups);
        },
        WaitMs);
    pane.taskView()->showSection(TaskView::Section::FormFields);
    window.statusBar()->showMessage(fixture.session().targetDescription());
    if (!named)
        QTextStream(stderr) << "member and group names did not load" << Qt::endl;
    bool ok = named && save(&window, theme.path(u"lookup"_s));

    pane.taskView()->showSection(TaskView::Section::Details);
    ok = save(&window, theme.path(u"lookup-details"_s)) && ok;
    pane.taskView()->showSection(TaskView::Section::Owners);
    ok = save(&window, theme.path(u"lookup-owners"_s)) && ok;

    // The comments of a task with a resolved problem, and a reply being written with a mention.
    const QString discussed = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;
    if (!lookUp(fixture, discussed))
        return 1;
    pane.taskView()->showSection(TaskView::Section::Comments);
    CommentsPanel *comments = pane.comments();
    if (!QTest::qWaitFor([comments] { return comments->count() >= 0; }, WaitMs))
        return 1;
    comments->editor()->setPlainText(u"Thanks @[1002], the VAT number matches now."_s);
    ok = save(&window, theme.path(u"comments"_s)) && ok;
    comments->editor()->clear();

    // The same task's form fields being answered, with a problem under one of them.
    pane.taskView()->editAnswersAction()->trigger();
    AnswersEditor *answers = pane.answersEditor();
    if (auto *email =
            answers->input(u"a1000000000000000000000000000003"_s)->findChild<QLineEdit *>()) {
        email->setText(u"ap@northwind"_s);
        answers->save(false); // refused here: the address has no domain part
    }
    ok = save(&window, theme.path(u"answers"_s)) && ok;
    answers->discard();
    answers->closeButton()->click();

    // A well-formed ID that matches nothing: the error sits above the task shown before.
    pane.lookUp(u"0123456789abcdef0123456789abcdef"_s);
    if (!QTest::qWaitFor([&pane] { return !pane.isBusy() && !pane.errorText().isEmpty(); }, WaitMs))
        return 1;
    pane.taskView()->showSection(TaskView::Section::FormFields);
    ok = save(&window, theme.path(u"lookup-error"_s)) && ok;

    // An input that cannot be a task: explained under the input, nothing sent.
    pane.lookUp(u"not a task id"_s);
    ok = save(&window, theme.path(u"lookup-invalid"_s)) && ok;

    window.takeCentralWidget(); // the fixture owns the pane
    return ok ? 0 : 1;
}
