#include "core/domain/FormField.h"

#include "core/domain/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct TypeName {
    FormField::Type type;
    QLatin1StringView name;
};

constexpr std::array<TypeName, 10> typeNames{{
    {FormField::Type::Text, "text"_L1},
    {FormField::Type::Textarea, "textarea"_L1},
    {FormField::Type::Email, "email"_L1},
    {FormField::Type::Date, "date"_L1},
    {FormField::Type::Radio, "radio"_L1},
    {FormField::Type::Dropdown, "dropdown"_L1},
    {FormField::Type::Multiselect, "multiselect"_L1},
    {FormField::Type::Table, "table"_L1},
    {FormField::Type::AssigneesForm, "assignees_form"_L1},
    {FormField::Type::File, "file"_L1},
}};

bool isScalar(const QJsonValue &value) {
    return value.isString() || value.isDouble() || value.isBool();
}

// Fills the missing half of an option (id or text) from the field's declared options.
FormField::Option completeOption(const QList<FormField::Option> &options,
                                 FormField::Option option) {
    for (const FormField::Option &known : options) {
        if (option.id > 0 && known.id == option.id) {
            if (option.text.isEmpty())
                option.text = known.text;
            return option;
        }
    }
    if (option.id <= 0) {
        for (const FormField::Option &known : options) {
            if (!option.text.isEmpty() && known.text == option.text) {
                option.id = known.id;
                return option;
            }
        }
    }
    return option;
}

// An answer item: an object {id, text}, a bare text or a bare id.
std::optional<FormField::Option> readOption(const QList<FormField::Option> &options,
                                            const QJsonValue &value) {
    FormField::Option option;
    if (value.isObject()) {
        const QJsonObject obj = value.toObject();
        option.id = static_cast<int>(Json::toPositiveId(obj.value("id"_L1)).value_or(0));
        option.text = Json::toText(obj.value("text"_L1));
        if (option.text.isEmpty())
            option.text = Json::toText(obj.value("label"_L1));
    } else if (value.isDouble()) {
        option.id = static_cast<int>(Json::toPositiveId(value).value_or(0));
    } else if (value.isString()) {
        option.text = value.toString();
    } else {
        return std::nullopt;
    }
    option = completeOption(options, option);
    if (option.id <= 0 && option.text.isEmpty())
        return std::nullopt;
    return option;
}

QStringList readRow(const QJsonValue &row, const QList<FormField::Column> &columns) {
    QStringList cells;
    if (row.isArray()) {
        for (const QJsonValue &cell : row.toArray())
            cells.append(Json::toText(cell));
    } else if (row.isObject()) {
        const QJsonObject obj = row.toObject();
        if (columns.isEmpty()) {
            for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
                cells.append(Json::toText(it.value()));
        } else {
            for (const FormField::Column &column : columns) {
                QJsonValue cell = obj.value(QString::number(column.id));
                if (cell.isUndefined())
                    cell = obj.value(column.label);
                cells.append(Json::toText(cell));
            }
        }
    } else {
        cells.append(Json::toText(row));
    }
    return cells;
}

