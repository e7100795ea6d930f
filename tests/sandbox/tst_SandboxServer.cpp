// SandboxServer over real loopback HTTP: QNetworkAccessManager and raw sockets, no client code.

#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kNorthwindTask = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;
const QString kOnboardingRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
const QString kClosedRun = u"b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6"_s; // can_add_oot: false
const QString kFinanceGroup = u"8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f"_s;
const QString kPriorityTag = u"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s;
const QString kDocExampleTag = u"a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4"_s; // the create page's
const QString kInsuranceTask = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s; // summary only on request

QJsonObject testData(const QString &name) {
    QFile file(QStringLiteral(TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// tallyfy-api-notes.md 1.3: an object whose only key is `data` yields the inner value.
QJsonValue unwrap(const QJsonValue &value) {
    const QJsonObject object = value.toObject();
    return object.size() == 1 && object.contains("data"_L1) ? object.value("data"_L1) : value;
}

bool isHex32(const QString &text) {
    static const QRegularExpression pattern(u"^[a-f0-9]{32}$"_s);
    return pattern.match(text).hasMatch();
}

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // lowercased names
    QUrl url;                              // after redirects

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject data() const { return json().value("data"_L1).toObject(); }
    QJsonArray list() const { return json().value("data"_L1).toArray(); }
    QJsonObject pagination() const {
        return json().value("meta"_L1).toObject().value("pagination"_L1).toObject();
    }
};

struct RawResult {
    QByteArray bytes;
    bool closed = false;
};

struct SendOptions {
    bool token = true;
    bool client = true;
    QByteArray authorization; // overrides the valid one when set
    int timeoutMs = 10000;
    QNetworkRequest::RedirectPolicy redirects = QNetworkRequest::NoLessSafeRedirectPolicy;
};

QJsonObject validCreateBody() {
    return QJsonObject{
        {u"title"_s, u"Prepare the December board pack"_s},
        {u"task_type"_s, u"task"_s},
        {u"summary"_s, u"<p>Figures from Finance, narrative from Ana.</p>"_s},
        {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{1001}},
                                  {u"guests"_s, QJsonArray{u"dana@northwind.example"_s}},
                                  {u"groups"_s, QJsonArray{kFinanceGroup}}}},
        {u"deadline"_s, u"2027-01-14T15:00:00Z"_s}, // a Thursday
        {u"started_at"_s, u"2027-01-11T08:00:00Z"_s},
        {u"everyone_must_complete"_s, false},
        {u"tags"_s, QJsonArray{kPriorityTag}},
        {u"form_fields"_s,
         QJsonArray{
             QJsonObject{
                 {u"label"_s, u"Budget source"_s},
                 {u"field_type"_s, u"radio"_s},
                 {u"required"_s, true},
                 {u"options"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"text"_s, u"Operating"_s}},
                                           QJsonObject{{u"id"_s, 2}, {u"text"_s, u"Capital"_s}}}}},
             QJsonObject{
                 {u"label"_s, u"Delivery split"_s},
                 {u"field_type"_s, u"table"_s},
                 {u"required"_s, false},
                 {u"columns"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"label"_s, u"Site"_s}},
                                           QJsonObject{{u"id"_s, 2}, {u"label"_s, u"Units"_s}}}}}}},
    };
}

// Sets a dotted path ("owners.users", "form_fields.1.options") inside a JSON object.
QJsonValue setPath(QJsonValue root, QStringList path, const QJsonValue &value, bool remove) {
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = root.toArray();
        if (path.isEmpty() && remove)
            array.removeAt(index);
        else
            array[index] = setPath(array.at(index), path, value, remove);
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && remove)
        object.remove(head);
    else
        object.insert(head, setPath(object.value(head), path, value, remove));
    return object;
}

} // namespace

class tst_SandboxServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seedIdentity();
    void authentication_data();
    void authentication();
    void edgeNotFoundWithoutClientHeader();
    void unknownEndpoint_data();
    void unknownEndpoint();
    void unknownRecord_data();
    void unknownRecord();
    void otherOrganizationIsForbidden();
    void requestIdOnEveryAnswer();
    void identityEndpoints();
    void getTaskWrapsEveryInclude();
    void getTaskPlain();
    void documentedIncludes_data();
    void documentedIncludes();
    void summaryOnlyWithInclude_data();
    void summaryOnlyWithInclude();
    void formFieldAnswersUseBothKeys();
    void seedHoldsTheDocumentedExamples();
    void seedProblemsAgreeWithTheirThreads();
    void runScopedTask();
    void pagination_data();
    void pagination();
    void pageSizeDefaultsAndCap_data();
    void pageSizeDefaultsAndCap();
    void taskListFilters();
    void tagsAll();
    void guestByEmail();
    void createValidation_data();
    void createValidation();
    void createAcceptsQuirks_data();
    void createAcceptsQuirks();
    void createDates_data();
    void createDates();
    void createRefusesUnparsableDates_data();
    void createRefusesUnparsableDates();
    void createDescription_data();
    void createDescription();
    void documentedCreateExamples_data();
    void documentedCreateExamples();
    void createThenGet();
    void weekendDeadline_data();
    void weekendDeadline();
    void fanOut();
    void faultAnswers_data();
    void faultAnswers();
    void faultReset();
    void faultTruncated();
    void faultHang();
    void faultDelay();
    void faultRedirectToOtherHost();
    void faultMatchingAndOrder();
    void faultsProcessOrNot_data();
    void faultsProcessOrNot();
    void recording();
    void generatedMembers();
    void largeTask();

private:
    HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, const SendOptions &options = {});
    HttpResult get(const QString &pathAndQuery, const SendOptions &options = {}) {
        return send("GET", pathAndQuery, {}, options);
    }
    HttpResult post(const QJsonObject &body) {
        return send("POST", orgPath(u"/tasks"_s), QJsonDocument(body).toJson());
    }
    RawResult raw(const QByteArray &request, int waitMs);
    QString orgPath(const QString &rest) const {
        return u"/organizations/"_s + m_server->orgId() + rest;
    }
    QByteArray rawGet(const QString &path) const;

    SandboxServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

void tst_SandboxServer::init() {
    m_server = new SandboxServer(this);
    QVERIFY(m_server->listen());
    m_nam = new QNetworkAccessManager(this);
}

void tst_SandboxServer::cleanup() {
    delete m_nam;
    m_nam = nullptr;
    delete m_server;
    m_server = nullptr;
}

HttpResult tst_SandboxServer::send(const QByteArray &method, const QString &pathAndQuery,
                                   const QByteArray &body, const SendOptions &options) {
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
    request.setRawHeader("Accept", "application/json");
    if (options.client)
        request.setRawHeader("X-Tallyfy-Client", "APIClient");
    if (!options.authorization.isEmpty())
        request.setRawHeader("Authorization", options.authorization);
    else if (options.token)
        request.setRawHeader("Authorization", "Bearer " + m_server->token().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, options.redirects);

    QNetworkReply *reply = body.isEmpty() && method == "GET"
                               ? m_nam->get(request)
                               : m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    result.url = reply->url();
    reply->deleteLater();
    return result;
}

QByteArray tst_SandboxServer::rawGet(const QString &path) const {
    return "GET " + QByteArray("/api" + path.toUtf8()) +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Tallyfy-Client: APIClient\r\nAuthorization: Bearer " +
           m_server->token().toUtf8() + "\r\nAccept: application/json\r\n\r\n";
}

RawResult tst_SandboxServer::raw(const QByteArray &request, int waitMs) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    RawResult result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&socket, &QTcpSocket::readyRead, &loop,
            [&socket, &result] { result.bytes += socket.readAll(); });
    connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    timer.start(waitMs);
    loop.exec();
    result.bytes += socket.readAll();
    result.closed = socket.state() != QAbstractSocket::ConnectedState;
    return result;
}

void tst_SandboxServer::seedIdentity() {
    QVERIFY(isHex32(m_server->orgId()));
    QVERIFY(m_server->token().startsWith("eyJ"_L1));
    QVERIFY(m_server->token().size() >= 32);
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_server->baseUrl().path(), u"/api"_s);
    QVERIFY(m_server->baseUrl().port() > 0);
    QCOMPARE(m_server->otherHostBaseUrl().host(), u"127.0.0.2"_s);
    QVERIFY(m_server->currentUserId() > 0);
    const auto tasks = m_server->seededTasks();
    QVERIFY(tasks.size() >= 10);
    QCOMPARE(tasks.first().id, kNorthwindTask);
    QCOMPARE(tasks.first().title, u"Collect onboarding documents for Northwind"_s);
    for (const auto &task : tasks)
        QVERIFY2(isHex32(task.id), qPrintable(task.id));
}

void tst_SandboxServer::authentication_data() {
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("valid") << true << QByteArray() << 200;
    QTest::newRow("missing") << false << QByteArray() << 401;
    QTest::newRow("wrong token") << true << QByteArray("Bearer eyJnot.the.token") << 401;
    QTest::newRow("two spaces") << true << QByteArray("Bearer  TOKEN") << 401;
    QTest::newRow("no scheme") << true << QByteArray("TOKEN") << 401;
    QTest::newRow("lowercase scheme") << true << QByteArray("bearer TOKEN") << 401;
}

