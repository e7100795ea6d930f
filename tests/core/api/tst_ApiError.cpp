#include "core/api/ApiError.h"
#include "core/api/ApiErrorText.h"

#include <QTest>

using namespace Qt::StringLiterals;

using FieldErrors = QMap<QString, QStringList>;
Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(ApiError::Action)

class tst_ApiError : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromHttpResponse_data();
    void fromHttpResponse();
    void bodyIsCappedAndScrubbed();
    void whatHappenedGivesNoAdvice_data();
    void whatHappenedGivesNoAdvice();
    void messageFromRawTextIsCapped();
    void requestIdIsKept();
    void retryAfter_data();
    void retryAfter();
    void userText_data();
    void userText();
    void textForWhatWasDone_data();
    void textForWhatWasDone();
    void connectionCheckText_data();
    void connectionCheckText();
    void unclearNotFound_data();
    void unclearNotFound();
    void transport();
    void kindNamesAreDistinct();
};

void tst_ApiError::fromHttpResponse_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<FieldErrors>("fieldErrors");

    const QByteArray json = "application/json"_ba;
    using K = ApiError::Kind;

    QTest::newRow("401 laravel") << 401 << json << R"({"message":"Unauthenticated."})"_ba
                                 << K::Unauthorized << u"Unauthenticated."_s << QString()
                                 << FieldErrors{};
    QTest::newRow("401 error true")
        << 401 << json << R"({"error":true,"message":"unauthenticated"})"_ba << K::Unauthorized
        << u"unauthenticated"_s << QString() << FieldErrors{};
    QTest::newRow("401 oauth string")
        << 401 << json << R"({"error":"invalid_client"})"_ba << K::Unauthorized
        << u"invalid_client"_s << QString() << FieldErrors{};
    QTest::newRow("403") << 403 << json << R"({"message":"You cannot see this task"})"_ba
                         << K::Forbidden << u"You cannot see this task"_s << QString()
                         << FieldErrors{};
    QTest::newRow("403 with errors")
        << 403 << json << R"({"message":"Refused","errors":{"owners":"Not allowed"}})"_ba
        << K::Forbidden << u"Refused"_s << QString()
        << FieldErrors{{u"owners"_s, {u"Not allowed"_s}}};
    QTest::newRow("404 record")
        << 404 << json
        << R"({"error":true,"message":"Resource not found","code":"RESOURCE_NOT_FOUND"})"_ba
        << K::NotFound << u"Resource not found"_s << u"RESOURCE_NOT_FOUND"_s << FieldErrors{};
    QTest::newRow("404 route")
        << 404 << json
        << R"({"error":true,"message":"API endpoint not found","code":"ENDPOINT_NOT_FOUND"})"_ba
        << K::EndpointNotFound << u"API endpoint not found"_s << u"ENDPOINT_NOT_FOUND"_s
        << FieldErrors{};
    QTest::newRow("404 edge html")
        << 404 << "text/html"_ba
        << "<html><body>Not found apsh546</body></html>"_ba << K::EndpointNotFound
        << u"The server returned an error page (HTTP 404)"_s << QString() << FieldErrors{};
    QTest::newRow("404 edge text") << 404 << "text/plain"_ba
                                   << "apsh546 no route"_ba << K::EndpointNotFound
                                   << u"apsh546 no route"_s << QString() << FieldErrors{};
    QTest::newRow("404 edge marker in json")
        << 404 << json << R"({"message":"gateway apsh546"})"_ba << K::EndpointNotFound
        << u"gateway apsh546"_s << QString() << FieldErrors{};
    QTest::newRow("404 empty body") << 404 << QByteArray() << QByteArray() << K::EndpointNotFound
                                    << u"Not Found"_s << QString() << FieldErrors{};
    QTest::newRow("409 error object")
        << 409 << json
        << R"({"error":{"code":"SEAT_POOL_EXHAUSTED","message":"No seats left","details":{"pool_type":"full"}}})"_ba
        << K::Conflict << u"No seats left"_s << u"SEAT_POOL_EXHAUSTED"_s << FieldErrors{};
    QTest::newRow("error object beats message")
        << 409 << json
        << R"({"message":"outer","error":{"message":"inner","code":"X"},"code":"Y"})"_ba
        << K::Conflict << u"inner"_s << u"X"_s << FieldErrors{};
    QTest::newRow("error object without message")
        << 409 << json << R"({"message":"outer","error":{"code":"X"}})"_ba << K::Conflict
        << u"outer"_s << u"X"_s << FieldErrors{};
    QTest::newRow("422 laravel")
        << 422 << json
        << R"({"message":"The given data was invalid.","errors":{"title":["The title may not be greater than 600 characters."],"owners.users.0":["The selected owners.users.0 is invalid."],"form_fields.0.options.1.text":["The form_fields.0.options.1.text field is required."]}})"_ba
        << K::Validation << u"The given data was invalid."_s << QString()
        << FieldErrors{{u"title"_s, {u"The title may not be greater than 600 characters."_s}},
                       {u"owners.users.0"_s, {u"The selected owners.users.0 is invalid."_s}},
                       {u"form_fields.0.options.1.text"_s,
                        {u"The form_fields.0.options.1.text field is required."_s}}};
    QTest::newRow("422 error true no message")
        << 422 << json << R"({"error":true,"errors":{"title":"Title is required"}})"_ba
        << K::Validation << u"Some fields need attention"_s << QString()
        << FieldErrors{{u"title"_s, {u"Title is required"_s}}};
    QTest::newRow("422 several messages")
        << 422 << json << R"({"errors":{"deadline":["Too early","Not a date"]}})"_ba
        << K::Validation << u"Some fields need attention"_s << QString()
        << FieldErrors{{u"deadline"_s, {u"Too early"_s, u"Not a date"_s}}};
    QTest::newRow("422 nested taskdata")
        << 422 << json
        << R"({"message":"Invalid","errors":{"taskdata":{"a1b2":[{"text":["Invalid dropdown choice selected."]},"Invalid table field"],"c3":{"0":"bad"}}}})"_ba
        << K::Validation << u"Invalid"_s << QString()
        << FieldErrors{{u"taskdata.a1b2.0.text"_s, {u"Invalid dropdown choice selected."_s}},
                       {u"taskdata.a1b2"_s, {u"Invalid table field"_s}},
                       {u"taskdata.c3.0"_s, {u"bad"_s}}};
    QTest::newRow("422 list of lists")
        << 422 << json << R"({"errors":{"table":[["a","b"],["c"]]}})"_ba << K::Validation
        << u"Some fields need attention"_s << QString()
        << FieldErrors{{u"table.0"_s, {u"a"_s, u"b"_s}}, {u"table.1"_s, {u"c"_s}}};
    QTest::newRow("422 errors as top-level list")
        << 422 << json << R"({"message":"Bad","errors":["first","second"]})"_ba << K::Validation
        << u"Bad"_s << QString() << FieldErrors{{QString(), {u"first"_s, u"second"_s}}};
    QTest::newRow("400") << 400 << json << R"({"message":"Malformed"})"_ba << K::Validation
                         << u"Malformed"_s << QString() << FieldErrors{};
    QTest::newRow("numeric code") << 400 << json << R"({"message":"m","code":1234})"_ba
                                  << K::Validation << u"m"_s << u"1234"_s << FieldErrors{};
    QTest::newRow("429") << 429 << json
                         << R"({"message":"Too Many Attempts.","code":"RATE_LIMIT_EXCEEDED"})"_ba
                         << K::RateLimited << u"Too Many Attempts."_s << u"RATE_LIMIT_EXCEEDED"_s
                         << FieldErrors{};
    QTest::newRow("500 json") << 500 << json << R"({"message":"Server Error"})"_ba << K::Server
                              << u"Server Error"_s << QString() << FieldErrors{};
    QTest::newRow("500 json leaking sql")
        << 500 << json
        << R"({"message":"SQLSTATE[42S22]: Column not found: 1054 Unknown column"})"_ba << K::Server
        << u"Internal Server Error"_s << QString() << FieldErrors{};
    QTest::newRow("502 html") << 502 << "text/html; charset=utf-8"_ba
                              << "<!DOCTYPE html><html><head><title>502</title></head></html>"_ba
                              << K::Server << u"The server returned an error page (HTTP 502)"_s
                              << QString() << FieldErrors{};
    QTest::newRow("503 html without type")
        << 503 << QByteArray() << "\n  <html><body>Down</body></html>"_ba << K::Server
        << u"The server returned an error page (HTTP 503)"_s << QString() << FieldErrors{};
    QTest::newRow("504 text") << 504 << "text/plain"_ba
                              << "upstream timed out"_ba << K::Server << u"upstream timed out"_s
                              << QString() << FieldErrors{};
    QTest::newRow("500 text with trace")
        << 500 << "text/plain"_ba
        << "Whoops\nSQLSTATE[HY000] bad\nIlluminate\\Database\\QueryException\nStack trace:\n#0 /var/www/x.php(12)\n#1 {main}"_ba
        << K::Server << u"Whoops"_s << QString() << FieldErrors{};
    QTest::newRow("json with wrong content type")
        << 422 << "text/html"_ba
        << R"({"message":"Still JSON"})"_ba << K::Validation << u"Still JSON"_s << QString()
        << FieldErrors{};
    QTest::newRow("malformed json") << 500 << json << "{\"message\": "_ba << K::Server
                                    << u"{\"message\":"_s << QString() << FieldErrors{};
    QTest::newRow("json without message") << 418 << json << R"({"foo":1})"_ba << K::Validation
                                          << u"HTTP 418"_s << QString() << FieldErrors{};
    QTest::newRow("405") << 405 << json << R"({"message":"Method not allowed"})"_ba
                         << K::EndpointNotFound << u"Method not allowed"_s << QString()
                         << FieldErrors{};
    QTest::newRow("blank message falls through")
        << 400 << json << R"({"message":"  ","error":"x_error"})"_ba << K::Validation
        << u"x_error"_s << QString() << FieldErrors{};
}

