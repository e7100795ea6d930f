#pragma once

#include "core/domain/TaskOwners.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// A form field of a task (`with=form_fields`, tallyfy-api-notes.md 2.5) with its answer read into
/// a typed value per field type (2.6). The field type string is kept even when unknown, and the
/// whole entry stays in `raw`.
struct FormField final {
    enum class Type {
        Text,
        Textarea,
        Email,
        Date,
        Radio,
        Dropdown,
        Multiselect,
        Table,
        AssigneesForm,
        File,
        Unknown, ///< any other `field_type`; `typeName` holds it
    };

    struct Option final {
        int id = 0; ///< 0 when the answer carried only a text that matches no option
        QString text;
        bool operator==(const Option &) const = default;
    };
    struct Column final {
        int id = 0;
        QString label;
        bool operator==(const Column &) const = default;
    };
    struct FileItem final {
        QString id;       ///< asset ID (string or number, as text); may be empty
        QString url;      ///< `url`, else `full_url`; may be empty
        QString filename; ///< display name (`filename`, else `name`)
        QString source;   ///< local, url, ... as received
        bool operator==(const FileItem &) const = default;
    };

    QString id;       ///< timeline ID (32 hex): the `taskdata` key
    QString typeName; ///< `field_type` as received
    Type type = Type::Unknown;
    QString label;
    bool required = false;
    QString guidance;
    std::optional<int> position;
    QList<Option> options; ///< radio, dropdown, multiselect
    QList<Column> columns; ///< table

    // ---- The answer (`field_value`, else `value`). Only the member for `type` is filled.
    /// The answer JSON as received; Null/Undefined when unanswered.
    QJsonValue rawValue;
    /// text, textarea, email, radio, and Unknown scalars; for date, the string as received.
    QString textValue;
    /// date: parsed from the string forms (ISO 8601 or "yyyy-MM-dd HH:mm:ss", UTC).
    QDateTime dateValue;
    /// dropdown: `{id, text}`; a bare text is matched against `options` to find the id.
    std::optional<Option> dropdownValue;
    /// multiselect: items not marked `"selected": false`; texts or ids matched to `options`.
    QList<Option> selectedOptions;
    /// table: a flat list is one row; a list of lists is several rows. Cells as text.
    QList<QStringList> tableRows;
    /// assignees_form.
    TaskOwners assignees;
    /// file.
    QList<FileItem> files;

    QJsonObject raw;

    /// True when the typed answer holds something (an empty string, list or object is not an
    /// answer). For Unknown types: a non-null, non-empty raw value.
    [[nodiscard]] bool isAnswered() const;

    /// The answer as one line of plain text for lists and tooltips (table rows joined with
    /// " | " and "; ", dates in ISO UTC, files by name). Empty when unanswered.
    [[nodiscard]] QString answerText() const;

    static Type typeFromString(const QString &fieldType);
    /// The API string for a known type; empty for Unknown.
    static QString typeToString(Type type);
    /// A translated, user-facing name ("Short text", "Dropdown", ...). For an unknown type
    /// string, the string itself.
    static QString typeDisplayName(const QString &fieldType);

    /// Fails only when the object has no `id`.
    static std::optional<FormField> fromJson(const QJsonObject &obj, QString *error = nullptr);
};

Q_DECLARE_METATYPE(FormField)
