// ./dev bench, task list: the TaskListModel under a QTreeView configured as the Tasks pane's
// (no root decoration, uniform row heights, its column widths, its TaskListDelegate drawing the
// cells, its TaskListPager asking for pages as the view scrolls).
//
// - First page, against a taskdesk-sandbox in another process (--url/--org/--token):
//   `first_page_ms=` per run is setQuery() to the first page's rows inserted and the view
//   repainted; `rows_ms=` stops at the rows inserted. Then the exact request (`request_url=`,
//   `request_header=`) so that run-bench can time curl on the same GET.
// - Scrolling to the end (--tasks N, default 100,000; 0 skips it): an in-process sandbox on a
//   thread of its own serves N generated tasks; the view is scrolled to the bottom after every
//   page, so that the view itself asks for the next one (fetchMore), until the stop rule.
//   `scroll_stall_ms=` is the longest gap between the ticks of a 1 ms timer on the GUI thread
//   (wall clock; `scroll_stall_cpu_ms=` the GUI thread's CPU time in it), `scroll_busy_ms=` the
//   most CPU time the GUI thread spent between two ticks, `scroll_gaps_over_frame=` and
//   `scroll_busy_over_frame=` how many of either were longer than 16 ms, `scroll_rows=` and
//   `scroll_pages=` what was loaded, `scroll_ms=` how long it took, `scroll_gui_cpu_ms=` the GUI
//   thread's CPU time for all of it, `scroll_gui_waits=` how often the GUI thread stopped to wait
//   (voluntary context switches: its event loop's sleeps, and waits for other threads such as
//   Qt's GUI thread pool, to which the raster engine hands tall fills), `scroll_rss_growth_kib=`
//   the resident memory grown from the first request to the end (VmRSS), and
//   `scroll_rss_trimmed_kib=` the same after malloc_trim() returned freed heap to the system.

#include "BenchOutput.h"
#include "BenchSession.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiRequest.h"
#include "core/api/TaskListApi.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "gui/tasks/TaskListColumns.h"
#include "gui/tasks/TaskListDelegate.h"
#include "gui/tasks/TaskListPager.h"
#include "models/TaskListModel.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 60000;

/// Resident memory in KiB from /proc/self/status, or -1.
long long residentKib() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            bool ok = false;
            const long long value = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

/// CPU time of the calling thread (ms).
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

/// How many times the calling thread stopped to wait (voluntary context switches).
long threadWaits() {
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nvcsw;
}

/// The organization's whole list by deadline: the question both parts ask.
TaskListQuery everyTask() {
    TaskListQuery query;
    query.show = TaskListQuery::Show::All;
    query.status = TaskListQuery::Status::All;
    query.sort = TaskListQuery::Sort::Deadline;
    return query;
}

/// The view as the Tasks pane sets it up.
void configure(QTreeView &view, TaskListModel &model) {
    view.setRootIsDecorated(false);
    view.setUniformRowHeights(true);
    view.setAlternatingRowColors(true);
    view.setAllColumnsShowFocus(true);
    view.setItemDelegate(new TaskListDelegate(&view));
    view.setModel(&model);
    new TaskListPager(&view, &model);
    TaskListColumns::setDefaults(*view.header());
    view.resize(1100, 680);
}

/// Waits for `model` to answer page `pageNumber` (or fail); false on failure or timeout.
bool waitForPage(TaskListModel &model, QString *problem) {
    QEventLoop loop;
    bool ok = false;
    const QMetaObject::Connection loaded =
        QObject::connect(&model, &TaskListModel::pageLoaded, &loop, [&] {
            ok = true;
            loop.quit();
        });
    const QMetaObject::Connection failed =
        QObject::connect(&model, &TaskListModel::failed, &loop, [&](const ApiError &error) {
            *problem = error.technicalDetails();
            loop.quit();
        });
    QTimer::singleShot(TimeoutMs, &loop, [&] {
        *problem = u"no page within 60 s"_s;
        loop.quit();
    });
    loop.exec();
    QObject::disconnect(loaded);
    QObject::disconnect(failed);
    return ok;
}

