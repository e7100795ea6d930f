#include "core/domain/FormAnswer.h"

#include "core/domain/Json.h"
#include "core/domain/OneOffTaskDraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

QString tr(const char *text) {
    return QCoreApplication::translate("FormAnswer", text);
}

bool isEmailShape(const QString &text) {
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+"_s));
    return pattern.match(text).hasMatch();
}

bool isBlank(const QList<QStringList> &rows) {
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            if (!cell.trimmed().isEmpty())
                return false;
        }
    }
    return true;
}

bool isScalar(const QJsonValue &value) {
    return value.isString() || value.isDouble() || value.isBool();
}

// A table answer as read: a flat list of scalars (one row) or a list of such lists.
std::optional<QList<QStringList>> readRows(const QJsonValue &value) {
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    const auto readRow = [](const QJsonArray &row) -> std::optional<QStringList> {
        QStringList cells;
        for (const QJsonValue &cell : row) {
            if (!isScalar(cell) && !cell.isNull())
                return std::nullopt;
            cells.append(Json::toText(cell));
        }
        return cells;
    };
    bool nested = !array.isEmpty();
    for (const QJsonValue &item : array)
        nested = nested && item.isArray();
    QList<QStringList> rows;
    if (nested) {
        for (const QJsonValue &item : array) {
            const auto row = readRow(item.toArray());
            if (!row)
                return std::nullopt;
            rows.append(*row);
        }
        return rows;
    }
    const auto row = readRow(array);
    if (!row)
        return std::nullopt;
    if (!row->isEmpty())
        rows.append(*row);
    return rows;
}

const FormField::Option *optionWithText(const FormField &field, const QString &text) {
    for (const FormField::Option &option : field.options) {
        if (option.text == text)
            return &option;
    }
    return nullptr;
}

bool isOptionOf(const FormField &field, const FormField::Option &chosen) {
    for (const FormField::Option &option : field.options) {
        if (option.id == chosen.id && option.text == chosen.text)
            return true;
    }
    return false;
}

} // namespace

bool FormAnswer::isEditableType(FormField::Type type) {
    switch (type) {
    case Type::Text:
    case Type::Textarea:
    case Type::Email:
    case Type::Date:
    case Type::Radio:
    case Type::Dropdown:
    case Type::Multiselect:
    case Type::Table:
    case Type::AssigneesForm:
        return true;
    case Type::File:
    case Type::Unknown:
        break;
    }
    return false;
}

FormAnswer FormAnswer::cleared(FormField::Type type) {
    FormAnswer answer;
    answer.type = type;
    answer.editable = isEditableType(type);
    return answer;
}

namespace {

/// cleared(`type`) with one member set: what each typed factory makes.
template<typename Value>
FormAnswer answerWith(FormField::Type type, Value FormAnswer::*member, const Value &value) {
    FormAnswer answer = FormAnswer::cleared(type);
    answer.*member = value;
    return answer;
}

} // namespace

FormAnswer FormAnswer::ofText(FormField::Type type, const QString &text) {
    return answerWith(type, &FormAnswer::text, text);
}

FormAnswer FormAnswer::ofDate(const QDateTime &date) {
    return answerWith(Type::Date, &FormAnswer::date, date);
}

FormAnswer FormAnswer::ofRadio(const QString &optionText) {
    return answerWith(Type::Radio, &FormAnswer::text, optionText);
}

FormAnswer FormAnswer::ofDropdown(const FormField::Option &option) {
    return answerWith(Type::Dropdown, &FormAnswer::choice, std::optional(option));
}

FormAnswer FormAnswer::ofMultiselect(const QList<FormField::Option> &options) {
    return answerWith(Type::Multiselect, &FormAnswer::choices, options);
}

FormAnswer FormAnswer::ofTable(const QList<QStringList> &rows) {
    return answerWith(Type::Table, &FormAnswer::rows, rows);
}

FormAnswer FormAnswer::ofAssignees(const TaskOwners &assignees) {
    return answerWith(Type::AssigneesForm, &FormAnswer::assignees, assignees);
}

FormAnswer FormAnswer::fromField(const FormField &field) {
    FormAnswer answer = cleared(field.type);
    const QJsonValue value = field.rawValue;
    answer.raw = value;
    if (value.isNull() || value.isUndefined() || !answer.editable)
        return answer;

    bool understood = false;
    switch (field.type) {
    case Type::Text:
        understood = isScalar(value);
        answer.text = Json::toText(value);
        break;
    case Type::Textarea:
    case Type::Email:
    case Type::Radio:
        understood = value.isString();
        answer.text = value.toString();
        break;
    case Type::Date:
        understood = field.dateValue.isValid() || (value.isString() && value.toString().isEmpty());
        answer.date = field.dateValue;
        break;
    case Type::Dropdown:
        understood = field.dropdownValue && field.dropdownValue->id > 0 &&
                     !field.dropdownValue->text.isEmpty();
        answer.choice = field.dropdownValue;
        break;
    case Type::Multiselect:
        understood = value.isArray();
        for (const FormField::Option &option : field.selectedOptions)
            understood = understood && option.id > 0 && !option.text.isEmpty();
        answer.choices = field.selectedOptions;
        break;
    case Type::Table:
        if (const auto rows = readRows(value)) {
            understood = true;
            answer.rows = *rows;
        }
        break;
    case Type::AssigneesForm:
        understood = value.isObject();
        answer.assignees = field.assignees;
        break;
    case Type::File:
    case Type::Unknown:
        break;
    }
    if (!understood) {
        FormAnswer kept = cleared(field.type);
        kept.editable = false;
        kept.raw = value;
        return kept;
    }
    return answer;
}

