#pragma once

#include "core/domain/FormField.h"
#include "core/domain/Run.h"
#include "core/domain/Tag.h"
#include "core/domain/TaskOwners.h"
#include "core/domain/Thread.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// A task as returned by `GET /organizations/{org}/tasks/{task}` or a create (tallyfy-api-notes.md
/// 2.1), typed field by field, with the object as received kept in `raw` so that nothing is
/// lost. Unknown `status` and `task_type` strings are kept as strings. Dates are UTC and invalid
/// (null) when absent or null.
struct Task final {
    QString id; ///< 32 hex
    std::optional<qint64> incrementId;
    QString title;
    QString originalTitle;
    QString summary; ///< the description (`summary`, else an old-shape `description`); may be HTML
    QString originalSummary;
    QString runId; ///< empty when null
    QString checklistId;
    QString stepId;
    QString linkedStepId;
    QString alias;
    QString status; ///< not-started, active, in-progress, completed, auto-skipped, or other
    QString statusLabel;
    QString taskType; ///< task, approval, expiring, email, expiring_email, or other
    bool isOneoff = false;
    bool isCompletable = false;
    std::optional<bool> isApproved; ///< nullopt when null or absent
    TaskOwners owners;
    std::optional<int> position;
    QDateTime startedAt;
    QDateTime deadline;
    QDateTime createdAt;
    QDateTime lastUpdated;
    QDateTime completedAt;
    QDateTime archivedAt; ///< `archived_at`, else `deleted_at`
    std::optional<qint64> starterId;
    std::optional<qint64> completerId;
    QString completerGuestId;  ///< as text; empty when null
    QJsonValue completerGuest; ///< shape unknown: raw
    bool everyoneMustComplete = false;
    bool canCompleteOnlyAssignees = false;
    std::optional<int> maxAssignable;
    QString webhook; ///< empty when null
    bool topSecret = false;
    bool preventGuestComment = false;
    bool problem = false;
    bool allowGuestOwners = false;
    bool isSoftStartDate = false;
    bool hasDeadlineDependentChildTasks = false;
    std::optional<double> completionProgress;
    QString stageId;
    std::optional<int> blueprintPosition;
    QString runStatus;
    QJsonObject taskdata;            ///< form values keyed by timeline ID (update responses)
    QJsonObject tasksChangedByRules; ///< complete / reopen responses

    // ---- Modelled includes (wrapped `{data: ...}` or not). The *Included flags tell "not
    // requested / not sent" apart from "sent but empty".
    std::optional<Run> run;
    QList<FormField> formFields;
    bool formFieldsIncluded = false;
    QList<Tag> tags;
    bool tagsIncluded = false;
    QList<Thread> threads;
    bool threadsIncluded = false;

    /// The whole object as received.
    QJsonObject raw;

    /// Include keys present in `raw` that are not modelled (`step`, `assets`, `activities`,
    /// ...; documented names only), in the order of TaskIncludes::keys(). Show them as a
    /// generic JSON tree with includeValue().
    [[nodiscard]] QStringList unmodelledIncludeKeys() const;
    /// Top-level keys of `raw` that are neither in the documented field table (2.1) nor
    /// documented include names: the "Other fields" section. Sorted.
    [[nodiscard]] QStringList otherFieldKeys() const;
    /// `raw[key]` after Json::unwrap().
    [[nodiscard]] QJsonValue includeValue(const QString &key) const;

    [[nodiscard]] bool isArchived() const { return archivedAt.isValid(); }
    [[nodiscard]] bool isCompleted() const;

    /// Translated status text (TaskStatus::displayText over this task's fields).
    [[nodiscard]] QString statusDisplayText() const;
    /// Translated type name (TaskType::displayName(taskType)).
    [[nodiscard]] QString typeDisplayText() const;

    /// Keys of the documented field table of tallyfy-api-notes.md 2.1 (incl. `description`,
    /// `deleted_at`).
    static const QStringList &documentedFieldKeys();

    /// Tolerant of every variant in the reference; fails only when `id` is missing or empty.
    static std::optional<Task> fromJson(const QJsonObject &obj, QString *error = nullptr);
    /// Parses a response body `{"data": task}` (200 GET or 201 create).
    static std::optional<Task> fromResponseBody(const QByteArray &body, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Task)
