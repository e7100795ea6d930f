// ./dev bench, lookup: from Enter in the lookup pane to the task shown (models filled), against
// a sandbox in another process. Prints `lookup_ms=` per measured run, then the exact request
// (`request_url=`, `request_header=`) so that run-bench can time curl on the same GET, and
// `client_ms=` for the same GET through ApiClient alone.

#include "BenchOutput.h"
#include "BenchSession.h"
#include "LookupWaiter.h"

#include "core/api/ApiClient.h"
#include "core/api/TasksApi.h"
#include "gui/lookup/IncludeChooser.h"
#include "gui/lookup/TaskLookupPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 30000;

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    BenchSession::addOptions(parser);
    parser.addOption(QCommandLineOption(u"task"_s, u"The task to look up."_s, u"ID"_s));
    parser.addOption(
        QCommandLineOption(u"runs"_s, u"Measured lookups (default 50)."_s, u"N"_s, u"50"_s));
    parser.addOption(QCommandLineOption(u"warmup"_s, u"Lookups before measuring (default 5)."_s,
                                        u"N"_s, u"5"_s));
    parser.process(app);

    BenchSession bench(parser);
    if (!bench.problem().isEmpty())
        return BenchOutput::fail(bench.problem());
    const QString taskId = parser.value(u"task"_s);
    const int runs = parser.value(u"runs"_s).toInt();
    const int warmup = parser.value(u"warmup"_s).toInt();
    if (taskId.isEmpty() || runs < 1 || warmup < 0)
        return BenchOutput::fail(u"--task is required; --runs and --warmup take counts"_s);

    TaskLookupPane pane(bench.session());
    pane.resize(1100, 680);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return BenchOutput::fail(u"the lookup pane was not shown"_s);
    auto *input = pane.findChild<QLineEdit *>(u"taskIdLineEdit"_s);
    if (input == nullptr)
        return BenchOutput::fail(u"no taskIdLineEdit"_s);
    input->setFocus();
    input->setText(taskId);

    LookupWaiter waiter(pane, TimeoutMs);
    for (int i = 0; i < warmup + runs; ++i) {
        // Let what the previous lookup started (names of owners, repaints) finish first.
        QTest::qWait(20);
        const double pressedAt = BenchOutput::nowMs();
        const std::optional<double> shownAt = waiter.pressEnter(input);
        if (!shownAt)
            return BenchOutput::fail(u"lookup failed: "_s + waiter.failure());
        if (i >= warmup)
            BenchOutput::value("lookup_ms", *shownAt - pressedAt);
    }

    // The same GET through ApiClient alone (no parsing, no widgets): how much of the lookup is
    // Qt's network stack.
    const TasksApi *tasks = bench.session().tasks();
    const ApiRequest request = tasks->getTaskRequest(taskId, pane.includeChooser()->includes(), {});
    QEventLoop loop;
    QString failure;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        failure = u"no answer within 30 s"_s;
        loop.quit();
    });
    for (int i = 0; i < warmup + runs; ++i) {
        double answeredAt = 0;
        timeout.start(TimeoutMs);
        const double sentAt = BenchOutput::nowMs();
        tasks->client()->send(request, &loop, [&](const Result<ApiResponse> &result) {
            answeredAt = BenchOutput::nowMs();
            if (!result.ok())
                failure = result.error().userText();
            loop.quit();
        });
        if (answeredAt == 0 && failure.isEmpty())
            loop.exec();
        timeout.stop();
        if (!failure.isEmpty())
            return BenchOutput::fail(u"GET failed: "_s + failure);
        if (i >= warmup)
            BenchOutput::value("client_ms", answeredAt - sentAt);
    }

    BenchOutput::text("request_url", tasks->client()->urlFor(request).toString(QUrl::FullyEncoded));
    const auto headers = ApiClient::standardHeaders(tasks->client()->config(), request);
    for (const auto &[name, value] : headers) {
        // The token stays out of the output: run-bench puts back the one the sandbox printed.
        const QString shown =
            name == "Authorization" ? u"Bearer {sandbox-token}"_s : QString::fromUtf8(value);
        BenchOutput::text("request_header", QString::fromLatin1(name) + u": "_s + shown);
    }
    return 0;
}
