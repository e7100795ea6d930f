#include "ApiSandbox.h"
#include "CallOutcome.h"
#include "core/AppInfo.h"
#include "core/api/ApiOperation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(SandboxFault)
Q_DECLARE_METATYPE(SandboxFault::Kind)

namespace {

using Outcome = CallOutcome<ApiResponse>;

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void collectingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' +
                     message);
    }
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

QString httpDate(const QDateTime &utc) {
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
}

} // namespace

class tst_ApiClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headersAreExact();
    void postHeadersAndBody();
    void tokenIsNormalised();
    void pathSegmentsAreEncodedOnTheWire();
    void callbackIsNeverSynchronous();
    void errorKinds_data();
    void errorKinds();
    void unauthorizedSignal();
    void twoXxBodiesAreDeliveredAsIs_data();
    void twoXxBodiesAreDeliveredAsIs();
    void getIsRetriedThenSucceeds_data();
    void getIsRetriedThenSucceeds();
    void writesAreNeverRetried_data();
    void writesAreNeverRetried();
    void postResetOnReusedKeepAliveConnectionIsNotResent();
    void postIsRetriedAfter429();
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void retriesExhaustedBecomeRateLimited();
    void timeout();
    void wholeRequestDeadline();
    void decompressionFailureIsATransferError_data();
    void decompressionFailureIsATransferError();
    void retriesAreReportedPerOperation();
    void operationReportsHowItEnded();
    void cancelWhileRunning();
    void cancelWhileWaitingToRetry();
    void cancelWhileQueued();
    void insecureTransport_data();
    void insecureTransport();
    void loopbackHosts_data();
    void loopbackHosts();
    void redirectToOtherHostNeverCarriesTheToken();
    void contextDestroyedMeansNoCallback();
    void atMostFourInFlight();
    void errorBodyIsCapped();
    void logsNeverContainTheToken();
    void redactedCurl();

private:
    ApiRequest createTaskRequest(const QString &title) const;
    std::shared_ptr<Outcome> send(const ApiRequest &request, QObject *context = nullptr);
    std::shared_ptr<Outcome> sendAndWait(const ApiRequest &request);
    /// A GET /me that answers: every event queued before it has been handled (a late callback,
    /// a request sent again). The sandbox records it too.
    void roundTrip();

    std::unique_ptr<ApiSandbox> m_api;
};

ApiRequest tst_ApiClient::createTaskRequest(const QString &title) const {
    const QJsonObject body{
        {u"title"_s, title},
        {u"task_type"_s, u"task"_s},
        {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{m_api->server().currentUserId()}},
                                  {u"guests"_s, QJsonArray{}},
                                  {u"groups"_s, QJsonArray{}}}},
        {u"deadline"_s, u"2030-10-09 15:00:00"_s},
        {u"everyone_must_complete"_s, false},
    };
    return ApiRequest::post({u"organizations"_s, m_api->server().orgId(), u"tasks"_s}, body);
}

std::shared_ptr<Outcome> tst_ApiClient::send(const ApiRequest &request, QObject *context) {
    auto outcome = std::make_shared<Outcome>();
    m_api->client().send(request, context ? context : this, recorder(outcome));
    return outcome;
}

std::shared_ptr<Outcome> tst_ApiClient::sendAndWait(const ApiRequest &request) {
    auto outcome = send(request);
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000))
        qWarning("no callback within 20 s");
    return outcome;
}

void tst_ApiClient::roundTrip() {
    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}, QUrlQuery{{u"roundtrip"_s, u"1"_s}}));
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
}

void tst_ApiClient::init() {
    m_api = std::make_unique<ApiSandbox>();
    QVERIFY(m_api->isValid());
}

void tst_ApiClient::cleanup() {
    m_api.reset();
}

void tst_ApiClient::headersAreExact() {
    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->result->value().httpStatus, 200);
    QVERIFY(outcome->result->value().header("Content-Type").startsWith("application/json"));
    QVERIFY(!outcome->result->value().header("X-REQUEST-ID").isEmpty());

    const QList<SandboxRequest> requests = m_api->server().requests();
    QCOMPARE(requests.size(), 1);
    const SandboxRequest &request = requests.first();
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.path, u"/api/me"_s);
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.header("authorization"), "Bearer "_ba + m_api->server().token().toUtf8());
    QCOMPARE(request.header("accept"), "application/json"_ba);
    QCOMPARE(request.header("x-tallyfy-client"), "APIClient"_ba);
    QCOMPARE(request.header("user-agent"), AppInfo::userAgent().toUtf8());
    QVERIFY(!request.hasHeader("content-type"));
    QVERIFY(!request.hasHeader("cookie"));
    QVERIFY(request.body.isEmpty());
    int authorizationHeaders = 0;
    for (const auto &[name, value] : request.headers)
        authorizationHeaders += name == "authorization" ? 1 : 0;
    QCOMPARE(authorizationHeaders, 1);
}

void tst_ApiClient::postHeadersAndBody() {
    const ApiRequest request = createTaskRequest(u"Headers check"_s);
    auto outcome = sendAndWait(request);
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->result->value().httpStatus, 201);

    const SandboxRequest recorded = m_api->server().requests().constFirst();
    QCOMPARE(recorded.method, "POST"_ba);
    QCOMPARE(recorded.path, u"/api/organizations/%1/tasks"_s.arg(m_api->server().orgId()));
    QCOMPARE(recorded.header("content-type"), "application/json"_ba);
    QCOMPARE(recorded.header("content-length"), QByteArray::number(request.body().size()));
    QCOMPARE(recorded.header("x-tallyfy-client"), "APIClient"_ba);
    QCOMPARE(recorded.header("accept"), "application/json"_ba);
    QCOMPARE(recorded.header("authorization"), "Bearer "_ba + m_api->server().token().toUtf8());
    QCOMPARE(recorded.body, request.body());
}

