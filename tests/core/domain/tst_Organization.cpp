#include "core/domain/Json.h"
#include "core/domain/Organization.h"

#include "TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Organization final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void myOrganizations();
    void singleOrganization();
};

void tst_Organization::myOrganizations() {
    const QJsonObject body = TestData::object(u"me_organizations.json"_s);
    const QList<Organization> orgs = Json::parseList<Organization>(body.value("data"_L1));
    QCOMPARE(orgs.size(), 2);
    QCOMPARE(orgs.at(0).id, u"0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b"_s);
    QCOMPARE(orgs.at(0).name, u"Northwind"_s);
    QCOMPARE(orgs.at(0).createdAt, QDateTime(QDate(2024, 11, 20), QTime(10, 0), Qt::UTC));
    QCOMPARE(orgs.at(1).createdAt, QDateTime(QDate(2025, 7, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(orgs.at(0).timezone.isEmpty());
}

void tst_Organization::singleOrganization() {
    const QJsonObject data = TestData::object(u"organization.json"_s).value("data"_L1).toObject();
    const auto org = Organization::fromJson(data, nullptr);
    QVERIFY(org);
    QCOMPARE(org->timezone, u"America/New_York"_s);
    QCOMPARE(org->raw, data);
    QVERIFY(!Organization::fromJson(QJsonObject{{u"name"_s, u"x"_s}}, nullptr));
}

QTEST_GUILESS_MAIN(tst_Organization)
#include "tst_Organization.moc"
