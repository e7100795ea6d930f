#include "models/FormFieldsModel.h"

#include "models/DisplayFormat.h"
#include "models/JsonDisplay.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

FormFieldsModel::FormFieldsModel(QObject *parent)
    : TwoLevelTreeModel(ColumnCount, parent) {}

FormFieldsModel::~FormFieldsModel() = default;

void FormFieldsModel::setFields(const QList<FormField> &fields) {
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

void FormFieldsModel::directoryChanged() {
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).type != FormField::Type::AssigneesForm)
            continue;
        const QModelIndex answer = index(row, AnswerColumn);
        Q_EMIT dataChanged(answer, answer, {Qt::DisplayRole, Qt::ToolTipRole, FullAnswerRole});
    }
}

bool FormFieldsModel::hasRawAnswer(const FormField &field) {
    const QJsonValue &value = field.rawValue;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    return true;
}

bool FormFieldsModel::isMissingRequired(const FormField &field) {
    return field.required && !field.isAnswered() && !hasRawAnswer(field);
}

QString FormFieldsModel::fullAnswer(const FormField &field) const {
    if (!field.isAnswered()) {
        // Something arrived that the typed reader did not understand: show it rather than hide.
        if (hasRawAnswer(field))
            return field.rawValue.isString() ? field.rawValue.toString()
                                             : JsonDisplay::compactJson(field.rawValue);
        return {};
    }
    switch (field.type) {
    case FormField::Type::Text:
    case FormField::Type::Textarea:
    case FormField::Type::Email:
    case FormField::Type::Radio:
        return field.textValue;
    case FormField::Type::Date:
        return field.dateValue.isValid() ? DisplayFormat::dateTime(field.dateValue)
                                         : field.textValue;
    case FormField::Type::Dropdown:
    case FormField::Type::Multiselect:
    case FormField::Type::Table:
    case FormField::Type::File:
        return field.answerText();
    case FormField::Type::AssigneesForm: {
        QStringList names;
        for (const TaskOwners::User &user : field.assignees.users)
            names.append(directory().member(user.id, user.fullName).text);
        names.append(field.assignees.guests);
        for (const TaskOwners::Group &group : field.assignees.groups)
            names.append(directory().group(group.id, group.name).text);
        return names.join(u", "_s);
    }
    case FormField::Type::Unknown:
        return field.rawValue.isString() ? field.rawValue.toString()
                                         : JsonDisplay::compactJson(field.rawValue);
    }
    return {};
}

QString FormFieldsModel::shownAnswer(const FormField &field) const {
    if (isMissingRequired(field))
        return tr("Required — not answered");
    if (field.isAnswered() && field.type == FormField::Type::Table && field.tableRows.size() > 1)
        return tr("%n row(s)", nullptr, int(field.tableRows.size()));
    const QString full = fullAnswer(field);
    if (full.isEmpty())
        return DisplayFormat::absent();
    return DisplayFormat::firstLine(full);
}

int FormFieldsModel::topLevelRowCount() const {
    return int(m_fields.size());
}

int FormFieldsModel::childRowCount(int topLevelRow) const {
    const FormField &field = m_fields.at(topLevelRow);
    if (field.type != FormField::Type::Table || !field.isAnswered())
        return 0;
    return int(field.tableRows.size());
}

QVariant FormFieldsModel::unshownData(const QModelIndex &index, int role) const {
    const bool topLevel = isTopLevel(index);
    const FormField &field = m_fields.at(topLevel ? index.row() : parentRow(index));
    // What a table row tells of its field is what the field's own row tells.
    switch (role) {
    case FieldIdRole:
        return field.id;
    case FieldTypeRole:
        return int(field.type);
    case FieldTypeNameRole:
        return field.typeName;
    default:
        break;
    }
    if (topLevel)
        return fieldData(field, index.column(), role);
    return tableRowData(field, index.row(), index.column(), role);
}

QVariant FormFieldsModel::fieldData(const FormField &field, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return field.label.isEmpty() ? DisplayFormat::absent() : field.label;
        case TypeColumn:
            return FormField::typeDisplayName(field.typeName);
        case RequiredColumn:
            return DisplayFormat::yesNo(field.required);
        case AnswerColumn:
            return shownAnswer(field);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case LabelColumn:
            return field.guidance.isEmpty() ? QVariant() : QVariant(field.guidance);
        case TypeColumn:
            return field.typeName;
        case AnswerColumn: {
            if (field.type == FormField::Type::Date && field.isAnswered())
                return field.textValue; // the date as sent
            if (field.type == FormField::Type::File && field.isAnswered()) {
                QStringList lines;
                for (const FormField::FileItem &file : field.files)
                    lines.append(file.url.isEmpty() ? file.filename
                                                    : file.filename + u" — "_s + file.url);
                return lines.join(u'\n');
            }
            const QString full = fullAnswer(field);
            return full.isEmpty() ? QVariant() : QVariant(full);
        }
        default:
            return {};
        }
    case Qt::FontRole:
        if (column == AnswerColumn && isMissingRequired(field)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RowKindRole:
        return int(RowKind::Field);
    case IsRequiredRole:
        return field.required;
    case IsAnsweredRole:
        return field.isAnswered();
    case IsMissingRequiredRole:
        return isMissingRequired(field);
    case AnswerValueRole:
        return QVariant::fromValue(field.rawValue);
    case FullAnswerRole:
        return fullAnswer(field);
    case TableColumnsRole: {
        if (field.type != FormField::Type::Table)
            return {};
        QStringList labels;
        for (const FormField::Column &tableColumn : field.columns)
            labels.append(tableColumn.label);
        return labels;
    }
    default:
        return {};
    }
}

QVariant FormFieldsModel::tableRowData(const FormField &field, int row, int column,
                                       int role) const {
    const QStringList &cells = field.tableRows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return tr("Row %1").arg(row + 1);
        case AnswerColumn:
            return cells.join(u" | "_s);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (column != AnswerColumn)
            return {};
        QStringList lines;
        for (qsizetype cell = 0; cell < cells.size(); ++cell) {
            const QString label = cell < field.columns.size() ? field.columns.at(cell).label
                                                              : QString::number(cell + 1);
            lines.append(label + u": "_s + cells.at(cell));
        }
        return lines.join(u'\n');
    }
    case RowKindRole:
        return int(RowKind::TableRow);
    case TableCellsRole:
        return cells;
    case FullAnswerRole:
        return cells.join(u" | "_s);
    default:
        return {};
    }
}

QString FormFieldsModel::columnTitle(int column) const {
    switch (column) {
    case LabelColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return tr("Required");
    case AnswerColumn:
        return tr("Answer");
    default:
        return {};
    }
}
