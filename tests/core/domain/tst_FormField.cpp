#include "core/domain/FormField.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FormField final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void types_data();
    void types();
    void answers_data();
    void answers();
    void fieldValueBeatsValue();
    void noIdFails();
};

static FormField field(const QByteArray &json) {
    const auto parsed = FormField::fromJson(QJsonDocument::fromJson(json).object(), nullptr);
    return parsed.value_or(FormField{});
}

void tst_FormField::types_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<FormField::Type>("type");
    QTest::newRow("text") << u"text"_s << FormField::Type::Text;
    QTest::newRow("textarea") << u"textarea"_s << FormField::Type::Textarea;
    QTest::newRow("email") << u"email"_s << FormField::Type::Email;
    QTest::newRow("date") << u"date"_s << FormField::Type::Date;
    QTest::newRow("radio") << u"radio"_s << FormField::Type::Radio;
    QTest::newRow("dropdown") << u"dropdown"_s << FormField::Type::Dropdown;
    QTest::newRow("multiselect") << u"multiselect"_s << FormField::Type::Multiselect;
    QTest::newRow("table") << u"table"_s << FormField::Type::Table;
    QTest::newRow("assignees_form") << u"assignees_form"_s << FormField::Type::AssigneesForm;
    QTest::newRow("file") << u"file"_s << FormField::Type::File;
    QTest::newRow("unknown") << u"number"_s << FormField::Type::Unknown;
    QTest::newRow("case matters") << u"Text"_s << FormField::Type::Unknown;
}

void tst_FormField::types() {
    QFETCH(QString, name);
    QFETCH(FormField::Type, type);
    QCOMPARE(FormField::typeFromString(name), type);
    if (type != FormField::Type::Unknown) {
        QCOMPARE(FormField::typeToString(type), name);
        QVERIFY(FormField::typeDisplayName(name) != name);
    } else {
        QCOMPARE(FormField::typeDisplayName(name), name);
    }
}

