#include "core/domain/DraftFormField.h"

#include "core/domain/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QStringList readStrings(const QJsonValue &value) {
    QStringList strings;
    if (!value.isArray())
        return strings;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() || item.isDouble() || item.isBool())
            strings.append(Json::toText(item));
    }
    return strings;
}

/// The request form of options or columns: {"id": 1, `textKey`: "first"}, ... in order.
QJsonArray numbered(const QStringList &texts, const QString &textKey) {
    QJsonArray array;
    for (qsizetype i = 0; i < texts.size(); ++i)
        array.append(
            QJsonObject{{u"id"_s, static_cast<qint64>(i + 1)}, {textKey, texts.at(i).trimmed()}});
    return array;
}

} // namespace

const QStringList &DraftFormField::creatableTypes() {
    static const QStringList types{
        u"text"_s, u"textarea"_s, u"radio"_s, u"dropdown"_s,       u"multiselect"_s,
        u"date"_s, u"file"_s,     u"table"_s, u"assignees_form"_s,
    };
    return types;
}

bool DraftFormField::usesOptions() const {
    return fieldType == "radio"_L1 || fieldType == "dropdown"_L1 || fieldType == "multiselect"_L1;
}

bool DraftFormField::usesColumns() const {
    return fieldType == "table"_L1;
}

int DraftFormField::minimumOptions() const {
    if (fieldType == "radio"_L1)
        return 2;
    if (fieldType == "dropdown"_L1 || fieldType == "multiselect"_L1)
        return 1;
    return 0;
}

QJsonObject DraftFormField::toRequestJson() const {
    QJsonObject obj{
        {u"label"_s, label.trimmed()},
        {u"field_type"_s, fieldType},
        {u"required"_s, required},
    };
    if (usesOptions())
        obj.insert(u"options"_s, numbered(options, u"text"_s));
    if (usesColumns())
        obj.insert(u"columns"_s, numbered(columns, u"label"_s));
    if (!guidance.trimmed().isEmpty())
        obj.insert(u"guidance"_s, guidance.trimmed());
    return obj;
}

QJsonObject DraftFormField::toDraftJson() const {
    return QJsonObject{
        {u"label"_s, label},
        {u"field_type"_s, fieldType},
        {u"required"_s, required},
        {u"guidance"_s, guidance},
        {u"options"_s, QJsonArray::fromStringList(options)},
        {u"columns"_s, QJsonArray::fromStringList(columns)},
    };
}

DraftFormField DraftFormField::fromDraftJson(const QJsonObject &obj) {
    DraftFormField field;
    field.label = Json::toText(obj.value("label"_L1));
    field.fieldType = Json::toText(obj.value("field_type"_L1), field.fieldType);
    field.required = Json::toBool(obj.value("required"_L1)).value_or(false);
    field.guidance = Json::toText(obj.value("guidance"_L1));
    field.options = readStrings(obj.value("options"_L1));
    field.columns = readStrings(obj.value("columns"_L1));
    return field;
}
