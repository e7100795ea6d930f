#pragma once

#include "core/domain/FormAnswer.h"
#include "core/domain/FormField.h"

#include <QWidget>

class DirectoryCache;
class QLabel;

/// The input for the answer to one form field, of the kind its type takes: a line or a box of
/// text, the field's options as radio buttons, a drop-down list or check boxes, a date and time
/// in local time, a table with the field's columns, the assignee picker of the new-task form.
/// File fields, unknown types and answers in a shape not understood are shown read-only, with
/// the reason.
///
/// The input's caption and accessible name are the field's label, so a screen reader announces
/// what it asks.
class AnswerInput : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerInput)

public:
    /// The input for `field`; `cache` (not owned) gives the names for an assignees field.
    static AnswerInput *create(const FormField &field, DirectoryCache *cache,
                               QWidget *parent = nullptr);
    ~AnswerInput() override;

    [[nodiscard]] const FormField &field() const { return m_field; }
    /// The answer as the input now holds it.
    [[nodiscard]] virtual FormAnswer answer() const = 0;
    /// Shows `answer`; emits nothing.
    virtual void setAnswer(const FormAnswer &answer) = 0;
    /// False for the read-only inputs.
    [[nodiscard]] virtual bool isEditable() const { return true; }
    /// The widget that takes the keyboard focus (and that F2 on the field lands in).
    [[nodiscard]] virtual QWidget *focusTarget() const = 0;
    /// The visible label above the input, the buddy of focusTarget(). It is the input's sibling,
    /// so that screen readers find it as the input's label (a combo box reads out its choice as
    /// its name, and its label only through that relation).
    void setCaption(const QString &text);
    [[nodiscard]] QLabel *caption() const { return m_caption; }

Q_SIGNALS:
    /// The user changed the answer.
    void changed();

protected:
    AnswerInput(const FormField &field, QWidget *parent);

private:
    FormField m_field;
    QLabel *m_caption;
};