void tst_ApiError::fromHttpResponse() {
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(FieldErrors, fieldErrors);

    const ApiError error = ApiError::fromHttpResponse(status, body, contentType, {}, {});
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(kind));
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.code, code);
    QCOMPARE(error.fieldErrors, fieldErrors);
    QVERIFY(!error.retryAfterSeconds.has_value());
}

void tst_ApiError::bodyIsCappedAndScrubbed() {
    QByteArray body = "first line\nSQLSTATE[23000]: secret\n  #12 /srv/app.php\n"_ba;
    body += QByteArray(200 * 1024, 'x');
    const ApiError error = ApiError::fromHttpResponse(500, body, "text/plain", {}, {});
    QCOMPARE(error.rawBody.size(), ApiError::MaxKeptBody);
    QVERIFY(error.rawBody.startsWith("first line\n"));
    QVERIFY(!error.rawBody.contains("SQLSTATE"));
    QVERIFY(!error.rawBody.contains("/srv/app.php"));

    const QByteArray scrubbed =
        ApiError::scrub("keep\nIlluminate\\Foo\\Bar\nStack trace:\n#0 a\n #1 b\nalso #2 keep"_ba);
    QCOMPARE(scrubbed, "keep\nalso #2 keep"_ba);
    // File paths of the framework and its vendor folder go too.
    QCOMPARE(
        ApiError::scrub("a\n\"file\": \"/srv/app/vendor/laravel/framework/src/Illuminate/Database/"
                        "Connection.php\",\n  at Illuminate/Database/Connection.php:712\nb"_ba),
        "a\nb"_ba);
}