void tst_SandboxServer::authentication() {
    QFETCH(bool, withToken);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    SendOptions options;
    options.token = withToken;
    options.authorization = authorization.replace("TOKEN", m_server->token().toUtf8());
    const HttpResult result = get(u"/me"_s, options);
    QCOMPARE(result.status, status);
    if (status == 401) {
        QCOMPARE(result.json(), QJsonObject({{u"message"_s, u"Unauthenticated."_s}}));
        QVERIFY(result.contentType.startsWith("application/json"));
    } else {
        QCOMPARE(result.data().value("id"_L1).toInteger(), m_server->currentUserId());
    }
}

void tst_SandboxServer::edgeNotFoundWithoutClientHeader() {
    SendOptions options;
    options.client = false;
    for (const QString &path : {u"/me"_s, orgPath(u"/tasks/"_s + kNorthwindTask)}) {
        const HttpResult result = get(path, options);
        QCOMPARE(result.status, 404);
        QVERIFY(result.contentType.startsWith("text/html"));
        QVERIFY(result.body.contains("apsh546"));
        QVERIFY(!result.body.contains("ENDPOINT_NOT_FOUND"));
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
    }
}

void tst_SandboxServer::unknownEndpoint_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown top level") << u"/nope"_s;
    QTest::newRow("typo in collection") << u"/organizations/ORG/taskz"_s;
    QTest::newRow("too deep") << u"/organizations/ORG/tasks/ID/extra/more"_s;
    QTest::newRow("organizations only") << u"/organizations"_s;
}

void tst_SandboxServer::unknownEndpoint() {
    QFETCH(QString, path);
    path.replace(u"ORG"_s, m_server->orgId()).replace(u"ID"_s, kNorthwindTask);
    const HttpResult result = get(path);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json(), QJsonObject({{u"error"_s, true},
                                         {u"message"_s, u"API endpoint not found"_s},
                                         {u"code"_s, u"ENDPOINT_NOT_FOUND"_s}}));
}

void tst_SandboxServer::unknownRecord_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("well-formed unknown task") << u"/tasks/0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("not hex") << u"/tasks/not-a-task"_s;
    QTest::newRow("uppercase id") << u"/tasks/7D2E4F6A8B0C1D3E5F7A9B1C3D5E7F90"_s;
    QTest::newRow("task in another run")
        << u"/runs/"_s + kClosedRun + u"/tasks/"_s + kNorthwindTask;
    QTest::newRow("unknown run") << u"/runs/0123456789abcdef0123456789abcdef/tasks"_s;
    QTest::newRow("unknown guest") << u"/guests/nobody%40example.com"_s;
}

void tst_SandboxServer::unknownRecord() {
    QFETCH(QString, path);
    const HttpResult result = get(orgPath(path));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json(), QJsonObject({{u"error"_s, true},
                                         {u"message"_s, u"Resource not found"_s},
                                         {u"code"_s, u"RESOURCE_NOT_FOUND"_s}}));
}

void tst_SandboxServer::otherOrganizationIsForbidden() {
    const HttpResult result =
        get(u"/organizations/6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d/tasks/"_s + kNorthwindTask);
    QCOMPARE(result.status, 403);
    QVERIFY(!result.json().value("message"_L1).toString().isEmpty());
}

void tst_SandboxServer::requestIdOnEveryAnswer() {
    SendOptions noClient;
    noClient.client = false;
    SendOptions noToken;
    noToken.token = false;
    const QList<HttpResult> results = {get(u"/me"_s), get(u"/me"_s, noClient),
                                       get(u"/me"_s, noToken), get(u"/nope"_s)};
    QSet<QByteArray> ids;
    for (const HttpResult &result : results) {
        const QByteArray id = result.headers.value("x-request-id");
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{16,}$"_s).match(QString::fromLatin1(id)).hasMatch(),
                 id.constData());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), results.size());
}

void tst_SandboxServer::identityEndpoints() {
    const QJsonObject me = get(u"/me"_s).data();
    for (const auto key :
         {"id"_L1, "email"_L1, "username"_L1, "first_name"_L1, "last_name"_L1, "timezone"_L1})
        QVERIFY2(me.contains(key), key.data());

    const HttpResult orgs = get(u"/me/organizations"_s);
    QCOMPARE(orgs.status, 200);
    bool found = false;
    for (const QJsonValue org : orgs.list()) {
        QVERIFY(org.toObject().contains("name"_L1));
        found = found || org.toObject().value("id"_L1).toString() == m_server->orgId();
    }
    QVERIFY(found);
    QVERIFY(orgs.pagination().contains("total_pages"_L1));

    const QJsonObject org = get(orgPath({})).data();
    QCOMPARE(org.value("id"_L1).toString(), m_server->orgId());
    QVERIFY(!org.value("timezone"_L1).toString().isEmpty());

    const QJsonObject profile = get(orgPath(u"/me"_s)).data();
    QCOMPARE(profile.value("id"_L1).toInteger(), m_server->currentUserId());
    QVERIFY(profile.value("created_at"_L1).toString().endsWith("+00:00"_L1));
    QVERIFY(QDateTime::fromString(profile.value("created_at"_L1).toString(), Qt::ISODateWithMs)
                .isValid());
}

void tst_SandboxServer::getTaskWrapsEveryInclude() {
    const QStringList includes = {u"run"_s,
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
    const HttpResult result =
        get(orgPath(u"/tasks/"_s + kNorthwindTask + u"?with="_s + includes.join(u',')));
    QCOMPARE(result.status, 200);
    const QJsonObject task = result.data();
    QCOMPARE(task.value("id"_L1).toString(), kNorthwindTask);
    for (const QString &include : includes) {
        if (include == "summary"_L1) {
            QVERIFY(task.value(include).isString());
        } else if (include == "threads_count"_L1) {
            QCOMPARE(task.value(include).toInt(), 3);
        } else {
            const QJsonValue wrapped = task.value(include);
            QVERIFY2(wrapped.isObject(), qPrintable(include));
            QVERIFY2(wrapped.toObject().keys() == QStringList{u"data"_s}, qPrintable(include));
        }
    }
    const QJsonObject run = task.value("run"_L1).toObject().value("data"_L1).toObject();
    QCOMPARE(run.value("id"_L1).toString(), kOnboardingRun);
    QVERIFY(run.value("can_add_oot"_L1).isBool());
    QVERIFY(run.value("progress"_L1).toObject().contains("percent"_L1));
    const QJsonArray fields = task.value("form_fields"_L1).toObject().value("data"_L1).toArray();
    QCOMPARE(fields.size(), 10);
    QSet<QString> types;
    for (const QJsonValue field : fields) {
        types.insert(field.toObject().value("field_type"_L1).toString());
        QVERIFY(isHex32(field.toObject().value("id"_L1).toString()));
    }
    QCOMPARE(types, QSet<QString>({u"text"_s, u"textarea"_s, u"email"_s, u"date"_s, u"radio"_s,
                                   u"dropdown"_s, u"multiselect"_s, u"table"_s, u"assignees_form"_s,
                                   u"file"_s}));
    const QJsonArray tags = task.value("tags"_L1).toObject().value("data"_L1).toArray();
    QCOMPARE(tags.first().toObject().value("id"_L1).toString(), kPriorityTag);
    const QJsonArray issues = task.value("issues"_L1).toObject().value("data"_L1).toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().toObject().value("label"_L1).toString(), u"problem"_s);

    // Single GET: owners as IDs, emails and 32-hex group IDs.
    const QJsonObject owners = task.value("owners"_L1).toObject();
    QCOMPARE(owners.value("users"_L1).toArray(), QJsonArray({1001, 1002}));
    QCOMPARE(owners.value("guests"_L1).toArray(), QJsonArray({u"dana@northwind.example"_s}));
    QVERIFY(isHex32(owners.value("groups"_L1).toArray().first().toString()));
}

void tst_SandboxServer::getTaskPlain() {
    const QJsonObject task = get(orgPath(u"/tasks/"_s + kNorthwindTask)).data();
    QVERIFY(!task.contains("form_fields"_L1));
    QVERIFY(!task.contains("run"_L1));
    QVERIFY(task.value("summary"_L1).toString().contains("<p>"_L1));
    QVERIFY(task.contains("original_summary"_L1));
    QCOMPARE(task.value("run_id"_L1).toString(), kOnboardingRun);
    QCOMPARE(task.value("status"_L1).toString(), u"active"_s);
    QCOMPARE(task.value("task_type"_L1).toString(), u"task"_s);
    QCOMPARE(task.value("is_oneoff_task"_L1), QJsonValue(false));
    QVERIFY(task.value("deadline"_L1).toString().endsWith(".000Z"_L1));
}

