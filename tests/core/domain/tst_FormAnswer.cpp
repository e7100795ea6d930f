#include "TestData.h"
#include "core/domain/FormAnswer.h"
#include "core/domain/Task.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

Task recordedTask() {
    return Task::fromJson(TestData::data(u"form_answers_task.json"_s).toObject()).value_or(Task{});
}

FormField fieldOf(const QString &id) {
    for (const FormField &field : recordedTask().formFields) {
        if (field.id == id)
            return field;
    }
    qWarning("no field %s", qPrintable(id));
    return {};
}

QJsonValue written(const QString &id) {
    return TestData::object(u"form_answers_task.json"_s).value("written"_L1).toObject().value(id);
}

QString json(const QJsonValue &value) {
    if (value.isUndefined())
        return u"<nothing>"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QStringList messages(const ValidationResult &result) {
    QStringList out;
    for (const ValidationResult::Problem &problem : result.problems)
        out.append(problem.path + u": "_s + problem.message);
    return out;
}

ValidationResult check(const FormAnswer &answer, const FormField &field) {
    ValidationResult result;
    answer.validate(field, result);
    return result;
}

const QString Text = u"b1000000000000000000000000000001"_s;
const QString Textarea = u"b1000000000000000000000000000002"_s;
const QString Email = u"b1000000000000000000000000000003"_s;
const QString Date = u"b1000000000000000000000000000004"_s;
const QString Radio = u"b1000000000000000000000000000005"_s;
const QString Dropdown = u"b1000000000000000000000000000006"_s;
const QString Multiselect = u"b1000000000000000000000000000007"_s;
const QString TableOneRow = u"b1000000000000000000000000000008"_s;
const QString TableRows = u"b1000000000000000000000000000009"_s;
const QString Assignees = u"b100000000000000000000000000000a"_s;
const QString File = u"b100000000000000000000000000000b"_s;
const QString Unknown = u"b100000000000000000000000000000c"_s;
const QString Unanswered = u"b100000000000000000000000000000d"_s;

} // namespace

/// FormAnswer against recorded answers of every field type (tests/data/form_answers_task.json):
/// the JSON each answer is written as, reading the current answer back, and the checks.
class tst_FormAnswer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writtenShape_data();
    void writtenShape();
    void readAndWriteAgain_data();
    void readAndWriteAgain();
    void dateIsSentInUtc();
    void fileAndUnknownAreNeverWritten();
    void clearIsRepresentedAndSendsNothing();
    void unknownShapeIsKeptRaw();
    void validation_data();
    void validation();
    void emptyAnswerPassesValidation();
};

void tst_FormAnswer::writtenShape_data() {
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<FormAnswer>("answer");
    const QDateTime berlinMorning(QDate(2026, 9, 3), QTime(11, 0), QTimeZone("Europe/Berlin"));
    TaskOwners owners;
    owners.users = {TaskOwners::User{1003, u"Ana Ruiz"_s, {}}};
    owners.guests = {u"pat@client.example"_s};

    QTest::newRow("text") << Text << FormAnswer::ofText(FormField::Type::Text, u"Contoso Ltd"_s);
    QTest::newRow("textarea keeps line breaks")
        << Textarea << FormAnswer::ofText(FormField::Type::Textarea, u"Line one\nLine two"_s);
    QTest::newRow("email") << Email
                           << FormAnswer::ofText(FormField::Type::Email,
                                                 u"billing@contoso.example"_s);
    QTest::newRow("date in UTC") << Date << FormAnswer::ofDate(berlinMorning);
    QTest::newRow("radio: bare text") << Radio << FormAnswer::ofRadio(u"Part-time"_s);
    QTest::newRow("dropdown: id and text")
        << Dropdown << FormAnswer::ofDropdown({1, u"Google Workspace"_s});
    QTest::newRow("multiselect: selected true")
        << Multiselect << FormAnswer::ofMultiselect({{2, u"Teams"_s}});
    QTest::newRow("table: one row is a flat list")
        << TableOneRow << FormAnswer::ofTable({{u"Widget"_s, u"3"_s}});
    QTest::newRow("table: several rows are a list of rows")
        << TableRows << FormAnswer::ofTable({{u"Laptop"_s, u"2"_s}, {u"Dock"_s, u"1"_s}});
    QTest::newRow("assignees: IDs only, every bucket")
        << Assignees << FormAnswer::ofAssignees(owners);
}

