#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

/// Runs the built `taskdesk` binary: --version and --help answer without a display, bad
/// options print the problem and the usage on stderr and exit with 2.
class tst_CommandLine : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // No display of any kind: these answers must not need one.
        for (const QString &name :
             {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"TALLYFY_API_TOKEN"_s}) {
            environment.remove(name);
        }
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TASKDESK_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.status = process.exitStatus();
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void version() {
        const Run result = run({u"--version"_s});
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"Taskdesk %1"_s.arg(QStringLiteral(TASKDESK_VERSION)));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    void help() {
        const Run result = run({u"--help"_s});
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 0);
        for (const QString &option : {u"--sandbox"_s, u"--server"_s, u"--org"_s, u"--task"_s,
                                      u"--run"_s, u"--with"_s, u"--version"_s}) {
            QVERIFY2(result.out.contains(option), qPrintable(option));
        }
    }

    void badOptions_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("org not hex") << QStringList{u"--org"_s, u"acme"_s} << u"org"_s;
        QTest::newRow("insecure server")
            << QStringList{u"--server"_s, u"http://tallyfy.example.com/api"_s} << u"server"_s;
        QTest::newRow("unknown include")
            << QStringList{u"--with=form_fields,bogus"_s} << u"bogus"_s;
        QTest::newRow("run not hex") << QStringList{u"--run"_s, u"12"_s} << u"run"_s;
        QTest::newRow("missing value") << QStringList{u"--server"_s} << u"server"_s;
    }
    void badOptions() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.status, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        // The usage follows the problem, on stderr; nothing goes to stdout.
        QVERIFY2(result.err.contains(u"--sandbox"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"Usage"_s, Qt::CaseInsensitive), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