void tst_SandboxServer::documentedIncludes_data() {
    QTest::addColumn<QString>("include");
    QTest::addColumn<QString>("shape");        // of the value after unwrapping
    QTest::addColumn<QStringList>("itemKeys"); // keys the reference documents (2.3), if any
    const QStringList none;
    // The 15 names of tallyfy-api-notes.md 2.3, in the documented order.
    QTest::newRow("run") << u"run"_s << u"object"_s
                         << QStringList{u"id"_s, u"name"_s, u"status"_s, u"can_add_oot"_s,
                                        u"progress"_s};
    QTest::newRow("step") << u"step"_s << u"object"_s << QStringList{u"id"_s};
    QTest::newRow("form_fields") << u"form_fields"_s << u"array"_s
                                 << QStringList{u"id"_s, u"field_type"_s, u"label"_s,
                                                u"required"_s};
    QTest::newRow("tags") << u"tags"_s << u"array"_s
                          << QStringList{u"id"_s,         u"title"_s,
                                         u"color"_s,      u"auto_generated"_s,
                                         u"created_at"_s, u"deleted_at"_s};
    QTest::newRow("threads") << u"threads"_s << u"array"_s
                             << QStringList{u"id"_s,    u"content"_s,   u"label"_s,
                                            u"state"_s, u"author_id"_s, u"created_at"_s};
    QTest::newRow("issues") << u"issues"_s << u"any"_s << none;
    QTest::newRow("assets")
        << u"assets"_s << u"array"_s
        << QStringList{
               u"id"_s,      u"filename"_s, u"version"_s, u"uploaded_from"_s,  u"uploaded_at"_s,
               u"step_id"_s, u"source"_s,   u"system"_s,  u"uploaded_to_s3"_s, u"subject"_s};
    QTest::newRow("folders") << u"folders"_s << u"any"_s << none;
    QTest::newRow("roles") << u"roles"_s << u"any"_s << none;
    QTest::newRow("activities") << u"activities"_s << u"any"_s << none;
    QTest::newRow("ko-form-fields") << u"ko-form-fields"_s << u"any"_s << none;
    QTest::newRow("summary") << u"summary"_s << u"string"_s << none;
    QTest::newRow("member_watchers") << u"member_watchers"_s << u"any"_s << none;
    QTest::newRow("guest_watchers") << u"guest_watchers"_s << u"any"_s << none;
    QTest::newRow("threads_count") << u"threads_count"_s << u"any"_s << none;
}

void tst_SandboxServer::documentedIncludes() {
    QFETCH(QString, include);
    QFETCH(QString, shape);
    QFETCH(QStringList, itemKeys);
    // The seed task that has something for every include; asked for one include at a time.
    const HttpResult result = get(orgPath(u"/tasks/"_s + kNorthwindTask + u"?with="_s + include));
    QCOMPARE(result.status, 200);
    const QJsonObject task = result.data();
    QVERIFY2(task.contains(include), qPrintable(include));
    const QJsonValue value = unwrap(task.value(include));
    QVERIFY(!value.isUndefined() && !value.isNull());
    QJsonObject item;
    if (shape == "object"_L1) {
        QVERIFY(value.isObject());
        item = value.toObject();
    } else if (shape == "array"_L1) {
        QVERIFY(value.isArray());
        QVERIFY(!value.toArray().isEmpty());
        for (const QJsonValue entry : value.toArray())
            QVERIFY(entry.isObject());
        item = value.toArray().first().toObject();
    } else if (shape == "string"_L1) {
        QVERIFY(value.isString());
        QVERIFY(!value.toString().isEmpty());
    }
    for (const QString &key : itemKeys)
        QVERIFY2(item.contains(key), qPrintable(include + u'.' + key));
    // Nothing else was included.
    for (const QString &other : {u"run"_s, u"step"_s, u"form_fields"_s, u"tags"_s, u"threads"_s}) {
        if (other != include)
            QVERIFY2(!task.contains(other), qPrintable(other));
    }
}

void tst_SandboxServer::summaryOnlyWithInclude_data() {
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QString>("with");
    QTest::addColumn<bool>("hasSummary");
    QTest::newRow("plain GET") << kNorthwindTask << QString() << true;
    QTest::newRow("plain GET, other includes") << kNorthwindTask << u"run,tags"_s << true;
    QTest::newRow("needs the include, none") << kInsuranceTask << QString() << false;
    QTest::newRow("needs the include, others") << kInsuranceTask << u"form_fields,tags"_s << false;
    QTest::newRow("needs the include, asked") << kInsuranceTask << u"form_fields,summary"_s << true;
}

// Some servers show the description only when `with=summary` asks for it; the client's
// default includes must cope with both.
void tst_SandboxServer::summaryOnlyWithInclude() {
    QFETCH(QString, taskId);
    QFETCH(QString, with);
    QFETCH(bool, hasSummary);
    const QString query = with.isEmpty() ? QString() : u"?with="_s + with;
    const QJsonObject task = get(orgPath(u"/tasks/"_s + taskId + query)).data();
    QCOMPARE(task.value("id"_L1).toString(), taskId);
    QCOMPARE(task.contains("summary"_L1), hasSummary);
    QCOMPARE(task.contains("original_summary"_L1), hasSummary);
    if (hasSummary)
        QVERIFY(task.value("summary"_L1).toString().startsWith("<p>"_L1));
    // The stored record keeps it either way.
    QVERIFY(!m_server->storedTask(taskId).value("summary"_L1).toString().isEmpty());
}

// Quirk 13: the documentation puts answers in `value`, the live server in `field_value`.
void tst_SandboxServer::formFieldAnswersUseBothKeys() {
    const QJsonArray fields =
        unwrap(get(orgPath(u"/tasks/"_s + kNorthwindTask + u"?with=form_fields"_s))
                   .data()
                   .value("form_fields"_L1))
            .toArray();
    QCOMPARE(fields.size(), 10);
    int underValue = 0;
    int underFieldValue = 0;
    for (const QJsonValue field : fields) {
        const QJsonObject entry = field.toObject();
        QVERIFY2(entry.contains("value"_L1) != entry.contains("field_value"_L1),
                 qPrintable(entry.value("label"_L1).toString()));
        underValue += entry.contains("value"_L1) ? 1 : 0;
        underFieldValue += entry.contains("field_value"_L1) ? 1 : 0;
        const QJsonValue answer = entry.contains("field_value"_L1) ? entry.value("field_value"_L1)
                                                                   : entry.value("value"_L1);
        QVERIFY(!answer.isNull());
    }
    QVERIFY(underValue > 0);
    QVERIFY(underFieldValue > 0);
}

// A seeded task says it has a problem exactly when one of its problem threads is open (no
// resolve_id; a "resolve" comment alone closes nothing), as Tallyfy keeps the two.
void tst_SandboxServer::seedProblemsAgreeWithTheirThreads() {
    int withProblem = 0;
    int resolved = 0;
    for (const auto &seeded : m_server->seededTasks()) {
        const HttpResult result = get(orgPath(u"/tasks/"_s + seeded.id + u"?with=threads"_s));
        QCOMPARE(result.status, 200);
        const QJsonObject task = result.data();
        bool open = false;
        const QJsonArray threads = task.value("threads"_L1).toObject().value("data"_L1).toArray();
        for (const QJsonValue &value : threads) {
            const QJsonObject thread = value.toObject();
            if (thread.value("label"_L1).toString() != "problem"_L1)
                continue;
            const bool isResolved = thread.value("resolve_id"_L1).isString();
            open = open || !isResolved;
            resolved += isResolved ? 1 : 0;
        }
        withProblem += open ? 1 : 0;
        QVERIFY2(task.value("problem"_L1).toBool() == open, qPrintable(seeded.id));
    }
    QVERIFY(withProblem >= 1);
    QVERIFY(resolved >= 1);
}

// The members and the tag that the create page's examples name.
void tst_SandboxServer::seedHoldsTheDocumentedExamples() {
    QSet<qint64> members;
    for (const QJsonValue member : get(orgPath(u"/users"_s)).list())
        members.insert(member.toObject().value("id"_L1).toInteger());
    for (const qint64 id : {1001, 1002, 12345})
        QVERIFY2(members.contains(id), qPrintable(QString::number(id)));
    QStringList tags;
    for (const QJsonValue tag : get(orgPath(u"/tags?per_page=100"_s)).list())
        tags.append(tag.toObject().value("id"_L1).toString());
    QVERIFY(tags.contains(kDocExampleTag));
}

void tst_SandboxServer::runScopedTask() {
    const HttpResult result = get(
        orgPath(u"/runs/"_s + kOnboardingRun + u"/tasks/"_s + kNorthwindTask + u"?with=step"_s));
    QCOMPARE(result.status, 200);
    const QJsonObject step = result.data().value("step"_L1).toObject().value("data"_L1).toObject();
    QCOMPARE(step.value("id"_L1).toString(), result.data().value("step_id"_L1).toString());
}

void tst_SandboxServer::pagination_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<QString>("links");
    QTest::addColumn<QString>("idKey");
    QTest::newRow("organizations") << u"/me/organizations?"_s << 1 << u"fractal"_s << u"id"_s;
    QTest::newRow("org tasks") << u"ORG/tasks?"_s << 4 << u"fractal"_s << u"id"_s;
    QTest::newRow("org tasks q") << u"ORG/tasks?q=the&"_s << 3 << u"fractal"_s << u"id"_s;
    QTest::newRow("run tasks") << u"ORG/runs/RUN/tasks?"_s << 2 << u"prev"_s << u"id"_s;
    QTest::newRow("runs") << u"ORG/runs?"_s << 1 << u"prev"_s << u"id"_s;
    QTest::newRow("users") << u"ORG/users?"_s << 3 << u"previous"_s << u"id"_s;
    QTest::newRow("users-list") << u"ORG/users-list?"_s << 3 << u"null"_s << u"id"_s;
    QTest::newRow("groups") << u"ORG/groups?"_s << 2 << u"fractal"_s << u"id"_s;
    QTest::newRow("guests") << u"ORG/guests?"_s << 1 << u"null"_s << u"email"_s;
    QTest::newRow("tags") << u"ORG/tags?all=true&"_s << 2 << u"absent"_s << u"id"_s;
}

