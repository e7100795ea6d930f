#pragma once

#include "core/domain/ValidationResult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class FieldMessage;
class FormFieldsEditor;
class QWidget;

/// Puts the problems of a draft where the new-task form shows them: each area's messages under
/// its input (a FieldMessage), a form field's inside that field's editor, and the problems of
/// single assignees or tags on their chips. Which area a path belongs to is DraftAreas'; this
/// class only knows the widgets the form registered for each area.
class DraftProblemPlacer final {
public:
    /// The input of an area, asked when needed (it may depend on the form's state).
    using InputFinder = std::function<QWidget *()>;
    /// Receives the problems of one area as a whole (the pickers mark their chips).
    using ProblemSink = std::function<void(const QList<ValidationResult::Problem> &)>;

    DraftProblemPlacer() = default;

    /// `message` shows the problems of `area` and describes them on `described` (for screen
    /// readers); `input` gets the focus for them.
    void addArea(const QString &area, FieldMessage *message, QWidget *described, InputFinder input);
    /// addArea() for an area whose input is always the one widget it describes.
    void addArea(const QString &area, FieldMessage *message, QWidget *input);
    /// The form fields' editor and the message under it (for problems of no single field).
    void setFormFields(FormFieldsEditor *editor, FieldMessage *message);
    /// Also hands every problem of `area` to `sink`.
    void setSink(const QString &area, ProblemSink sink);

    /// The message label for `path`; for `form_fields.N...` the one inside that field's editor.
    [[nodiscard]] FieldMessage *messageFor(const QString &path) const;
    /// The input a problem at `path` sends the focus to.
    [[nodiscard]] QWidget *inputFor(const QString &path) const;

    /// Shows exactly `problems` (everything else is cleared): errors first, then warnings,
    /// each message once per label.
    void show(const QList<ValidationResult::Problem> &problems) const;

private:
    struct Area {
        FieldMessage *message = nullptr;
        InputFinder input;
    };

    QHash<QString, Area> m_areas;
    QList<FieldMessage *> m_messages; ///< in the order of addArea(), then the form fields'
    QHash<QString, ProblemSink> m_sinks;
    FormFieldsEditor *m_formFields = nullptr;
    FieldMessage *m_formFieldsMessage = nullptr;
};