int benchFirstPage(Session &session, int runs, int warmup) {
    TaskListModel model(session.taskLists());
    QTreeView view;
    configure(view, model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return BenchOutput::fail(u"the view was not shown"_s);
    const TaskListQuery query = everyTask();
    QString problem;
    for (int i = 0; i < warmup + runs; ++i) {
        QTest::qWait(20); // let the previous run's repaints finish
        double insertedAt = 0;
        const QMetaObject::Connection inserted =
            QObject::connect(&model, &TaskListModel::rowsInserted, &model, [&] {
                if (insertedAt == 0)
                    insertedAt = BenchOutput::nowMs();
            });
        const double startedAt = BenchOutput::nowMs();
        model.setQuery(query);
        const bool ok = waitForPage(model, &problem);
        QObject::disconnect(inserted);
        if (!ok)
            return BenchOutput::fail(u"first page failed: "_s + problem);
        view.viewport()->repaint();
        const double paintedAt = BenchOutput::nowMs();
        if (model.rowCount() != TaskListApi::PerPage || insertedAt == 0) {
            return BenchOutput::fail(
                u"the first page has %1 rows, expected 100"_s.arg(model.rowCount()));
        }
        if (i >= warmup) {
            BenchOutput::value("first_page_ms", paintedAt - startedAt);
            BenchOutput::value("rows_ms", insertedAt - startedAt);
        }
    }

    // The same GET for curl, built as TaskListApi builds it.
    const ApiClient *client = session.client();
    ApiRequest request(ApiRequest::Method::Get,
                       QStringList{u"organizations"_s, client->config().orgId} +
                           query.pathSegments());
    for (const auto &[key, value] : query.queryItems(1, TaskListApi::PerPage))
        request.setQueryItem(key, value);
    BenchOutput::text("request_url", client->urlFor(request).toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : ApiClient::standardHeaders(client->config(), request)) {
        const QString shown =
            name == "Authorization" ? u"Bearer {sandbox-token}"_s : QString::fromUtf8(value);
        BenchOutput::text("request_header", QString::fromLatin1(name) + u": "_s + shown);
    }
    return 0;
}

/// A sandbox living on a thread of its own, so that serving costs the GUI thread nothing.
class ThreadedSandbox final {
    Q_DISABLE_COPY_MOVE(ThreadedSandbox)

public:
    ThreadedSandbox() {
        m_anchor.moveToThread(&m_thread);
        m_thread.start();
        run([this] {
            m_server = new SandboxServer;
            m_listening = m_server->listen();
        });
    }
    ~ThreadedSandbox() {
        QThread *home = QThread::currentThread();
        run([this, home] {
            delete m_server;
            m_anchor.moveToThread(home);
        });
        m_thread.quit();
        m_thread.wait();
    }
    /// Runs `work` on the sandbox's thread and waits for it.
    void run(const std::function<void()> &work) {
        QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
    }
    [[nodiscard]] bool isListening() const { return m_listening; }
    /// Only on the sandbox's thread, through run().
    [[nodiscard]] SandboxServer &server() { return *m_server; }

private:
    QThread m_thread;
    QObject m_anchor;
    SandboxServer *m_server = nullptr;
    bool m_listening = false;
};

/// A session on an in-process sandbox (on its own thread) holding `taskCount` generated tasks.
class GeneratedWorld final {
    Q_DISABLE_COPY_MOVE(GeneratedWorld)

public:
    explicit GeneratedWorld(int taskCount) {
        if (!m_sandbox.isListening()) {
            m_problem = u"the in-process sandbox could not listen"_s;
            return;
        }
        QUrl url;
        QString org;
        QString token;
        const double generateStart = BenchOutput::nowMs();
        m_sandbox.run([&] {
            m_sandbox.server().addGeneratedTasks(taskCount);
            url = m_sandbox.server().baseUrl();
            org = m_sandbox.server().orgId();
            token = m_sandbox.server().token();
        });
        m_generateMs = BenchOutput::nowMs() - generateStart;
        if (!m_directory.isValid()) {
            m_problem = u"no temporary folder for the settings"_s;
            return;
        }
        m_settings = Settings::forTesting(m_directory.path());
        m_session = std::make_unique<Session>(m_settings.get(), &m_tokens, QString());
        m_session->useSandbox(url, org, token);
        if (!m_session->isReady())
            m_problem = u"the session is not ready: "_s + m_session->tokenProblem();
    }
    ~GeneratedWorld() { m_session.reset(); }

    /// Empty when the world is ready.
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] Session &session() { return *m_session; }
    [[nodiscard]] double generateMs() const { return m_generateMs; }

private:
    ThreadedSandbox m_sandbox;
    QTemporaryDir m_directory;
    std::unique_ptr<Settings> m_settings;
    MemoryTokenStore m_tokens;
    std::unique_ptr<Session> m_session;
    QString m_problem;
    double m_generateMs = 0;
};

