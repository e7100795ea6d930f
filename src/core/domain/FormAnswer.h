#pragma once

#include "core/domain/FormField.h"
#include "core/domain/TaskOwners.h"
#include "core/domain/ValidationResult.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// The answer a user gives to one form field of a task, typed per field type, and the exact JSON
/// that `taskdata` takes for it (tallyfy-api-notes.md 2.6, 10):
///
/// - text, textarea, email: a string (line breaks kept, nothing trimmed);
/// - date: ISO 8601 in UTC without milliseconds, `2026-09-03T09:00:00Z`;
/// - radio: the bare text of one option;
/// - dropdown: `{"id", "text"}` of one option;
/// - multiselect: `[{"id", "text", "selected": true}, ...]` for the chosen options;
/// - table: one row is a flat list of strings in column order; several rows are a list of such
///   lists;
/// - assignees_form: `{"users": [ids], "guests": [emails], "groups": [ids]}`;
/// - file and unknown types: never produced here (file answers come from uploads; a bare string
///   would make production answer 500).
///
/// An empty answer is a clear. toJson() gives nothing (QJsonValue::Undefined) for it: the key is
/// left out of `taskdata`, because whether the server clears on `null`, `""` or `[]` is not
/// settled (10). An answer read in a shape this class does not understand is kept in `raw` and
/// is not editable.
struct FormAnswer final {
    FormField::Type type = FormField::Type::Unknown;
    /// False for file and unknown types, and for an answer read in a shape not understood.
    bool editable = false;

    QString text;                            ///< text, textarea, email, radio
    QDateTime date;                          ///< date
    std::optional<FormField::Option> choice; ///< dropdown
    QList<FormField::Option> choices;        ///< multiselect, in the order chosen
    QList<QStringList> rows;                 ///< table: cells in column order
    TaskOwners assignees;                    ///< assignees_form
    /// The answer as read (fromField()); Undefined for one made by the factories.
    QJsonValue raw;

    /// True for the types whose answer can be written through `taskdata` here.
    static bool isEditableType(FormField::Type type);

    /// An empty answer of `type` (a clear); editable when the type is.
    static FormAnswer cleared(FormField::Type type);
    /// text, textarea or email.
    static FormAnswer ofText(FormField::Type type, const QString &text);
    static FormAnswer ofDate(const QDateTime &date);
    static FormAnswer ofRadio(const QString &optionText);
    static FormAnswer ofDropdown(const FormField::Option &option);
    static FormAnswer ofMultiselect(const QList<FormField::Option> &options);
    static FormAnswer ofTable(const QList<QStringList> &rows);
    static FormAnswer ofAssignees(const TaskOwners &assignees);

    /// The current answer of `field` as read (`field_value`, else `value`), so that an editor can
    /// start from it. Unanswered gives cleared(); a shape not understood gives a non-editable
    /// answer holding `raw`.
    static FormAnswer fromField(const FormField &field);

    /// Nothing to send: blank text, no date, no option, no non-blank table cell, no assignee.
    /// A non-editable answer is empty when `raw` is null, absent, or an empty string, list or
    /// object.
    [[nodiscard]] bool isEmpty() const;

    /// The `taskdata` value; Undefined when empty or not editable (nothing is sent).
    [[nodiscard]] QJsonValue toJson() const;

    /// Checks this answer against `field` and adds errors under the path `field.id`: the type
    /// matches, text within 200 (text) or 30,000 (textarea) code points, an email's shape, option
    /// texts and IDs equal to one of the field's options exactly, table rows as long as the
    /// field has columns, a valid date, and nothing for file or unknown types. An empty answer
    /// passes (whether a field is required is the caller's rule: TaskAnswersUpdate).
    void validate(const FormField &field, ValidationResult &result) const;

    /// Longest short text (`text`), in code points.
    static constexpr qsizetype MaxTextLength = 200;
    /// Longest long text (`textarea`), in code points.
    static constexpr qsizetype MaxTextareaLength = 30000;

    bool operator==(const FormAnswer &other) const;
};

Q_DECLARE_METATYPE(FormAnswer)
