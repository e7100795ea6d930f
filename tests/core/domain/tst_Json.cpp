#include "core/domain/Json.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Json final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unwrap_data();
    void unwrap();
    void parseDateTime_data();
    void parseDateTime();
    void toApiDateTime_data();
    void toApiDateTime();
    void parseRejectsNonStrings();
    void toInt_data();
    void toInt();
    void toIdStringAndText();
    void toBool_data();
    void toBool();
    void isHexId_data();
    void isHexId();
    void parseObject();
};

static QJsonValue parse(const char *json) {
    // Wrap so that scalars can be written as JSON text too.
    const QByteArray wrapped = QByteArray("{\"v\":") + json + '}';
    return QJsonDocument::fromJson(wrapped).object().value("v"_L1);
}

void tst_Json::unwrap_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("wrapped object")
        << QByteArray(R"({"data": {"id": 1}})") << QByteArray(R"({"id": 1})");
    QTest::newRow("wrapped array") << QByteArray(R"({"data": [1, 2]})") << QByteArray("[1, 2]");
    QTest::newRow("wrapped null") << QByteArray(R"({"data": null})") << QByteArray("null");
    QTest::newRow("data plus meta")
        << QByteArray(R"({"data": [], "meta": {}})") << QByteArray(R"({"data": [], "meta": {}})");
    QTest::newRow("plain object") << QByteArray(R"({"id": 1})") << QByteArray(R"({"id": 1})");
    QTest::newRow("array") << QByteArray("[1]") << QByteArray("[1]");
    QTest::newRow("string") << QByteArray("\"data\"") << QByteArray("\"data\"");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
}

void tst_Json::unwrap() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(Json::unwrap(parse(input.constData())), parse(expected.constData()));
}

void tst_Json::parseDateTime_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2026, 9, 30), QTime(17, 0), Qt::UTC);
    QTest::newRow("Z with ms") << u"2026-09-30T17:00:00.000Z"_s << t;
    QTest::newRow("Z") << u"2026-09-30T17:00:00Z"_s << t;
    QTest::newRow("+00:00") << u"2026-09-30T17:00:00+00:00"_s << t;
    QTest::newRow("+02:00") << u"2026-09-30T19:00:00+02:00"_s << t;
    QTest::newRow("member form") << u"2026-02-11T08:15:42+00:00"_s
                                 << QDateTime(QDate(2026, 2, 11), QTime(8, 15, 42), Qt::UTC);
    QTest::newRow("space form") << u"2026-09-30 17:00:00"_s << t;
    QTest::newRow("no offset is UTC") << u"2026-09-30T17:00:00"_s << t;
    QTest::newRow("millis kept") << u"2026-09-30T17:00:00.123Z"_s << t.addMSecs(123);
    QTest::newRow("padded") << u"  2026-09-30T17:00:00.000Z "_s << t;
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("junk") << u"next tuesday"_s << QDateTime();
    QTest::newRow("bad month") << u"2026-13-30T17:00:00Z"_s << QDateTime();
}

void tst_Json::parseDateTime() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Json::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
    QCOMPARE(Json::parseDateTime(QJsonValue(text)).isValid(), expected.isValid());
}

void tst_Json::toApiDateTime_data() {
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("expected");
    // ISO 8601 in UTC with Z and no milliseconds, as the create page shows
    // (tallyfy-api-notes.md 1.5).
    QTest::newRow("utc") << QDateTime(QDate(2026, 9, 30), QTime(17, 0, 5), Qt::UTC)
                         << u"2026-09-30T17:00:05Z"_s;
    QTest::newRow("offset converted")
        << QDateTime(QDate(2026, 9, 30), QTime(19, 0), Qt::OffsetFromUTC, 2 * 3600)
        << u"2026-09-30T17:00:00Z"_s;
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2026, 9, 30), QTime(17, 0, 5, 999), Qt::UTC)
        << u"2026-09-30T17:00:05Z"_s;
    QTest::newRow("across midnight")
        << QDateTime(QDate(2027, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600)
        << u"2026-12-31T23:30:00Z"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void tst_Json::toApiDateTime() {
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, expected);
    const QString text = Json::toApiDateTime(dateTime);
    QCOMPARE(text, expected);
    if (!expected.isEmpty()) // what is sent reads back as the same instant
        QCOMPARE(Json::parseDateTime(text), dateTime.toUTC().addMSecs(-dateTime.time().msec()));
}