void tst_ApiClient::tokenIsNormalised() {
    QCOMPARE(ApiConfig::normalizeToken(u"  Bearer   abc.def  "_s), u"abc.def"_s);
    QCOMPARE(ApiConfig::normalizeToken(u"bearer abc"_s), u"abc"_s);
    QCOMPARE(ApiConfig::normalizeToken(u"\tabc\n"_s), u"abc"_s);
    QCOMPARE(ApiConfig::normalizeToken(u"Bearerabc"_s), u"Bearerabc"_s);
    QCOMPARE(ApiConfig::normalizeToken(u"Bearer"_s), u"Bearer"_s);

    ApiConfig pasted = m_api->config();
    pasted.token = u"  Bearer "_s + m_api->server().token() + u"\n"_s;
    m_api->client().setConfig(pasted);
    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QVERIFY(outcome->ok());
    QCOMPARE(m_api->server().requests().constFirst().header("authorization"),
             "Bearer "_ba + m_api->server().token().toUtf8());
}

void tst_ApiClient::pathSegmentsAreEncodedOnTheWire() {
    // A path segment taken from input stays one segment, whatever it contains.
    const QString odd = u"pat+ops/x?y#z@client.example"_s;
    auto outcome = sendAndWait(
        ApiRequest::get({u"organizations"_s, m_api->server().orgId(), u"guests"_s, odd}));
    QCOMPARE(outcome->calls, 1);
    const SandboxRequest recorded = m_api->server().requests().constFirst();
    QCOMPARE(recorded.path, u"/api/organizations/%1/guests/%2"_s.arg(m_api->server().orgId(), odd));
    QVERIFY(recorded.query.isEmpty());

    const QString email = u"pat+nobody@client.example"_s;
    auto missing = sendAndWait(
        ApiRequest::get({u"organizations"_s, m_api->server().orgId(), u"guests"_s, email}));
    QVERIFY(!missing->ok());
    QCOMPARE(missing->kind(), ApiError::Kind::NotFound);
    QCOMPARE(m_api->server().requests().constLast().path,
             u"/api/organizations/%1/guests/%2"_s.arg(m_api->server().orgId(), email));
}

void tst_ApiClient::callbackIsNeverSynchronous() {
    auto outcome = send(ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE(outcome->calls, 1);
    roundTrip();
    QCOMPARE(outcome->calls, 1);
}

void tst_ApiClient::errorKinds_data() {
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    using F = SandboxFault::Kind;
    using K = ApiError::Kind;
    const auto fault = [](F kind, int status = 0, const QByteArray &body = {},
                          const QByteArray &contentType = "application/json") {
        SandboxFault f;
        f.kind = kind;
        f.status = status;
        f.body = body;
        f.contentType = contentType;
        f.times = -1;
        return f;
    };
    QTest::newRow("html 500") << fault(F::Html500) << K::Server << 500 << QString();
    QTest::newRow("json 500") << fault(F::Json500) << K::Server << 500 << QString();
    QTest::newRow("401") << fault(F::Status, 401, R"({"message":"Unauthenticated."})")
                         << K::Unauthorized << 401 << QString();
    QTest::newRow("403") << fault(F::Status, 403, R"({"message":"No"})") << K::Forbidden << 403
                         << QString();
    QTest::newRow("404 record")
        << fault(F::Status, 404,
                 R"({"error":true,"message":"Resource not found","code":"RESOURCE_NOT_FOUND"})")
        << K::NotFound << 404 << u"RESOURCE_NOT_FOUND"_s;
    QTest::newRow("404 edge") << fault(F::Status, 404, "<html>apsh546</html>", "text/html")
                              << K::EndpointNotFound << 404 << QString();
    QTest::newRow("409") << fault(F::Status, 409,
                                  R"({"error":{"code":"SEAT_POOL_EXHAUSTED","message":"Full"}})")
                         << K::Conflict << 409 << u"SEAT_POOL_EXHAUSTED"_s;
    QTest::newRow("422") << fault(F::Status, 422, R"({"message":"Bad","errors":{"title":["x"]}})")
                         << K::Validation << 422 << QString();
    QTest::newRow("400") << fault(F::Status, 400, R"({"message":"Bad"})") << K::Validation << 400
                         << QString();
    QTest::newRow("429 forever") << fault(F::RateLimit) << K::RateLimited << 429
                                 << u"RATE_LIMIT_EXCEEDED"_s;
    QTest::newRow("503 forever") << fault(F::Status, 503, "<html></html>", "text/html") << K::Server
                                 << 503 << QString();
    QTest::newRow("reset forever") << fault(F::Reset) << K::Network << 0 << QString();
    QTest::newRow("truncated forever") << fault(F::Truncated) << K::Network << 0 << QString();
}

void tst_ApiClient::errorKinds() {
    QFETCH(SandboxFault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);

    m_api->server().addFault(fault);
    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(kind));
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QVERIFY(!error.userText().isEmpty());
    QVERIFY(!error.message.contains(u"SQLSTATE"_s));
    QVERIFY(!error.rawBody.contains("SQLSTATE"));
    QVERIFY(!error.rawBody.contains("Illuminate\\"));
    if (status > 0)
        QVERIFY(!error.requestId.isEmpty()); // the sandbox sends X-Request-Id

    // Retried kinds were retried exactly up to the budget; the rest were sent once. (After a
    // reset Qt may itself reconnect and resend a GET once more, which is harmless for a read.)
    const bool retried = RetryPolicy::isRetryableStatus(ApiRequest::Method::Get, status) ||
                         (status == 0 && RetryPolicy::isRetryableTransportError(
                                             ApiRequest::Method::Get, error.kind));
    const int sent = m_api->server().requestCount("GET", u"^/api/me$"_s);
    if (fault.kind == SandboxFault::Kind::Reset)
        QVERIFY2(sent >= 5 && sent <= 10, qPrintable(QString::number(sent)));
    else
        QCOMPARE(sent, retried ? 5 : 1);
}

