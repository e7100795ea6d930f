#include "core/domain/Task.h"

#include "core/domain/Json.h"
#include "core/domain/TaskIncludes.h"
#include "core/domain/TaskStatus.h"
#include "core/domain/TaskType.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> toOptionalInt(const QJsonValue &value) {
    if (const auto parsed = Json::toInt(value))
        return static_cast<int>(std::clamp<qint64>(*parsed, INT_MIN, INT_MAX));
    return std::nullopt;
}

} // namespace

const QStringList &Task::documentedFieldKeys() {
    static const QStringList keys{
        u"id"_s,
        u"increment_id"_s,
        u"title"_s,
        u"original_title"_s,
        u"summary"_s,
        u"description"_s,
        u"original_summary"_s,
        u"run_id"_s,
        u"checklist_id"_s,
        u"step_id"_s,
        u"linked_step_id"_s,
        u"alias"_s,
        u"status"_s,
        u"status_label"_s,
        u"task_type"_s,
        u"is_oneoff_task"_s,
        u"is_completable"_s,
        u"is_approved"_s,
        u"owners"_s,
        u"position"_s,
        u"started_at"_s,
        u"deadline"_s,
        u"created_at"_s,
        u"last_updated"_s,
        u"completed_at"_s,
        u"archived_at"_s,
        u"deleted_at"_s,
        u"starter_id"_s,
        u"completer_id"_s,
        u"completer_guest_id"_s,
        u"completer_guest"_s,
        u"everyone_must_complete"_s,
        u"can_complete_only_assignees"_s,
        u"max_assignable"_s,
        u"webhook"_s,
        u"top_secret"_s,
        u"prevent_guest_comment"_s,
        u"problem"_s,
        u"allow_guest_owners"_s,
        u"is_soft_start_date"_s,
        u"has_deadline_dependent_child_tasks"_s,
        u"completion_progress"_s,
        u"stage_id"_s,
        u"blueprint_position"_s,
        u"run_status"_s,
        u"send_chromeless"_s,
        u"taskdata"_s,
        u"tasks_changed_by_rules"_s,
    };
    return keys;
}

QStringList Task::unmodelledIncludeKeys() const {
    QStringList keys;
    for (const QString &key : TaskIncludes::keys()) {
        const QJsonValue value = raw.value(key);
        if (value.isUndefined() || Json::unwrap(value).isNull())
            continue;
        // A modelled include that could not be read is shown generically rather than lost.
        bool modelled = false;
        if (key == "run"_L1)
            modelled = run.has_value();
        else if (key == "form_fields"_L1)
            modelled = formFieldsIncluded;
        else if (key == "tags"_L1)
            modelled = tagsIncluded;
        else if (key == "threads"_L1)
            modelled = threadsIncluded;
        if (!modelled)
            keys.append(key);
    }
    return keys;
}

QStringList Task::otherFieldKeys() const {
    QStringList keys;
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        if (!documentedFieldKeys().contains(it.key()) && !TaskIncludes::keys().contains(it.key()))
            keys.append(it.key());
    }
    keys.sort();
    return keys;
}

QJsonValue Task::includeValue(const QString &key) const {
    return Json::unwrap(raw.value(key));
}

bool Task::isCompleted() const {
    return status == "completed"_L1;
}

QString Task::statusDisplayText() const {
    return TaskStatus::displayText(status, statusLabel, taskType, isApproved);
}

QString Task::typeDisplayText() const {
    return TaskType::displayName(taskType);
}

