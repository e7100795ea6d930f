#include "core/domain/TaskActionPlan.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isApproval(const Task &task) {
    return task.taskType == "approval"_L1;
}

bool isExpiring(const Task &task) {
    return task.taskType == "expiring"_L1 || task.taskType == "expiring_email"_L1;
}

bool isPlain(const Task &task) {
    return task.taskType == "task"_L1 || task.taskType == "email"_L1;
}

// Whether `action` is the kind of completion the task's type takes.
bool fitsType(TaskAction action, const Task &task) {
    switch (action) {
    case TaskAction::Complete:
        return isPlain(task);
    case TaskAction::Approve:
    case TaskAction::Reject:
        return isApproval(task);
    case TaskAction::Acknowledge:
        return isExpiring(task);
    case TaskAction::Reopen:
        return true;
    }
    return false;
}

} // namespace

std::optional<TaskActionPlan> TaskActionPlan::make(TaskAction action, const Task &task,
                                                   QString *whyNot) {
    const auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (task.id.isEmpty())
        return refuse(QCoreApplication::translate("TaskActionPlan", "The task has no ID."));
    if (!fitsType(action, task))
        return refuse(QCoreApplication::translate(
            "TaskActionPlan", "This action does not apply to a task of this type."));
    if (task.isArchived())
        return refuse(QCoreApplication::translate("TaskActionPlan", "The task is archived."));
    const bool completed = task.isCompleted();
    if (action == TaskAction::Reopen && !completed)
        return refuse(QCoreApplication::translate(
            "TaskActionPlan", "The task is not completed, so there is nothing to reopen."));
    if (action != TaskAction::Reopen && completed)
        return refuse(
            QCoreApplication::translate("TaskActionPlan", "The task is already completed."));
    if (action != TaskAction::Reopen && task.status == "auto-skipped"_L1)
        return refuse(QCoreApplication::translate(
            "TaskActionPlan", "The task was skipped by a rule of its process."));

    TaskActionPlan plan;
    plan.action = action;
    plan.taskId = task.id;
    plan.runId = task.runId;
    if (!task.runId.isEmpty())
        plan.pathSegments = {u"runs"_s, task.runId};
    plan.pathSegments.append(u"completed-tasks"_s);
    if (action == TaskAction::Reopen) {
        plan.method = Method::Delete;
        plan.pathSegments.append(task.id);
        return plan;
    }
    plan.method = Method::Post;
    plan.body.insert(u"task_id"_s, task.id);
    if (action == TaskAction::Approve || action == TaskAction::Reject)
        plan.body.insert(u"is_approved"_s, action == TaskAction::Approve);
    // Expiring tasks: the server stores anything but false as acknowledged, so nothing is sent.
    return plan;
}

QList<TaskAction> TaskActionPlan::available(const Task &task) {
    QList<TaskAction> actions;
    for (const TaskAction action : {TaskAction::Complete, TaskAction::Approve, TaskAction::Reject,
                                    TaskAction::Acknowledge, TaskAction::Reopen}) {
        if (make(action, task))
            actions.append(action);
    }
    return actions;
}

bool TaskActionPlan::tookEffect(TaskAction action, const Task &task) {
    switch (action) {
    case TaskAction::Complete:
    case TaskAction::Acknowledge:
        return task.isCompleted();
    case TaskAction::Approve:
        return task.isCompleted() && task.isApproved.value_or(false);
    case TaskAction::Reject:
        return task.isCompleted() && !task.isApproved.value_or(true);
    case TaskAction::Reopen:
        return !task.isCompleted();
    }
    return false;
}

QString TaskActionPlan::notAssignedReason(const Task &task, qint64 userId,
                                          const QList<Group> &groups) {
    if (!task.canCompleteOnlyAssignees || userId <= 0)
        return {};
    const auto &users = task.owners.users;
    if (std::any_of(users.cbegin(), users.cend(),
                    [userId](const TaskOwners::User &user) { return user.id == userId; }))
        return {};
    for (const TaskOwners::Group &assigned : task.owners.groups) {
        for (const Group &group : groups) {
            if (group.id == assigned.id && group.memberIds.contains(userId))
                return {};
        }
    }
    return QCoreApplication::translate("TaskActionPlan",
                                       "Only the task's assignees can complete it, and you are "
                                       "not one of them.");
}

QString TaskActionPlan::label(TaskAction action) {
    switch (action) {
    case TaskAction::Complete:
        return QCoreApplication::translate("TaskActionPlan", "Complete");
    case TaskAction::Approve:
        return QCoreApplication::translate("TaskActionPlan", "Approve");
    case TaskAction::Reject:
        return QCoreApplication::translate("TaskActionPlan", "Reject");
    case TaskAction::Acknowledge:
        return QCoreApplication::translate("TaskActionPlan", "Acknowledge");
    case TaskAction::Reopen:
        return QCoreApplication::translate("TaskActionPlan", "Reopen");
    }
    return {};
}
