#include "core/api/ApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ApiRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void url_data();
    void url();
    void segmentsAreEncoded_data();
    void segmentsAreEncoded();
    void queryIsEncoded();
    void constructors();
    void body();
};

void tst_ApiRequest::url_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << u"https://go.tallyfy.com/api"_s
                             << u"https://go.tallyfy.com/api/organizations/org1/tasks/t1"_s;
    QTest::newRow("trailing slash") << u"https://go.tallyfy.com/api/"_s
                                    << u"https://go.tallyfy.com/api/organizations/org1/tasks/t1"_s;
    QTest::newRow("host root") << u"https://api.tallyfy.com"_s
                               << u"https://api.tallyfy.com/organizations/org1/tasks/t1"_s;
    QTest::newRow("host root slash") << u"https://api.tallyfy.com/"_s
                                     << u"https://api.tallyfy.com/organizations/org1/tasks/t1"_s;
    QTest::newRow("loopback port") << u"http://127.0.0.1:8123/api"_s
                                   << u"http://127.0.0.1:8123/api/organizations/org1/tasks/t1"_s;
    QTest::newRow("base query dropped")
        << u"https://go.tallyfy.com/api?x=1#frag"_s
        << u"https://go.tallyfy.com/api/organizations/org1/tasks/t1"_s;
}

void tst_ApiRequest::url() {
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const ApiRequest request =
        ApiRequest::get({u"organizations"_s, u"org1"_s, u"tasks"_s, u"t1"_s});
    QCOMPARE(request.url(QUrl(base)).toString(QUrl::FullyEncoded), expected);
}

void tst_ApiRequest::segmentsAreEncoded_data() {
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("email") << u"pat@client.example"_s << u"pat%40client.example"_s;
    QTest::newRow("plus email") << u"pat+ops@client.example"_s << u"pat%2Bops%40client.example"_s;
    QTest::newRow("slash") << u"a/../b"_s << u"a%2F..%2Fb"_s;
    QTest::newRow("query chars") << u"x?y#z&w"_s << u"x%3Fy%23z%26w"_s;
    QTest::newRow("space") << u"a b"_s << u"a%20b"_s;
    QTest::newRow("percent") << u"100%"_s << u"100%25"_s;
    QTest::newRow("unicode") << u"jos\u00e9@x.example"_s << u"jos%C3%A9%40x.example"_s;
    QTest::newRow("dot dot alone") << u".."_s << u".."_s;
}

void tst_ApiRequest::segmentsAreEncoded() {
    QFETCH(QString, segment);
    QFETCH(QString, encoded);
    const ApiRequest request =
        ApiRequest::get({u"organizations"_s, u"org1"_s, u"guests"_s, segment});
    QCOMPARE(request.encodedPath(), u"/organizations/org1/guests/"_s + encoded);
    const QUrl url = request.url(QUrl(u"https://go.tallyfy.com/api"_s));
    QCOMPARE(url.host(), u"go.tallyfy.com"_s);
    if (segment != u".."_s) {
        // The segment stays one segment, whatever it contains.
        QCOMPARE(url.path(QUrl::FullyEncoded), u"/api/organizations/org1/guests/"_s + encoded);
        QVERIFY(!url.hasFragment());
        QVERIFY(!url.hasQuery());
    }
}

void tst_ApiRequest::queryIsEncoded() {
    QUrlQuery query;
    query.addQueryItem(u"q"_s, u"C++ & more = 100%"_s);
    query.addQueryItem(u"with"_s, u"form_fields,run,tags"_s);
    query.addQueryItem(u"created"_s, u"2026-01-01:2026-01-31"_s);
    ApiRequest request = ApiRequest::get({u"tasks"_s}, query);
    QCOMPARE(
        request.encodedQuery(),
        u"q=C%2B%2B%20%26%20more%20%3D%20100%25&with=form_fields,run,tags&created=2026-01-01:2026-01-31"_s);

    const QUrl url = request.url(QUrl(u"https://go.tallyfy.com/api"_s));
    const QUrlQuery back(url);
    QCOMPARE(back.queryItemValue(u"q"_s, QUrl::FullyDecoded), u"C++ & more = 100%"_s);
    QCOMPARE(back.queryItemValue(u"with"_s, QUrl::FullyDecoded), u"form_fields,run,tags"_s);

    request.setQueryItem(u"q"_s, u"x"_s);
    QCOMPARE(QUrlQuery(request.url(QUrl(u"https://h/api"_s))).allQueryItemValues(u"q"_s),
             QStringList{u"x"_s});
}

void tst_ApiRequest::constructors() {
    const ApiRequest get = ApiRequest::get({u"me"_s});
    QCOMPARE(get.method(), ApiRequest::Method::Get);
    QCOMPARE(get.methodName(), "GET"_ba);
    QVERIFY(!get.hasBody());

    const ApiRequest post = ApiRequest::post({u"a"_s}, QJsonObject{{u"k"_s, 1}});
    QCOMPARE(post.methodName(), "POST"_ba);
    QVERIFY(post.hasBody());

    QCOMPARE(ApiRequest(ApiRequest::Method::Put, {u"a"_s}).methodName(), "PUT"_ba);
    QCOMPARE(ApiRequest(ApiRequest::Method::Delete, {u"a"_s}).methodName(), "DELETE"_ba);
}

void tst_ApiRequest::body() {
    ApiRequest request =
        ApiRequest::post({u"organizations"_s, u"o"_s, u"tasks"_s},
                         QJsonObject{{u"title"_s, u"Caf\u00e9 \"quoted\""_s},
                                     {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{1001}}}}});
    QCOMPARE(request.body(), R"({"owners":{"users":[1001]},"title":"Café \"quoted\""})"_ba);
    request.setJsonBody(QJsonValue());
    QVERIFY(!request.hasBody());
    QVERIFY(request.body().isEmpty());
    request.setJsonBody(QJsonArray{1, 2});
    QCOMPARE(request.body(), "[1,2]"_ba);
}

QTEST_GUILESS_MAIN(tst_ApiRequest)
#include "tst_ApiRequest.moc"