std::optional<Task> Task::fromJson(const QJsonObject &obj, QString *error) {
    Task task;
    task.id = Json::toIdString(obj.value("id"_L1));
    if (task.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Task", "The response does not contain a task "
                                                         "(it has no ID).");
        return std::nullopt;
    }
    task.incrementId = Json::toInt(obj.value("increment_id"_L1));
    task.title = Json::toText(obj.value("title"_L1));
    task.originalTitle = Json::toText(obj.value("original_title"_L1));
    task.summary = Json::toText(obj.value("summary"_L1));
    if (task.summary.isEmpty())
        task.summary = Json::toText(obj.value("description"_L1));
    task.originalSummary = Json::toText(obj.value("original_summary"_L1));
    task.runId = Json::toIdString(obj.value("run_id"_L1));
    task.checklistId = Json::toIdString(obj.value("checklist_id"_L1));
    task.stepId = Json::toIdString(obj.value("step_id"_L1));
    task.linkedStepId = Json::toIdString(obj.value("linked_step_id"_L1));
    task.alias = Json::toText(obj.value("alias"_L1));
    task.status = Json::toText(obj.value("status"_L1));
    task.statusLabel = Json::toText(obj.value("status_label"_L1));
    task.taskType = Json::toText(obj.value("task_type"_L1));
    task.isOneoff = Json::toBool(obj.value("is_oneoff_task"_L1)).value_or(false);
    task.isCompletable = Json::toBool(obj.value("is_completable"_L1)).value_or(false);
    task.isApproved = Json::toBool(obj.value("is_approved"_L1));
    task.owners = TaskOwners::fromJson(obj.value("owners"_L1));
    task.position = toOptionalInt(obj.value("position"_L1));
    task.startedAt = Json::parseDateTime(obj.value("started_at"_L1));
    task.deadline = Json::parseDateTime(obj.value("deadline"_L1));
    task.createdAt = Json::parseDateTime(obj.value("created_at"_L1));
    task.lastUpdated = Json::parseDateTime(obj.value("last_updated"_L1));
    task.completedAt = Json::parseDateTime(obj.value("completed_at"_L1));
    task.archivedAt = Json::parseDateTime(obj.value("archived_at"_L1));
    if (!task.archivedAt.isValid())
        task.archivedAt = Json::parseDateTime(obj.value("deleted_at"_L1));
    task.starterId = Json::toInt(obj.value("starter_id"_L1));
    task.completerId = Json::toInt(obj.value("completer_id"_L1));
    task.completerGuestId = Json::toIdString(obj.value("completer_guest_id"_L1));
    task.completerGuest = obj.value("completer_guest"_L1);
    task.everyoneMustComplete =
        Json::toBool(obj.value("everyone_must_complete"_L1)).value_or(false);
    task.canCompleteOnlyAssignees =
        Json::toBool(obj.value("can_complete_only_assignees"_L1)).value_or(false);
    task.maxAssignable = toOptionalInt(obj.value("max_assignable"_L1));
    task.webhook = Json::toText(obj.value("webhook"_L1));
    task.topSecret = Json::toBool(obj.value("top_secret"_L1)).value_or(false);
    task.preventGuestComment = Json::toBool(obj.value("prevent_guest_comment"_L1)).value_or(false);
    task.problem = Json::toBool(obj.value("problem"_L1)).value_or(false);
    task.allowGuestOwners = Json::toBool(obj.value("allow_guest_owners"_L1)).value_or(false);
    task.isSoftStartDate = Json::toBool(obj.value("is_soft_start_date"_L1)).value_or(false);
    task.hasDeadlineDependentChildTasks =
        Json::toBool(obj.value("has_deadline_dependent_child_tasks"_L1)).value_or(false);
    const QJsonValue progress = obj.value("completion_progress"_L1);
    if (progress.isDouble())
        task.completionProgress = progress.toDouble();
    else if (progress.isString()) {
        bool ok = false;
        const double parsed = progress.toString().trimmed().toDouble(&ok);
        if (ok)
            task.completionProgress = parsed;
    }
    task.stageId = Json::toIdString(obj.value("stage_id"_L1));
    task.blueprintPosition = toOptionalInt(obj.value("blueprint_position"_L1));
    task.runStatus = Json::toText(obj.value("run_status"_L1));
    task.taskdata = Json::toObject(obj.value("taskdata"_L1));
    task.tasksChangedByRules = Json::toObject(obj.value("tasks_changed_by_rules"_L1));

    const QJsonValue run = Json::unwrap(obj.value("run"_L1));
    if (run.isObject())
        task.run = Run::fromJson(run.toObject(), nullptr);

    const QJsonValue formFields = Json::unwrap(obj.value("form_fields"_L1));
    if (formFields.isArray()) {
        task.formFieldsIncluded = true;
        task.formFields = Json::parseList<FormField>(formFields);
    }
    const QJsonValue tags = Json::unwrap(obj.value("tags"_L1));
    if (tags.isArray()) {
        task.tagsIncluded = true;
        task.tags = Json::parseList<Tag>(tags);
    }
    const QJsonValue threads = Json::unwrap(obj.value("threads"_L1));
    if (threads.isArray()) {
        task.threadsIncluded = true;
        task.threads = Json::parseList<Thread>(threads);
    }

    task.raw = obj;
    return task;
}

std::optional<Task> Task::fromResponseBody(const QByteArray &body, QString *error) {
    const auto root = Json::parseObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue data = root->value("data"_L1);
    if (data.isObject())
        return fromJson(data.toObject(), error);
    if (data.isUndefined() && root->contains("id"_L1))
        return fromJson(*root, error);
    if (error)
        *error = QCoreApplication::translate("Task", "The response does not contain a task.");
    return std::nullopt;
}
