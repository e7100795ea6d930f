// taskdesk-sandbox as a user starts it: a process printing url=, org=, token= and task= lines.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SandboxTool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void servesSeedAndPrintsIt();
    void generatedTasks();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
};

namespace {

QJsonObject getJson(QNetworkAccessManager &nam, const QUrl &url, const QString &token,
                    int *status) {
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("X-Tallyfy-Client", "APIClient");
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

/// Starts taskdesk-sandbox with `arguments` and reads its banner up to the last seeded task.
bool start(QProcess &process, const QStringList &arguments, QString *url, QString *org,
           QString *token) {
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(TASKDESK_SANDBOX_EXE),
                  QStringList{u"--port"_s, u"0"_s} + arguments);
    if (!process.waitForStarted())
        return false;
    QString last;
    while (last != "Order replacement badge printer ribbons"_L1) {
        if (!process.canReadLine() && !process.waitForReadyRead(30000))
            return false;
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith("url="_L1))
                *url = line.mid(4);
            else if (line.startsWith("org="_L1))
                *org = line.mid(4);
            else if (line.startsWith("token="_L1))
                *token = line.mid(6);
            else if (line.startsWith("task="_L1))
                last = line.mid(5).section(u' ', 1);
        }
    }
    return true;
}

} // namespace

void tst_SandboxTool::generatedTasks() {
    // --tasks N adds N tasks to the lists, the same ones on every start.
    QStringList firstIds;
    for (int round = 0; round < 2; ++round) {
        QProcess process;
        QString url, org, token;
        QVERIFY(start(process, {u"--tasks"_s, u"250"_s}, &url, &org, &token));
        QNetworkAccessManager nam;
        int status = 0;
        const QJsonObject list = getJson(nam,
                                         QUrl(url + u"/organizations/"_s + org +
                                              u"/tasks?status=all&sort=newest&per_page=100"_s),
                                         token, &status);
        QCOMPARE(status, 200);
        const QJsonObject pagination =
            list.value("meta"_L1).toObject().value("pagination"_L1).toObject();
        QCOMPARE(pagination.value("total"_L1).toInt(), 18 + 250); // the seed's and the generated
        QStringList ids;
        for (const QJsonValue task : list.value("data"_L1).toArray())
            ids.append(task.toObject().value("id"_L1).toString());
        QCOMPARE(ids.size(), 100);
        if (round == 0)
            firstIds = ids;
        else
            QCOMPARE(ids, firstIds);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
}

void tst_SandboxTool::servesSeedAndPrintsIt() {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(TASKDESK_SANDBOX_EXE),
                  {u"--port"_s, u"0"_s, u"--members"_s, u"5"_s});
    QVERIFY(process.waitForStarted());

    QString url, org, token;
    QList<std::pair<QString, QString>> tasks;
    // The 9.1 task comes first; wait for the last seeded title to be sure every line is in.
    while (!tasks.size() || tasks.last().second != "Order replacement badge printer ribbons"_L1) {
        if (!process.canReadLine())
            QVERIFY2(process.waitForReadyRead(10000), "no output from taskdesk-sandbox");
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith("url="_L1))
                url = line.mid(4);
            else if (line.startsWith("org="_L1))
                org = line.mid(4);
            else if (line.startsWith("token="_L1))
                token = line.mid(6);
            else if (line.startsWith("task="_L1))
                tasks.append({line.mid(5).section(u' ', 0, 0), line.mid(5).section(u' ', 1)});
            else
                QFAIL(qPrintable(u"unexpected line: "_s + line));
        }
    }
    QVERIFY(url.startsWith("http://127.0.0.1:"_L1));
    QVERIFY(url.endsWith("/api"_L1));
    QCOMPARE(org.size(), 32);
    QVERIFY(token.startsWith("eyJ"_L1));
    QCOMPARE(tasks.first().first, u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s);

    QNetworkAccessManager nam;
    int status = 0;
    const QJsonObject me = getJson(nam, QUrl(url + u"/me"_s), token, &status);
    QCOMPARE(status, 200);
    QVERIFY(me.value("data"_L1).toObject().contains("email"_L1));
    const QJsonObject users =
        getJson(nam, QUrl(url + u"/organizations/"_s + org + u"/users"_s), token, &status);
    QCOMPARE(status, 200);
    QCOMPARE(users.value("meta"_L1)
                 .toObject()
                 .value("pagination"_L1)
                 .toObject()
                 .value("total"_L1)
                 .toInt(),
             8 + 5); // the seed's members and the five of --members
    for (const auto &[id, title] : tasks) {
        const QJsonObject task = getJson(
            nam, QUrl(url + u"/organizations/"_s + org + u"/tasks/"_s + id), token, &status);
        QCOMPARE(status, 200);
        QCOMPARE(task.value("data"_L1).toObject().value("title"_L1).toString(), title);
    }

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void tst_SandboxTool::rejectsBadArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port") << QStringList{u"--port"_s, u"not-a-port"_s};
    QTest::newRow("negative tasks") << QStringList{u"--tasks"_s, u"-5"_s};
    QTest::newRow("tasks not a count") << QStringList{u"--tasks"_s, u"many"_s};
}

void tst_SandboxTool::rejectsBadArguments() {
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(TASKDESK_SANDBOX_EXE), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxTool)
#include "tst_SandboxTool.moc"