void tst_SandboxServer::pagination() {
    QFETCH(QString, path);
    QFETCH(int, perPage);
    QFETCH(QString, links);
    QFETCH(QString, idKey);
    path.replace(u"ORG"_s, orgPath({})).replace(u"RUN"_s, kOnboardingRun);

    QStringList ids;
    int total = -1;
    int totalPages = -1;
    for (int page = 1; page <= 50; ++page) {
        const HttpResult result = get(path + u"per_page=%1&page=%2"_s.arg(perPage).arg(page));
        QCOMPARE(result.status, 200);
        const QJsonObject pagination = result.pagination();
        const QJsonArray data = result.list();
        QCOMPARE(pagination.value("per_page"_L1).toInt(), perPage);
        QCOMPARE(pagination.value("current_page"_L1).toInt(), page);
        QCOMPARE(pagination.value("count"_L1).toInt(), int(data.size()));
        QVERIFY(data.size() <= perPage);
        if (total < 0) {
            total = pagination.value("total"_L1).toInt();
            totalPages = pagination.value("total_pages"_L1).toInt();
            QCOMPARE(totalPages, std::max(1, (total + perPage - 1) / perPage));
            QVERIFY2(totalPages >= 2, "the row must span pages");
        }
        QCOMPARE(pagination.value("total"_L1).toInt(), total);
        for (const QJsonValue item : data) {
            const QJsonValue id = item.toObject().value(idKey);
            ids.append(id.isString() ? id.toString() : QString::number(id.toInteger()));
        }

        const bool last = page >= totalPages;
        const QJsonValue linkValue = pagination.value("links"_L1);
        if (links == "null"_L1) {
            QVERIFY(linkValue.isNull());
        } else if (links == "absent"_L1) {
            QVERIFY(linkValue.isUndefined());
        } else if (links == "fractal"_L1) {
            // Only the links that exist; [] when there are none.
            QVERIFY(linkValue.isObject());
            const QJsonObject object = linkValue.toObject();
            QCOMPARE(object.contains("next"_L1), !last);
            QCOMPARE(object.contains("previous"_L1), page > 1);
            if (!last)
                QVERIFY(object.value("next"_L1).toString().contains(u"page=%1"_s.arg(page + 1)));
        } else {
            const QJsonObject object = linkValue.toObject();
            QVERIFY(object.contains("next"_L1));
            QVERIFY(object.contains(links));
            QCOMPARE(object.value("next"_L1).isNull(), last);
            QCOMPARE(object.value(links).isNull(), page == 1);
            if (!last) {
                const QUrl next(object.value("next"_L1).toString());
                QCOMPARE(next.host(), u"127.0.0.1"_s);
                QCOMPARE(next.port(), m_server->baseUrl().port());
            }
        }
        if (last)
            break;
    }
    QCOMPARE(int(ids.size()), total);
    QCOMPARE(int(QSet<QString>(ids.cbegin(), ids.cend()).size()), total);
}

void tst_SandboxServer::pageSizeDefaultsAndCap_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("perPage");
    QTest::newRow("tasks default") << u"/tasks"_s << 10;
    QTest::newRow("run tasks default") << u"/runs/RUN/tasks"_s << 10;
    QTest::newRow("runs default") << u"/runs"_s << 10;
    QTest::newRow("groups default") << u"/groups"_s << 10;
    QTest::newRow("tags default") << u"/tags"_s << 10;
    QTest::newRow("guests default") << u"/guests"_s << 999;
    QTest::newRow("members default") << u"/users"_s << 9999;
    QTest::newRow("tasks capped") << u"/tasks?per_page=500"_s << 100;
    QTest::newRow("members capped") << u"/users?per_page=101"_s << 100;
}

void tst_SandboxServer::pageSizeDefaultsAndCap() {
    QFETCH(QString, path);
    QFETCH(int, perPage);
    const HttpResult result = get(orgPath(path.replace(u"RUN"_s, kOnboardingRun)));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.pagination().value("per_page"_L1).toInt(), perPage);
}

void tst_SandboxServer::taskListFilters() {
    const auto titles = [this](const QString &query) {
        QStringList out;
        const HttpResult result = get(orgPath(u"/tasks?per_page=100&"_s + query));
        for (const QJsonValue task : result.list())
            out.append(task.toObject().value("title"_L1).toString());
        return out;
    };
    const QStringList approve = titles(u"q=APPROVE"_s);
    QVERIFY(!approve.isEmpty());
    for (const QString &title : approve)
        QVERIFY(title.contains("approve"_L1, Qt::CaseInsensitive));

    const HttpResult oneoff = get(orgPath(u"/tasks?per_page=100&is_oneoff=true"_s));
    QVERIFY(oneoff.list().size() >= 5);
    for (const QJsonValue task : oneoff.list()) {
        QVERIFY(task.toObject().value("is_oneoff_task"_L1).toBool());
        QVERIFY(task.toObject().value("archived_at"_L1).isNull());
        // List items carry owner objects and no summary.
        for (const QJsonValue user :
             task.toObject().value("owners"_L1).toObject().value("users"_L1).toArray())
            QVERIFY(user.toObject().contains("full_name"_L1));
        QVERIFY(!task.toObject().contains("summary"_L1));
    }
    const HttpResult withSummary = get(orgPath(u"/tasks?with=summary"_s));
    QVERIFY(withSummary.list().first().toObject().contains("summary"_L1));

    const HttpResult complete = get(orgPath(u"/tasks?per_page=100&status=complete"_s));
    QVERIFY(!complete.list().isEmpty());
    for (const QJsonValue task : complete.list())
        QCOMPARE(task.toObject().value("status"_L1).toString(), u"completed"_s);
    // The traps of section 6.3: an unknown value, and `completed` (a task's own status word),
    // filter nothing and answer 200 with every task; parts are ORed; `all` beside others drops.
    const int everyTask = get(orgPath(u"/tasks?per_page=100"_s)).list().size();
    QCOMPARE(get(orgPath(u"/tasks?per_page=100&status=finished"_s)).list().size(), everyTask);
    QCOMPARE(get(orgPath(u"/tasks?per_page=100&status=completed"_s)).list().size(), everyTask);
    QCOMPARE(get(orgPath(u"/tasks?per_page=100&status=complete,finished"_s)).list().size(),
             complete.list().size());
    QCOMPARE(get(orgPath(u"/tasks?per_page=100&status=all,complete"_s)).list().size(),
             complete.list().size());
    const int inProgress = get(orgPath(u"/tasks?per_page=100&status=in-progress"_s)).list().size();
    const int notStarted = get(orgPath(u"/tasks?per_page=100&status=not-started"_s)).list().size();
    QVERIFY(inProgress > 0 && notStarted > 0);
    QCOMPARE(get(orgPath(u"/tasks?per_page=100&status=active-visible"_s)).list().size(),
             inProgress + notStarted);
    // My tasks without a status are the active ones; a member's list takes the member's ID.
    for (const QJsonValue task : get(orgPath(u"/me/tasks?per_page=100"_s)).list())
        QVERIFY(task.toObject().value("status"_L1).toString() != "completed"_L1);
    QVERIFY(!get(orgPath(u"/users/1002/tasks?per_page=100&status=all"_s)).list().isEmpty());
    QCOMPARE(get(orgPath(u"/users/999999/tasks"_s)).status, 404);

    QCOMPARE(titles(u"archived=only"_s), QStringList{u"Order replacement badge printer ribbons"_s});
    QCOMPARE(get(orgPath(u"/tasks?created=2026-13-01"_s)).status, 422);

    // The duplicate check of section 5: q, is_oneoff, created today, newest first.
    QJsonObject first = validCreateBody();
    first.insert(u"title"_s, u"Duplicate check target"_s);
    const HttpResult one = post(first);
    QCOMPARE(one.status, 201);
    const HttpResult two = post(first);
    QCOMPARE(two.status, 201);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const HttpResult found = get(orgPath(u"/tasks?q=Duplicate%20check&is_oneoff=true&created="_s +
                                         today + u"&sort=newest"_s));
    QCOMPARE(found.list().size(), 2);
    const QString newestCreated = found.list().at(0).toObject().value("created_at"_L1).toString();
    const QString olderCreated = found.list().at(1).toObject().value("created_at"_L1).toString();
    QVERIFY(newestCreated >= olderCreated);
    QCOMPARE(found.list().at(0).toObject().value("starter_id"_L1).toInteger(),
             m_server->currentUserId());
    const QString range = u"2020-01-01:2020-12-31"_s;
    QVERIFY(get(orgPath(u"/tasks?q=Duplicate%20check&created="_s + range)).list().isEmpty());
}

void tst_SandboxServer::tagsAll() {
    const auto autoGenerated = [](const HttpResult &result) {
        int count = 0;
        for (const QJsonValue tag : result.list())
            count += tag.toObject().value("auto_generated"_L1).toBool() ? 1 : 0;
        return count;
    };
    const HttpResult plain = get(orgPath(u"/tags"_s));
    const HttpResult all = get(orgPath(u"/tags?all=true"_s));
    QCOMPARE(autoGenerated(plain), 0);
    QCOMPARE(autoGenerated(all), 1);
    QCOMPARE(all.list().size(), plain.list().size() + 1);
    QCOMPARE(all.list().size(), 6);
}

