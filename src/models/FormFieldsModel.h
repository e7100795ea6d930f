#pragma once

#include "core/domain/FormField.h"
#include "models/NameDirectoryUser.h"
#include "models/TwoLevelTreeModel.h"

#include <QHash>
#include <QList>

/// The form fields of a task, one row per field: label, type, whether it is required, and the
/// answer rendered for its type (dropdown and radio text, selected multiselect items, files by
/// name, assignees by name, dates in local time, long text folded to its first line). A table
/// answer also has one child row per table row. An unanswered required field says so, and
/// carries IsMissingRequiredRole. Unknown field types show their answer JSON as text. Assignee
/// answers are named from the directory; changed rows are announced with dataChanged().
class FormFieldsModel final : public TwoLevelTreeModel, public NameDirectoryUser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormFieldsModel)

public:
    enum Column : int { LabelColumn = 0, TypeColumn, RequiredColumn, AnswerColumn, ColumnCount };

    enum class RowKind : int { Field = 0, TableRow };
    Q_ENUM(RowKind)

    enum Role : int {
        RowKindRole = Qt::UserRole + 1, ///< int (RowKind)
        FieldIdRole,                    ///< QString: timeline ID of the field
        FieldTypeRole,                  ///< int (FormField::Type)
        FieldTypeNameRole,              ///< QString: `field_type` as received
        IsRequiredRole,                 ///< bool
        IsAnsweredRole,                 ///< bool: the typed answer holds something
        IsMissingRequiredRole,          ///< bool: required, and nothing was sent
        AnswerValueRole,                ///< QJsonValue: the answer as received
        FullAnswerRole,                 ///< QString: the whole answer text, unfolded
        TableColumnsRole,               ///< QStringList: column labels (table fields)
        TableCellsRole,                 ///< QStringList: cells of a table row
    };
    Q_ENUM(Role)

    explicit FormFieldsModel(QObject *parent = nullptr);
    ~FormFieldsModel() override;

    /// Replaces the fields (a model reset).
    void setFields(const QList<FormField> &fields);
    [[nodiscard]] const QList<FormField> &fields() const { return m_fields; }

private:
    [[nodiscard]] QVariant unshownData(const QModelIndex &index, int role) const override;
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] int topLevelRowCount() const override;
    [[nodiscard]] int childRowCount(int topLevelRow) const override;
    void directoryChanged() override;
    [[nodiscard]] QVariant fieldData(const FormField &field, int column, int role) const;
    [[nodiscard]] QVariant tableRowData(const FormField &field, int row, int column,
                                        int role) const;
    /// The full answer as text, as shown before folding; empty when nothing was sent.
    [[nodiscard]] QString fullAnswer(const FormField &field) const;
    [[nodiscard]] QString shownAnswer(const FormField &field) const;
    [[nodiscard]] static bool hasRawAnswer(const FormField &field);
    [[nodiscard]] static bool isMissingRequired(const FormField &field);

    QList<FormField> m_fields;
};