void tst_FormAnswer::writtenShape() {
    QFETCH(QString, fieldId);
    QFETCH(FormAnswer, answer);
    const FormField field = fieldOf(fieldId);
    QCOMPARE(json(answer.toJson()), json(written(fieldId)));
    QVERIFY2(!check(answer, field).hasErrors(),
             qPrintable(messages(check(answer, field)).join(u'\n')));
}

void tst_FormAnswer::readAndWriteAgain_data() {
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << Text << uR"(["Northwind Traders Ltd"])"_s;
    QTest::newRow("textarea") << Textarea << uR"(["Loading bay at the rear.\nAsk for Sam."])"_s;
    QTest::newRow("email") << Email << uR"(["ap@northwind.example"])"_s;
    QTest::newRow("date") << Date << uR"(["2026-09-03T09:00:00Z"])"_s;
    QTest::newRow("radio") << Radio << uR"(["Full-time"])"_s;
    // The documentation's extra "value": null is not written back.
    QTest::newRow("dropdown") << Dropdown << uR"([{"id":2,"text":"Office 365"}])"_s;
    QTest::newRow("multiselect")
        << Multiselect
        << uR"([[{"id":1,"selected":true,"text":"Slack"},{"id":3,"selected":true,"text":"Zoom"}]])"_s;
    QTest::newRow("table, one row") << TableOneRow << uR"([["Widget","3"]])"_s;
    QTest::newRow("table, rows under the older `value`")
        << TableRows << uR"([[["Laptop","2"],["Dock","1"]]])"_s;
    QTest::newRow("assignees")
        << Assignees
        << uR"([{"groups":["4c1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"],"guests":["a@b.example"],"users":[1002]}])"_s;
    QTest::newRow("unanswered") << Unanswered << u"<nothing>"_s;
}

void tst_FormAnswer::readAndWriteAgain() {
    QFETCH(QString, fieldId);
    QFETCH(QString, expected);
    const FormAnswer answer = FormAnswer::fromField(fieldOf(fieldId));
    QVERIFY(answer.editable);
    QCOMPARE(json(answer.toJson()), expected);
}

void tst_FormAnswer::dateIsSentInUtc() {
    const QDateTime utc(QDate(2026, 9, 3), QTime(9, 0), Qt::UTC);
    QCOMPARE(FormAnswer::ofDate(utc).toJson().toString(), u"2026-09-03T09:00:00Z"_s);
    // Milliseconds are not sent.
    QCOMPARE(FormAnswer::ofDate(utc.addMSecs(250)).toJson().toString(), u"2026-09-03T09:00:00Z"_s);
    QCOMPARE(FormAnswer::fromField(fieldOf(Date)).date, utc);
}

void tst_FormAnswer::fileAndUnknownAreNeverWritten() {
    for (const QString &id : {File, Unknown}) {
        const FormAnswer answer = FormAnswer::fromField(fieldOf(id));
        QVERIFY(!answer.editable);
        QVERIFY(!answer.isEmpty());
        QVERIFY(answer.toJson().isUndefined());
        QVERIFY(!answer.raw.isUndefined());
    }
    QVERIFY(!FormAnswer::isEditableType(FormField::Type::File));
    // Even a hand-made file answer with text sends nothing, so a bare string never leaves.
    FormAnswer file = FormAnswer::cleared(FormField::Type::File);
    file.text = u"https://files.example/x.pdf"_s;
    QVERIFY(file.toJson().isUndefined());
    QVERIFY(check(file, fieldOf(File)).hasErrors());
}

void tst_FormAnswer::clearIsRepresentedAndSendsNothing() {
    const FormAnswer cleared = FormAnswer::cleared(FormField::Type::Text);
    QVERIFY(cleared.editable);
    QVERIFY(cleared.isEmpty());
    QVERIFY(cleared.toJson().isUndefined());
    QVERIFY(FormAnswer::ofText(FormField::Type::Text, u"   "_s).toJson().isUndefined());
    QVERIFY(FormAnswer::ofTable({{u""_s, u" "_s}}).toJson().isUndefined());
    QVERIFY(FormAnswer::ofMultiselect({}).toJson().isUndefined());
    QVERIFY(FormAnswer::ofAssignees({}).toJson().isUndefined());
    QVERIFY(FormAnswer::ofDate({}).toJson().isUndefined());
    const FormAnswer unanswered = FormAnswer::fromField(fieldOf(Unanswered));
    QVERIFY(unanswered.editable);
    QVERIFY(unanswered.isEmpty());
}