void tst_SandboxServer::guestByEmail() {
    const HttpResult result = get(orgPath(u"/guests/dana%40northwind.example"_s));
    QCOMPARE(result.status, 201); // documented so (quirk 20)
    QCOMPARE(result.data().value("email"_L1).toString(), u"dana@northwind.example"_s);
}

void tst_SandboxServer::createValidation_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("errorKey");
    const QJsonValue none;
    const QString emoji = u"\U0001F680"_s;
    QTest::newRow("empty title") << u"title"_s << QJsonValue(u"   "_s) << false << u"title"_s;
    QTest::newRow("no title") << u"title"_s << none << true << u"title"_s;
    QTest::newRow("601 code points")
        << u"title"_s << QJsonValue(emoji.repeated(601)) << false << u"title"_s;
    QTest::newRow("task type") << u"task_type"_s << QJsonValue(u"chore"_s) << false
                               << u"task_type"_s;
    QTest::newRow("no owners") << u"owners"_s << none << true << u"owners"_s;
    QTest::newRow("unknown member")
        << u"owners.users"_s << QJsonValue(QJsonArray{424242}) << false << u"owners.users.0"_s;
    QTest::newRow("bad guest") << u"owners.guests"_s << QJsonValue(QJsonArray{u"dana@"_s}) << false
                               << u"owners.guests.0"_s;
    QTest::newRow("member as guest")
        << u"owners.guests"_s
        << QJsonValue(QJsonArray{u"pat@client.example"_s, u"ben.okafor@brightwater.example"_s})
        << false << u"owners.guests.1"_s;
    QTest::newRow("guest without member")
        << u"owners.users"_s << QJsonValue(QJsonArray()) << false << u"owners.users"_s;
    QTest::newRow("unknown group")
        << u"owners.groups"_s << QJsonValue(QJsonArray{u"0123456789abcdef0123456789abcdef"_s})
        << false << u"owners.groups.0"_s;
    QTest::newRow("no deadline") << u"deadline"_s << none << true << u"deadline"_s;
    QTest::newRow("deadline format")
        << u"deadline"_s << QJsonValue(u"14/01/2027 15:00"_s) << false << u"deadline"_s;
    QTest::newRow("impossible date")
        << u"deadline"_s << QJsonValue(u"2027-02-30 15:00:00"_s) << false << u"deadline"_s;
    QTest::newRow("start after deadline")
        << u"started_at"_s << QJsonValue(u"2027-01-15 08:00:00"_s) << false << u"started_at"_s;
    QTest::newRow("unknown tag") << u"tags"_s << QJsonValue(QJsonArray{u"priority"_s}) << false
                                 << u"tags.0"_s;
    QTest::newRow("unknown run") << u"run_id"_s << QJsonValue(u"0123456789abcdef0123456789abcdef"_s)
                                 << false << u"run_id"_s;
    QTest::newRow("run refuses one-offs")
        << u"run_id"_s << QJsonValue(kClosedRun) << false << u"run_id"_s;
    QTest::newRow("field label") << u"form_fields.0.label"_s << none << true
                                 << u"form_fields.0.label"_s;
    QTest::newRow("field type") << u"form_fields.0.field_type"_s << QJsonValue(u"number"_s) << false
                                << u"form_fields.0.field_type"_s;
    QTest::newRow("required missing")
        << u"form_fields.1.required"_s << none << true << u"form_fields.1.required"_s;
    QTest::newRow("string option id") << u"form_fields.0.options.0.id"_s << QJsonValue(u"1"_s)
                                      << false << u"form_fields.0.options.0.id"_s;
    QTest::newRow("empty option text") << u"form_fields.0.options.1.text"_s << QJsonValue(u""_s)
                                       << false << u"form_fields.0.options.1.text"_s;
    QTest::newRow("table without columns")
        << u"form_fields.1.columns"_s << none << true << u"form_fields.1.columns"_s;
    QTest::newRow("column label") << u"form_fields.1.columns.1.label"_s << none << true
                                  << u"form_fields.1.columns.1.label"_s;
    QTest::newRow("max assignable")
        << u"max_assignable"_s << QJsonValue(0) << false << u"max_assignable"_s;
    QTest::newRow("webhook") << u"webhook"_s << QJsonValue(u"not a url"_s) << false << u"webhook"_s;
}

void tst_SandboxServer::createValidation() {
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, remove);
    QFETCH(QString, errorKey);
    const QJsonObject body = setPath(validCreateBody(), path.split(u'.'), value, remove).toObject();
    const int before =
        get(orgPath(u"/tasks?archived=true"_s)).pagination().value("total"_L1).toInt();

    const HttpResult result = post(body);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.json().value("message"_L1).toString(), u"The given data was invalid."_s);
    const QJsonObject errors = result.json().value("errors"_L1).toObject();
    QVERIFY2(errors.contains(errorKey),
             QJsonDocument(errors).toJson(QJsonDocument::Compact).constData());
    const QJsonArray messages = errors.value(errorKey).toArray();
    QVERIFY(!messages.isEmpty());
    QVERIFY(!messages.first().toString().isEmpty());
    QCOMPARE(errors.size(), 1); // nothing else in the valid body is blamed

    const int after =
        get(orgPath(u"/tasks?archived=true"_s)).pagination().value("total"_L1).toInt();
    QCOMPARE(after, before);
}

void tst_SandboxServer::createAcceptsQuirks_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("600 emoji") << u"title"_s << QJsonValue(u"\U0001F680"_s.repeated(600));
    QTest::newRow("dropdown without options (quirk 10)")
        << u"form_fields"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"label"_s, u"Pick one"_s},
                                             {u"field_type"_s, u"dropdown"_s},
                                             {u"required"_s, false}}});
    QTest::newRow("email field type") << u"form_fields.0.field_type"_s << QJsonValue(u"email"_s);
    QTest::newRow("ISO 8601 deadline") << u"deadline"_s << QJsonValue(u"2027-01-14T15:00:00Z"_s);
    QTest::newRow("numeric string user") << u"owners.users"_s << QJsonValue(QJsonArray{u"1001"_s});
    QTest::newRow("open run") << u"run_id"_s << QJsonValue(kOnboardingRun);
}

void tst_SandboxServer::createAcceptsQuirks() {
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const HttpResult result =
        post(setPath(validCreateBody(), path.split(u'.'), value, false).toObject());
    QCOMPARE(result.status, 201);
    QVERIFY(isHex32(result.data().value("id"_L1).toString()));
    if (path == "run_id"_L1) {
        QCOMPARE(result.data().value("run_id"_L1).toString(), kOnboardingRun);
        QCOMPARE(result.data().value("is_oneoff_task"_L1), QJsonValue(true));
    }
}

void tst_SandboxServer::createDates_data() {
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("stored");
    // tallyfy-api-notes.md 1.5: the digits are kept as UTC; a `Z` or an offset is discarded.
    QTest::newRow("ISO 8601 with Z") << u"2027-01-14T15:00:00Z"_s << u"2027-01-14T15:00:00.000Z"_s;
    QTest::newRow("ISO 8601 with milliseconds")
        << u"2027-01-14T15:00:00.250Z"_s << u"2027-01-14T15:00:00.250Z"_s;
    QTest::newRow("positive offset discarded")
        << u"2027-01-14T17:00:00+02:00"_s << u"2027-01-14T17:00:00.000Z"_s;
    QTest::newRow("negative offset discarded")
        << u"2027-01-14T10:30:00-05:00"_s << u"2027-01-14T10:30:00.000Z"_s;
    QTest::newRow("offset without colon")
        << u"2027-01-14T09:00:00+0100"_s << u"2027-01-14T09:00:00.000Z"_s;
    QTest::newRow("no zone") << u"2027-01-14T15:00:00"_s << u"2027-01-14T15:00:00.000Z"_s;
    QTest::newRow("no seconds") << u"2027-01-14T15:00Z"_s << u"2027-01-14T15:00:00.000Z"_s;
    QTest::newRow("date only") << u"2027-01-14"_s << u"2027-01-14T00:00:00.000Z"_s;
    QTest::newRow("older space form") << u"2027-01-14 15:00:00"_s << u"2027-01-14T15:00:00.000Z"_s;
}

void tst_SandboxServer::createDates() {
    QFETCH(QString, sent);
    QFETCH(QString, stored);
    QJsonObject body = validCreateBody();
    body.insert(u"deadline"_s, sent);
    body.insert(u"started_at"_s, sent);
    const HttpResult result = post(body);
    QCOMPARE(result.status, 201);
    QCOMPARE(result.data().value("deadline"_L1).toString(), stored);
    QCOMPARE(result.data().value("started_at"_L1).toString(), stored);
    const QString id = result.data().value("id"_L1).toString();
    QCOMPARE(get(orgPath(u"/tasks/"_s + id)).data().value("deadline"_L1).toString(), stored);
}

void tst_SandboxServer::createRefusesUnparsableDates_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("day first") << u"deadline"_s << QJsonValue(u"14/01/2027 15:00"_s);
    QTest::newRow("no such day") << u"deadline"_s << QJsonValue(u"2027-02-30T15:00:00Z"_s);
    QTest::newRow("no such hour") << u"deadline"_s << QJsonValue(u"2027-01-14T25:00:00Z"_s);
    QTest::newRow("space form without seconds")
        << u"deadline"_s << QJsonValue(u"2027-01-14 15:00"_s);
    QTest::newRow("space form with a zone")
        << u"deadline"_s << QJsonValue(u"2027-01-14 15:00:00Z"_s);
    QTest::newRow("words") << u"deadline"_s << QJsonValue(u"next Friday"_s);
    QTest::newRow("epoch number") << u"deadline"_s << QJsonValue(1799938800);
    QTest::newRow("started_at") << u"started_at"_s << QJsonValue(u"2027-01-11T8:00:00Z"_s);
}

