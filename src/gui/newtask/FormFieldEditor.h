#pragma once

#include "core/domain/DraftFormField.h"
#include "core/domain/ValidationResult.h"

#include <QFrame>
#include <QList>

#include <memory>

class FieldMessage;
class OptionsEditor;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace Ui {
class FormFieldEditor;
}

/// One form field of a new one-off task: label, type (the creatable types only, never email),
/// required, guidance, and the options or table columns its type needs. Problems are shown
/// beside the input they concern.
class FormFieldEditor final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormFieldEditor)

public:
    explicit FormFieldEditor(QWidget *parent = nullptr);
    ~FormFieldEditor() override;

    [[nodiscard]] DraftFormField field() const;
    /// Shows `field`; emits nothing.
    void setField(const DraftFormField &field);

    /// Numbers the field ("Field 2") and enables the move buttons for its place.
    void setPosition(int index, int count);

    /// Problems whose paths are relative to this field: `label`, `field_type`, `required`,
    /// `options`, `options.1.text`, `columns.0.label`, ... Anything else is shown at the
    /// bottom of the field.
    void setProblems(const QList<ValidationResult::Problem> &problems);

    /// The translated name of a field type ("Short text" for `text`, ...).
    static QString typeName(const QString &fieldType);

    [[nodiscard]] QLineEdit *labelLineEdit() const;
    [[nodiscard]] QComboBox *typeComboBox() const;
    [[nodiscard]] QCheckBox *requiredCheckBox() const;
    [[nodiscard]] QLineEdit *guidanceLineEdit() const;
    [[nodiscard]] OptionsEditor *optionsEditor() const;
    [[nodiscard]] OptionsEditor *columnsEditor() const;
    [[nodiscard]] QToolButton *moveUpButton() const;
    [[nodiscard]] QToolButton *moveDownButton() const;
    [[nodiscard]] QToolButton *removeButton() const;
    [[nodiscard]] FieldMessage *labelMessage() const;
    [[nodiscard]] FieldMessage *typeMessage() const;
    [[nodiscard]] FieldMessage *choicesMessage() const;

    /// The widgets that take the focus, in tab order.
    [[nodiscard]] QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void changed();
    void moveUpRequested();
    void moveDownRequested();
    void removeRequested();

private:
    void updateTypeDependentParts();

    std::unique_ptr<Ui::FormFieldEditor> m_ui;
    QString m_unknownType; ///< a type from an old draft that is not offered (e.g. email)
};
