// ./dev bench, large task: the ~20 MB task of `taskdesk-sandbox --large-task` (5,000 form fields),
// served by a sandbox in another process.
//
// - `json_ms=` / `models_ms=` per run: QJsonDocument::fromJson alone on the bytes of the GET,
//   versus what the app does with the same bytes (Task::fromResponseBody, then the three models
//   of the task view filled), alternating.
// - `stall_ms=` per run: the longest gap between the ticks of a 1 ms timer on the GUI thread,
//   from Enter in the lookup pane until the task is shown and 300 ms after (its first paint);
//   `load_ms=` is Enter to shown, `stall_end_ms=` when the longest gap ended, and `gap_ms=`
//   lists every gap longer than a 60 Hz frame (length, then start after Enter).
// - `title_stall_ms=` / `title_load_ms=` / `title_body_bytes=`: the same for a task whose title
//   is 20 million characters (a 40 MB body), as a hostile or broken server may send. That task is
//   served by an in-process sandbox on a thread of its own (a fault answers its GET with the
//   crafted body), so the GUI thread still does only the client's work.

#include "BenchOutput.h"
#include "BenchSession.h"
#include "LookupWaiter.h"

#include "core/api/ApiClient.h"
#include "core/api/TasksApi.h"
#include "core/domain/Task.h"
#include "gui/lookup/TaskLookupPane.h"
#include "models/FormFieldsModel.h"
#include "models/OwnersModel.h"
#include "models/TaskDetailsModel.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 60000;

/// Runs the event loop for `ms` without sleeping in between (QTest::qWait sleeps in 10 ms
/// steps, which would read as stalls).
void spin(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// CPU time of the calling thread.
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

/// The body of the task's GET, exactly as the pane requests it.
std::optional<QByteArray> fetchBody(Session &session, const QString &taskId, QString *problem) {
    const TasksApi *tasks = session.tasks();
    const ApiRequest request =
        tasks->getTaskRequest(taskId, session.settings()->includes(), QString());
    std::optional<QByteArray> body;
    QEventLoop loop;
    session.client()->send(request, &loop, [&](const Result<ApiResponse> &result) {
        if (result.ok())
            body = result.value().body;
        else
            *problem = result.error().userText();
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return body;
}

/// The longest stalls of the GUI thread while `pane` looks `taskId` up, `runs` times after one
/// warm-up: prints `<prefix>load_ms`, `<prefix>stall_ms`, `<prefix>stall_end_ms` per run and the
/// gaps longer than a frame. False (and `problem`) when a lookup failed.
bool measureStalls(TaskLookupPane &pane, const QString &taskId, int runs, const QString &prefix,
                   QString *problem) {
    auto *input = pane.findChild<QLineEdit *>(u"taskIdLineEdit"_s);
    if (input == nullptr) {
        *problem = u"no taskIdLineEdit"_s;
        return false;
    }
    input->setFocus();
    input->setText(taskId);

    double lastTick = BenchOutput::nowMs();
    double longestGap = 0;
    double longestGapEnd = 0;
    double lastCpu = threadCpuMs();
    struct Gap {
        double from;
        double to;
        double cpuMs; ///< CPU time of the GUI thread during the gap: busy, or waiting?
    };
    QList<Gap> gaps; // longer than a frame at 60 Hz
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const double now = BenchOutput::nowMs();
        if (now - lastTick > longestGap) {
            longestGap = now - lastTick;
            longestGapEnd = now;
        }
        const double cpu = threadCpuMs();
        if (now - lastTick > 16)
            gaps.append({lastTick, now, cpu - lastCpu});
        lastTick = now;
        lastCpu = cpu;
    });
    ticker.start();

    const QByteArray load = (prefix + u"load_ms"_s).toUtf8();
    const QByteArray stall = (prefix + u"stall_ms"_s).toUtf8();
    const QByteArray stallEnd = (prefix + u"stall_end_ms"_s).toUtf8();
    LookupWaiter waiter(pane, TimeoutMs);
    for (int i = 0; i < runs + 1; ++i) { // the first lookup warms up
        spin(300);
        const double pressedAt = BenchOutput::nowMs();
        lastTick = pressedAt;
        lastCpu = threadCpuMs();
        longestGap = 0;
        gaps.clear();
        const std::optional<double> shownAt = waiter.pressEnter(input);
        if (!shownAt) {
            *problem = u"lookup failed: "_s + waiter.failure();
            return false;
        }
        spin(300);
        if (i > 0) {
            BenchOutput::value(load.constData(), *shownAt - pressedAt);
            BenchOutput::value(stall.constData(), longestGap);
            // Where it ended, from Enter: before, at or after the task was shown.
            BenchOutput::value(stallEnd.constData(), longestGapEnd - pressedAt);
            for (const Gap &gap : std::as_const(gaps))
                std::printf("%sgap_ms=%.1f from %.1f, GUI thread busy %.1f ms\n",
                            prefix.toUtf8().constData(), gap.to - gap.from, gap.from - pressedAt,
                            gap.cpuMs);
        }
    }
    return true;
}

/// A sandbox living on a thread of its own, so that serving 40 MB costs the GUI thread nothing.
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
        // Only the anchor's own thread may hand it back before the thread ends.
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
    /// Only on the sandbox's thread, through run(), once constructed.
    [[nodiscard]] SandboxServer &server() { return *m_server; }

private:
    QThread m_thread;
    QObject m_anchor;
    SandboxServer *m_server = nullptr;
    bool m_listening = false;
};