void tst_SandboxServer::createRefusesUnparsableDates() {
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject body = validCreateBody();
    body.insert(key, value);
    const HttpResult result = post(body);
    QCOMPARE(result.status, 422);
    const QJsonObject errors = result.json().value("errors"_L1).toObject();
    QCOMPARE(errors.keys(), QStringList{key});
    const QString message = errors.value(key).toArray().first().toString();
    QVERIFY2(message.contains("ISO 8601"_L1), qPrintable(message));
}

void tst_SandboxServer::createDescription_data() {
    QTest::addColumn<QJsonValue>("description");
    QTest::addColumn<QJsonValue>("summary");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<bool>("summaryIn201");
    const QJsonValue none(QJsonValue::Undefined); // the key is left out
    const QString text = u"<p>Figures from Finance.</p>"_s;
    // tallyfy-api-notes.md 3.2: either key or both. A body in the create page's shape gets the
    // create page's 201 (no `summary`); a body with only `summary` gets it back, as live clients
    // see.
    QTest::newRow("summary only") << none << QJsonValue(text) << text << true;
    QTest::newRow("description only") << QJsonValue(text) << none << text << false;
    QTest::newRow("both, one text") << QJsonValue(text) << QJsonValue(text) << text << false;
    QTest::newRow("both, summary wins")
        << QJsonValue(u"Older words"_s) << QJsonValue(text) << text << false;
    QTest::newRow("empty summary, description kept")
        << QJsonValue(text) << QJsonValue(u""_s) << text << false;
    QTest::newRow("null description")
        << QJsonValue(QJsonValue::Null) << QJsonValue(text) << text << false;
    QTest::newRow("neither") << none << none << QString() << true;
}

void tst_SandboxServer::createDescription() {
    QFETCH(QJsonValue, description);
    QFETCH(QJsonValue, summary);
    QFETCH(QString, kept);
    QFETCH(bool, summaryIn201);
    QJsonObject body = validCreateBody();
    body.remove("summary"_L1);
    if (!description.isUndefined())
        body.insert(u"description"_s, description);
    if (!summary.isUndefined())
        body.insert(u"summary"_s, summary);
    const HttpResult created = post(body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.data().contains("summary"_L1), summaryIn201);
    if (summaryIn201)
        QCOMPARE(created.data().value("summary"_L1).toString(), kept);
    QVERIFY(!created.data().contains("description"_L1));

    const QString id = created.data().value("id"_L1).toString();
    const QJsonObject fetched = get(orgPath(u"/tasks/"_s + id)).data();
    QCOMPARE(fetched.value("summary"_L1).toString(), kept);
    QCOMPARE(fetched.value("original_summary"_L1).toString(), kept);
    QVERIFY(!fetched.contains("description"_L1));
    QCOMPARE(m_server->storedTask(id).value("summary"_L1).toString(), kept);
}

void tst_SandboxServer::documentedCreateExamples_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("description");
    // The create-task page's example body and its code sample's body, verbatim; then the
    // reference's 9.2, which carries both keys.
    QTest::newRow("create page, example body")
        << u"doc_create_task_example_body.json"_s
        << u"Gather data and prepare the quarterly report slides."_s;
    QTest::newRow("create page, code sample")
        << u"doc_create_task_code_sample_body.json"_s << u"Review the draft budget spreadsheet."_s;
    QTest::newRow("reference 9.2") << u"draft_request_doc_example.json"_s
                                   << u"Check the quote and record the delivery split before "
                                      u"approving."_s;
}

void tst_SandboxServer::documentedCreateExamples() {
    QFETCH(QString, file);
    QFETCH(QString, description);
    const QJsonObject body = testData(file);
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    QCOMPARE(body.value("description"_L1).toString(), description);

    const HttpResult created = post(body);
    QVERIFY2(created.status == 201, created.body.constData());
    const QJsonObject task = created.data();
    const QString id = task.value("id"_L1).toString();
    QVERIFY(isHex32(id));
    QCOMPARE(task.value("title"_L1).toString(), body.value("title"_L1).toString());
    // The create page's own 201 example has no `summary`: the sandbox answers in that shape.
    QVERIFY(!task.contains("summary"_L1));

    const HttpResult fetched = get(orgPath(u"/tasks/"_s + id + u"?with=tags"_s));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.data().value("summary"_L1).toString(), description);
    QCOMPARE(m_server->storedTask(id).value("summary"_L1).toString(), description);
    QJsonArray users;
    for (const QJsonValue user : body.value("owners"_L1).toObject().value("users"_L1).toArray())
        users.append(user);
    QCOMPARE(fetched.data().value("owners"_L1).toObject().value("users"_L1).toArray(), users);
    QStringList tags;
    for (const QJsonValue tag : unwrap(fetched.data().value("tags"_L1)).toArray())
        tags.append(tag.toObject().value("id"_L1).toString());
    QStringList sentTags;
    for (const QJsonValue tag : body.value("tags"_L1).toArray())
        sentTags.append(tag.toString());
    QCOMPARE(tags, sentTags);
    // The deadline's digits, as sent (all three fall on weekdays).
    QCOMPARE(
        QDateTime::fromString(fetched.data().value("deadline"_L1).toString(), Qt::ISODateWithMs),
        QDateTime::fromString(body.value("deadline"_L1).toString(), Qt::ISODateWithMs));
}

void tst_SandboxServer::createThenGet() {
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const HttpResult created = post(validCreateBody());
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    QCOMPARE(created.status, 201);
    const QJsonObject task = created.data();
    const QString id = task.value("id"_L1).toString();
    QVERIFY(isHex32(id));
    QCOMPARE(task.value("title"_L1).toString(), u"Prepare the December board pack"_s);
    QCOMPARE(task.value("status"_L1).toString(), u"not-started"_s);
    QVERIFY(task.value("run_id"_L1).isNull());
    QCOMPARE(task.value("is_oneoff_task"_L1), QJsonValue(true));
    QCOMPARE(task.value("starter_id"_L1).toInteger(), m_server->currentUserId());
    QCOMPARE(task.value("summary"_L1).toString(),
             u"<p>Figures from Finance, narrative from Ana.</p>"_s);
    QCOMPARE(task.value("original_summary"_L1).toString(), task.value("summary"_L1).toString());
    QCOMPARE(task.value("deadline"_L1).toString(), u"2027-01-14T15:00:00.000Z"_s);
    QCOMPARE(task.value("started_at"_L1).toString(), u"2027-01-11T08:00:00.000Z"_s);
    const QDateTime createdAt =
        QDateTime::fromString(task.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    QVERIFY(createdAt >= before && createdAt <= after);
    const QJsonObject owners = task.value("owners"_L1).toObject();
    const QJsonObject user = owners.value("users"_L1).toArray().first().toObject();
    QCOMPARE(user.value("id"_L1).toInteger(), 1001);
    QCOMPARE(user.value("full_name"_L1).toString(), u"Ana Ruiz"_s);
    QVERIFY(user.contains("profile_pic"_L1));
    QCOMPARE(owners.value("guests"_L1).toArray(), QJsonArray({u"dana@northwind.example"_s}));
    QCOMPARE(owners.value("groups"_L1).toArray(), QJsonArray({kFinanceGroup}));

    const QJsonArray fields = task.value("form_fields"_L1).toObject().value("data"_L1).toArray();
    QCOMPARE(fields.size(), 2);
    QStringList fieldIds;
    for (const QJsonValue field : fields) {
        const QString fieldId = field.toObject().value("id"_L1).toString();
        QVERIFY(isHex32(fieldId));
        fieldIds.append(fieldId);
    }
    QVERIFY(fieldIds.first() != fieldIds.last());
    QCOMPARE(fields.at(0).toObject().value("options"_L1).toArray().size(), 2);
    QCOMPARE(fields.at(1).toObject().value("columns"_L1).toArray().size(), 2);

    const HttpResult fetched = get(orgPath(u"/tasks/"_s + id + u"?with=form_fields,tags"_s));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.data().value("owners"_L1).toObject().value("users"_L1).toArray(),
             QJsonArray({1001}));
    QStringList fetchedIds;
    for (const QJsonValue field :
         fetched.data().value("form_fields"_L1).toObject().value("data"_L1).toArray())
        fetchedIds.append(field.toObject().value("id"_L1).toString());
    QCOMPARE(fetchedIds, fieldIds);
    QCOMPARE(fetched.data()
                 .value("tags"_L1)
                 .toObject()
                 .value("data"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("id"_L1)
                 .toString(),
             kPriorityTag);

    const HttpResult listed = get(orgPath(u"/tasks?q=December%20board%20pack"_s));
    QCOMPARE(listed.list().size(), 1);
    QCOMPARE(listed.list().first().toObject().value("id"_L1).toString(), id);

    const QJsonObject stored = m_server->storedTask(id);
    QCOMPARE(stored.value("title"_L1).toString(), u"Prepare the December board pack"_s);
    QCOMPARE(stored.value("form_fields"_L1).toArray().size(), 2);
    QCOMPARE(stored.value("tags"_L1).toArray(), QJsonArray({kPriorityTag}));
    QVERIFY(m_server->storedTask(u"0123456789abcdef0123456789abcdef"_s).isEmpty());
}

void tst_SandboxServer::weekendDeadline_data() {
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("stored");
    QTest::newRow("friday") << u"2027-01-15 16:30:00"_s << u"2027-01-15T16:30:00.000Z"_s;
    QTest::newRow("saturday") << u"2027-01-16 16:30:00"_s << u"2027-01-18T16:30:00.000Z"_s;
    QTest::newRow("sunday") << u"2027-01-17 09:00:00"_s << u"2027-01-18T09:00:00.000Z"_s;
    QTest::newRow("iso saturday") << u"2027-01-16T10:00:00Z"_s << u"2027-01-18T10:00:00.000Z"_s;
}

void tst_SandboxServer::weekendDeadline() {
    QFETCH(QString, sent);
    QFETCH(QString, stored);
    QJsonObject body = validCreateBody();
    body.insert(u"deadline"_s, sent);
    body.remove("started_at"_L1);
    const HttpResult result = post(body);
    QCOMPARE(result.status, 201);
    QCOMPARE(result.data().value("deadline"_L1).toString(), stored);
}

void tst_SandboxServer::fanOut() {
    QJsonObject body = validCreateBody();
    body.insert(u"title"_s, u"Sign the updated code of conduct"_s);
    body.insert(u"separate_task_for_each_assignee"_s, true);
    // 1001 and 1004 directly; the Finance group adds 1006 (1004 only once).
    body.insert(u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{1001, 1004}},
                                         {u"guests"_s, QJsonArray()},
                                         {u"groups"_s, QJsonArray{kFinanceGroup}}});
    const HttpResult created = post(body);
    QCOMPARE(created.status, 201);
    const QString runId = created.data().value("run_id"_L1).toString();
    QVERIFY(isHex32(runId));
    QCOMPARE(created.data().value("is_oneoff_task"_L1), QJsonValue(true));
    QCOMPARE(created.data().value("owners"_L1).toObject().value("users"_L1).toArray().size(), 1);

    const HttpResult listed = get(orgPath(u"/runs/"_s + runId + u"/tasks?per_page=100"_s));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.pagination().value("total"_L1).toInt(), 3);
    QSet<qint64> owners;
    for (const QJsonValue task : listed.list()) {
        const QJsonObject taskOwners = task.toObject().value("owners"_L1).toObject();
        QCOMPARE(taskOwners.value("users"_L1).toArray().size(), 1);
        QVERIFY(taskOwners.value("groups"_L1).toArray().isEmpty());
        owners.insert(
            taskOwners.value("users"_L1).toArray().first().toObject().value("id"_L1).toInteger());
        QCOMPARE(task.toObject().value("title"_L1).toString(),
                 u"Sign the updated code of conduct"_s);
    }
    QCOMPARE(owners, QSet<qint64>({1001, 1004, 1006}));
    const HttpResult run = get(orgPath(u"/runs/"_s + runId));
    QCOMPARE(run.status, 200);
    QCOMPARE(run.data().value("progress"_L1).toObject().value("total"_L1).toInt(), 3);
}