int benchScroll(int taskCount) {
    GeneratedWorld world(taskCount);
    if (!world.problem().isEmpty())
        return BenchOutput::fail(world.problem());
    BenchOutput::value("scroll_generate_ms", world.generateMs());
    Session &session = world.session();

    TaskListModel model(session.taskLists());
    QTreeView view;
    configure(view, model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return BenchOutput::fail(u"the view was not shown"_s);

    // One request first: the sandbox filters and sorts the whole list on the first question
    // (on its thread), and the connection is made; neither is the client's cost.
    QString problem;
    model.setQuery(everyTask());
    if (!waitForPage(model, &problem))
        return BenchOutput::fail(u"the first page failed: "_s + problem);
    QTest::qWait(50);
    const long long rssStart = residentKib();
    const int rowsStart = model.rowCount();

    // Each gap between ticks is measured twice: on the wall clock (what a user sees, including
    // time the thread waited for a CPU) and in the GUI thread's own CPU time (the work done on
    // it), so that a machine busy with other work can be told from a busy GUI thread.
    double lastTick = BenchOutput::nowMs();
    double lastCpu = threadCpuMs();
    double longestGap = 0;
    double longestGapCpu = 0;
    double longestBusy = 0;
    int gapsOverFrame = 0;
    int busyOverFrame = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const double now = BenchOutput::nowMs();
        const double cpu = threadCpuMs();
        const double gap = now - lastTick;
        const double busy = cpu - lastCpu;
        if (gap > longestGap) {
            longestGap = gap;
            longestGapCpu = busy;
        }
        longestBusy = std::max(longestBusy, busy);
        gapsOverFrame += gap > 16 ? 1 : 0;
        busyOverFrame += busy > 16 ? 1 : 0;
        lastTick = now;
        lastCpu = cpu;
    });

    // After each page the view is scrolled to its end; the view asks the model for more
    // (QAbstractItemView::fetchMore through the scroll bar). Only when it did not (the scroll
    // bar was already at its end) does the bench ask, and counts it.
    int pages = 0; // loaded while measured
    int askedByBench = 0;
    QEventLoop loop;
    QObject::connect(&model, &TaskListModel::pageLoaded, &loop, [&] {
        ++pages;
        if (model.atEnd()) {
            loop.quit();
            return;
        }
        QTimer::singleShot(0, &loop, [&] {
            view.scrollToBottom();
            if (model.canFetchMore({})) {
                ++askedByBench;
                model.fetchMore({});
            }
        });
    });
    QObject::connect(&model, &TaskListModel::failed, &loop, [&](const ApiError &error) {
        problem = error.technicalDetails();
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        problem = u"not at the end after 20 minutes"_s;
        loop.quit();
    });
    timeout.start(20 * 60 * 1000);

    const double startedAt = BenchOutput::nowMs();
    const double cpuAtStart = threadCpuMs();
    const long waitsAtStart = threadWaits();
    lastTick = startedAt;
    lastCpu = threadCpuMs();
    ticker.start();
    view.scrollToBottom();
    if (model.canFetchMore({})) {
        ++askedByBench;
        model.fetchMore({});
    }
    loop.exec();
    const double endedAt = BenchOutput::nowMs();
    // The last page's painting belongs to the scroll.
    QTest::qWait(50);
    ticker.stop();
    if (!problem.isEmpty())
        return BenchOutput::fail(u"scrolling failed after %1 pages: "_s.arg(pages) + problem);

    const long long rssEnd = residentKib();
    malloc_trim(0);
    const long long rssTrimmed = residentKib();
    const int rows = model.rowCount() - rowsStart;
    BenchOutput::value("scroll_ms", endedAt - startedAt);
    BenchOutput::value("scroll_pages", model.pagesLoaded());
    BenchOutput::value("scroll_measured_pages", pages);
    BenchOutput::value("scroll_rows", model.rowCount());
    BenchOutput::value("scroll_total", model.total());
    BenchOutput::value("scroll_pages_asked_by_bench", askedByBench);
    BenchOutput::value("scroll_stall_ms", longestGap);
    BenchOutput::value("scroll_stall_cpu_ms", longestGapCpu);
    BenchOutput::value("scroll_gaps_over_frame", gapsOverFrame);
    BenchOutput::value("scroll_busy_ms", longestBusy);
    BenchOutput::value("scroll_busy_over_frame", busyOverFrame);
    BenchOutput::value("scroll_gui_cpu_ms", threadCpuMs() - cpuAtStart);
    BenchOutput::value("scroll_gui_waits", double(threadWaits() - waitsAtStart));
    BenchOutput::value("scroll_rss_start_kib", double(rssStart));
    BenchOutput::value("scroll_rss_growth_kib", double(rssEnd - rssStart));
    BenchOutput::value("scroll_rss_trimmed_kib", double(rssTrimmed - rssStart));
    BenchOutput::value("scroll_measured_rows", rows);
    return 0;
}