/// The long-title case: one seeded task, its GET answered with a title of `titleLength`
/// characters, looked up `runs` times by a fresh pane.
int benchLongTitle(qsizetype titleLength, int runs) {
    ThreadedSandbox sandbox;
    if (!sandbox.isListening())
        return BenchOutput::fail(u"the in-process sandbox could not listen"_s);
    QUrl url;
    QString org;
    QString token;
    QString taskId;
    sandbox.run([&] {
        url = sandbox.server().baseUrl();
        org = sandbox.server().orgId();
        token = sandbox.server().token();
        taskId = sandbox.server().seededTasks().constFirst().id;
    });

    QTemporaryDir directory;
    if (!directory.isValid())
        return BenchOutput::fail(u"no temporary folder for the settings"_s);
    const std::unique_ptr<Settings> settings = Settings::forTesting(directory.path());
    MemoryTokenStore tokens;
    Session session(settings.get(), &tokens, QString());
    session.useSandbox(url, org, token);
    if (!session.isReady())
        return BenchOutput::fail(u"the session is not ready: "_s + session.tokenProblem());

    // The task as the sandbox sends it, with the title replaced; 'é' takes two bytes in UTF-8,
    // so 20 million characters make a 40 MB body, as in the report that found the freeze.
    QString problem;
    const std::optional<QByteArray> plain = fetchBody(session, taskId, &problem);
    if (!plain)
        return BenchOutput::fail(u"could not fetch the task: "_s + problem);
    QJsonObject document = QJsonDocument::fromJson(*plain).object();
    QJsonObject data = document.value(u"data"_s).toObject();
    data.insert(u"title"_s, QString(titleLength, QChar(0xe9)));
    document.insert(u"data"_s, data);
    SandboxFault longTitle;
    longTitle.kind = SandboxFault::Kind::Status;
    longTitle.method = "GET";
    longTitle.pathPattern = u"/tasks/"_s + taskId + u"$"_s;
    longTitle.times = -1;
    longTitle.status = 200;
    longTitle.contentType = "application/json";
    longTitle.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    BenchOutput::value("title_body_bytes", double(longTitle.body.size()));
    BenchOutput::value("title_characters", double(titleLength));
    sandbox.run([&] { sandbox.server().addFault(longTitle); });
    longTitle.body.clear();

    TaskLookupPane pane(session);
    pane.resize(1100, 680);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return BenchOutput::fail(u"the lookup pane was not shown"_s);
    if (!measureStalls(pane, taskId, runs, u"title_"_s, &problem))
        return BenchOutput::fail(problem);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    BenchSession::addOptions(parser);
    parser.addOption(QCommandLineOption(u"task"_s, u"The large task's ID."_s, u"ID"_s));
    parser.addOption(
        QCommandLineOption(u"parse-runs"_s, u"Parse runs (default 9)."_s, u"N"_s, u"9"_s));
    parser.addOption(
        QCommandLineOption(u"stall-runs"_s, u"Measured lookups (default 5)."_s, u"N"_s, u"5"_s));
    parser.addOption(QCommandLineOption(
        u"title-length"_s, u"Characters of the long-title case's title (0: skip it)."_s, u"N"_s,
        u"20000000"_s));
    parser.process(app);

    BenchSession bench(parser);
    if (!bench.problem().isEmpty())
        return BenchOutput::fail(bench.problem());
    const QString taskId = parser.value(u"task"_s);
    const int parseRuns = parser.value(u"parse-runs"_s).toInt();
    const int stallRuns = parser.value(u"stall-runs"_s).toInt();
    if (taskId.isEmpty() || parseRuns < 1 || stallRuns < 1)
        return BenchOutput::fail(u"--task is required; the run counts must be positive"_s);

    // Parse plus models versus QJsonDocument alone.
    QString problem;
    const std::optional<QByteArray> body = fetchBody(bench.session(), taskId, &problem);
    if (!body)
        return BenchOutput::fail(u"could not fetch the large task: "_s + problem);
    BenchOutput::value("body_bytes", double(body->size()));
    TaskDetailsModel details;
    OwnersModel owners;
    FormFieldsModel fields;
    for (int i = 0; i < parseRuns + 1; ++i) { // the first round warms up
        QJsonParseError jsonError{};
        const double jsonStart = BenchOutput::nowMs();
        const QJsonDocument document = QJsonDocument::fromJson(*body, &jsonError);
        const double jsonMs = BenchOutput::nowMs() - jsonStart;
        if (document.isNull())
            return BenchOutput::fail(u"not JSON: "_s + jsonError.errorString());

        details.clear();
        owners.setOwners({});
        fields.setFields({});
        QString error;
        const double modelsStart = BenchOutput::nowMs();
        const std::optional<Task> task = Task::fromResponseBody(*body, &error);
        const double parsedAt = BenchOutput::nowMs();
        double detailsMs = 0;
        if (task) {
            details.setTask(*task);
            detailsMs = BenchOutput::nowMs() - parsedAt;
            owners.setOwners(task->owners);
            fields.setFields(task->formFields);
        }
        const double modelsMs = BenchOutput::nowMs() - modelsStart;
        if (!task)
            return BenchOutput::fail(u"not a task: "_s + error);
        if (fields.rowCount() < 1000)
            return BenchOutput::fail(
                u"the large task has only %1 form fields"_s.arg(fields.rowCount()));
        if (i > 0) {
            BenchOutput::value("json_ms", jsonMs);
            BenchOutput::value("models_ms", modelsMs);
            BenchOutput::value("task_parse_ms", parsedAt - modelsStart);
            BenchOutput::value("details_model_ms", detailsMs);
        }
    }

    // The longest stall of the GUI thread while the pane loads the task.
    {
        TaskLookupPane pane(bench.session());
        pane.resize(1100, 680);
        pane.show();
        if (!QTest::qWaitForWindowExposed(&pane))
            return BenchOutput::fail(u"the lookup pane was not shown"_s);
        if (!measureStalls(pane, taskId, stallRuns, QString(), &problem))
            return BenchOutput::fail(problem);
    }

    // The same for a title of millions of characters.
    const qsizetype titleLength = parser.value(u"title-length"_s).toLongLong();
    if (titleLength > 0) {
        if (const int status = benchLongTitle(titleLength, stallRuns); status != 0)
            return status;
    }
    return 0;
}
