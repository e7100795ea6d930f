#include "core/domain/TaskType.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TaskType final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fiveTypes();
    void names_data();
    void names();
};

void tst_TaskType::fiveTypes() {
    const QList<TaskType> types = TaskType::all();
    QCOMPARE(types.size(), 5);
    QCOMPARE(types.first().key, TaskType::defaultKey());
    QSet<QString> keys;
    for (const TaskType &type : types) {
        QVERIFY(TaskType::isKnown(type.key));
        QVERIFY(!type.name.isEmpty());
        QVERIFY(!type.explanation.isEmpty());
        QVERIFY(!type.explanation.contains(u'\n'));
        keys.insert(type.key);
    }
    QCOMPARE(keys, (QSet<QString>{u"task"_s, u"approval"_s, u"expiring"_s, u"email"_s,
                                  u"expiring_email"_s}));
    QVERIFY(!TaskType::isKnown(u"checklist"_s));
    QVERIFY(!TaskType::isKnown(QString()));
}

void tst_TaskType::names_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("task") << u"task"_s << u"Task"_s;
    QTest::newRow("approval") << u"approval"_s << u"Approve/Reject"_s;
    QTest::newRow("expiring") << u"expiring"_s << u"Expiring"_s;
    QTest::newRow("email") << u"email"_s << u"Email draft"_s;
    QTest::newRow("expiring_email") << u"expiring_email"_s << u"Email auto-send"_s;
    QTest::newRow("unknown kept") << u"weird_type"_s << u"weird_type"_s;
}

void tst_TaskType::names() {
    QFETCH(QString, key);
    QFETCH(QString, name);
    QCOMPARE(TaskType::displayName(key), name);
}

QTEST_GUILESS_MAIN(tst_TaskType)
#include "tst_TaskType.moc"