/// Typing in Search over a long list already loaded: the Tasks pane filters the loaded rows of
/// the lists the server cannot search (My tasks, a member's, a process's) on each keystroke,
/// through TaskListModel::setSearch(). Each keystroke's cost on the GUI thread is the filter plus
/// the view's repaint.
int benchSearch(int taskCount) {
    GeneratedWorld world(taskCount);
    if (!world.problem().isEmpty())
        return BenchOutput::fail(world.problem());
    TaskListModel model(world.session().taskLists());
    QTreeView view;
    configure(view, model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return BenchOutput::fail(u"the view was not shown"_s);

    QString problem;
    model.setQuery(everyTask());
    if (!waitForPage(model, &problem))
        return BenchOutput::fail(u"the first page failed: "_s + problem);
    // To the end, as a reader scrolling down the list: the pager asks for each page.
    while (!model.atEnd()) {
        view.scrollToBottom();
        if (!waitForPage(model, &problem))
            return BenchOutput::fail(u"a page failed: "_s + problem);
    }
    QTest::qWait(50);

    // A word from the middle of the list, typed a key at a time, then erased a key at a time.
    const QString word = model.item(model.rowCount() / 2).title.section(u' ', 0, 0).toLower();
    QStringList typed;
    for (qsizetype i = 1; i <= word.size(); ++i)
        typed.append(word.left(i));
    for (qsizetype i = word.size() - 1; i >= 0; --i)
        typed.append(word.left(i));
    double longest = 0;
    double total = 0;
    int shownAtWord = 0;
    for (const QString &text : std::as_const(typed)) {
        const double start = BenchOutput::nowMs();
        model.setSearch(text);
        view.viewport()->repaint();
        const double spent = BenchOutput::nowMs() - start;
        longest = std::max(longest, spent);
        total += spent;
        if (text == word)
            shownAtWord = model.rowCount();
        QCoreApplication::processEvents();
    }
    BenchOutput::value("search_rows", model.rowCount());
    BenchOutput::value("search_keystrokes", double(typed.size()));
    BenchOutput::value("search_keystroke_max_ms", longest);
    BenchOutput::value("search_keystroke_mean_ms", total / double(typed.size()));
    BenchOutput::value("search_matches", shownAtWord);
    BenchOutput::text("search_word", word);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    BenchSession::addOptions(parser);
    parser.addOption(
        QCommandLineOption(u"runs"_s, u"Measured first pages (default 30)."_s, u"N"_s, u"30"_s));
    parser.addOption(QCommandLineOption(u"warmup"_s, u"First pages before measuring (default 5)."_s,
                                        u"N"_s, u"5"_s));
    parser.addOption(QCommandLineOption(
        u"tasks"_s, u"Generated tasks of the scrolling case (default 100000; 0 skips it)."_s,
        u"N"_s, u"100000"_s));
    parser.addOption(QCommandLineOption(
        u"search"_s, u"Generated tasks of the typing-in-Search case (default 0: skipped)."_s,
        u"N"_s, u"0"_s));
    parser.process(app);

    const int runs = parser.value(u"runs"_s).toInt();
    const int warmup = parser.value(u"warmup"_s).toInt();
    const int tasks = parser.value(u"tasks"_s).toInt();
    const int search = parser.value(u"search"_s).toInt();
    if (runs < 0 || warmup < 0 || tasks < 0 || search < 0)
        return BenchOutput::fail(u"--runs, --warmup, --tasks and --search take counts"_s);

    if (runs > 0) {
        BenchSession bench(parser);
        if (!bench.problem().isEmpty())
            return BenchOutput::fail(bench.problem());
        if (const int status = benchFirstPage(bench.session(), runs, warmup); status != 0)
            return status;
    }
    if (tasks > 0) {
        if (const int status = benchScroll(tasks); status != 0)
            return status;
    }
    if (search > 0)
        return benchSearch(search);
    return 0;
}
