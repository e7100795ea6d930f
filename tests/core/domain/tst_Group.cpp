#include "core/domain/Group.h"
#include "core/domain/Json.h"

#include "TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Group final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listMatchesRecording();
};

void tst_Group::listMatchesRecording() {
    const QJsonObject body = TestData::object(u"groups_list.json"_s);
    const QJsonArray data = body.value("data"_L1).toArray();
    const QList<Group> groups = Json::parseList<Group>(body.value("data"_L1));
    QCOMPARE(groups.size(), 2);
    const Group &finance = groups.at(0);
    QCOMPARE(finance.id, data.at(0).toObject().value("id"_L1).toString());
    QCOMPARE(finance.name, u"Finance"_s);
    QCOMPARE(finance.description, u"Accounts team"_s);
    QVERIFY(finance.logo.isEmpty());
    QCOMPARE(finance.memberIds, (QList<qint64>{1001, 1002, 1003}));
    QCOMPARE(finance.guests, QStringList{u"pat@client.example"_s});
    QCOMPARE(finance.createdAt, QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(finance.lastUpdated, QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(finance.raw, data.at(0).toObject());
    QVERIFY(groups.at(1).memberIds.isEmpty());

    QString error;
    QVERIFY(!Group::fromJson(data.at(2).toObject(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Group)
#include "tst_Group.moc"
