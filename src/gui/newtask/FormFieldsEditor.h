#pragma once

#include "core/domain/DraftFormField.h"
#include "core/domain/ValidationResult.h"

#include <QList>
#include <QWidget>

#include <memory>

class FormFieldEditor;
class QPushButton;

namespace Ui {
class FormFieldsEditor;
}

/// The "Form fields" of a new one-off task: add, remove and reorder fields, each edited by a
/// FormFieldEditor. Problems keyed `form_fields.N...` go to field N.
class FormFieldsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormFieldsEditor)

public:
    explicit FormFieldsEditor(QWidget *parent = nullptr);
    ~FormFieldsEditor() override;

    [[nodiscard]] QList<DraftFormField> fields() const;
    /// Replaces every field; emits nothing.
    void setFields(const QList<DraftFormField> &fields);

    [[nodiscard]] int count() const { return int(m_editors.size()); }
    [[nodiscard]] FormFieldEditor *editor(int index) const;
    [[nodiscard]] QPushButton *addButton() const;

    /// Adds a short-text field at the end and puts the focus in its label.
    void addField();
    void removeField(int index);
    void moveField(int from, int to);

    /// Problems with paths starting `form_fields.` (others are ignored).
    void setProblems(const QList<ValidationResult::Problem> &problems);

    /// The widgets that take the focus, in tab order.
    [[nodiscard]] QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void changed();

private:
    FormFieldEditor *makeEditor(const DraftFormField &field);
    void updatePositions();
    void fixTabOrder();
    [[nodiscard]] int indexOf(const FormFieldEditor *editor) const;

    std::unique_ptr<Ui::FormFieldsEditor> m_ui;
    QList<FormFieldEditor *> m_editors;
    QList<ValidationResult::Problem> m_problems;
};