void readAnswer(FormField &field, const QJsonValue &answer) {
    using Type = FormField::Type;
    switch (field.type) {
    case Type::Text:
    case Type::Textarea:
    case Type::Email:
    case Type::Radio:
    case Type::Unknown:
        if (isScalar(answer))
            field.textValue = Json::toText(answer);
        else if (field.type == Type::Radio && answer.isObject())
            field.textValue = Json::toText(answer.toObject().value("text"_L1));
        break;
    case Type::Date:
        if (isScalar(answer)) {
            field.textValue = Json::toText(answer);
            if (answer.isString())
                field.dateValue = Json::parseDateTime(answer.toString());
        }
        break;
    case Type::Dropdown:
        field.dropdownValue = readOption(field.options, answer);
        break;
    case Type::Multiselect: {
        const QJsonArray items =
            answer.isArray() ? answer.toArray() : QJsonArray{answer}; // one bare item
        for (const QJsonValue &item : items) {
            if (item.isObject() &&
                Json::toBool(item.toObject().value("selected"_L1)) == std::optional<bool>(false))
                continue;
            if (auto option = readOption(field.options, item))
                field.selectedOptions.append(*option);
        }
        break;
    }
    case Type::Table:
        if (answer.isArray()) {
            const QJsonArray array = answer.toArray();
            bool nested = false;
            for (const QJsonValue &item : array)
                nested = nested || item.isArray() || item.isObject();
            if (nested) {
                for (const QJsonValue &item : array)
                    field.tableRows.append(readRow(item, field.columns));
            } else if (!array.isEmpty()) {
                field.tableRows.append(readRow(answer, field.columns));
            }
        } else if (answer.isObject()) {
            field.tableRows.append(readRow(answer, field.columns));
        } else if (isScalar(answer) && !Json::toText(answer).isEmpty()) {
            field.tableRows.append(QStringList{Json::toText(answer)});
        }
        break;
    case Type::AssigneesForm:
        field.assignees = TaskOwners::fromJson(answer);
        break;
    case Type::File: {
        const QJsonArray items = answer.isArray() ? answer.toArray() : QJsonArray{answer};
        for (const QJsonValue &item : items) {
            FormField::FileItem file;
            if (item.isObject()) {
                const QJsonObject obj = item.toObject();
                file.id = Json::toIdString(obj.value("id"_L1));
                file.url = Json::toText(obj.value("url"_L1));
                if (file.url.isEmpty())
                    file.url = Json::toText(obj.value("full_url"_L1));
                file.filename = Json::toText(obj.value("filename"_L1));
                if (file.filename.isEmpty())
                    file.filename = Json::toText(obj.value("name"_L1));
                file.source = Json::toText(obj.value("source"_L1));
            } else if (item.isString() && !item.toString().trimmed().isEmpty()) {
                file.url = item.toString().trimmed();
            } else {
                continue;
            }
            if (file.id.isEmpty() && file.url.isEmpty() && file.filename.isEmpty())
                continue;
            field.files.append(file);
        }
        break;
    }
    }
}

} // namespace

FormField::Type FormField::typeFromString(const QString &fieldType) {
    for (const TypeName &entry : typeNames) {
        if (fieldType == entry.name)
            return entry.type;
    }
    return Type::Unknown;
}

QString FormField::typeToString(Type type) {
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return {};
}

QString FormField::typeDisplayName(const QString &fieldType) {
    switch (typeFromString(fieldType)) {
    case Type::Text:
        return QCoreApplication::translate("FormField", "Short text");
    case Type::Textarea:
        return QCoreApplication::translate("FormField", "Long text");
    case Type::Email:
        return QCoreApplication::translate("FormField", "Email");
    case Type::Date:
        return QCoreApplication::translate("FormField", "Date");
    case Type::Radio:
        return QCoreApplication::translate("FormField", "Radio buttons");
    case Type::Dropdown:
        return QCoreApplication::translate("FormField", "Dropdown");
    case Type::Multiselect:
        return QCoreApplication::translate("FormField", "Multiple choice");
    case Type::Table:
        return QCoreApplication::translate("FormField", "Table");
    case Type::AssigneesForm:
        return QCoreApplication::translate("FormField", "Assignee picker");
    case Type::File:
        return QCoreApplication::translate("FormField", "File upload");
    case Type::Unknown:
        break;
    }
    return fieldType;
}

bool FormField::isAnswered() const {
    switch (type) {
    case Type::Text:
    case Type::Textarea:
    case Type::Email:
    case Type::Radio:
        return !textValue.trimmed().isEmpty();
    case Type::Date:
        return dateValue.isValid() || !textValue.trimmed().isEmpty();
    case Type::Dropdown:
        return dropdownValue.has_value();
    case Type::Multiselect:
        return !selectedOptions.isEmpty();
    case Type::Table:
        for (const QStringList &row : tableRows) {
            for (const QString &cell : row) {
                if (!cell.trimmed().isEmpty())
                    return true;
            }
        }
        return false;
    case Type::AssigneesForm:
        return !assignees.isEmpty();
    case Type::File:
        return !files.isEmpty();
    case Type::Unknown:
        break;
    }
    if (isScalar(rawValue))
        return !Json::toText(rawValue).trimmed().isEmpty();
    if (rawValue.isArray())
        return !rawValue.toArray().isEmpty();
    if (rawValue.isObject())
        return !rawValue.toObject().isEmpty();
    return false;
}

