#include "core/domain/Thread.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Thread final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses();
    void unknownLabelKept();
    void openProblem_data();
    void openProblem();
};

void tst_Thread::parses() {
    const QJsonObject json = QJsonDocument::fromJson(
                                 R"({"id": "d1000000000000000000000000000001", "content": "Hi",
                                     "label": "comment", "state": "hide-for-guests",
                                     "author_id": 1001, "created_at": "2026-09-02T11:00:00.000Z"})")
                                 .object();
    const auto thread = Thread::fromJson(json, nullptr);
    QVERIFY(thread);
    QCOMPARE(thread->id, u"d1000000000000000000000000000001"_s);
    QCOMPARE(thread->content, u"Hi"_s);
    QCOMPARE(thread->label, u"comment"_s);
    QCOMPARE(thread->state, u"hide-for-guests"_s);
    QCOMPARE(thread->authorId, std::optional<qint64>(1001));
    QCOMPARE(thread->createdAt, QDateTime(QDate(2026, 9, 2), QTime(11, 0), Qt::UTC));
    QCOMPARE(thread->raw, json);
}

void tst_Thread::unknownLabelKept() {
    const auto thread = Thread::fromJson(
        QJsonObject{{u"id"_s, u"x"_s}, {u"label"_s, u"kudos"_s}, {u"author_id"_s, QJsonValue()}},
        nullptr);
    QVERIFY(thread);
    QCOMPARE(thread->label, u"kudos"_s);
    QCOMPARE(thread->authorId, std::nullopt);
    QVERIFY(!Thread::fromJson(QJsonObject{}, nullptr));
}

void tst_Thread::openProblem_data() {
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("resolveId");
    const QJsonObject problem{{u"id"_s, u"p1"_s}, {u"label"_s, u"problem"_s}};
    QTest::newRow("no resolve_id") << problem << true << QString();
    QJsonObject resolvedNull = problem;
    resolvedNull.insert(u"resolve_id"_s, QJsonValue::Null);
    QTest::newRow("resolve_id null") << resolvedNull << true << QString();
    QJsonObject resolved = problem;
    resolved.insert(u"resolve_id"_s, u"r1"_s);
    QTest::newRow("resolved") << resolved << false << u"r1"_s;
    QTest::newRow("a comment") << QJsonObject{{u"id"_s, u"c1"_s}, {u"label"_s, u"comment"_s}}
                               << false << QString();
}

void tst_Thread::openProblem() {
    QFETCH(QJsonObject, json);
    QFETCH(bool, open);
    QFETCH(QString, resolveId);
    const auto thread = Thread::fromJson(json);
    QVERIFY(thread);
    QCOMPARE(thread->isOpenProblem(), open);
    QCOMPARE(thread->resolveId, resolveId);
}

QTEST_GUILESS_MAIN(tst_Thread)
#include "tst_Thread.moc"
