#pragma once

#include "core/domain/Group.h"
#include "core/domain/Task.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What a person can do to a task from its header (tallyfy-api-notes.md 6.5).
enum class TaskAction {
    Complete,    ///< task, email
    Approve,     ///< approval: is_approved true
    Reject,      ///< approval: is_approved false
    Acknowledge, ///< expiring, expiring_email: is_approved omitted (never false)
    Reopen       ///< a completed task of any type
};

/// The request for one action on one task, chosen from the task as last read: the run-scoped
/// route whenever the task has a `run_id` (the org-level route answers 404 for those), the
/// org-level route otherwise; `is_approved` only where the task's type takes it.
///
/// A plan is made only for an action that applies: never a completion of a completed task (the
/// server would raise the completion event again and notify everyone), never an approval of a
/// plain task. make() says why not otherwise.
struct TaskActionPlan final {
    enum class Method { Post, Delete };

    TaskAction action = TaskAction::Complete;
    QString taskId;
    QString runId; ///< empty for the org-level route
    Method method = Method::Post;
    /// Relative to /organizations/{org}/, e.g. {"runs", run, "completed-tasks"}.
    QStringList pathSegments;
    /// The JSON body of a completion; empty for a reopen.
    QJsonObject body;

    /// The plan for `action` on `task`, or nullopt with the reason in `whyNot` (user text).
    static std::optional<TaskActionPlan> make(TaskAction action, const Task &task,
                                              QString *whyNot = nullptr);
    /// The actions that apply to `task` as it is, in the order a header shows them.
    static QList<TaskAction> available(const Task &task);
    /// Whether `task`, as returned after the action, shows that the action took effect.
    static bool tookEffect(TaskAction action, const Task &task);
    /// Why the member `userId` may not complete, approve, reject or acknowledge `task`: it lets
    /// only its assignees do that (`can_complete_only_assignees`), and the member is neither
    /// assigned nor in an assigned group (found in `groups`). Empty when the member may, and
    /// when `userId` is not known (0).
    static QString notAssignedReason(const Task &task, qint64 userId, const QList<Group> &groups);
    /// The label of an action's button ("Complete", "Approve", ...), translated.
    static QString label(TaskAction action);
};
