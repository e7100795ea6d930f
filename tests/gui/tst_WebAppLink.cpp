#include "core/settings/KnownServers.h"
#include "models/WebAppLink.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_WebAppLink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void taskPage_data();
    void taskPage();
    void webAppIsWhereTheServerHandsOutTokens();
};

namespace {

const QString org = u"0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b"_s;
const QString task = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;

} // namespace

void tst_WebAppLink::taskPage_data() {
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QString>("expected");
    const QString page = u"https://go.tallyfy.com/%1/tasks/%2"_s.arg(org, task);
    QTest::newRow("production") << u"https://go.tallyfy.com/api"_s << org << task << page;
    QTest::newRow("alternative host") << u"https://api.tallyfy.com"_s << org << task << page;
    QTest::newRow("host in capitals") << u"https://GO.Tallyfy.com/api/"_s << org << task << page;
    QTest::newRow("staging") << u"https://staging.go.tallyfy.com/api"_s << org << task
                             << u"https://staging.go.tallyfy.com/%1/tasks/%2"_s.arg(org, task);
    QTest::newRow("sandbox") << u"http://127.0.0.1:8080/api"_s << org << task << QString();
    QTest::newRow("other server") << u"https://tallyfy.example.com/api"_s << org << task
                                  << QString();
    QTest::newRow("plain http") << u"http://go.tallyfy.com/api"_s << org << task << QString();
    QTest::newRow("no organization")
        << u"https://go.tallyfy.com/api"_s << QString() << task << QString();
    QTest::newRow("bad task ID") << u"https://go.tallyfy.com/api"_s << org << u"abc"_s << QString();
    QTest::newRow("task ID in capitals")
        << u"https://go.tallyfy.com/api"_s << org << task.toUpper() << QString();
    QTest::newRow("trailing slash") << u"https://api.tallyfy.com/"_s << org << task << page;
    QTest::newRow("unknown path on a Tallyfy host")
        << u"https://go.tallyfy.com/other"_s << org << task << QString();
    QTest::newRow("look-alike host")
        << u"https://go.tallyfy.com.example.net/api"_s << org << task << QString();
}

void tst_WebAppLink::taskPage() {
    QFETCH(QString, apiBase);
    QFETCH(QString, organization);
    QFETCH(QString, taskId);
    QFETCH(QString, expected);
    QCOMPARE(WebAppLink::taskPage(QUrl(apiBase), organization, taskId).toString(), expected);
}

void tst_WebAppLink::webAppIsWhereTheServerHandsOutTokens() {
    // One home for the host names: every known server's web app is its token page's origin.
    for (const KnownServers::Server &server : KnownServers::all()) {
        const QUrl web = WebAppLink::webAppFor(server.apiBaseUrl);
        QCOMPARE(web.scheme(), u"https"_s);
        QCOMPARE(web.host(), server.tokenPageUrl.host());
    }
    QVERIFY(WebAppLink::webAppFor(QUrl(u"https://tallyfy.example.com/api"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(tst_WebAppLink)
#include "tst_WebAppLink.moc"