void tst_ApiClient::unauthorizedSignal() {
    QSignalSpy spy(&m_api->client(), &ApiClient::unauthorized);
    ApiConfig wrong = m_api->config();
    wrong.token = u"eyJ-not-the-right-token-0123456789abcdef"_s;
    m_api->client().setConfig(wrong);
    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_api->server().requestCount({}, {}), 1); // 401 is never retried

    m_api->client().setConfig(m_api->config());
    QVERIFY(sendAndWait(ApiRequest::get({u"me"_s}))->ok());
    QCOMPARE(spy.count(), 1);
}

void tst_ApiClient::twoXxBodiesAreDeliveredAsIs_data() {
    QTest::addColumn<SandboxFault::Kind>("faultKind");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("parses");

    QTest::newRow("malformed json")
        << SandboxFault::Kind::MalformedJson << "application/json"_ba << false;
    QTest::newRow("wrong content type")
        << SandboxFault::Kind::WrongContentType << "text/html"_ba << false;
    QTest::newRow("empty 200") << SandboxFault::Kind::Empty200 << "application/json"_ba << false;
}

void tst_ApiClient::twoXxBodiesAreDeliveredAsIs() {
    // ApiClient delivers any 2xx; the facades decide that such a body is InvalidResponse.
    QFETCH(SandboxFault::Kind, faultKind);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, parses);

    SandboxFault fault;
    fault.kind = faultKind;
    m_api->server().addFault(fault);
    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QVERIFY(outcome->ok());
    const ApiResponse &response = outcome->result->value();
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(response.header("content-type").startsWith(contentType));
    QJsonParseError error{};
    QJsonDocument::fromJson(response.body, &error);
    QCOMPARE(error.error == QJsonParseError::NoError, parses);
    QCOMPARE(m_api->server().requestCount({}, {}), 1);
}

void tst_ApiClient::getIsRetriedThenSucceeds_data() {
    QTest::addColumn<SandboxFault>("fault");

    const auto fault = [](SandboxFault::Kind kind, int status = 0) {
        SandboxFault f;
        f.kind = kind;
        f.status = status;
        f.times = 2;
        f.method = "GET";
        f.body = "<html>down</html>";
        f.contentType = "text/html";
        return f;
    };
    QTest::newRow("502") << fault(SandboxFault::Kind::Status, 502);
    QTest::newRow("503") << fault(SandboxFault::Kind::Status, 503);
    QTest::newRow("504") << fault(SandboxFault::Kind::Status, 504);
    QTest::newRow("429") << fault(SandboxFault::Kind::RateLimit);
    QTest::newRow("reset") << fault(SandboxFault::Kind::Reset);
    QTest::newRow("truncated") << fault(SandboxFault::Kind::Truncated);
    QTest::newRow("hang (timeout)") << fault(SandboxFault::Kind::Hang);
}

void tst_ApiClient::getIsRetriedThenSucceeds() {
    QFETCH(SandboxFault, fault);
    m_api->server().addFault(fault);
    ApiConfig shortTimeout = m_api->config();
    shortTimeout.timeoutMs = 300;
    m_api->client().setConfig(shortTimeout);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 1);
    QVERIFY2(outcome->ok(),
             outcome->ok() ? "" : qPrintable(outcome->result->error().technicalDetails()));
    QCOMPARE(outcome->result->value().httpStatus, 200);
    QCOMPARE(m_api->server().requestCount("GET", u"^/api/me$"_s), 3);
    // After a reset, Qt itself may reconnect and resend a GET once (harmless for a read),
    // which uses up one of the faults without a retry of ours.
    if (fault.kind == SandboxFault::Kind::Reset)
        QVERIFY(retries.count() == 1 || retries.count() == 2);
    else
        QCOMPARE(retries.count(), 2);
    QCOMPARE(retries.at(0).at(1).toInt(), 1);
    QCOMPARE(retries.at(0).at(0).value<ApiRequest>().methodName(), "GET"_ba);
    // Backoff without Retry-After: 0.5 s then 1 s, +-20 %.
    const double first = retries.at(0).at(2).toDouble();
    QVERIFY2(first >= 0.4 && first <= 0.6, qPrintable(QString::number(first)));
    if (retries.count() == 2) {
        QCOMPARE(retries.at(1).at(1).toInt(), 2);
        const double second = retries.at(1).at(2).toDouble();
        QVERIFY2(second >= 0.8 && second <= 1.2, qPrintable(QString::number(second)));
    }
}

void tst_ApiClient::writesAreNeverRetried_data() {
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("createdOnServer");

    const auto fault = [](SandboxFault::Kind kind, int status = 0) {
        SandboxFault f;
        f.kind = kind;
        f.status = status;
        f.times = -1;
        f.method = "POST";
        f.body = "<html>down</html>";
        f.contentType = "text/html";
        return f;
    };
    using F = SandboxFault::Kind;
    using K = ApiError::Kind;
    QTest::newRow("500") << fault(F::Html500) << K::Server << false;
    QTest::newRow("json 500") << fault(F::Json500) << K::Server << false;
    QTest::newRow("502") << fault(F::Status, 502) << K::Server << false;
    QTest::newRow("503") << fault(F::Status, 503) << K::Server << false;
    QTest::newRow("504") << fault(F::Status, 504) << K::Server << false;
    QTest::newRow("reset") << fault(F::Reset) << K::Network << false;
    QTest::newRow("truncated") << fault(F::Truncated) << K::Network << true;
    QTest::newRow("hang (timeout)") << fault(F::Hang) << K::Timeout << true;
}

