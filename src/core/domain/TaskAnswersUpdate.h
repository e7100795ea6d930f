#pragma once

#include "core/domain/FormAnswer.h"
#include "core/domain/FormField.h"
#include "core/domain/Task.h"
#include "core/domain/TaskOwners.h"
#include "core/domain/ValidationResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// New answers for the form fields of one task and the PUT that saves them
/// (tallyfy-api-notes.md 6.5, 10):
///
/// - a task without a run: `PUT organizations/{org}/tasks/{task}` with `title`, `deadline` and
///   `owners` (all three buckets, as IDs) of the task as last read, on every call, plus
///   `taskdata`;
/// - a task with a run: `PUT organizations/{org}/runs/{run}/tasks/{task}` with `taskdata` only.
///
/// `taskdata` holds only the answers that differ from the ones read, keyed by the fields'
/// timeline IDs. A clear (an empty answer where one was read) is never sent: the notes leave
/// open whether the server accepts a clear, so validate() warns that the old answer stays.
struct TaskAnswersUpdate final {
    /// Save: required fields may stay empty. Complete: the answers are saved just before a
    /// completion, which the server refuses while a required field is empty, so an empty
    /// required field is an error.
    enum class Purpose { Save, Complete };

    QString taskId;
    QString runId; ///< empty for a task without a run
    // The task as last read; a one-off PUT repeats them, since the server requires them.
    QString title;
    QDateTime deadline;
    TaskOwners owners;
    QList<FormField> fields;
    /// The answers the user gave, by field ID (including ones equal to what was read).
    QMap<QString, FormAnswer> answers;

    /// An update of `task` (read with `with=form_fields`) with no answers yet.
    static TaskAnswersUpdate forTask(const Task &task);

    [[nodiscard]] bool isOneOff() const { return runId.isEmpty(); }
    /// The field with this ID; null when the task has none.
    [[nodiscard]] const FormField *field(const QString &fieldId) const;
    void setAnswer(const QString &fieldId, const FormAnswer &answer);
    /// The answer the user gave, else the one read.
    [[nodiscard]] FormAnswer currentAnswer(const QString &fieldId) const;

    /// Fields whose new answer is not empty and differs from the one read: the `taskdata` keys.
    [[nodiscard]] QStringList changedFieldIds() const;
    /// Fields whose answer was emptied although one was read (not sent).
    [[nodiscard]] QStringList clearedFieldIds() const;
    [[nodiscard]] bool hasChanges() const { return !changedFieldIds().isEmpty(); }

    /// Problems keyed by field ID (and `title`, `deadline`, `owners` for what a one-off PUT
    /// needs): answers for unknown fields, answers FormAnswer::validate() refuses, a clear
    /// (a warning), and for Complete every required field left empty.
    [[nodiscard]] ValidationResult validate(Purpose purpose) const;

    /// The changed answers keyed by field ID.
    [[nodiscard]] QJsonObject taskdata() const;
    /// What a draft keeps of these answers, by field ID: each changed answer as its `taskdata`
    /// value, each clear as null (kept, never sent).
    [[nodiscard]] QJsonObject draft() const;
    /// Sets the answers `draft` (made by draft()) holds, for the fields this task still has and
    /// that take them in that shape; returns the IDs of the fields set.
    QStringList applyDraft(const QJsonObject &draft);
    /// True when `task` (as read after a save) carries every answer this update changes.
    [[nodiscard]] bool isCarriedBy(const Task &task) const;
    /// The path after `organizations/{org}`: `tasks/{task}` or `runs/{run}/tasks/{task}`.
    [[nodiscard]] QStringList pathSegments() const;
    /// The PUT body.
    [[nodiscard]] QJsonObject body() const;

    /// The sent `taskdata` keys that the saved task does not carry: the server drops unknown
    /// keys silently (quirk 3). Read from the answer's `taskdata`, else its `form_fields`; an
    /// answer with neither tells nothing and gives an empty list.
    [[nodiscard]] QStringList droppedFieldIds(const Task &saved) const;

    /// `taskdata.<id>` or `taskdata.<id>.<more>` gives `<id>`; anything else empty.
    static QString fieldIdOfErrorKey(const QString &key);
    /// Field errors of a 422 (or of ApiError::invalidInput) regrouped by field ID; keys that name
    /// no field are kept as they are.
    static QMap<QString, QStringList> errorsByField(const QMap<QString, QStringList> &fieldErrors);
};