QString FormField::answerText() const {
    if (!isAnswered())
        return {};
    switch (type) {
    case Type::Text:
    case Type::Textarea:
    case Type::Email:
    case Type::Radio:
        return textValue;
    case Type::Date:
        return dateValue.isValid() ? dateValue.toString(Qt::ISODate) : textValue;
    case Type::Dropdown:
        return dropdownValue->text.isEmpty() ? u"#"_s + QString::number(dropdownValue->id)
                                             : dropdownValue->text;
    case Type::Multiselect: {
        QStringList texts;
        for (const Option &option : selectedOptions)
            texts.append(option.text.isEmpty() ? u"#"_s + QString::number(option.id) : option.text);
        return texts.join(u", "_s);
    }
    case Type::Table: {
        QStringList rows;
        for (const QStringList &row : tableRows)
            rows.append(row.join(u" | "_s));
        return rows.join(u"; "_s);
    }
    case Type::AssigneesForm: {
        QStringList names;
        for (const TaskOwners::User &user : assignees.users)
            names.append(user.fullName.isEmpty() ? u"#"_s + QString::number(user.id)
                                                 : user.fullName);
        names.append(assignees.guests);
        for (const TaskOwners::Group &group : assignees.groups)
            names.append(group.name.isEmpty() ? group.id : group.name);
        return names.join(u", "_s);
    }
    case Type::File: {
        QStringList names;
        for (const FileItem &file : files)
            names.append(!file.filename.isEmpty() ? file.filename
                                                  : (!file.url.isEmpty() ? file.url : file.id));
        return names.join(u", "_s);
    }
    case Type::Unknown:
        break;
    }
    if (isScalar(rawValue))
        return Json::toText(rawValue);
    const QJsonDocument document =
        rawValue.isArray() ? QJsonDocument(rawValue.toArray()) : QJsonDocument(rawValue.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

std::optional<FormField> FormField::fromJson(const QJsonObject &obj, QString *error) {
    FormField field;
    field.id = Json::toIdString(obj.value("id"_L1));
    if (field.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("FormField", "The form field has no ID.");
        return std::nullopt;
    }
    field.typeName = Json::toText(obj.value("field_type"_L1));
    field.type = typeFromString(field.typeName);
    field.label = Json::toText(obj.value("label"_L1));
    field.required = Json::toBool(obj.value("required"_L1)).value_or(false);
    field.guidance = Json::toText(obj.value("guidance"_L1));
    if (const auto position = Json::toInt(obj.value("position"_L1)))
        field.position = static_cast<int>(*position);

    for (const QJsonValue &item : Json::toArray(obj.value("options"_L1))) {
        Option option;
        if (item.isObject()) {
            const QJsonObject optionObj = item.toObject();
            option.id = static_cast<int>(Json::toInt(optionObj.value("id"_L1)).value_or(0));
            option.text = Json::toText(optionObj.value("text"_L1));
        } else {
            option.text = Json::toText(item);
        }
        field.options.append(option);
    }
    for (const QJsonValue &item : Json::toArray(obj.value("columns"_L1))) {
        Column column;
        if (item.isObject()) {
            const QJsonObject columnObj = item.toObject();
            column.id = static_cast<int>(Json::toInt(columnObj.value("id"_L1)).value_or(0));
            column.label = Json::toText(columnObj.value("label"_L1));
        } else {
            column.label = Json::toText(item);
        }
        field.columns.append(column);
    }

    // `field_value` first; the older `value` only when it is absent or null (2.5).
    QJsonValue answer = obj.value("field_value"_L1);
    if (answer.isUndefined() || answer.isNull()) {
        const QJsonValue older = obj.value("value"_L1);
        if (!older.isUndefined() && !older.isNull())
            answer = older;
    }
    field.rawValue = answer;
    if (!answer.isUndefined() && !answer.isNull())
        readAnswer(field, answer);
    field.raw = obj;
    return field;
}