void tst_ApiClient::writesAreNeverRetried() {
    QFETCH(SandboxFault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, createdOnServer);

    ApiConfig shortTimeout = m_api->config();
    shortTimeout.timeoutMs = 300;
    m_api->client().setConfig(shortTimeout);
    m_api->server().addFault(fault);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    const QString title = u"Never twice %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    auto outcome = sendAndWait(createTaskRequest(title));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    QCOMPARE(ApiError::kindName(outcome->kind()), ApiError::kindName(kind));
    QCOMPARE(retries.count(), 0);

    // Why nothing may be resent: for some failures the server did create the task.
    m_api->server().clearFaults();
    QUrlQuery query;
    query.addQueryItem(u"q"_s, title);
    auto listed = sendAndWait(
        ApiRequest::get({u"organizations"_s, m_api->server().orgId(), u"tasks"_s}, query));
    QVERIFY(listed->ok());
    const QJsonArray found =
        QJsonDocument::fromJson(listed->result->value().body).object().value(u"data"_s).toArray();
    QCOMPARE(found.size(), createdOnServer ? 1 : 0);
    // Counted after that later answer: anything Qt might have resent has arrived.
    QCOMPARE(m_api->server().requestCount("POST", u"/tasks$"_s), 1);
}

void tst_ApiClient::postResetOnReusedKeepAliveConnectionIsNotResent() {
    // First a GET, so that the POST goes out on a kept-alive connection: the case in which
    // Qt's HTTP layer would quietly reconnect and send the request again.
    QVERIFY(sendAndWait(ApiRequest::get({u"me"_s}))->ok());

    SandboxFault reset;
    reset.kind = SandboxFault::Kind::Reset;
    reset.method = "POST";
    reset.times = -1;
    m_api->server().addFault(reset);

    auto outcome = sendAndWait(createTaskRequest(u"Reset on keep-alive"_s));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->kind(), ApiError::Kind::Network);
    m_api->server().clearFaults();
    roundTrip();
    QCOMPARE(m_api->server().requestCount("POST", {}), 1);

    // The same after a successful POST on the connection.
    m_api->server().clearFaults();
    m_api->server().clearRequests();
    QVERIFY(sendAndWait(createTaskRequest(u"Warm-up"_s))->ok());
    m_api->server().addFault(reset);
    auto again = sendAndWait(createTaskRequest(u"Reset after POST"_s));
    QVERIFY(!again->ok());

    // And the connection is usable afterwards; by then a resend would have arrived.
    m_api->server().clearFaults();
    roundTrip();
    QCOMPARE(m_api->server().requestCount("POST", {}), 2);
}

void tst_ApiClient::postIsRetriedAfter429() {
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.method = "POST";
    limit.times = 2;
    m_api->server().addFault(limit);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    auto outcome = sendAndWait(createTaskRequest(u"After 429"_s));
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->result->value().httpStatus, 201);
    QCOMPARE(m_api->server().requestCount("POST", {}), 3);
    QCOMPARE(retries.count(), 2);
    const auto requests = m_api->server().requests();
    QCOMPARE(requests.at(0).body, requests.at(2).body);
}

void tst_ApiClient::retryAfterSeconds() {
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.retryAfter = "7";
    m_api->server().addFault(limit);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QVERIFY(outcome->ok());
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.at(0).at(2).toDouble(), 7.0);
}

void tst_ApiClient::retryAfterHttpDate() {
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.retryAfter = httpDate(QDateTime::currentDateTimeUtc().addSecs(12)).toLatin1();
    m_api->server().addFault(limit);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QVERIFY(outcome->ok());
    QCOMPARE(retries.count(), 1);
    const double wait = retries.at(0).at(2).toDouble();
    // Whole seconds, and the clock moved a little since the date was made.
    QVERIFY2(wait >= 10.0 && wait <= 12.0, qPrintable(QString::number(wait)));
}

void tst_ApiClient::retriesExhaustedBecomeRateLimited() {
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.retryAfter = "3";
    limit.times = -1;
    m_api->server().addFault(limit);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    auto outcome = sendAndWait(createTaskRequest(u"Rate limited"_s));
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.retryAfterSeconds.value_or(-1), 3);
    QCOMPARE(error.code, u"RATE_LIMIT_EXCEEDED"_s);
    QVERIFY(error.userText().contains(u"3"_s));
    QCOMPARE(retries.count(), 4);
    QCOMPARE(m_api->server().requestCount("POST", {}), 5);

    // Without Retry-After the suggested wait is the next backoff step.
    m_api->server().clearFaults();
    limit.retryAfter.clear();
    m_api->server().addFault(limit);
    auto second = sendAndWait(ApiRequest::get({u"me"_s}));
    QCOMPARE(second->kind(), ApiError::Kind::RateLimited);
    QCOMPARE(second->result->error().retryAfterSeconds.value_or(-1), 8);
}

void tst_ApiClient::timeout() {
    ApiConfig shortTimeout = m_api->config();
    shortTimeout.timeoutMs = 250;
    m_api->client().setConfig(shortTimeout);
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    hang.times = -1;
    m_api->server().addFault(hang);

    RetryPolicy once = m_api->client().retryPolicy();
    once.setMaxRetries(1);
    m_api->client().setRetryPolicy(once);

    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->kind(), ApiError::Kind::Timeout);
    QCOMPARE(outcome->result->error().httpStatus, 0);
    QVERIFY(outcome->result->error().userText().contains(u"in time"_s));
    QCOMPARE(m_api->server().requestCount("GET", {}), 2);
    QCOMPARE(m_api->client().inFlightCount(), 0);
}