bool FormAnswer::isEmpty() const {
    if (!editable) {
        if (raw.isString())
            return raw.toString().trimmed().isEmpty();
        if (raw.isArray())
            return raw.toArray().isEmpty();
        if (raw.isObject())
            return raw.toObject().isEmpty();
        return raw.isNull() || raw.isUndefined();
    }
    switch (type) {
    case Type::Text:
    case Type::Textarea:
    case Type::Email:
    case Type::Radio:
        return text.trimmed().isEmpty();
    case Type::Date:
        return !date.isValid();
    case Type::Dropdown:
        return !choice.has_value();
    case Type::Multiselect:
        return choices.isEmpty();
    case Type::Table:
        return isBlank(rows);
    case Type::AssigneesForm:
        return assignees.isEmpty();
    case Type::File:
    case Type::Unknown:
        break;
    }
    return true;
}

QJsonValue FormAnswer::toJson() const {
    if (!editable || isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (type) {
    case Type::Text:
    case Type::Textarea:
    case Type::Email:
    case Type::Radio:
        return text;
    case Type::Date:
        return Json::toApiDateTime(date);
    case Type::Dropdown:
        return QJsonObject{{u"id"_s, choice->id}, {u"text"_s, choice->text}};
    case Type::Multiselect: {
        QJsonArray items;
        for (const FormField::Option &option : choices)
            items.append(
                QJsonObject{{u"id"_s, option.id}, {u"text"_s, option.text}, {u"selected"_s, true}});
        return items;
    }
    case Type::Table: {
        const auto flat = [](const QStringList &row) { return QJsonArray::fromStringList(row); };
        if (rows.size() == 1)
            return flat(rows.first());
        QJsonArray list;
        for (const QStringList &row : rows)
            list.append(flat(row));
        return list;
    }
    case Type::AssigneesForm:
        return assignees.toJson();
    case Type::File:
    case Type::Unknown:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void FormAnswer::validate(const FormField &field, ValidationResult &result) const {
    const QString path = field.id;
    if (!isEditableType(field.type) || !editable) {
        if (field.type == Type::File)
            result.addError(path, tr("File answers cannot be changed here."));
        else
            result.addError(path, tr("This answer cannot be changed here."));
        return;
    }
    if (type != field.type) {
        result.addError(path, tr("The answer does not fit this kind of field."));
        return;
    }
    if (isEmpty())
        return;
    switch (type) {
    case Type::Text:
        if (OneOffTaskDraft::codePointCount(text) > MaxTextLength)
            result.addError(path, tr("Use at most 200 characters."));
        break;
    case Type::Textarea:
        if (OneOffTaskDraft::codePointCount(text) > MaxTextareaLength)
            result.addError(path, tr("Use at most 30,000 characters."));
        break;
    case Type::Email:
        if (!isEmailShape(text.trimmed()) || text != text.trimmed())
            result.addError(path, tr("Enter an email address such as name@example.com."));
        break;
    case Type::Date:
        break;
    case Type::Radio:
        if (!optionWithText(field, text))
            result.addError(path, tr("Choose one of the listed options."));
        break;
    case Type::Dropdown:
        if (!isOptionOf(field, *choice))
            result.addError(path, tr("Choose one of the listed options."));
        break;
    case Type::Multiselect: {
        QList<int> seen;
        for (const FormField::Option &option : choices) {
            if (!isOptionOf(field, option) || seen.contains(option.id)) {
                result.addError(path, tr("Choose only from the listed options, each once."));
                break;
            }
            seen.append(option.id);
        }
        break;
    }
    case Type::Table:
        if (field.columns.isEmpty()) {
            result.addError(path, tr("This table has no columns to fill in."));
            break;
        }
        for (const QStringList &row : rows) {
            if (row.size() != field.columns.size()) {
                result.addError(path, tr("Every row needs one cell for each column."));
                break;
            }
        }
        break;
    case Type::AssigneesForm:
        for (const QString &guest : assignees.guests) {
            if (!isEmailShape(guest)) {
                result.addError(path, tr("A guest needs a valid email address."));
                break;
            }
        }
        break;
    case Type::File:
    case Type::Unknown:
        break;
    }
}

bool FormAnswer::operator==(const FormAnswer &other) const {
    return type == other.type && editable == other.editable && text == other.text &&
           date == other.date && choice == other.choice && choices == other.choices &&
           rows == other.rows && assignees == other.assignees && raw == other.raw;
}