void tst_SandboxServer::faultAnswers_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("bodyMarker"); // empty: body must be empty
    QTest::addColumn<bool>("validJson");
    using Kind = SandboxFault::Kind;
    QTest::newRow("html 500") << int(Kind::Html500) << 500 << QByteArray("text/html")
                              << QByteArray("<html>") << false;
    QTest::newRow("json 500") << int(Kind::Json500) << 500 << QByteArray("application/json")
                              << QByteArray("SQLSTATE[") << true;
    QTest::newRow("status") << int(Kind::Status) << 503 << QByteArray("text/plain")
                            << QByteArray("down for maintenance") << false;
    QTest::newRow("rate limit") << int(Kind::RateLimit) << 429 << QByteArray("application/json")
                                << QByteArray("RATE_LIMIT_EXCEEDED") << true;
    QTest::newRow("malformed json")
        << int(Kind::MalformedJson) << 200 << QByteArray("application/json")
        << QByteArray("{\"data\"") << false;
    QTest::newRow("wrong content type") << int(Kind::WrongContentType) << 200
                                        << QByteArray("text/html") << QByteArray("<html>") << false;
    QTest::newRow("empty 200") << int(Kind::Empty200) << 200 << QByteArray("application/json")
                               << QByteArray() << false;
}

void tst_SandboxServer::faultAnswers() {
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, bodyMarker);
    QFETCH(bool, validJson);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    fault.pathPattern = u"/tasks/"_s;
    fault.status = 503;
    fault.body = "down for maintenance";
    fault.contentType = "text/plain";
    fault.retryAfter = "7";
    m_server->addFault(fault);

    const QString path = orgPath(u"/tasks/"_s + kNorthwindTask);
    const HttpResult faulted = get(path);
    QCOMPARE(faulted.status, status);
    QVERIFY2(faulted.contentType.startsWith(contentType), faulted.contentType.constData());
    if (bodyMarker.isEmpty())
        QVERIFY(faulted.body.isEmpty());
    else
        QVERIFY2(faulted.body.contains(bodyMarker), faulted.body.left(200).constData());
    QCOMPARE(!QJsonDocument::fromJson(faulted.body).isNull(), validJson);
    QVERIFY(faulted.headers.contains("x-request-id"));
    if (fault.kind == SandboxFault::Kind::Json500)
        QVERIFY(faulted.body.contains("Illuminate\\"));
    if (fault.kind == SandboxFault::Kind::RateLimit) {
        QCOMPARE(faulted.headers.value("retry-after"), QByteArray("7"));
        QCOMPARE(faulted.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    }
    if (fault.kind == SandboxFault::Kind::Status)
        QCOMPARE(faulted.body, QByteArray("down for maintenance"));

    // times = 1: the next request is answered normally.
    const HttpResult normal = get(path);
    QCOMPARE(normal.status, 200);
    QCOMPARE(normal.data().value("id"_L1).toString(), kNorthwindTask);
    QCOMPARE(m_server->requestCount("GET", u"/tasks/"_s), 2);
}

void tst_SandboxServer::faultReset() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Reset;
    m_server->addFault(fault);
    const RawResult once = raw(rawGet(u"/me"_s), 5000);
    QVERIFY(once.closed);
    QVERIFY(once.bytes.isEmpty());
    QCOMPARE(m_server->requestCount("GET", u"^/api/me$"_s), 1);

    // Every request: QNetworkAccessManager gives up after its own silent resends.
    fault.times = -1;
    m_server->addFault(fault);
    const HttpResult result = get(u"/me"_s);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_server->requestCount("GET", u"^/api/me$"_s) >= 2);
}

void tst_SandboxServer::faultTruncated() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Truncated;
    fault.times = 2;
    m_server->addFault(fault);
    const RawResult wire = raw(rawGet(orgPath(u"/tasks/"_s + kNorthwindTask)), 5000);
    QVERIFY(wire.closed);
    const qsizetype split = wire.bytes.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QByteArray head = wire.bytes.left(split);
    QVERIFY(head.startsWith("HTTP/1.1 200"));
    const QRegularExpressionMatch length =
        QRegularExpression(u"Content-Length: (\\d+)"_s).match(QString::fromLatin1(head));
    QVERIFY(length.hasMatch());
    const qsizetype received = wire.bytes.size() - split - 4;
    QVERIFY(received > 0);
    QVERIFY(received < length.captured(1).toLongLong());

    // QNetworkAccessManager 6.4 does not always report the early close as an error; the short
    // body against Content-Length always shows it.
    const HttpResult result = get(orgPath(u"/tasks/"_s + kNorthwindTask));
    QCOMPARE(result.status, 200);
    QVERIFY(result.error != QNetworkReply::NoError ||
            result.body.size() < result.headers.value("content-length").toLongLong());
    QVERIFY(QJsonDocument::fromJson(result.body).isNull());
}

void tst_SandboxServer::faultHang() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Hang;
    fault.times = 2;
    m_server->addFault(fault);
    const RawResult wire = raw(rawGet(u"/me"_s), 300);
    QVERIFY(wire.bytes.isEmpty());
    QVERIFY(!wire.closed); // still open: the server neither answers nor hangs up

    SendOptions options;
    options.timeoutMs = 200;
    const HttpResult result = get(u"/me"_s, options);
    QCOMPARE(result.status, 0);
    QVERIFY(result.error == QNetworkReply::OperationCanceledError ||
            result.error == QNetworkReply::TimeoutError);
    QCOMPARE(m_server->requestCount("GET", u"/me"_s), 2);
    QCOMPARE(get(u"/me"_s).status, 200);
}

void tst_SandboxServer::faultDelay() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Delay;
    fault.delayMs = 150;
    m_server->addFault(fault);
    SendOptions impatient;
    impatient.timeoutMs = 20;
    const HttpResult timedOut = get(u"/me"_s, impatient);
    QVERIFY(timedOut.error != QNetworkReply::NoError);

    m_server->addFault(fault);
    const HttpResult result = get(u"/me"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value("id"_L1).toInteger(), m_server->currentUserId());
    QTest::qWait(200); // let the abandoned delayed answer fire into a closed socket
}