void tst_ApiClient::wholeRequestDeadline() {
    // A byte every 100 ms keeps Qt's transfer timeout (400 ms of silence) from ever firing;
    // the body alone would take half a minute.
    ApiConfig shortTimeout = m_api->config();
    shortTimeout.timeoutMs = 400;
    m_api->client().setConfig(shortTimeout);
    SandboxFault trickle;
    trickle.kind = SandboxFault::Kind::Trickle;
    trickle.delayMs = 100;
    trickle.times = -1;
    m_api->server().addFault(trickle);
    RetryPolicy once = m_api->client().retryPolicy();
    once.setMaxRetries(1);
    m_api->client().setRetryPolicy(once);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(error.message, u"No complete answer within 400 ms."_s);
    QCOMPARE(error.userText(), ApiError::transport(ApiError::Kind::Timeout).userText());
    // A timed-out GET is retried like any other, each attempt with its own deadline.
    QCOMPARE(retries.count(), 1);
    QCOMPARE(m_api->server().requestCount("GET", u"^/api/me$"_s), 2);
    QCOMPARE(m_api->client().inFlightCount(), 0);

    // A write that hit the deadline is never sent again: it was processed.
    auto created = sendAndWait(createTaskRequest(u"Trickled answer"_s));
    QCOMPARE(created->kind(), ApiError::Kind::Timeout);
    QCOMPARE(retries.count(), 1);
    m_api->server().clearFaults();
    roundTrip();
    QCOMPARE(m_api->server().requestCount("POST", {}), 1);
}

void tst_ApiClient::decompressionFailureIsATransferError_data() {
    QTest::addColumn<bool>("post");
    QTest::addColumn<int>("sent");
    QTest::newRow("GET: retried") << false << 1 + RetryPolicy::DefaultMaxRetries;
    QTest::newRow("POST: sent once") << true << 1;
}

void tst_ApiClient::decompressionFailureIsATransferError() {
    // A 200 whose body Qt cannot decompress is not an answer: its body is not what was sent.
    QFETCH(bool, post);
    QFETCH(int, sent);
    SandboxFault damaged;
    damaged.kind = SandboxFault::Kind::BadCompression;
    damaged.times = -1;
    m_api->server().addFault(damaged);

    auto outcome =
        sendAndWait(post ? createTaskRequest(u"Damaged answer"_s) : ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QCOMPARE(error.code, ApiError::decompressionFailedCode());
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.message.contains(u"Decompression failed"_s, Qt::CaseInsensitive),
             qPrintable(error.message));
    QVERIFY(error.userText().contains(u"could not be decompressed"_s));
    QVERIFY(error.userText() != ApiError::transport(ApiError::Kind::Network).userText());
    QVERIFY(!error.userText().contains(u"could not read"_s)); // not "bad JSON"
    m_api->server().clearFaults();
    roundTrip();
    const QList<SandboxRequest> requests = m_api->server().requests();
    const auto attempts = std::count_if(requests.cbegin(), requests.cend(), [](const auto &r) {
        return !r.query.hasQueryItem(u"roundtrip"_s);
    });
    QCOMPARE(int(attempts), sent);
}

void tst_ApiClient::retriesAreReportedPerOperation() {
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.method = "POST";
    limit.retryAfter = "4";
    limit.times = 2;
    m_api->server().addFault(limit);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = "GET";
    slow.delayMs = 50;
    m_api->server().addFault(slow);
    QSignalSpy clientWide(&m_api->client(), &ApiClient::retryScheduled);

    auto created = std::make_shared<Outcome>();
    const CallHandle create =
        m_api->client().send(createTaskRequest(u"Countdown"_s), this, recorder(created));
    auto read = std::make_shared<Outcome>();
    const CallHandle get = m_api->client().send(ApiRequest::get({u"me"_s}), this, recorder(read));
    QList<std::pair<int, double>> createRetries;
    QList<std::pair<int, double>> getRetries;
    QVERIFY(create.onRetryScheduled(this, [&createRetries](int retry, double wait) {
        createRetries.append({retry, wait});
    }));
    QVERIFY(get.onRetryScheduled(this, [&getRetries](int retry, double wait) {
        getRetries.append({retry, wait});
    }));
    QSignalSpy operationSignal(create.operation(), &ApiOperation::retryScheduled);

    QTRY_COMPARE(created->calls, 1);
    QTRY_COMPARE(read->calls, 1);
    QVERIFY(created->ok());
    QVERIFY(read->ok());
    const QList<std::pair<int, double>> expected{{1, 4.0}, {2, 4.0}};
    QCOMPARE(createRetries, expected);
    QCOMPARE(operationSignal.count(), 2);
    QVERIFY(getRetries.isEmpty());
    // The client-wide signal still reports every retry.
    QCOMPARE(clientWide.count(), 2);
    QCOMPARE(clientWide.at(0).at(0).value<ApiRequest>().methodName(), "POST"_ba);

    // Too late for an observer once the operation has ended.
    QTRY_VERIFY(create.operation() == nullptr);
    QVERIFY(!create.onRetryScheduled(this, [](int, double) {}));

    // An observer may cancel: the retry then never leaves.
    m_api->server().clearRequests();
    m_api->server().addFault(limit);
    auto cancelled = std::make_shared<Outcome>();
    const CallHandle third = m_api->client().send(createTaskRequest(u"Cancelled countdown"_s), this,
                                                  recorder(cancelled));
    third.onRetryScheduled(this, [&third](int, double) { third.cancel(); });
    QTRY_COMPARE(cancelled->calls, 1);
    QCOMPARE(cancelled->kind(), ApiError::Kind::Cancelled);
    QTRY_VERIFY(third.operation() == nullptr);
    QCOMPARE(m_api->server().requestCount("POST", {}), 1);
}