void tst_Json::parseRejectsNonStrings() {
    QVERIFY(Json::parseDateTime(QJsonValue()).isNull());
    QVERIFY(Json::parseDateTime(QJsonValue(12345)).isNull());
}

void tst_Json::toInt_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int") << QByteArray("1001") << true << qint64(1001);
    QTest::newRow("negative") << QByteArray("-4") << true << qint64(-4);
    QTest::newRow("numeric string") << QByteArray("\"1002\"") << true << qint64(1002);
    QTest::newRow("padded string") << QByteArray("\" 7 \"") << true << qint64(7);
    QTest::newRow("integral double") << QByteArray("3.0") << true << qint64(3);
    QTest::newRow("big") << QByteArray("9007199254740991") << true << qint64(9007199254740991);
    QTest::newRow("fraction") << QByteArray("3.5") << false << qint64(0);
    QTest::newRow("huge") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("word") << QByteArray("\"abc\"") << false << qint64(0);
    QTest::newRow("empty string") << QByteArray("\"\"") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("object") << QByteArray("{\"id\": 1}") << false << qint64(0);
}

void tst_Json::toInt() {
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const auto parsed = Json::toInt(parse(json.constData()));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
    QCOMPARE(Json::toPositiveId(parse(json.constData())).has_value(), valid && expected > 0);
    QVERIFY(!Json::toInt(QJsonValue(QJsonValue::Undefined)));
}

void tst_Json::toIdStringAndText() {
    QCOMPARE(Json::toIdString(parse("\"abc\"")), u"abc"_s);
    QCOMPARE(Json::toIdString(parse("42")), u"42"_s);
    QCOMPARE(Json::toIdString(parse("null")), QString());
    QCOMPARE(Json::toIdString(parse("true")), QString());
    QCOMPARE(Json::toIdString(parse("4.5")), QString());
    QCOMPARE(Json::toText(parse("\"x\"")), u"x"_s);
    QCOMPARE(Json::toText(parse("3")), u"3"_s);
    QCOMPARE(Json::toText(parse("2.5")), u"2.5"_s);
    QCOMPARE(Json::toText(parse("false")), u"false"_s);
    QCOMPARE(Json::toText(parse("[1]")), QString());
    QCOMPARE(Json::toText(parse("\"x\""), u"default"_s), u"x"_s);
    QCOMPARE(Json::toText(parse("\"\""), u"default"_s), u"default"_s);
    QCOMPARE(Json::toText(QJsonValue(QJsonValue::Undefined), u"default"_s), u"default"_s);
    QCOMPARE(Json::toText(parse("null")), QString());
    QCOMPARE(Json::toArray(parse("{\"data\": [1, 2]}")).size(), 2);
    QCOMPARE(Json::toArray(parse("{\"a\": 1}")).size(), 0);
    QVERIFY(Json::toObject(parse("[1]")).isEmpty());
}

void tst_Json::toBool_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected"); // -1 nullopt
    QTest::newRow("true") << QByteArray("true") << 1;
    QTest::newRow("false") << QByteArray("false") << 0;
    QTest::newRow("1") << QByteArray("1") << 1;
    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("2") << QByteArray("2") << -1;
    QTest::newRow("\"true\"") << QByteArray("\"TRUE\"") << 1;
    QTest::newRow("\"0\"") << QByteArray("\"0\"") << 0;
    QTest::newRow("\"yes\"") << QByteArray("\"yes\"") << -1;
    QTest::newRow("null") << QByteArray("null") << -1;
}

void tst_Json::toBool() {
    QFETCH(QByteArray, json);
    QFETCH(int, expected);
    const auto parsed = Json::toBool(parse(json.constData()));
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(*parsed, expected == 1);
}

void tst_Json::isHexId_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("valid") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s << true;
    QTest::newRow("uppercase") << u"7D2E4F6A8B0C1D3E5F7A9B1C3D5E7F90"_s << false;
    QTest::newRow("31") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9"_s << false;
    QTest::newRow("33") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f900"_s << false;
    QTest::newRow("g") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9g"_s << false;
    QTest::newRow("trailing newline") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90\n"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Json::isHexId() {
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(Json::isHexId(text), expected);
}

void tst_Json::parseObject() {
    QString error;
    QVERIFY(Json::parseObject("{\"a\": 1}", &error));
    QVERIFY(!Json::parseObject("[1]", &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!Json::parseObject("{\"a\":", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Json::parseObject(QByteArray(), nullptr));
}

QTEST_GUILESS_MAIN(tst_Json)
#include "tst_Json.moc"
