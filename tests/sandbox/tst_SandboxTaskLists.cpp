// The sandbox's task lists and search (tallyfy-api-notes.md 6.3, 6.7) over real loopback HTTP,
// with generated tasks: QNetworkAccessManager only, no client code.

#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Generated = 450;

struct Answer {
    int status = 0;
    QJsonObject json;

    [[nodiscard]] QJsonArray list() const { return json.value("data"_L1).toArray(); }
    [[nodiscard]] QJsonValue pagination(QLatin1String key) const {
        return json.value("meta"_L1).toObject().value("pagination"_L1).toObject().value(key);
    }
};

} // namespace

class tst_SandboxTaskLists : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_server->addGeneratedTasks(Generated);
    }
    void cleanup() { m_server.reset(); }

    void everyRouteReadsToTheEnd_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sortKey"); // the field that must be in order, "" = none
        QTest::addColumn<bool>("ascending");
        QTest::newRow("me, all") << u"me/tasks"_s << u"status=all&sort=deadline"_s << u"deadline"_s
                                 << true;
        QTest::newRow("me, default active") << u"me/tasks"_s << u""_s << u"deadline"_s << true;
        QTest::newRow("org, newest")
            << u"tasks"_s << u"status=all&sort=newest"_s << u"created_at"_s << false;
        QTest::newRow("org, -deadline")
            << u"tasks"_s << u"status=active-visible&sort=-deadline"_s << u"deadline"_s << false;
        QTest::newRow("org, completed_newest")
            << u"tasks"_s << u"status=complete&sort=completed_newest"_s << u"completed_at"_s
            << false;
        QTest::newRow("member") << u"users/1002/tasks"_s << u"status=all&sort=deadline"_s
                                << u"deadline"_s << true;
        QTest::newRow("run, position")
            << u"runs/RUN/tasks"_s << u"status=all&sort=position"_s << u"position"_s << true;
    }
    void everyRouteReadsToTheEnd() {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, sortKey);
        QFETCH(bool, ascending);
        path.replace(u"RUN"_s, aGeneratedRun());
        QStringList ids;
        QList<QJsonValue> keys;
        int total = -1;
        int pages = 0;
        for (int page = 1; page <= 20; ++page) {
            const Answer answer = get(path + u"?per_page=100&page=%1&"_s.arg(page) + query);
            QCOMPARE(answer.status, 200);
            ++pages;
            total = answer.pagination("total"_L1).toInt();
            QCOMPARE(answer.pagination("per_page"_L1).toInt(), 100);
            QCOMPARE(answer.pagination("current_page"_L1).toInt(), page);
            for (const QJsonValue item : answer.list()) {
                ids.append(item.toObject().value("id"_L1).toString());
                keys.append(item.toObject().value(sortKey));
            }
            if (page >= answer.pagination("total_pages"_L1).toInt())
                break;
        }
        QVERIFY(total > 0);
        QCOMPARE(pages, (total + 99) / 100);
        QCOMPARE(int(ids.size()), total);
        QCOMPARE(int(QSet<QString>(ids.cbegin(), ids.cend()).size()), total);
        for (qsizetype i = 1; i < keys.size(); ++i) {
            const QVariant a = keys.at(i - 1).toVariant();
            const QVariant b = keys.at(i).toVariant();
            const auto order = QVariant::compare(a, b);
            QVERIFY2(ascending ? order != QPartialOrdering::Greater
                               : order != QPartialOrdering::Less,
                     qPrintable(u"%1 then %2"_s.arg(a.toString(), b.toString())));
        }
    }

    void statusFilterAndItsTraps_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("status");   // "-" = not sent
        QTest::addColumn<QString>("expected"); // "every", or the task statuses allowed
        QTest::newRow("me without status: active")
            << u"me/tasks"_s << u"-"_s << u"not-started,in-progress,active"_s;
        QTest::newRow("org without status: every") << u"tasks"_s << u"-"_s << u"every"_s;
        QTest::newRow("completed is ignored") << u"tasks"_s << u"completed"_s << u"every"_s;
        QTest::newRow("unknown word is ignored") << u"tasks"_s << u"done"_s << u"every"_s;
        QTest::newRow("older spelling is ignored") << u"tasks"_s << u"inprogress"_s << u"every"_s;
        QTest::newRow("complete") << u"tasks"_s << u"complete"_s << u"completed"_s;
        QTest::newRow("in-progress") << u"tasks"_s << u"in-progress"_s << u"in-progress,active"_s;
        QTest::newRow("not-started on a member")
            << u"users/1002/tasks"_s << u"not-started"_s << u"not-started"_s;
        QTest::newRow("overdue,due-soon ORed")
            << u"tasks"_s << u"overdue,due-soon"_s << u"not-started,in-progress,active"_s;
    }
    void statusFilterAndItsTraps() {
        QFETCH(QString, path);
        QFETCH(QString, status);
        QFETCH(QString, expected);
        const QString filter = status == "-"_L1 ? QString() : u"&status="_s + status;
        const Answer answer = get(path + u"?per_page=100"_s + filter);
        QCOMPARE(answer.status, 200);
        const int total = answer.pagination("total"_L1).toInt();
        QVERIFY(total > 0);
        if (expected == "every"_L1) {
            QCOMPARE(total, allTasks(path));
            return;
        }
        const QStringList allowed = expected.split(u',');
        for (const QJsonValue item : answer.list()) {
            const QString itemStatus = item.toObject().value("status"_L1).toString();
            QVERIFY2(allowed.contains(itemStatus), qPrintable(itemStatus));
        }
        QVERIFY(total < allTasks(path));
    }

    void pageSizeDefaultsAndCap() {
        QCOMPARE(get(u"me/tasks?status=all"_s).list().size(), 10);
        QCOMPARE(get(u"tasks?per_page=250"_s).list().size(), 100);
        QCOMPARE(get(u"tasks?per_page=250"_s).pagination("per_page"_L1).toInt(), 100);
        QCOMPARE(get(u"tasks?per_page=0"_s).list().size(), 10);
    }

    void linksAreAnObjectOrAnEmptyArray() {
        const Answer paged = get(u"tasks?per_page=100"_s);
        QVERIFY(paged.pagination("links"_L1).isObject());
        QVERIFY(!paged.pagination("links"_L1).toObject().value("next"_L1).toString().isEmpty());
        const Answer whole = get(u"tasks?per_page=100&q=%23450)"_s); // one task: "(#450)"
        QCOMPARE(whole.list().size(), 1);
        QVERIFY(whole.pagination("links"_L1).isArray());
        QVERIFY(whole.pagination("links"_L1).toArray().isEmpty());
    }

    void generatedTasksAreDeterministic() {
        SandboxServer other;
        QVERIFY(other.listen());
        other.addGeneratedTasks(Generated);
        const auto a = m_server->seededTasks();
        const auto b = other.seededTasks();
        QCOMPARE(a.size(), b.size());
        (void)a;
        const QString first = get(u"tasks?status=all&sort=newest&per_page=5"_s)
                                  .list()
                                  .first()
                                  .toObject()
                                  .value("id"_L1)
                                  .toString();
        QVERIFY(!other.storedTask(first).isEmpty());
        // Spread over members, runs, statuses and types.
        QSet<qint64> owners;
        QSet<QString> runs, statuses, types;
        for (int page = 1; page <= 5; ++page) {
            for (const QJsonValue item :
                 get(u"tasks?status=all&per_page=100&page=%1"_s.arg(page)).list()) {
                const QJsonObject task = item.toObject();
                for (const QJsonValue user :
                     task.value("owners"_L1).toObject().value("users"_L1).toArray())
                    owners.insert(user.toObject().value("id"_L1).toInteger());
                runs.insert(task.value("run_id"_L1).toString());
                statuses.insert(task.value("status"_L1).toString());
                types.insert(task.value("task_type"_L1).toString());
            }
        }
        QVERIFY(owners.size() >= 4);
        QVERIFY(runs.size() >= 3);
        QVERIFY(statuses.size() >= 3);
        QVERIFY(types.size() >= 3);
        // A second batch gets new IDs.
        const int before = get(u"tasks?status=all"_s).pagination("total"_L1).toInt();
        m_server->addGeneratedTasks(Generated);
        QCOMPARE(get(u"tasks?status=all"_s).pagination("total"_L1).toInt(), before + Generated);
    }

    void aCreatedTaskIsListed() {
        // Read the lists first, so that nothing kept from before the create can answer.
        const int before = get(u"me/tasks?status=all"_s).pagination("total"_L1).toInt();
        const int orgBefore = get(u"tasks?status=all"_s).pagination("total"_L1).toInt();
        const QJsonObject body{
            {u"title"_s, u"Order the conference badges"_s},
            {u"task_type"_s, u"task"_s},
            {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{m_server->currentUserId()}},
                                      {u"guests"_s, QJsonArray()},
                                      {u"groups"_s, QJsonArray()}}},
            {u"deadline"_s, u"2027-01-14T15:00:00Z"_s},
            {u"everyone_must_complete"_s, false}};
        QCOMPARE(send("POST", u"tasks"_s, QJsonDocument(body).toJson()).status, 201);
        QCOMPARE(get(u"me/tasks?status=all"_s).pagination("total"_L1).toInt(), before + 1);
        QCOMPARE(get(u"tasks?status=all"_s).pagination("total"_L1).toInt(), orgBefore + 1);
        const Answer found = get(u"tasks?status=active-visible&q=conference%20badges"_s);
        QCOMPARE(found.list().size(), 1);
        QCOMPARE(found.list().first().toObject().value("title"_L1).toString(),
                 u"Order the conference badges"_s);
        QCOMPARE(get(u"search?search=conference%20badges&on=task"_s).list().size(), 1);
    }

    void search_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("needle"); // every hit's title contains it; "" = no hits
        QTest::newRow("by title") << u"search=office%20lease&on=task"_s << 200 << u"office lease"_s;
        QTest::newRow("case-insensitive")
            << u"search=OFFICE%20LEASE&on=task"_s << 200 << u"office lease"_s;
        QTest::newRow("no hits") << u"search=zeppelin&on=task"_s << 200 << u""_s;
        QTest::newRow("no search") << u"on=task"_s << 422 << u""_s;
        QTest::newRow("no on") << u"search=lease"_s << 422 << u""_s;
        QTest::newRow("unknown on") << u"search=lease&on=tasks"_s << 422 << u""_s;
    }
    void search() {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, needle);
        const Answer answer = get(u"search?per_page=100&"_s + query);
        QCOMPARE(answer.status, status);
        if (status != 200)
            return;
        QCOMPARE(answer.list().isEmpty(), needle.isEmpty());
        for (const QJsonValue item : answer.list()) {
            const QJsonObject hit = item.toObject();
            QVERIFY(hit.value("title"_L1).toString().contains(needle, Qt::CaseInsensitive));
            QVERIFY(!hit.contains("run_id"_L1)); // section 6.7: hits never carry it
            QVERIFY(hit.value("is_oneoff_task"_L1).isBool());
            QVERIFY(!m_server->storedTask(hit.value("id"_L1).toString()).isEmpty());
        }
    }

    void searchPagesAndBuckets() {
        const Answer first = get(u"search?search=the&on=task"_s);
        QCOMPARE(first.pagination("per_page"_L1).toInt(), 10);
        const int total = first.pagination("total"_L1).toInt();
        QVERIFY(total > 100);
        QSet<QString> ids;
        for (int page = 1; page <= (total + 99) / 100; ++page) {
            for (const QJsonValue hit :
                 get(u"search?search=the&on=task&per_page=100&page=%1"_s.arg(page)).list())
                ids.insert(hit.toObject().value("id"_L1).toString());
        }
        QCOMPARE(int(ids.size()), total);
        // Several types: one bucket each, with its own pagination.
        const Answer buckets = get(u"search?search=the&on=task,blueprint&per_page=5"_s);
        QCOMPARE(buckets.status, 200);
        const QJsonObject tasks = buckets.json.value("task"_L1).toObject();
        QCOMPARE(tasks.value("data"_L1).toArray().size(), 5);
        QCOMPARE(tasks.value("meta"_L1)
                     .toObject()
                     .value("pagination"_L1)
                     .toObject()
                     .value("total"_L1)
                     .toInt(),
                 total);
        const QJsonObject blueprints = buckets.json.value("blueprint"_L1).toObject();
        QVERIFY(blueprints.value("data"_L1).toArray().isEmpty());
    }

private:
    Answer send(const QByteArray &method, const QString &rest, const QByteArray &body = {}) {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + u"/organizations/"_s +
                                     m_server->orgId() + u'/' + rest));
        request.setRawHeader("X-Tallyfy-Client", "APIClient");
        request.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = method == "GET" ? m_network.get(request)
                                               : m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    Answer get(const QString &rest) { return send("GET", rest); }

    /// How many tasks `path` lists with status=all.
    int allTasks(const QString &path) {
        return get(path + u"?status=all"_s).pagination("total"_L1).toInt();
    }
    /// A run that generated tasks belong to.
    QString aGeneratedRun() {
        for (const QJsonValue item : get(u"tasks?status=all&per_page=100"_s).list()) {
            const QString run = item.toObject().value("run_id"_L1).toString();
            if (!run.isEmpty())
                return run;
        }
        return {};
    }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(tst_SandboxTaskLists)
#include "tst_SandboxTaskLists.moc"