void tst_SandboxServer::faultRedirectToOtherHost() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RedirectToOtherHost;
    fault.times = 2;
    m_server->addFault(fault);
    const QString path = orgPath(u"/tasks/"_s + kNorthwindTask + u"?with=tags"_s);

    SendOptions manual;
    manual.redirects = QNetworkRequest::ManualRedirectPolicy;
    const HttpResult redirect = get(path, manual);
    QCOMPARE(redirect.status, 302);
    const QUrl location(QString::fromUtf8(redirect.headers.value("location")));
    QCOMPARE(location.host(), m_server->otherHostBaseUrl().host());
    QCOMPARE(location.port(), m_server->otherHostBaseUrl().port());
    QCOMPARE(location.path(), u"/api"_s + orgPath(u"/tasks/"_s + kNorthwindTask));
    QCOMPARE(location.query(), u"with=tags"_s);

    // Followed by QNetworkAccessManager: the other host records the request and answers.
    m_server->clearRequests();
    const HttpResult followed = get(path);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.url.host(), u"127.0.0.2"_s);
    QCOMPARE(followed.data().value("id"_L1).toString(), kNorthwindTask);
    const QList<SandboxRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).localAddress, QHostAddress(u"127.0.0.1"_s));
    QCOMPARE(requests.at(1).localAddress, QHostAddress(u"127.0.0.2"_s));
    QCOMPARE(requests.at(1).path, requests.at(0).path);
    // Whether Authorization travelled is recorded, whichever way the client behaved.
    QCOMPARE(requests.at(1).hasHeader("authorization"),
             !requests.at(1).header("authorization").isEmpty());
}

void tst_SandboxServer::faultMatchingAndOrder() {
    SandboxFault postOnly;
    postOnly.kind = SandboxFault::Kind::Status;
    postOnly.method = "POST";
    postOnly.status = 409;
    m_server->addFault(postOnly);
    QCOMPARE(get(u"/me"_s).status, 200);

    SandboxFault first;
    first.kind = SandboxFault::Kind::Status;
    first.pathPattern = u"^/api/me$"_s;
    first.status = 502;
    first.times = 2;
    SandboxFault second = first;
    second.status = 504;
    m_server->addFault(first);
    m_server->addFault(second);
    QCOMPARE(get(u"/me/organizations"_s).status, 200); // pattern does not match
    QCOMPARE(get(u"/me"_s).status, 502);
    QCOMPARE(get(u"/me"_s).status, 502);
    QCOMPARE(get(u"/me"_s).status, 504);
    QCOMPARE(get(u"/me"_s).status, 504);
    QCOMPARE(get(u"/me"_s).status, 200);
    QCOMPARE(post(validCreateBody()).status, 409);
    QCOMPARE(post(validCreateBody()).status, 201);

    SandboxFault always = first;
    always.times = -1;
    m_server->addFault(always);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(u"/me"_s).status, 502);
    m_server->clearFaults();
    QCOMPARE(get(u"/me"_s).status, 200);
}

void tst_SandboxServer::faultsProcessOrNot_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("processed");
    using Kind = SandboxFault::Kind;
    QTest::newRow("hang") << int(Kind::Hang) << true;
    QTest::newRow("truncated") << int(Kind::Truncated) << true;
    QTest::newRow("empty 200") << int(Kind::Empty200) << true;
    QTest::newRow("html 500") << int(Kind::Html500) << false;
    QTest::newRow("json 500") << int(Kind::Json500) << false;
    QTest::newRow("rate limit") << int(Kind::RateLimit) << false;
}

void tst_SandboxServer::faultsProcessOrNot() {
    QFETCH(int, kind);
    QFETCH(bool, processed);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    fault.method = "POST";
    m_server->addFault(fault);
    QJsonObject body = validCreateBody();
    body.insert(u"title"_s, u"Order toner for the Oslo office"_s);
    SendOptions options;
    options.timeoutMs = 300;
    const HttpResult result =
        send("POST", orgPath(u"/tasks"_s), QJsonDocument(body).toJson(), options);
    // Never a complete, parseable 201 (QNetworkAccessManager 6.4 may not flag a truncated body).
    QVERIFY(!(result.status == 201 && result.error == QNetworkReply::NoError &&
              QJsonDocument::fromJson(result.body).isObject()));
    const HttpResult listed = get(orgPath(u"/tasks?q=toner"_s));
    QCOMPARE(listed.list().size(), processed ? 1 : 0);
    QCOMPARE(m_server->requestCount("POST", u"/tasks$"_s), 1);
}

void tst_SandboxServer::recording() {
    m_server->clearRequests();
    QCOMPARE(m_server->requests().size(), 0);
    get(orgPath(u"/guests/dana%40northwind.example?with=stats&q=a%2Bb"_s));
    const QByteArray body = QJsonDocument(validCreateBody()).toJson(QJsonDocument::Compact);
    send("POST", orgPath(u"/tasks"_s), body);
    SendOptions noClient;
    noClient.client = false;
    get(u"/me"_s, noClient);

    const QList<SandboxRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    const SandboxRequest &guest = requests.at(0);
    QCOMPARE(guest.method, QByteArray("GET"));
    QCOMPARE(guest.path, u"/api"_s + orgPath(u"/guests/dana@northwind.example"_s));
    QCOMPARE(guest.query.queryItemValue(u"with"_s), u"stats"_s);
    QCOMPARE(guest.query.queryItemValue(u"q"_s, QUrl::FullyDecoded), u"a+b"_s);
    QCOMPARE(guest.header("x-tallyfy-client"), QByteArray("APIClient"));
    QCOMPARE(guest.header("authorization"), "Bearer " + m_server->token().toUtf8());
    QCOMPARE(guest.header("accept"), QByteArray("application/json"));
    QVERIFY(guest.header("no-such-header").isEmpty());
    for (const auto &header : guest.headers)
        QCOMPARE(header.first, header.first.toLower());
    QCOMPARE(guest.localAddress, QHostAddress(u"127.0.0.1"_s));
    QVERIFY(guest.body.isEmpty());

    const SandboxRequest &create = requests.at(1);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.body, body);
    QVERIFY(create.header("content-type").startsWith("application/json"));
    QVERIFY(!requests.at(2).hasHeader("x-tallyfy-client"));

    QCOMPARE(m_server->requestCount({}, {}), 3);
    QCOMPARE(m_server->requestCount("GET", {}), 2);
    QCOMPARE(m_server->requestCount("post", u"/tasks$"_s), 1);
    QCOMPARE(m_server->requestCount({}, u"^/api/me$"_s), 1);
    QCOMPARE(m_server->requestCount("DELETE", {}), 0);
    m_server->clearRequests();
    QCOMPARE(m_server->requestCount({}, {}), 0);
}

void tst_SandboxServer::generatedMembers() {
    const int seeded = get(orgPath(u"/users"_s)).pagination().value("total"_L1).toInt();
    QVERIFY(seeded >= 6);
    m_server->addGeneratedMembers(250);
    const HttpResult all = get(orgPath(u"/users"_s));
    QCOMPARE(all.pagination().value("total"_L1).toInt(), seeded + 250);
    QCOMPARE(all.list().size(), seeded + 250); // the 9999 default holds them all
    QSet<QString> emails;
    QSet<QString> names;
    bool nonAscii = false;
    for (const QJsonValue value : all.list()) {
        const QJsonObject member = value.toObject();
        emails.insert(member.value("email"_L1).toString());
        const QString name = member.value("full_name"_L1).toString();
        names.insert(name);
        for (const QChar c : name)
            nonAscii = nonAscii || c.unicode() > 127;
        QVERIFY(member.value("created_at"_L1).toString().endsWith("+00:00"_L1));
    }
    QCOMPARE(int(emails.size()), seeded + 250);
    QVERIFY(names.size() > 100);
    QVERIFY(nonAscii);
    QCOMPARE(
        get(orgPath(u"/users?per_page=100&page=3"_s)).pagination().value("total_pages"_L1).toInt(),
        3);
    // Generated members are real members: they can own a new task.
    QJsonObject body = validCreateBody();
    body.insert(u"owners"_s,
                QJsonObject{{u"users"_s, QJsonArray{all.list().last().toObject().value("id"_L1)}},
                            {u"guests"_s, QJsonArray()},
                            {u"groups"_s, QJsonArray()}});
    QCOMPARE(post(body).status, 201);
}

void tst_SandboxServer::largeTask() {
    // About 4 KB per answered field; benchmarks use the default 5,000 fields (~20 MB).
    const QString id = m_server->addLargeTask(500);
    QVERIFY(isHex32(id));
    QCOMPARE(m_server->seededTasks().last().id, id);
    const HttpResult result = get(orgPath(u"/tasks/"_s + id + u"?with=form_fields,tags,threads"_s));
    QCOMPARE(result.status, 200);
    QVERIFY2(result.body.size() > 1'800'000 && result.body.size() < 2'500'000,
             QByteArray::number(result.body.size()).constData());
    const QJsonArray fields =
        result.data().value("form_fields"_L1).toObject().value("data"_L1).toArray();
    QCOMPARE(fields.size(), 500);
    QSet<QString> ids;
    for (const QJsonValue field : fields)
        ids.insert(field.toObject().value("id"_L1).toString());
    QCOMPARE(ids.size(), 500);
    const HttpResult plain = get(orgPath(u"/tasks/"_s + id));
    QVERIFY(plain.body.size() < 10'000);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_SandboxServer.moc"
