#include "core/domain/TaskListItem.h"

#include "core/domain/Json.h"
#include "core/domain/TaskOwners.h"

using namespace Qt::StringLiterals;

bool TaskListItem::isCompleted() const {
    return status == "completed"_L1;
}

bool TaskListItem::isOverdue(const QDateTime &now) const {
    const bool open =
        status == "not-started"_L1 || status == "in-progress"_L1 || status == "active"_L1;
    return open && deadline.isValid() && deadline < now;
}

std::optional<TaskListItem> TaskListItem::fromJson(const QJsonObject &object) {
    const QString id = Json::toIdString(object.value("id"_L1));
    if (!Json::isHexId(id))
        return std::nullopt;
    TaskListItem item;
    item.id = id;
    item.runId = Json::toIdString(object.value("run_id"_L1));
    item.title = Json::toText(object.value("title"_L1));
    item.status = Json::toText(object.value("status"_L1));
    item.taskType = Json::toText(object.value("task_type"_L1));
    item.deadline = Json::parseDateTime(object.value("deadline"_L1));
    const TaskOwners owners = TaskOwners::fromJson(object.value("owners"_L1));
    item.userIds = owners.userIds();
    item.groupIds = owners.groupIds();
    item.guestEmails = owners.guests;
    const QJsonObject run = Json::toObject(Json::unwrap(object.value("run"_L1)));
    item.processName = Json::toText(run.value("name"_L1));
    item.oneOff = Json::toBool(object.value("is_oneoff_task"_L1)).value_or(item.runId.isEmpty());
    // The flag's name is unsettled (tallyfy-api-notes.md 2.1): either one set means a problem.
    const std::optional<bool> hasIssues = Json::toBool(object.value("has_issues"_L1));
    const std::optional<bool> problem = Json::toBool(object.value("problem"_L1));
    item.hasProblem = hasIssues.value_or(false) || problem.value_or(false);
    item.problemKnown = hasIssues.has_value() || problem.has_value();
    return item;
}
