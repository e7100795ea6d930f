#pragma once

#include "core/domain/DraftContext.h"
#include "core/domain/DraftFormField.h"
#include "core/domain/ValidationResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// Everything the New task form edits: the body of `POST /organizations/{org}/tasks`
/// (tallyfy-api-notes.md 3.1) plus the display names the form shows. Serialises to the exact
/// request body, validates against the checklist of 3.7, and saves to / loads from the on-disk
/// draft format.
struct OneOffTaskDraft final {
    struct User final {
        qint64 id = 0;
        QString displayName; ///< for the UI and the draft file only; never sent
        bool operator==(const User &) const = default;
    };
    struct Group final {
        QString id; ///< 32 hex
        QString name;
        bool operator==(const Group &) const = default;
    };
    struct Tag final {
        QString id; ///< 32 hex
        QString title;
        bool operator==(const Tag &) const = default;
    };

    QString title;
    QString taskType = QStringLiteral("task");
    QString summary; ///< the description; sent under both `description` and `summary` (3.2)
    QList<User> users;
    QStringList guests; ///< emails; use normalizeGuests() on input
    QList<Group> groups;
    QDateTime deadline;  ///< local time; null when unset
    QDateTime startedAt; ///< local time; null when unset
    bool separateTaskForEachAssignee = false;
    std::optional<int> maxAssignable;
    bool everyoneMustComplete = false;
    bool canCompleteOnlyAssignees = false;
    bool preventGuestComment = false;
    bool topSecret = false;
    QList<Tag> tags;
    QString webhook;
    QString runId;
    QString runName; ///< for the UI and the draft file only
    QList<DraftFormField> formFields;

    /// The exact POST body: trimmed title; the description under both `description` and
    /// `summary`, only when non-blank; dates as ISO 8601 in UTC with `Z` and no milliseconds,
    /// `2026-09-30T17:00:00Z` (`started_at` only when set); `owners` with users (JSON numbers),
    /// guests (normalised) and groups always present; the five bools always present; tags as
    /// IDs, webhook, run_id, max_assignable and form_fields only when set.
    [[nodiscard]] QJsonObject toRequestJson() const;

    /// Whether the 201 body of this draft's create (`createdTask`, the task object) shows that
    /// the description was not saved: this draft has one, and the body has a `summary` or
    /// `description` key but none of them carries text. A body with neither key proves nothing
    /// (tallyfy-api-notes.md 3.2): false.
    [[nodiscard]] bool descriptionLostIn(const QJsonObject &createdTask) const;

    /// Checks every rule of tallyfy-api-notes.md 3.7. Guest paths (`owners.guests.N`) index the
    /// normalised guest list, i.e. what toRequestJson() sends.
    [[nodiscard]] ValidationResult validate(const DraftContext &ctx) const;

    /// The on-disk draft format: everything the form shows and display names; instants as
    /// ISO 8601 in UTC with `Z`, to the second, like the request (older files with
    /// milliseconds or an offset still load).
    [[nodiscard]] QJsonObject toDraftJson() const;
    /// Round-trips toDraftJson() exactly. Tolerant of garbage: unknown keys are ignored,
    /// wrong types give defaults; never crashes.
    static OneOffTaskDraft fromDraftJson(const QJsonObject &obj);

    /// True when nothing has been entered (a fresh form).
    [[nodiscard]] bool isEmpty() const;

    /// Trim and lowercase one email.
    static QString normalizeGuest(const QString &email);
    /// Trim, lowercase, drop empties and duplicates (first occurrence wins, order kept).
    static QStringList normalizeGuests(const QStringList &emails);
    /// Characters as the server counts them: Unicode code points (an emoji is one).
    static qsizetype codePointCount(const QString &text);

    static constexpr int MaxTitleLength = 600;
    static constexpr int MaxFieldLabelLength = 200;

    bool operator==(const OneOffTaskDraft &) const = default;
};

Q_DECLARE_METATYPE(OneOffTaskDraft)