void tst_ApiError::whatHappenedGivesNoAdvice_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("ownSentence");
    QTest::newRow("network") << int(ApiError::Kind::Network) << true;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << true;
    QTest::newRow("server") << int(ApiError::Kind::Server) << true;
    QTest::newRow("rate limited") << int(ApiError::Kind::RateLimited) << true;
    QTest::newRow("invalid response") << int(ApiError::Kind::InvalidResponse) << true;
    QTest::newRow("forbidden") << int(ApiError::Kind::Forbidden) << false;
    QTest::newRow("not found") << int(ApiError::Kind::NotFound) << false;
}

void tst_ApiError::whatHappenedGivesNoAdvice() {
    QFETCH(int, kind);
    QFETCH(bool, ownSentence);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = error.kind == ApiError::Kind::Server ? 502 : 0;
    error.retryAfterSeconds = 5;
    const QString text = error.whatHappened();
    QVERIFY(!text.isEmpty());
    QVERIFY(text.endsWith(u'.'));
    if (ownSentence) {
        QVERIFY2(!text.contains(u"try again"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(text != error.userText());
    } else {
        QCOMPARE(text, error.userText());
    }
    if (error.kind == ApiError::Kind::Server)
        QVERIFY(text.contains(u"502"_s));
}

void tst_ApiError::messageFromRawTextIsCapped() {
    const QString longText = QString(500, u'a');
    const ApiError error = ApiError::fromHttpResponse(502, longText.toUtf8(), "text/plain", {}, {});
    QCOMPARE(error.message.size(), ApiError::MaxRawMessage);
    QVERIFY(error.message.startsWith(u"aaaa"_s));

    // A surrogate pair is never split by the cap.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
    const ApiError cut = ApiError::fromHttpResponse(502, emoji.toUtf8(), "text/plain", {}, {});
    QVERIFY(cut.message.size() <= ApiError::MaxRawMessage);
    QVERIFY(!cut.message.at(cut.message.size() - 2).isHighSurrogate() ||
            cut.message.at(cut.message.size() - 1).isLowSurrogate());
    QVERIFY(cut.message.toUtf8().isValidUtf8());
}

void tst_ApiError::requestIdIsKept() {
    const ApiError error =
        ApiError::fromHttpResponse(500, "{}", "application/json", " req-123 ", {});
    QCOMPARE(error.requestId, u"req-123"_s);
    QVERIFY(error.technicalDetails().contains(u"req-123"_s));
}

void tst_ApiError::retryAfter_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected"); // -1: none

    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << "7"_ba << 7;
    QTest::newRow("seconds padded") << " 12 "_ba << 12;
    QTest::newRow("zero") << "0"_ba << 0;
    QTest::newRow("clamped high") << "120"_ba << 30;
    QTest::newRow("negative") << "-5"_ba << 0;
    QTest::newRow("fraction rounds up") << "1.2"_ba << 2;
    QTest::newRow("http date GMT") << "Tue, 15 Sep 2026 10:00:10 GMT"_ba << 10;
    QTest::newRow("http date offset") << "Tue, 15 Sep 2026 10:00:05 +0000"_ba << 5;
    QTest::newRow("http date far") << "Tue, 15 Sep 2026 11:00:00 GMT"_ba << 30;
    QTest::newRow("http date past") << "Tue, 15 Sep 2026 09:59:00 GMT"_ba << 0;
    QTest::newRow("garbage") << "soon"_ba << -1;
}

void tst_ApiError::retryAfter() {
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 9, 15), QTime(10, 0, 0), Qt::UTC);

    const std::optional<int> parsed = ApiError::parseRetryAfter(header, now);
    QCOMPARE(parsed.value_or(-1), expected);

    const ApiError error =
        ApiError::fromHttpResponse(429, "{}", "application/json", {}, header, now);
    QCOMPARE(error.retryAfterSeconds.value_or(-1), expected);
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
}

