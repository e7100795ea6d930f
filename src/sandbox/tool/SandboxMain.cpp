// taskdesk-sandbox: serves the sandbox standalone on 127.0.0.1 for demos and benchmarks.

#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(const QString &line) {
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"taskdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TASKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A fake Tallyfy API on 127.0.0.1 for Taskdesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, QCoreApplication::translate("main", "TCP port to listen on (0 = any)."), u"N"_s,
        u"0"_s);
    const QCommandLineOption membersOption(
        u"members"_s, QCoreApplication::translate("main", "Add N generated members."), u"N"_s,
        u"0"_s);
    const QCommandLineOption largeTaskOption(
        u"large-task"_s,
        QCoreApplication::translate("main", "Add a task with 5,000 answered form fields."));
    const QCommandLineOption tasksOption(
        u"tasks"_s,
        QCoreApplication::translate("main", "Add N generated tasks (for the task lists)."), u"N"_s,
        u"0"_s);
    parser.addOption(portOption);
    parser.addOption(membersOption);
    parser.addOption(tasksOption);
    parser.addOption(largeTaskOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool membersOk = false;
    const int members = parser.value(membersOption).toInt(&membersOk);
    bool tasksOk = false;
    const int tasks = parser.value(tasksOption).toInt(&tasksOk);
    if (!portOk || port > 65535 || !membersOk || members < 0 || !tasksOk || tasks < 0) {
        std::fputs("taskdesk-sandbox: --port takes 0-65535, --members and --tasks a count\n",
                   stderr);
        return 2;
    }

    SandboxServer server;
    if (members > 0)
        server.addGeneratedMembers(members);
    if (tasks > 0)
        server.addGeneratedTasks(tasks);
    if (parser.isSet(largeTaskOption))
        server.addLargeTask();
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "taskdesk-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }

    printLine(u"url="_s + server.baseUrl().toString());
    printLine(u"org="_s + server.orgId());
    printLine(u"token="_s + server.token());
    for (const SandboxServer::TaskInfo &task : server.seededTasks())
        printLine(u"task="_s + task.id + u' ' + task.title);
    return QCoreApplication::exec();
}
