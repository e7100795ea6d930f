#include "core/domain/Thread.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Thread final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses();
    void unknownLabelKept();
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

QTEST_GUILESS_MAIN(tst_Thread)
#include "tst_Thread.moc"
