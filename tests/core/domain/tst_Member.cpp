#include "core/domain/Json.h"
#include "core/domain/Member.h"

#include "TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Member final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listMatchesRecording();
    void displayName_data();
    void displayName();
    void noIdFails();
};

void tst_Member::listMatchesRecording() {
    const QJsonObject body = TestData::object(u"members_list.json"_s);
    const QJsonArray data = body.value("data"_L1).toArray();
    QVERIFY(!data.isEmpty());
    const QList<Member> members = Json::parseList<Member>(body.value("data"_L1));
    QCOMPARE(members.size(), 3); // no id and non-object entries skipped

    const QJsonObject first = data.at(0).toObject();
    const Member &ana = members.at(0);
    QCOMPARE(ana.id, 1001);
    QCOMPARE(ana.email, first.value("email"_L1).toString());
    QCOMPARE(ana.username, u"ana"_s);
    QCOMPARE(ana.firstName, u"Ana"_s);
    QCOMPARE(ana.lastName, u"Ruiz"_s);
    QCOMPARE(ana.fullName, u"Ana Ruiz"_s);
    QCOMPARE(ana.profilePic, first.value("profile_pic"_L1).toString());
    QCOMPARE(ana.jobTitle, u"Operations lead"_s);
    QCOMPARE(ana.role, u"admin"_s);
    QCOMPARE(ana.status, u"active"_s);
    QCOMPARE(ana.isActive, std::optional<bool>(true));
    QCOMPARE(ana.type, u"member"_s);
    QCOMPARE(ana.timezone, u"Europe/Madrid"_s);
    // Member timestamps use +00:00 rather than Z.
    QCOMPARE(ana.lastLoginAt, QDateTime(QDate(2026, 2, 11), QTime(8, 15, 42), Qt::UTC));
    QCOMPARE(ana.createdAt, QDateTime(QDate(2025, 1, 2), QTime(9, 30), Qt::UTC));
    QCOMPARE(ana.updatedAt, QDateTime(QDate(2026, 2, 11), QTime(8, 15, 42), Qt::UTC));
    QCOMPARE(ana.raw, first);
    QCOMPARE(ana.displayName(), u"Ana Ruiz"_s);

    const Member &lee = members.at(1);
    QCOMPARE(lee.id, 1002); // numeric string id
    QCOMPARE(lee.isActive, std::optional<bool>(true));
    QCOMPARE(lee.displayName(), u"Lee Chan"_s);
    QVERIFY(lee.lastLoginAt.isNull());

    const Member &noName = members.at(2);
    QCOMPARE(noName.displayName(), u"no.name@northwind.example"_s);
    QCOMPARE(noName.isActive, std::nullopt);
}

void tst_Member::displayName_data() {
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << u"Ana Ruiz"_s << u"A"_s << u"R"_s << u"a@x"_s << u"Ana Ruiz"_s;
    QTest::newRow("first+last") << u""_s << u"Ana"_s << u"Ruiz"_s << u"a@x"_s << u"Ana Ruiz"_s;
    QTest::newRow("first only") << u""_s << u"Ana"_s << u""_s << u"a@x"_s << u"Ana"_s;
    QTest::newRow("last only") << u" "_s << u""_s << u"Ruiz"_s << u"a@x"_s << u"Ruiz"_s;
    QTest::newRow("email") << u""_s << u""_s << u""_s << u"a@x"_s << u"a@x"_s;
    QTest::newRow("nothing") << u""_s << u""_s << u""_s << u""_s << u"#9"_s;
}

void tst_Member::displayName() {
    QFETCH(QString, full);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(QString, expected);
    Member m;
    m.id = 9;
    m.fullName = full;
    m.firstName = first;
    m.lastName = last;
    m.email = email;
    QCOMPARE(m.displayName(), expected);
}

void tst_Member::noIdFails() {
    QString error;
    QVERIFY(!Member::fromJson(QJsonObject{{u"id"_s, u"abc"_s}}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Member::fromJson(QJsonObject{{u"id"_s, 0}}, nullptr));
    QVERIFY(!Member::fromJson(QJsonObject{}, nullptr));
}

QTEST_GUILESS_MAIN(tst_Member)
#include "tst_Member.moc"