void tst_FormAnswer::unknownShapeIsKeptRaw() {
    const auto field = FormField::fromJson(QJsonDocument::fromJson(
                                               R"({"id":"x","field_type":"table",
        "columns":[{"id":1,"label":"A"}],"field_value":[{"1":"a"}]})")
                                               .object());
    QVERIFY(field);
    const FormAnswer answer = FormAnswer::fromField(*field);
    QVERIFY(!answer.editable);
    QCOMPARE(answer.raw, field->rawValue);
    QVERIFY(answer.toJson().isUndefined());

    const auto textObject = FormField::fromJson(
        QJsonDocument::fromJson(R"({"id":"y","field_type":"textarea","field_value":{"value":"x"}})")
            .object());
    QVERIFY(!FormAnswer::fromField(*textObject).editable);
}

void tst_FormAnswer::validation_data() {
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<FormAnswer>("answer");
    QTest::addColumn<bool>("valid");
    using T = FormField::Type;
    QTest::newRow("text of 200") << Text << FormAnswer::ofText(T::Text, QString(200, u'x')) << true;
    QTest::newRow("text of 201") << Text << FormAnswer::ofText(T::Text, QString(201, u'x'))
                                 << false;
    // An emoji is one character, as the server counts them.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += u"\U0001F600"_s;
    QTest::newRow("200 emoji") << Text << FormAnswer::ofText(T::Text, emoji) << true;
    QTest::newRow("textarea of 30000")
        << Textarea << FormAnswer::ofText(T::Textarea, QString(30000, u'x')) << true;
    QTest::newRow("textarea of 30001")
        << Textarea << FormAnswer::ofText(T::Textarea, QString(30001, u'x')) << false;
    QTest::newRow("email") << Email << FormAnswer::ofText(T::Email, u"a@b.example"_s) << true;
    QTest::newRow("email without @")
        << Email << FormAnswer::ofText(T::Email, u"ab.example"_s) << false;
    QTest::newRow("email without domain dot")
        << Email << FormAnswer::ofText(T::Email, u"a@example"_s) << false;
    QTest::newRow("radio: other case") << Radio << FormAnswer::ofRadio(u"full-time"_s) << false;
    QTest::newRow("radio: padded") << Radio << FormAnswer::ofRadio(u"Full-time "_s) << false;
    QTest::newRow("dropdown: text of another id")
        << Dropdown << FormAnswer::ofDropdown({1, u"Office 365"_s}) << false;
    QTest::newRow("dropdown: unknown text")
        << Dropdown << FormAnswer::ofDropdown({2, u"Office 365 "_s}) << false;
    QTest::newRow("multiselect: unknown option")
        << Multiselect << FormAnswer::ofMultiselect({{1, u"Slack"_s}, {4, u"Skype"_s}}) << false;
    QTest::newRow("multiselect: twice")
        << Multiselect << FormAnswer::ofMultiselect({{1, u"Slack"_s}, {1, u"Slack"_s}}) << false;
    QTest::newRow("table: short row")
        << TableOneRow << FormAnswer::ofTable({{u"Widget"_s}}) << false;
    QTest::newRow("table: one of two rows long")
        << TableRows << FormAnswer::ofTable({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s, u"x"_s}}) << false;
    QTest::newRow("wrong type for the field")
        << Radio << FormAnswer::ofText(T::Text, u"Full-time"_s) << false;
    QTest::newRow("assignees: bad guest")
        << Assignees << FormAnswer::ofAssignees(TaskOwners{{}, {u"not an email"_s}, {}, {}})
        << false;
}

void tst_FormAnswer::validation() {
    QFETCH(QString, fieldId);
    QFETCH(FormAnswer, answer);
    QFETCH(bool, valid);
    const ValidationResult result = check(answer, fieldOf(fieldId));
    QCOMPARE(!result.hasErrors(), valid);
    if (!valid) {
        QCOMPARE(result.paths(), QStringList{fieldId});
        QVERIFY(!result.problems.first().message.isEmpty());
    }
}

void tst_FormAnswer::emptyAnswerPassesValidation() {
    // Whether an empty field is a problem is TaskAnswersUpdate's rule (required, on completion).
    QVERIFY(!check(FormAnswer::cleared(FormField::Type::Text), fieldOf(Text)).hasErrors());
    QVERIFY(!check(FormAnswer::ofRadio({}), fieldOf(Radio)).hasErrors());
}

QTEST_GUILESS_MAIN(tst_FormAnswer)
#include "tst_FormAnswer.moc"
