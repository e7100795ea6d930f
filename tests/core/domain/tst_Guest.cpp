#include "core/domain/Guest.h"
#include "core/domain/Json.h"

#include "TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Guest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listMatchesRecording();
};

void tst_Guest::listMatchesRecording() {
    const QJsonObject body = TestData::object(u"guests_list.json"_s);
    const QJsonArray data = body.value("data"_L1).toArray();
    const QList<Guest> guests = Json::parseList<Guest>(body.value("data"_L1));
    QCOMPARE(guests.size(), 2); // the entry without an email is skipped
    const Guest &pat = guests.at(0);
    QCOMPARE(pat.id, std::optional<qint64>(17));
    QCOMPARE(pat.email, u"pat@client.example"_s);
    QCOMPARE(pat.firstName, u"Pat"_s);
    QCOMPARE(pat.lastName, u"Lo"_s);
    QCOMPARE(pat.status, u"active"_s);
    QCOMPARE(pat.companyName, u"Client Co"_s);
    QCOMPARE(pat.timezone, u"Pacific/Auckland"_s);
    QCOMPARE(pat.createdAt, QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
    QVERIFY(pat.deletedAt.isNull());
    QCOMPARE(pat.lastAccessedAt, QDateTime(QDate(2026, 2, 1), QTime(11, 12, 13), Qt::UTC));
    QCOMPARE(pat.raw, data.at(0).toObject());
    QCOMPARE(pat.displayName(), u"Pat Lo"_s);

    const Guest &solo = guests.at(1);
    QCOMPARE(solo.id, std::optional<qint64>(18));
    QCOMPARE(solo.email, u"solo@client.example"_s);
    QCOMPARE(solo.displayName(), u"solo@client.example"_s);
    QVERIFY(solo.status.isEmpty());

    QString error;
    QVERIFY(!Guest::fromJson(data.at(2).toObject(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Guest)
#include "tst_Guest.moc"