void tst_ApiError::userText_data() {
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("contains");

    QTest::newRow("401")
        << ApiError::fromHttpResponse(401, "{}", "application/json", {}, {})
        << u"Tallyfy rejected the token: it may have expired, or you logged out of the web app."_s;
    QTest::newRow("403") << ApiError::fromHttpResponse(403, "{}", "application/json", {}, {})
                         << u"you do not have permission"_s;
    QTest::newRow("404") << ApiError::fromHttpResponse(404, R"({"code":"RESOURCE_NOT_FOUND"})",
                                                       "application/json", {}, {})
                         << u"found nothing with this ID"_s;
    QTest::newRow("404 route") << ApiError::fromHttpResponse(404, "<html></html>", "text/html", {},
                                                             {})
                               << u"Check the base URL"_s;
    QTest::newRow("500") << ApiError::fromHttpResponse(500, "{}", "application/json", {}, {})
                         << u"Tallyfy had a problem (HTTP 500). Try again later."_s;
    QTest::newRow("503") << ApiError::fromHttpResponse(503, "<html>", "text/html", {}, {})
                         << u"Tallyfy had a problem (HTTP 503). Try again later."_s;
    QTest::newRow("429 wait") << ApiError::fromHttpResponse(429, "{}", "application/json", {}, "9")
                              << u"Try again in 9 second(s)."_s;
    QTest::newRow("429 no wait") << ApiError::fromHttpResponse(429, "{}", "application/json", {},
                                                               {})
                                 << u"too many requests"_s;
    QTest::newRow("422") << ApiError::fromHttpResponse(422, R"({"message":"Title is bad"})",
                                                       "application/json", {}, {})
                         << u"Title is bad"_s;
    QTest::newRow("timeout") << ApiError::transport(ApiError::Kind::Timeout)
                             << u"did not answer in time"_s;
    QTest::newRow("network") << ApiError::transport(ApiError::Kind::Network)
                             << u"Could not reach Tallyfy"_s;
    QTest::newRow("tls") << ApiError::transport(ApiError::Kind::Tls) << u"TLS"_s;
    QTest::newRow("insecure") << ApiError::transport(ApiError::Kind::InsecureTransport)
                              << u"https://"_s;
    QTest::newRow("invalid") << ApiError::transport(ApiError::Kind::InvalidResponse)
                             << u"could not read"_s;
    QTest::newRow("no organization")
        << ApiError::noOrganization() << u"No organization is selected in Settings."_s;
    QTest::newRow("invalid input") << ApiError::invalidInput({{u"title"_s, {u"Required"_s}}})
                                   << u"Some fields need attention"_s;
}

