#include "core/domain/DraftFormField.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DraftFormField final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void creatableTypes();
    void request_data();
    void request();
    void draftRoundTrip();
    void tolerantDraft();
};

void tst_DraftFormField::creatableTypes() {
    const QStringList types = DraftFormField::creatableTypes();
    QCOMPARE(types.size(), 9);
    QVERIFY(!types.contains(u"email"_s));
    QVERIFY(types.contains(u"assignees_form"_s));
    QCOMPARE(DraftFormField{}.fieldType, u"text"_s);
}

void tst_DraftFormField::request_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("guidance");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("text") << u"text"_s << QStringList{u"ignored"_s} << QStringList{} << false
                          << QString()
                          << QByteArray(R"({"label":"L","field_type":"text","required":false})");
    QTest::newRow("radio") << u"radio"_s << QStringList{u" A "_s, u"B"_s} << QStringList{} << true
                           << QString()
                           << QByteArray(R"({"label":"L","field_type":"radio","required":true,
                                             "options":[{"id":1,"text":"A"},{"id":2,"text":"B"}]})");
    QTest::newRow("multiselect empty")
        << u"multiselect"_s << QStringList{} << QStringList{} << false << QString()
        << QByteArray(R"({"label":"L","field_type":"multiselect",
                                                         "required":false,"options":[]})");
    QTest::newRow("table") << u"table"_s << QStringList{u"x"_s} << QStringList{u"A"_s, u"B"_s}
                           << false << QString()
                           << QByteArray(R"({"label":"L","field_type":"table","required":false,
                                             "columns":[{"id":1,"label":"A"},{"id":2,"label":"B"}]})");
    QTest::newRow("guidance") << u"date"_s << QStringList{} << QStringList{} << true << u" Help "_s
                              << QByteArray(R"({"label":"L","field_type":"date","required":true,
                                                "guidance":"Help"})");
}

void tst_DraftFormField::request() {
    QFETCH(QString, type);
    QFETCH(QStringList, options);
    QFETCH(QStringList, columns);
    QFETCH(bool, required);
    QFETCH(QString, guidance);
    QFETCH(QByteArray, expected);
    DraftFormField field;
    field.label = u" L "_s;
    field.fieldType = type;
    field.options = options;
    field.columns = columns;
    field.required = required;
    field.guidance = guidance;
    const QJsonObject want = QJsonDocument::fromJson(expected).object();
    QVERIFY(!want.isEmpty());
    QCOMPARE(field.toRequestJson(), want);
    QVERIFY(field.toRequestJson().value("required"_L1).isBool());
}

void tst_DraftFormField::draftRoundTrip() {
    DraftFormField field;
    field.label = u" Keep spaces "_s;
    field.fieldType = u"dropdown"_s;
    field.required = true;
    field.guidance = u"g"_s;
    field.options = {u"A"_s, u""_s};
    field.columns = {u"stale"_s};
    QVERIFY(DraftFormField::fromDraftJson(field.toDraftJson()) == field);
}

void tst_DraftFormField::tolerantDraft() {
    const DraftFormField field = DraftFormField::fromDraftJson(
        QJsonDocument::fromJson(R"({"label": null, "field_type": 3, "required": "true",
                                    "options": [1, null, "b", {}], "columns": "x"})")
            .object());
    QCOMPARE(field.label, QString());
    QCOMPARE(field.fieldType, u"3"_s);
    QCOMPARE(field.required, true);
    QCOMPARE(field.options, (QStringList{u"1"_s, u"b"_s}));
    QVERIFY(field.columns.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DraftFormField)
#include "tst_DraftFormField.moc"
