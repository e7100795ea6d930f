#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// A form field definition in a one-off task draft (tallyfy-api-notes.md 3.3). Options and columns
/// are kept as texts; their integer IDs are assigned 1..n in order when the request is built.
struct DraftFormField final {
    QString label;
    QString fieldType = QStringLiteral("text"); ///< API type string (see creatableTypes())
    bool required = false;
    QString guidance;    ///< help text; sent as `guidance` only when non-empty
    QStringList options; ///< radio, dropdown, multiselect; ignored for other types
    QStringList columns; ///< table; ignored for other types

    /// The types Taskdesk offers: text, textarea, radio, dropdown, multiselect, date, file,
    /// table, assignees_form (never email: the web app cannot render it).
    static const QStringList &creatableTypes();
    [[nodiscard]] bool usesOptions() const;
    [[nodiscard]] bool usesColumns() const;
    /// Minimum options for this type: radio 2, dropdown and multiselect 1, others 0.
    [[nodiscard]] int minimumOptions() const;

    /// The POST body entry: label, field_type, explicit required, options `[{id, text}]` or
    /// columns `[{id, label}]` when the type uses them, guidance when non-empty.
    [[nodiscard]] QJsonObject toRequestJson() const;
    /// The on-disk draft form.
    [[nodiscard]] QJsonObject toDraftJson() const;
    /// Tolerant: wrong types give defaults.
    static DraftFormField fromDraftJson(const QJsonObject &obj);

    bool operator==(const DraftFormField &) const = default;
};