void tst_ApiError::userText() {
    QFETCH(ApiError, error);
    QFETCH(QString, contains);
    const QString text = error.userText();
    QVERIFY2(text.contains(contains, Qt::CaseInsensitive), qPrintable(text));
    // The user never sees server internals or the kind's code name.
    QVERIFY(!text.contains(u"SQLSTATE"_s));
}

void tst_ApiError::textForWhatWasDone_data() {
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("whatHappened");

    const auto make = [](ApiError::Kind kind, ApiError::Action action, int status,
                         bool checkFailed = false, const QString &code = {}) {
        ApiError error;
        error.kind = kind;
        error.action = action;
        error.httpStatus = status;
        error.organizationCheckFailed = checkFailed;
        error.code = code;
        error.message = u"The server's own words"_s;
        return error;
    };
    using K = ApiError::Kind;
    using A = ApiError::Action;
    const QString northwind = u"Northwind"_s;

    QTest::newRow("lookup 404, named")
        << make(K::NotFound, A::TaskLookup, 404) << northwind
        << u"No task with this ID in organization Northwind."_s << QString();
    QTest::newRow("lookup 404, unnamed")
        << make(K::NotFound, A::TaskLookup, 404) << QString()
        << u"No task with this ID in this organization."_s << QString();
    QTest::newRow("lookup 404, server unconfirmed")
        << make(K::NotFound, A::TaskLookup, 404, true) << northwind
        << u"No task with this ID in organization Northwind, or the server address is wrong."_s
        << QString();
    QTest::newRow("lookup 404, unnamed, server unconfirmed")
        << make(K::NotFound, A::TaskLookup, 404, true) << QString()
        << u"No task with this ID in this organization, or the server address is wrong."_s
        << QString();
    QTest::newRow("lookup 403") << make(K::Forbidden, A::TaskLookup, 403) << northwind
                                << u"You do not have access to this task."_s << QString();
    QTest::newRow("create 403, named")
        << make(K::Forbidden, A::TaskCreate, 403) << northwind
        << u"You may not create tasks in organization Northwind."_s << QString();
    QTest::newRow("create 403, unnamed")
        << make(K::Forbidden, A::TaskCreate, 403) << QString()
        << u"You may not create tasks in this organization."_s << QString();
    QTest::newRow("other 403") << make(K::Forbidden, A::Other, 403) << northwind
                               << u"Tallyfy refused the request: you do not have permission "
                                  u"for it."_s
                               << QString();
    QTest::newRow("other 404") << make(K::NotFound, A::Other, 404) << northwind
                               << u"Tallyfy found nothing with this ID (HTTP 404)."_s << QString();
    QTest::newRow("create 404 is not about a task ID")
        << make(K::NotFound, A::TaskCreate, 404) << northwind
        << u"Tallyfy found nothing with this ID (HTTP 404)."_s << QString();
    QTest::newRow("lookup 500 as any 500")
        << make(K::Server, A::TaskLookup, 500) << northwind
        << u"Tallyfy had a problem (HTTP 500). Try again later."_s
        << u"Tallyfy reported a problem (HTTP 500)."_s;
    QTest::newRow("decompression failed")
        << make(K::Network, A::TaskCreate, 0, false, ApiError::decompressionFailedCode())
        << northwind
        << u"The answer from Tallyfy arrived damaged (it could not be decompressed). Try again."_s
        << u"The answer from Tallyfy arrived damaged (it could not be decompressed)."_s;
    QTest::newRow("network") << make(K::Network, A::TaskCreate, 0) << northwind
                             << u"Could not reach Tallyfy. Check your internet connection and "
                                u"try again."_s
                             << u"The connection to Tallyfy failed."_s;
}