void tst_ApiClient::operationReportsHowItEnded() {
    SandboxFault forbidden;
    forbidden.kind = SandboxFault::Kind::Status;
    forbidden.status = 403;
    forbidden.body = R"({"message":"Not yours"})";
    forbidden.contentType = "application/json";
    m_api->server().addFault(forbidden);

    auto outcome = std::make_shared<Outcome>();
    const CallHandle handle =
        m_api->client().send(ApiRequest::get({u"me"_s}), this, recorder(outcome));
    ApiOperation *operation = handle.operation();
    QVERIFY(operation);
    QVERIFY(!operation->isFinished());
    QVERIFY(!operation->error());
    QCOMPARE(operation->request().pathSegments(), QStringList{u"me"_s});
    std::optional<ApiError> seen;
    QString seenText;
    int ends = 0;
    connect(operation, &ApiOperation::finished, this, [&] {
        ++ends;
        QVERIFY(operation->isFinished());
        seen = operation->error();
        seenText = operation->errorString();
    });
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(ends, 1);
    QVERIFY(seen);
    QCOMPARE(seen->kind, ApiError::Kind::Forbidden);
    QCOMPARE(seen->message, u"Not yours"_s);
    QCOMPARE(seenText, outcome->result->error().userText());
    QTRY_VERIFY(handle.operation() == nullptr); // it deletes itself
    QVERIFY(!handle.isActive());

    // A success leaves no error; a cancel leaves Cancelled and no text.
    auto ok = std::make_shared<Outcome>();
    const CallHandle success = m_api->client().send(ApiRequest::get({u"me"_s}), this, recorder(ok));
    std::optional<std::optional<ApiError>> successError;
    connect(success.operation(), &ApiOperation::finished, this,
            [&successError, op = success.operation()] { successError = op->error(); });
    QTRY_COMPARE(ok->calls, 1);
    QVERIFY(ok->ok());
    QVERIFY(successError.has_value());
    QVERIFY(!successError->has_value());

    auto stopped = std::make_shared<Outcome>();
    const CallHandle cancelled =
        m_api->client().send(ApiRequest::get({u"me"_s}), this, recorder(stopped));
    cancelled.cancel();
    QVERIFY(cancelled.operation()->isFinished());
    QCOMPARE(cancelled.operation()->error()->kind, ApiError::Kind::Cancelled);
    QVERIFY(cancelled.operation()->errorString().isEmpty());
    QTRY_COMPARE(stopped->calls, 1);
}

void tst_ApiClient::cancelWhileRunning() {
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    m_api->server().addFault(hang);

    auto outcome = std::make_shared<Outcome>();
    const CallHandle handle =
        m_api->client().send(ApiRequest::get({u"me"_s}), this, recorder(outcome));
    QVERIFY(handle.isActive());
    QTRY_COMPARE(m_api->server().requestCount({}, {}), 1);
    QCOMPARE(m_api->client().inFlightCount(), 1);

    handle.cancel();
    QCOMPARE(outcome->calls, 0); // never from inside cancel()
    QVERIFY(!handle.isActive());
    QCOMPARE(m_api->client().inFlightCount(), 0);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->kind(), ApiError::Kind::Cancelled);
    QVERIFY(outcome->result->error().userText().isEmpty());

    handle.cancel(); // harmless
    roundTrip();
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(m_api->server().requestCount({}, {}), 2); // the hung request and the round trip
}

void tst_ApiClient::cancelWhileWaitingToRetry() {
    RetryPolicy realTime = m_api->client().retryPolicy();
    realTime.setTimeScale(1.0);
    m_api->client().setRetryPolicy(realTime);
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    limit.retryAfter = "30";
    m_api->server().addFault(limit);
    QSignalSpy retries(&m_api->client(), &ApiClient::retryScheduled);

    auto outcome = std::make_shared<Outcome>();
    const CallHandle handle =
        m_api->client().send(ApiRequest::get({u"me"_s}), this, recorder(outcome));
    QTRY_COMPARE(retries.count(), 1);
    QCOMPARE(retries.at(0).at(2).toDouble(), 30.0);
    QVERIFY(handle.isActive());
    handle.cancel();
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->kind(), ApiError::Kind::Cancelled);
    // The operation is gone, its retry timer with it: the retry can never leave.
    QTRY_VERIFY(handle.operation() == nullptr);
    QCOMPARE(m_api->server().requestCount({}, {}), 1);
}

void tst_ApiClient::cancelWhileQueued() {
    m_api->client().setMaxInFlight(1);
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    m_api->server().addFault(hang);

    auto first = std::make_shared<Outcome>();
    const CallHandle running =
        m_api->client().send(ApiRequest::get({u"me"_s}), this, recorder(first));
    auto second = std::make_shared<Outcome>();
    const CallHandle queued = m_api->client().send(ApiRequest::get({u"me"_s, u"organizations"_s}),
                                                   this, recorder(second));
    QCOMPARE(m_api->client().queuedCount(), 1);
    queued.cancel();
    QCOMPARE(m_api->client().queuedCount(), 0);
    QTRY_COMPARE(second->calls, 1);
    QCOMPARE(second->kind(), ApiError::Kind::Cancelled);
    running.cancel();
    QTRY_COMPARE(first->calls, 1);
    // Sent after the cancelled one was queued: had it stayed in the queue, it would go first.
    roundTrip();
    QCOMPARE(m_api->server().requestCount("GET", u"organizations"_s), 0);
}

