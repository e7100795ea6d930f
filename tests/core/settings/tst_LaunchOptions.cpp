#include "core/settings/LaunchOptions.h"
#include "core/settings/LaunchOptionsResult.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LaunchOptions)
Q_DECLARE_METATYPE(LaunchOptionsResult::Action)

namespace {

const QString orgId = u"0123456789abcdef0123456789abcdef"_s;
const QString runId = u"fedcba9876543210fedcba9876543210"_s;

QStringList command(const QStringList &arguments) {
    return QStringList{u"taskdesk"_s} + arguments;
}

} // namespace

class tst_LaunchOptions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodCommandLines_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<LaunchOptions>("expected");

        QTest::newRow("nothing") << QStringList() << LaunchOptions{};

        LaunchOptions sandbox;
        sandbox.sandbox = true;
        QTest::newRow("sandbox") << QStringList{u"--sandbox"_s} << sandbox;
        QTest::newRow("single-dash long option") << QStringList{u"-sandbox"_s} << sandbox;

        LaunchOptions server;
        server.server = QUrl(u"https://staging.go.tallyfy.com/api"_s);
        QTest::newRow("server, trailing slash dropped")
            << QStringList{u"--server"_s, u"https://staging.go.tallyfy.com/api/"_s} << server;
        QTest::newRow("server with =")
            << QStringList{u"--server=https://staging.go.tallyfy.com/api"_s} << server;

        LaunchOptions loopback;
        loopback.server = QUrl(u"http://127.0.0.1:8080/api"_s);
        QTest::newRow("http to loopback")
            << QStringList{u"--server"_s, u"http://127.0.0.1:8080/api"_s} << loopback;
        LaunchOptions localhost;
        localhost.server = QUrl(u"http://localhost:9000"_s);
        QTest::newRow("http to localhost")
            << QStringList{u"--server"_s, u"http://localhost:9000"_s} << localhost;
        LaunchOptions ipv6;
        ipv6.server = QUrl(u"http://[::1]:9000/api"_s);
        QTest::newRow("http to ::1")
            << QStringList{u"--server"_s, u"http://[::1]:9000/api"_s} << ipv6;

        LaunchOptions org;
        org.organization = orgId;
        QTest::newRow("org, upper case and spaces normalized")
            << QStringList{u"--org"_s, u"  "_s + orgId.toUpper() + u" "_s} << org;

        LaunchOptions task;
        task.task = u"https://go.tallyfy.com/abc/tasks/123"_s;
        QTest::newRow("task is kept as text")
            << QStringList{u"--task"_s, u"https://go.tallyfy.com/abc/tasks/123"_s} << task;

        LaunchOptions run;
        run.run = runId;
        QTest::newRow("run") << QStringList{u"--run"_s, runId} << run;

        LaunchOptions with;
        with.includes = QStringList{u"threads"_s, u"ko-form-fields"_s, u"threads_count"_s};
        QTest::newRow("with, deduped")
            << QStringList{u"--with"_s, u"threads, ko-form-fields,threads_count,threads"_s} << with;
        LaunchOptions withAll;
        withAll.includes = QStringList{u"run"_s,
                                       u"step"_s,
                                       u"form_fields"_s,
                                       u"tags"_s,
                                       u"threads"_s,
                                       u"issues"_s,
                                       u"assets"_s,
                                       u"folders"_s,
                                       u"roles"_s,
                                       u"activities"_s,
                                       u"ko-form-fields"_s,
                                       u"summary"_s,
                                       u"member_watchers"_s,
                                       u"guest_watchers"_s,
                                       u"threads_count"_s};
        QTest::newRow("with, all 15 documented")
            << QStringList{u"--with"_s, withAll.includes->join(u',')} << withAll;
        LaunchOptions withNone;
        withNone.includes = QStringList();
        QTest::newRow("with, empty") << QStringList{u"--with="_s} << withNone;

        LaunchOptions lang;
        lang.language = u"pt_BR"_s;
        QTest::newRow("lang") << QStringList{u"--lang"_s, u"pt-BR"_s} << lang;

        LaunchOptions everything;
        everything.server = QUrl(u"https://api.tallyfy.com"_s);
        everything.organization = orgId;
        everything.task = u"abc"_s;
        everything.run = runId;
        everything.includes = QStringList{u"run"_s};
        everything.language = u"de"_s;
        QTest::newRow("everything") << QStringList{u"--server"_s, u"https://api.tallyfy.com"_s,
                                                   u"--org"_s,    orgId,
                                                   u"--task"_s,   u"abc"_s,
                                                   u"--run"_s,    runId,
                                                   u"--with"_s,   u"run"_s,
                                                   u"--lang"_s,   u"de"_s}
                                    << everything;
    }

    void goodCommandLines() {
        QFETCH(QStringList, arguments);
        QFETCH(LaunchOptions, expected);

        const LaunchOptionsResult result = LaunchOptions::parse(command(arguments));
        QCOMPARE(result.errorMessage, QString());
        QCOMPARE(result.action, LaunchOptionsResult::Action::Run);
        QCOMPARE(result.exitCode(), 0);
        QCOMPARE(result.options.sandbox, expected.sandbox);
        QCOMPARE(result.options.server, expected.server);
        QCOMPARE(result.options.organization, expected.organization);
        QCOMPARE(result.options.task, expected.task);
        QCOMPARE(result.options.run, expected.run);
        QCOMPARE(result.options.includes, expected.includes);
        QCOMPARE(result.options.language, expected.language);
        QVERIFY(result.options == expected);
    }

    void badCommandLines_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("missing value") << QStringList{u"--server"_s} << u"server"_s;
        QTest::newRow("positional argument") << QStringList{u"stray"_s} << u"stray"_s;
        QTest::newRow("bad URL") << QStringList{u"--server"_s, u"not a url"_s} << u"--server"_s;
        QTest::newRow("relative URL")
            << QStringList{u"--server"_s, u"go.tallyfy.com/api"_s} << u"https://"_s;
        QTest::newRow("ftp URL") << QStringList{u"--server"_s, u"ftp://go.tallyfy.com/api"_s}
                                 << u"https://"_s;
        QTest::newRow("http to a remote host")
            << QStringList{u"--server"_s, u"http://go.tallyfy.com/api"_s} << u"http://"_s;
        QTest::newRow("http to a LAN address")
            << QStringList{u"--server"_s, u"http://192.168.1.10/api"_s} << u"http://"_s;
        QTest::newRow("http to a lookalike of localhost")
            << QStringList{u"--server"_s, u"http://localhost.example.com/api"_s} << u"http://"_s;
        QTest::newRow("URL with user info")
            << QStringList{u"--server"_s, u"https://me:pw@go.tallyfy.com/api"_s} << u"password"_s;
        QTest::newRow("URL with query")
            << QStringList{u"--server"_s, u"https://go.tallyfy.com/api?x=1"_s} << u"query"_s;
        QTest::newRow("sandbox and server")
            << QStringList{u"--sandbox"_s, u"--server"_s, u"https://go.tallyfy.com/api"_s}
            << u"--sandbox"_s;
        QTest::newRow("org too short") << QStringList{u"--org"_s, u"0123"_s} << u"--org"_s;
        QTest::newRow("org not hex")
            << QStringList{u"--org"_s, u"0123456789abcdef0123456789abcdeg"_s} << u"--org"_s;
        QTest::newRow("org empty") << QStringList{u"--org="_s} << u"--org"_s;
        QTest::newRow("run not hex") << QStringList{u"--run"_s, u"xyz"_s} << u"--run"_s;
        QTest::newRow("task empty") << QStringList{u"--task"_s, u"  "_s} << u"--task"_s;
        QTest::newRow("unknown include")
            << QStringList{u"--with"_s, u"run,owners"_s} << u"“owners”"_s;
        QTest::newRow("unknown language")
            << QStringList{u"--lang"_s, u"klingon-x"_s} << u"--lang"_s;
    }

    void badCommandLines() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);

        const LaunchOptionsResult result = LaunchOptions::parse(command(arguments));
        QCOMPARE(result.action, LaunchOptionsResult::Action::Error);
        QCOMPARE(result.exitCode(), 2);
        QVERIFY2(result.errorMessage.contains(messagePart),
                 qPrintable(u"“%1” does not mention “%2”"_s.arg(result.errorMessage, messagePart)));
        QVERIFY(!result.errorMessage.contains(u'\n'));
        // The app prints the usage after the error.
        QVERIFY(result.usage.startsWith(u"Usage: taskdesk [options]"_s));
        QVERIFY(result.usage.contains(u"--server <URL>"_s));
    }

    void helpAndVersion_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<LaunchOptionsResult::Action>("action");

        QTest::newRow("--help") << QStringList{u"--help"_s}
                                << LaunchOptionsResult::Action::ShowHelp;
        QTest::newRow("-h") << QStringList{u"-h"_s} << LaunchOptionsResult::Action::ShowHelp;
        QTest::newRow("--help-all")
            << QStringList{u"--help-all"_s} << LaunchOptionsResult::Action::ShowHelp;
        QTest::newRow("help wins over a bad value")
            << QStringList{u"--org"_s, u"bad"_s, u"--help"_s}
            << LaunchOptionsResult::Action::ShowHelp;
        QTest::newRow("--version")
            << QStringList{u"--version"_s} << LaunchOptionsResult::Action::ShowVersion;
        QTest::newRow("-v") << QStringList{u"-v"_s} << LaunchOptionsResult::Action::ShowVersion;
    }

    void helpAndVersion() {
        QFETCH(QStringList, arguments);
        QFETCH(LaunchOptionsResult::Action, action);

        const LaunchOptionsResult result = LaunchOptions::parse(command(arguments));
        QCOMPARE(result.action, action);
        QCOMPARE(result.exitCode(), 0);
        QVERIFY(result.errorMessage.isEmpty());
        QCOMPARE(result.versionText, u"Taskdesk "_s + QStringLiteral(TASKDESK_VERSION));
        for (const QString &option :
             {u"--sandbox"_s, u"--server <URL>"_s, u"--org <ID>"_s, u"--task <ID_OR_LINK>"_s,
              u"--run <RUN_ID>"_s, u"--with <LIST>"_s, u"--lang <LOCALE>"_s, u"--version"_s,
              u"--help"_s}) {
            QVERIFY2(result.usage.contains(option), qPrintable(option));
        }
        QVERIFY(result.usage.contains(u"ko-form-fields"_s));
    }

    void usageNamesTheProgramGiven() {
        const LaunchOptionsResult result =
            LaunchOptions::parse({u"/usr/bin/taskdesk-nightly"_s, u"--help"_s});
        QVERIFY(result.usage.startsWith(u"Usage: taskdesk-nightly [options]\n"_s));
    }
};

QTEST_GUILESS_MAIN(tst_LaunchOptions)
#include "tst_LaunchOptions.moc"