void tst_ApiError::textForWhatWasDone() {
    QFETCH(ApiError, error);
    QFETCH(QString, organization);
    QFETCH(QString, text);
    QFETCH(QString, whatHappened);
    QCOMPARE(ApiErrorText::userText(error, organization), text);
    // The server's message is for the technical details only.
    QVERIFY(!text.contains(error.message));
    QVERIFY(error.technicalDetails().contains(error.message));
    if (organization.isEmpty())
        QCOMPARE(error.userText(), text);
    QCOMPARE(error.whatHappened(), whatHappened.isEmpty() ? error.userText() : whatHappened);
}

void tst_ApiError::connectionCheckText_data() {
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("text");

    using K = ApiError::Kind;
    const QString org = u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("token rejected") << K::Unauthorized << QString() << QString()
                                    << u"Tallyfy rejected the token: it may have expired, or you "
                                       u"logged out of the web app. Copy a new token from the web "
                                       u"app."_s;
    QTest::newRow("token not for the organization")
        << K::Unauthorized << QString() << org
        << u"the token is not valid for organization %1. Create the token while that "
           u"organization is active in the web app."_s.arg(org);
    for (const auto &[kind, tag] :
         {std::pair{K::Forbidden, "forbidden"}, std::pair{K::NotFound, "not found"}}) {
        QTest::newRow(tag) << kind << QString() << org
                           << u"this token has no access to organization %1. Check the ID, or "
                              u"create the token while that organization is active in the web "
                              u"app."_s.arg(org);
    }
    QTest::newRow("unreachable") << K::Network << QString() << QString()
                                 << u"The server could not be reached. Check the server address "
                                    u"and your connection."_s;
    QTest::newRow("damaged") << K::Network << ApiError::decompressionFailedCode() << QString()
                             << u"The answer from Tallyfy arrived damaged (it could not be "
                                u"decompressed). Try again."_s;
    QTest::newRow("tls") << K::Tls << QString() << QString()
                         << u"The secure connection failed (TLS certificate or handshake "
                            u"error). Nothing was sent."_s;
    QTest::newRow("timeout") << K::Timeout << QString() << QString()
                             << u"The server did not answer within 30 seconds."_s;
    QTest::newRow("not the API") << K::EndpointNotFound << QString() << QString()
                                 << u"This address does not answer like the Tallyfy API (HTTP "
                                    u"404). Check the server address."_s;
    QTest::newRow("cancelled") << K::Cancelled << QString() << org << QString();
    QTest::newRow("server") << K::Server << QString() << QString()
                            << u"Tallyfy had a problem (HTTP 404). Try again later."_s;
}

