#include "core/domain/TaskOwners.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TaskOwners final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void toJsonAlwaysHasThreeBuckets();
    void roundTrip();
};

void tst_TaskOwners::shapes_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<qint64>>("users");
    QTest::addColumn<QStringList>("guests");
    QTest::addColumn<QStringList>("groups");

    const QString g1 = u"4c1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"_s;
    QTest::newRow("ids") << QByteArray(R"({"users": [1001, 1002], "guests": ["pat@client.example"],
                                           "groups": ["4c1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"]})")
                         << QList<qint64>{1001, 1002} << QStringList{u"pat@client.example"_s}
                         << QStringList{g1};
    QTest::newRow("objects") << QByteArray(R"({"users": [{"id": 1001, "full_name": "Ana"}],
                                               "guests": [{"email": "pat@client.example"}],
                                               "groups": [{"id": "4c1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"}]})")
                             << QList<qint64>{1001} << QStringList{u"pat@client.example"_s}
                             << QStringList{g1};
    QTest::newRow("numeric strings") << QByteArray(R"({"users": ["1001", " 1002 "]})")
                                     << QList<qint64>{1001, 1002} << QStringList{} << QStringList{};
    QTest::newRow("junk skipped") << QByteArray(
                                         R"({"users": [null, true, "x", 0, {"name": "no id"}],
                                                    "guests": [null, 5, {"id": 3}],
                                                    "groups": [null, {}]})")
                                  << QList<qint64>{} << QStringList{} << QStringList{};
    QTest::newRow("wrapped") << QByteArray(R"({"data": {"users": [7]}})") << QList<qint64>{7}
                             << QStringList{} << QStringList{};
    QTest::newRow("buckets not arrays") << QByteArray(R"({"users": 5, "guests": "a@b.c"})")
                                        << QList<qint64>{} << QStringList{} << QStringList{};
    QTest::newRow("empty") << QByteArray("{}") << QList<qint64>{} << QStringList{} << QStringList{};
}

void tst_TaskOwners::shapes() {
    QFETCH(QByteArray, json);
    QFETCH(QList<qint64>, users);
    QFETCH(QStringList, guests);
    QFETCH(QStringList, groups);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const TaskOwners owners = TaskOwners::fromJson(doc.object());
    QCOMPARE(owners.userIds(), users);
    QCOMPARE(owners.guests, guests);
    QCOMPARE(owners.groupIds(), groups);
    QCOMPARE(owners.isEmpty(), users.isEmpty() && guests.isEmpty() && groups.isEmpty());
}

void tst_TaskOwners::toJsonAlwaysHasThreeBuckets() {
    const QJsonObject json = TaskOwners{}.toJson();
    QCOMPARE(json,
             QJsonDocument::fromJson(R"({"users": [], "guests": [], "groups": []})").object());
    QVERIFY(TaskOwners::fromJson(QJsonValue()).isEmpty());
    QVERIFY(TaskOwners::fromJson(QJsonValue(u"text"_s)).isEmpty());
}

void tst_TaskOwners::roundTrip() {
    TaskOwners owners;
    owners.users = {{1001, {}, {}}, {1002, {}, {}}};
    owners.guests = {u"a@b.example"_s};
    owners.groups = {{u"4c1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"_s, {}}};
    const QJsonObject json = owners.toJson();
    QVERIFY(json.value("users"_L1).toArray().at(0).isDouble()); // numbers, not strings
    QCOMPARE(TaskOwners::fromJson(json), owners);
}

QTEST_GUILESS_MAIN(tst_TaskOwners)
#include "tst_TaskOwners.moc"