void tst_ApiClient::insecureTransport_data() {
    QTest::addColumn<QString>("base");

    QTest::newRow("http public host") << u"http://go.tallyfy.com/api"_s;
    QTest::newRow("http private ip") << u"http://10.0.0.1:8080/api"_s;
    QTest::newRow("http lookalike") << u"http://localhost.example.com/api"_s;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/api"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/api"_s;
}

void tst_ApiClient::insecureTransport() {
    QFETCH(QString, base);
    ApiConfig insecure = m_api->config();
    insecure.baseUrl = QUrl(base);
    m_api->client().setConfig(insecure);
    QSignalSpy finished(&m_api->network(), &QNetworkAccessManager::finished);

    auto outcome = send(ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->kind(), ApiError::Kind::InsecureTransport);
    QVERIFY(outcome->result->error().userText().contains(u"https://"_s));
    QCOMPARE(m_api->client().inFlightCount(), 0);
    m_api->client().setConfig(m_api->config());
    roundTrip();
    QCOMPARE(finished.count(), 1); // only the round trip was handed to the network
    QCOMPARE(m_api->server().requestCount({}, {}), 1);
}

void tst_ApiClient::loopbackHosts_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("secure");

    QTest::newRow("https") << u"https://go.tallyfy.com/api"_s << true;
    QTest::newRow("https ip") << u"https://10.1.2.3/api"_s << true;
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:1234/api"_s << true;
    QTest::newRow("127.9.9.9") << u"http://127.9.9.9/api"_s << true;
    QTest::newRow("localhost") << u"http://localhost:8000/api"_s << true;
    QTest::newRow("LOCALHOST.") << u"http://LOCALHOST./api"_s << true;
    QTest::newRow("::1") << u"http://[::1]:8000/api"_s << true;
    QTest::newRow("mapped") << u"http://[::ffff:127.0.0.1]/api"_s << true;
    QTest::newRow("public") << u"http://api.tallyfy.com"_s << false;
    QTest::newRow("sub.localhost") << u"http://evil.localhost/api"_s << false;
    QTest::newRow("::2") << u"http://[::2]/api"_s << false;
    QTest::newRow("0.0.0.0") << u"http://0.0.0.0/api"_s << false;
    QTest::newRow("no host") << u"http:///api"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
}

void tst_ApiClient::loopbackHosts() {
    QFETCH(QString, url);
    QFETCH(bool, secure);
    QCOMPARE(ApiClient::isSecureTarget(QUrl(url)), secure);
}

void tst_ApiClient::redirectToOtherHostNeverCarriesTheToken() {
    QVERIFY(!m_api->server().otherHostBaseUrl().isEmpty());
    SandboxFault redirect;
    redirect.kind = SandboxFault::Kind::RedirectToOtherHost;
    m_api->server().addFault(redirect);

    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(error.httpStatus, 302);
    QCOMPARE(error.code, ApiError::redirectRefusedCode());
    QVERIFY(error.message.contains(u"127.0.0.2"_s));
    QVERIFY(error.userText().contains(u"127.0.0.2"_s));

    roundTrip();
    const QList<SandboxRequest> requests = m_api->server().requests();
    QCOMPARE(requests.size(), 2); // the redirected request and the round trip
    for (const SandboxRequest &request : requests) {
        if (request.localAddress == QHostAddress(u"127.0.0.2"_s))
            QVERIFY(!request.hasHeader("authorization"));
    }
    QCOMPARE(requests.constFirst().localAddress, QHostAddress(u"127.0.0.1"_s));
}

void tst_ApiClient::contextDestroyedMeansNoCallback() {
    SandboxFault delay;
    delay.kind = SandboxFault::Kind::Delay;
    delay.delayMs = 100;
    m_api->server().addFault(delay);

    auto context = std::make_unique<QObject>();
    auto outcome = send(ApiRequest::get({u"me"_s}), context.get());
    QTRY_COMPARE(m_api->server().requestCount({}, {}), 1);
    context.reset();
    QCOMPARE(m_api->client().inFlightCount(), 0); // the request was abandoned
    // Its answer would have come after 100 ms, long before this one.
    SandboxFault later;
    later.kind = SandboxFault::Kind::Delay;
    later.delayMs = 200;
    m_api->server().addFault(later);
    roundTrip();
    QCOMPARE(outcome->calls, 0);

    // Destroyed after the answer arrived but before the queued delivery: still nothing.
    auto late = std::make_unique<QObject>();
    auto lateOutcome = send(ApiRequest::get({u"me"_s}), late.get());
    const CallHandle handle; // default handle: cancel() is a no-op
    handle.cancel();
    QVERIFY(!handle.isActive());
    late.reset();
    roundTrip();
    QCOMPARE(lateOutcome->calls, 0);
}