void tst_ApiError::connectionCheckText() {
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, organization);
    QFETCH(QString, text);
    ApiError error;
    error.kind = kind;
    error.code = code;
    error.httpStatus = 404;
    QCOMPARE(ApiErrorText::connectionCheck(error, organization, 30), text);
}

void tst_ApiError::unclearNotFound_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("unclear");

    const QByteArray json = "application/json"_ba;
    QTest::newRow("empty") << 404 << QByteArray() << QByteArray() << true;
    QTest::newRow("html") << 404 << "text/html"_ba
                          << "<html>Not Found</html>"_ba << true;
    QTest::newRow("text") << 404 << "text/plain"_ba
                          << "Not Found"_ba << true;
    QTest::newRow("edge marker") << 404 << "text/html"_ba
                                 << "<html>apsh546</html>"_ba << false;
    QTest::newRow("route")
        << 404 << json << R"({"message":"API endpoint not found","code":"ENDPOINT_NOT_FOUND"})"_ba
        << false;
    QTest::newRow("record") << 404 << json << R"({"code":"RESOURCE_NOT_FOUND"})"_ba << false;
    QTest::newRow("json without code") << 404 << json << R"({"message":"Gone"})"_ba << false;
    QTest::newRow("403 empty") << 403 << QByteArray() << QByteArray() << false;
    QTest::newRow("405 empty") << 405 << QByteArray() << QByteArray() << false;
}

void tst_ApiError::unclearNotFound() {
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, unclear);
    QCOMPARE(ApiError::fromHttpResponse(status, body, contentType, {}, {}).isUnclearNotFound(),
             unclear);
}

void tst_ApiError::transport() {
    const ApiError cancelled = ApiError::transport(ApiError::Kind::Cancelled, u"by user"_s);
    QCOMPARE(cancelled.kind, ApiError::Kind::Cancelled);
    QCOMPARE(cancelled.httpStatus, 0);
    QCOMPARE(cancelled.message, u"by user"_s);
    QVERIFY(cancelled.userText().isEmpty());

    ApiError redirect;
    redirect.kind = ApiError::Kind::InvalidResponse;
    redirect.code = ApiError::redirectRefusedCode();
    redirect.message = u"https://elsewhere.example/api"_s;
    QVERIFY(redirect.userText().contains(u"https://elsewhere.example/api"_s));
}

void tst_ApiError::kindNamesAreDistinct() {
    QSet<QString> names;
    for (int k = int(ApiError::Kind::Network); k <= int(ApiError::Kind::Cancelled); ++k)
        names.insert(ApiError::kindName(ApiError::Kind(k)));
    QCOMPARE(names.size(), int(ApiError::Kind::Cancelled) + 1);
    QVERIFY(!names.contains(u"Unknown"_s));
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_ApiError.moc"
