#include "core/domain/Me.h"

#include "TestData.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Me final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesRecording();
    void displayName();
    void rejectsNonUser();
};

void tst_Me::parsesRecording() {
    QString error;
    const auto me = Me::fromResponseBody(TestData::read(u"me.json"_s), &error);
    QVERIFY2(me, qPrintable(error));
    QCOMPARE(me->id, 1001);
    QCOMPARE(me->email, u"ana.ruiz@northwind.example"_s);
    QCOMPARE(me->username, u"ana"_s);
    QCOMPARE(me->firstName, u"Ana"_s);
    QCOMPARE(me->lastName, u"Ruiz"_s);
    QCOMPARE(me->timezone, u"Europe/Madrid"_s);
    QCOMPARE(me->raw, TestData::object(u"me.json"_s).value("data"_L1).toObject());
    QCOMPARE(me->displayName(), u"Ana Ruiz"_s);
}

void tst_Me::displayName() {
    Me me;
    me.username = u"ana"_s;
    me.email = u"a@x"_s;
    QCOMPARE(me.displayName(), u"ana"_s);
    me.username.clear();
    QCOMPARE(me.displayName(), u"a@x"_s);
}

void tst_Me::rejectsNonUser() {
    QString error;
    QVERIFY(!Me::fromResponseBody("{\"data\": {\"email\": \"x@y\"}}", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Me::fromResponseBody("not json", nullptr));
    QVERIFY(!Me::fromResponseBody("{\"message\": \"Unauthenticated.\"}", nullptr));
}

QTEST_GUILESS_MAIN(tst_Me)
#include "tst_Me.moc"