void tst_FormField::answers_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("text");

    QTest::newRow("text") << QByteArray(R"({"id":"a","field_type":"text","field_value":"Hello"})")
                          << true << u"Hello"_s;
    QTest::newRow("text number") << QByteArray(R"({"id":"a","field_type":"text","field_value":42})")
                                 << true << u"42"_s;
    QTest::newRow("text blank") << QByteArray(
                                       R"({"id":"a","field_type":"text","field_value":"  "})")
                                << false << QString();
    QTest::newRow("text null") << QByteArray(R"({"id":"a","field_type":"text","field_value":null})")
                               << false << QString();
    QTest::newRow("textarea") << QByteArray(R"({"id":"a","field_type":"textarea","value":"a\nb"})")
                              << true << u"a\nb"_s;
    QTest::newRow("date iso")
        << QByteArray(R"({"id":"a","field_type":"date","field_value":"2026-09-03T09:00:00Z"})")
        << true << u"2026-09-03T09:00:00Z"_s;
    QTest::newRow("date epoch kept as text")
        << QByteArray(R"({"id":"a","field_type":"date","field_value":1788426000})") << true
        << u"1788426000"_s;
    QTest::newRow("radio")
        << QByteArray(
               R"({"id":"a","field_type":"radio","options":[{"id":1,"text":"A"}],"field_value":"A"})")
        << true << u"A"_s;
    QTest::newRow("dropdown id only")
        << QByteArray(
               R"({"id":"a","field_type":"dropdown","options":[{"id":1,"text":"A"},{"id":2,"text":"B"}],
            "field_value":{"id":2}})")
        << true << u"B"_s;
    QTest::newRow("dropdown empty object")
        << QByteArray(R"({"id":"a","field_type":"dropdown","field_value":{}})") << false
        << QString();
    QTest::newRow("multiselect texts")
        << QByteArray(
               R"({"id":"a","field_type":"multiselect","options":[{"id":1,"text":"A"},{"id":2,"text":"B"}],
            "field_value":["B","A"]})")
        << true << u"B, A"_s;
    QTest::newRow("multiselect none selected")
        << QByteArray(
               R"({"id":"a","field_type":"multiselect","field_value":[{"id":1,"text":"A","selected":false}]})")
        << false << QString();
    QTest::newRow("multiselect empty")
        << QByteArray(R"({"id":"a","field_type":"multiselect","field_value":[]})") << false
        << QString();
    QTest::newRow("table flat") << QByteArray(
                                       R"({"id":"a","field_type":"table","field_value":["x","1"]})")
                                << true << u"x | 1"_s;
    QTest::newRow("table rows")
        << QByteArray(R"({"id":"a","field_type":"table","field_value":[["x","1"],["y","2"]]})")
        << true << u"x | 1; y | 2"_s;
    QTest::newRow("table object rows")
        << QByteArray(
               R"({"id":"a","field_type":"table","columns":[{"id":1,"label":"Item"},{"id":2,"label":"Qty"}],
            "field_value":[{"1":"x","2":"1"},{"Item":"y","Qty":2}]})")
        << true << u"x | 1; y | 2"_s;
    QTest::newRow("table empty string")
        << QByteArray(R"({"id":"a","field_type":"table","field_value":""})") << false << QString();
    QTest::newRow("table empty list")
        << QByteArray(R"({"id":"a","field_type":"table","field_value":[]})") << false << QString();
    QTest::newRow("table empty cells")
        << QByteArray(R"({"id":"a","field_type":"table","field_value":["",""]})") << false
        << QString();
    QTest::newRow("assignees")
        << QByteArray(
               R"({"id":"a","field_type":"assignees_form","field_value":{"users":[5],"guests":[],"groups":[]}})")
        << true << u"#5"_s;
    QTest::newRow("assignees empty")
        << QByteArray(
               R"({"id":"a","field_type":"assignees_form","field_value":{"users":[],"guests":[],"groups":[]}})")
        << false << QString();
    QTest::newRow("file objects")
        << QByteArray(
               R"({"id":"a","field_type":"file","field_value":[{"id":7,"url":"https://x/y.pdf","filename":"y.pdf","source":"url"}]})")
        << true << u"y.pdf"_s;
    QTest::newRow("file single object")
        << QByteArray(R"({"id":"a","field_type":"file","field_value":{"url":"https://x/z.pdf"}})")
        << true << u"https://x/z.pdf"_s;
    QTest::newRow("file empty list")
        << QByteArray(R"({"id":"a","field_type":"file","field_value":[]})") << false << QString();
    QTest::newRow("unknown scalar")
        << QByteArray(R"({"id":"a","field_type":"rating","field_value":4})") << true << u"4"_s;
    QTest::newRow("unknown empty object")
        << QByteArray(R"({"id":"a","field_type":"rating","field_value":{}})") << false << QString();
    QTest::newRow("unknown array")
        << QByteArray(R"({"id":"a","field_type":"rating","field_value":[1,2]})") << true
        << u"[1,2]"_s;
}

void tst_FormField::answers() {
    QFETCH(QByteArray, json);
    QFETCH(bool, answered);
    QFETCH(QString, text);
    const FormField f = field(json);
    QCOMPARE(f.id, u"a"_s);
    QCOMPARE(f.isAnswered(), answered);
    QCOMPARE(f.answerText(), text);
    QCOMPARE(f.raw, QJsonDocument::fromJson(json).object());
}

void tst_FormField::fieldValueBeatsValue() {
    QCOMPARE(field(R"({"id":"a","field_type":"text","field_value":"new","value":"old"})").textValue,
             u"new"_s);
    QCOMPARE(field(R"({"id":"a","field_type":"text","value":"old"})").textValue, u"old"_s);
    QCOMPARE(field(R"({"id":"a","field_type":"text","field_value":null,"value":"old"})").textValue,
             u"old"_s);
    const FormField dropdown = field(
        R"({"id":"a","field_type":"dropdown","options":[{"id":1,"text":"A"}],"value":{"id":1,"text":"A"}})");
    QCOMPARE(dropdown.dropdownValue, std::optional<FormField::Option>({1, u"A"_s}));
}

void tst_FormField::noIdFails() {
    QString error;
    QVERIFY(!FormField::fromJson(QJsonObject{{u"field_type"_s, u"text"_s}}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_FormField)
#include "tst_FormField.moc"
