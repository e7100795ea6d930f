#include "core/domain/PageMeta.h"

#include "TestData.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_PageMeta final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordings_data();
    void recordings();
    void safetyNet();
    void fromPaginationHasNoDataCount();
};

void tst_PageMeta::recordings_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("currentPage"); // -1: absent
    QTest::addColumn<int>("totalPages");  // -1: absent
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<int>("dataCount");
    QTest::addColumn<int>("pagesSoFar");
    QTest::addColumn<bool>("hasNext");

    QTest::newRow("links object, page 1 of 2")
        << u"pagination_links_object.json"_s << 1 << 2
        << u"https://go.tallyfy.com/api/organizations/0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b/tasks?page=2"_s
        << QString() << 2 << 1 << true;
    QTest::newRow("last page")
        << u"pagination_last_page.json"_s << 2 << 2 << QString()
        << u"https://go.tallyfy.com/api/organizations/0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b/tasks?page=1"_s
        << 1 << 2 << false;
    QTest::newRow("links []") << u"pagination_links_empty_array.json"_s << 2 << 3 << QString()
                              << QString() << 1 << 2 << true;
    QTest::newRow("links null, no total_pages")
        << u"pagination_links_null.json"_s << 1 << -1 << QString() << QString() << 1 << 1 << false;
    QTest::newRow("prev spelling, no total_pages")
        << u"pagination_prev_no_total_pages.json"_s << -1 << -1
        << u"https://go.tallyfy.com/api/x?page=3"_s << u"https://go.tallyfy.com/api/x?page=1"_s << 1
        << 2 << true;
    QTest::newRow("next empty string")
        << u"pagination_next_empty_string.json"_s << 4 << -1 << QString()
        << u"https://go.tallyfy.com/api/x?page=3"_s << 1 << 4 << false;
    QTest::newRow("empty data stops")
        << u"pagination_empty_data.json"_s << 2 << 5 << u"https://go.tallyfy.com/api/x?page=3"_s
        << u"https://go.tallyfy.com/api/x?page=1"_s << 0 << 2 << false;
    QTest::newRow("no meta") << u"pagination_absent.json"_s << -1 << -1 << QString() << QString()
                             << 2 << 1 << false;
    QTest::newRow("members, links []")
        << u"members_list.json"_s << 1 << 1 << QString() << QString() << 5 << 1 << false;
    QTest::newRow("tags, page 1 of 6")
        << u"tags_list.json"_s << 1 << 6
        << u"https://go.tallyfy.com/api/organizations/0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b/tags?page=2"_s
        << QString() << 2 << 1 << true;
    QTest::newRow("me orgs, links {}")
        << u"me_organizations.json"_s << 1 << 1 << QString() << QString() << 2 << 1 << false;
}

void tst_PageMeta::recordings() {
    QFETCH(QString, file);
    QFETCH(int, currentPage);
    QFETCH(int, totalPages);
    QFETCH(QString, next);
    QFETCH(QString, previous);
    QFETCH(int, dataCount);
    QFETCH(int, pagesSoFar);
    QFETCH(bool, hasNext);

    const QJsonObject body = TestData::object(file);
    QVERIFY(!body.isEmpty());
    const PageMeta meta = PageMeta::fromResponse(body);
    QCOMPARE(meta.currentPage, currentPage < 0 ? std::nullopt : std::optional<int>(currentPage));
    QCOMPARE(meta.totalPages, totalPages < 0 ? std::nullopt : std::optional<int>(totalPages));
    QCOMPARE(meta.nextLink, next);
    QCOMPARE(meta.previousLink, previous);
    QCOMPARE(meta.dataCount, std::optional<int>(dataCount));
    QCOMPARE(meta.hasNext(pagesSoFar), hasNext);
}

void tst_PageMeta::safetyNet() {
    PageMeta meta;
    meta.currentPage = 150;
    meta.totalPages = 1000;
    meta.dataCount = 100;
    QVERIFY(meta.hasNext(PageMeta::MaxPages - 1));
    QVERIFY(!meta.hasNext(PageMeta::MaxPages));

    PageMeta linkOnly;
    linkOnly.nextLink = u"https://x/?page=2"_s;
    QVERIFY(linkOnly.hasNext(1));
    QVERIFY(!linkOnly.hasNext(200));

    // total_pages without current_page: the count of pages fetched stands in.
    PageMeta noCurrent;
    noCurrent.totalPages = 3;
    QVERIFY(noCurrent.hasNext(2));
    QVERIFY(!noCurrent.hasNext(3));

    // total_pages wins over a stale next link.
    PageMeta stale;
    stale.currentPage = 3;
    stale.totalPages = 3;
    stale.nextLink = u"https://x/?page=4"_s;
    QVERIFY(!stale.hasNext(3));
}

void tst_PageMeta::fromPaginationHasNoDataCount() {
    const PageMeta meta =
        PageMeta::fromPagination(TestData::object(u"pagination_links_object.json"_s)
                                     .value("meta"_L1)
                                     .toObject()
                                     .value("pagination"_L1)
                                     .toObject());
    QCOMPARE(meta.total, std::optional<int>(57));
    QCOMPARE(meta.count, std::optional<int>(50));
    QCOMPARE(meta.perPage, std::optional<int>(50));
    QCOMPARE(meta.dataCount, std::nullopt);
    QVERIFY(meta.hasNext(1));
}

QTEST_GUILESS_MAIN(tst_PageMeta)
#include "tst_PageMeta.moc"