void tst_ApiClient::atMostFourInFlight() {
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    hang.times = 6;
    m_api->server().addFault(hang);

    QList<CallHandle> handles;
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 6; ++i) {
        auto outcome = std::make_shared<Outcome>();
        outcomes.append(outcome);
        handles.append(m_api->client().send(
            ApiRequest::get({u"me"_s}, QUrlQuery{{u"n"_s, QString::number(i)}}), this,
            recorder(outcome)));
    }
    QCOMPARE(m_api->client().inFlightCount(), 4);
    QCOMPARE(m_api->client().queuedCount(), 2);
    QTRY_COMPARE(m_api->server().requestCount({}, {}), 4);
    // Sent in order.
    const auto requests = m_api->server().requests();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(requests.at(i).query.queryItemValue(u"n"_s), QString::number(i));

    handles.at(1).cancel();
    QTRY_COMPARE(m_api->server().requestCount({}, {}), 5);
    QCOMPARE(m_api->server().requests().at(4).query.queryItemValue(u"n"_s), u"4"_s);
    QCOMPARE(m_api->client().inFlightCount(), 4);
    QCOMPARE(m_api->client().queuedCount(), 1);
    // The last first: the queued sixth is cancelled before a freed slot could start it (the
    // network thread may put a started request on the wire before its abort arrives).
    for (auto it = handles.crbegin(); it != handles.crend(); ++it)
        it->cancel();
    QCOMPARE(m_api->client().inFlightCount(), 0);
    QCOMPARE(m_api->client().queuedCount(), 0);
    for (const auto &outcome : std::as_const(outcomes))
        QTRY_COMPARE(outcome->calls, 1);
    // Five left, one at a time as slots freed up; the sixth was cancelled in the queue. (Each
    // numbered request counts once: a GET may go out again on a connection the aborted ones
    // closed, as one did under the sanitizer's slower pace.)
    m_api->server().clearFaults();
    roundTrip();
    QStringList sent;
    for (const SandboxRequest &request : m_api->server().requests()) {
        if (request.query.hasQueryItem(u"n"_s))
            sent.append(request.query.queryItemValue(u"n"_s));
    }
    sent.removeDuplicates();
    QCOMPARE(sent, (QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
    QCOMPARE(m_api->server().requests().constLast().query.queryItemValue(u"roundtrip"_s), u"1"_s);
}

void tst_ApiClient::errorBodyIsCapped() {
    SandboxFault big;
    big.kind = SandboxFault::Kind::Status;
    big.status = 500;
    big.contentType = "text/plain";
    big.body = "first line of a big error\n" + QByteArray(1024 * 1024, 'z');
    m_api->server().addFault(big);

    auto outcome = sendAndWait(ApiRequest::get({u"me"_s}));
    QVERIFY(!outcome->ok());
    const ApiError &error = outcome->result->error();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.httpStatus, 500);
    QVERIFY(error.rawBody.size() <= ApiError::MaxKeptBody);
    QVERIFY(error.rawBody.startsWith("first line of a big error"));
    QVERIFY(error.message.size() <= ApiError::MaxRawMessage);
}

void tst_ApiClient::logsNeverContainTheToken() {
    QLoggingCategory::setFilterRules(u"taskdesk.*=true\nqt.network.*=true"_s);
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    g_previousHandler = qInstallMessageHandler(collectingHandler);

    QVERIFY(sendAndWait(ApiRequest::get({u"me"_s}))->ok());
    QVERIFY(sendAndWait(createTaskRequest(u"Logged create"_s))->ok());
    SandboxFault limit;
    limit.kind = SandboxFault::Kind::RateLimit;
    m_api->server().addFault(limit);
    QVERIFY(sendAndWait(ApiRequest::get({u"me"_s}))->ok());
    SandboxFault redirect;
    redirect.kind = SandboxFault::Kind::RedirectToOtherHost;
    m_api->server().addFault(redirect);
    QVERIFY(!sendAndWait(ApiRequest::get({u"me"_s}))->ok());
    ApiConfig wrong = m_api->config();
    wrong.token = m_api->server().token() + u"x"_s;
    m_api->client().setConfig(wrong);
    QVERIFY(!sendAndWait(ApiRequest::get({u"me"_s}))->ok());

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QMutexLocker lock(&g_logMutex);
    const QString all = g_log.join(u'\n');
    QVERIFY2(all.contains(u"/api/me"_s), "debug logging did not run");
    QVERIFY(all.contains(u"taskdesk.api"_s));
    QVERIFY(!all.contains(m_api->server().token()));
    QVERIFY(!all.contains(u"Bearer"_s, Qt::CaseInsensitive));
    QVERIFY(!all.contains(u"authorization"_s, Qt::CaseInsensitive));
}

void tst_ApiClient::redactedCurl() {
    const ApiRequest create =
        ApiRequest::post({u"organizations"_s, m_api->server().orgId(), u"tasks"_s},
                         QJsonObject{{u"title"_s, u"It's \"quoted\""_s}});
    const QString curl = m_api->client().redactedCurl(create);
    QVERIFY(!curl.contains(m_api->server().token()));
    QVERIFY(curl.startsWith(u"curl -X POST '"_s));
    QVERIFY(curl.contains(u"-H \"Authorization: Bearer $TALLYFY_API_TOKEN\""_s));
    QVERIFY(curl.contains(u"-H 'X-Tallyfy-Client: APIClient'"_s));
    QVERIFY(curl.contains(u"-H 'Accept: application/json'"_s));
    QVERIFY(curl.contains(u"-H 'Content-Type: application/json'"_s));
    QVERIFY(curl.contains(u"--data-raw '{\"title\":\"It'\\''s \\\"quoted\\\"\"}'"_s));
    QVERIFY(curl.contains(m_api->client().urlFor(create).toString(QUrl::FullyEncoded)));

    QUrlQuery query;
    query.addQueryItem(u"with"_s, u"form_fields,run"_s);
    const QString get = m_api->client().redactedCurl(
        ApiRequest::get({u"organizations"_s, u"o"_s, u"tasks"_s, u"t"_s}, query));
    QVERIFY(get.startsWith(u"curl '"_s));
    QVERIFY(get.contains(u"/organizations/o/tasks/t?with=form_fields,run'"_s));
    QVERIFY(!get.contains(u"Content-Type"_s));
    QVERIFY(!get.contains(u"--data-raw"_s));
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_ApiClient.moc"
