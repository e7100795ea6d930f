#include "core/domain/Json.h"
#include "core/domain/Run.h"

#include "TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Run final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listMatchesRecording();
};

void tst_Run::listMatchesRecording() {
    const QJsonObject body = TestData::object(u"runs_list.json"_s);
    const QJsonArray data = body.value("data"_L1).toArray();
    const QList<Run> runs = Json::parseList<Run>(body.value("data"_L1));
    QCOMPARE(runs.size(), 3);
    const Run &run = runs.at(0);
    QCOMPARE(run.id, u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s);
    QCOMPARE(run.incrementId, std::optional<qint64>(311));
    QCOMPARE(run.name, u"Client onboarding - Northwind"_s);
    QCOMPARE(run.summary, u"Onboard the client"_s);
    QCOMPARE(run.type, u"procedure"_s);
    QCOMPARE(run.checklistId, u"c0ffee00c0ffee00c0ffee00c0ffee00"_s);
    QCOMPARE(run.checklistTitle, u"Client onboarding"_s);
    QCOMPARE(run.status, u"active"_s);
    QVERIFY(run.progress.has_value());
    QCOMPARE(*run.progress, (Run::Progress{1, 6, 16.67}));
    QCOMPARE(run.canAddOot, std::optional<bool>(true));
    QCOMPARE(run.createdAt, QDateTime(QDate(2026, 9, 1), QTime(8, 58, 9), Qt::UTC));
    QCOMPARE(run.startedAt, QDateTime(QDate(2026, 9, 1), QTime(8, 58, 10), Qt::UTC));
    QCOMPARE(run.lastUpdated, QDateTime(QDate(2026, 9, 2), QTime(10, 15, 40), Qt::UTC));
    QCOMPARE(run.dueDate, QDateTime(QDate(2026, 9, 15), QTime(17, 0), Qt::UTC));
    QVERIFY(run.archivedAt.isNull());
    QVERIFY(run.completedAt.isNull());
    QCOMPARE(run.raw, data.at(0).toObject());

    QCOMPARE(runs.at(1).canAddOot, std::optional<bool>(false));
    QVERIFY(!runs.at(1).progress.has_value());
    QCOMPARE(runs.at(2).canAddOot, std::nullopt);
    QVERIFY(!Run::fromJson(QJsonObject{}, nullptr));
}

QTEST_GUILESS_MAIN(tst_Run)
#include "tst_Run.moc"
