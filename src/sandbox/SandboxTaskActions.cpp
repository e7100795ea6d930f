#include "sandbox/SandboxTaskActions.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxTaskUpdate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

SandboxResponse notFound() {
    return SandboxResponse::recordNotFound();
}

// Laravel repeats the first field message as the summary.
SandboxResponse invalid(const QString &key, const QString &message) {
    return SandboxResponse::invalid(key, message, message);
}

SandboxResponse notAnObject() {
    return SandboxResponse::json(400,
                                 QJsonObject{{u"message"_s, u"The body is not valid JSON."_s}});
}

using SandboxJson::now;
using SandboxJson::object;

// The org-level route finds only tasks without a run; the run route only tasks of its run.
SandboxStore::Task *scoped(SandboxStore &store, const QString &runId, const QString &taskId) {
    SandboxStore::Task *task = store.mutableTask(taskId);
    if (!task)
        return nullptr;
    const QJsonValue taskRun = task->fields.value("run_id"_L1);
    if (runId.isEmpty())
        return taskRun.isString() && !taskRun.toString().isEmpty() ? nullptr : task;
    if (!store.run(runId) || taskRun.toString() != runId)
        return nullptr;
    return task;
}

// A request about one task: the task and the body's object, or the answer that refuses it (no
// such task before a body that is not an object).
struct TaskRequest {
    SandboxStore::Task *task = nullptr;
    QJsonObject body;
    std::optional<SandboxResponse> refusal;
};

TaskRequest taskRequest(SandboxStore &store, const QString &taskId, const QByteArray &body) {
    TaskRequest request;
    request.task = store.mutableTask(taskId);
    if (!request.task) {
        request.refusal = notFound();
        return request;
    }
    const auto parsed = object(body);
    if (parsed)
        request.body = *parsed;
    else
        request.refusal = notAnObject();
    return request;
}

QJsonArray threadsOf(const SandboxStore::Task &task) {
    return task.relations.value("threads"_L1).toArray();
}

bool hasOpenProblem(const QJsonArray &threads) {
    for (const QJsonValue thread : threads) {
        const QJsonObject t = thread.toObject();
        // Open while it has no resolve_id (a missing key counts as none).
        if (t.value("label"_L1).toString() == "problem"_L1 && !t.value("resolve_id"_L1).isString())
            return true;
    }
    return false;
}

} // namespace

QJsonObject SandboxTaskActions::newThread(const QString &content, const QString &label,
                                          const QString &state) const {
    return QJsonObject{{u"id"_s, m_store.newId()},
                       {u"content"_s, content},
                       {u"label"_s, label},
                       {u"state"_s, state},
                       {u"author_id"_s, m_store.currentUserId()},
                       {u"resolve_id"_s, QJsonValue::Null},
                       {u"created_at"_s, now()}};
}

bool SandboxTaskActions::isAssignee(const SandboxStore::Task &task) const {
    const qint64 me = m_store.currentUserId();
    const QJsonObject owners = task.fields.value("owners"_L1).toObject();
    for (const QJsonValue user : owners.value("users"_L1).toArray()) {
        if (user.toInteger() == me)
            return true;
    }
    for (const QJsonValue groupId : owners.value("groups"_L1).toArray()) {
        const QJsonObject *group = m_store.group(groupId.toString());
        if (!group)
            continue;
        for (const QJsonValue member : group->value("members"_L1).toArray()) {
            if (member.toInteger() == me)
                return true;
        }
    }
    return false;
}

SandboxTaskActions::SandboxTaskActions(SandboxStore &store)
    : m_store(store) {}

SandboxResponse SandboxTaskActions::complete(const QString &runId, const QByteArray &body) {
    const auto request = object(body);
    if (!request)
        return notAnObject();
    const QString taskId = request->value("task_id"_L1).toString();
    if (taskId.isEmpty())
        return invalid(u"task_id"_s, u"The task id field is required."_s);
    SandboxStore::Task *task = scoped(m_store, runId, taskId);
    if (!task)
        return notFound();
    QJsonObject &f = task->fields;
    const QString type = f.value("task_type"_L1).toString();
    const QJsonValue approved = request->value("is_approved"_L1);
    if (type == "approval"_L1 && !approved.isBool())
        return invalid(u"is_approved"_s, u"The is approved field is required."_s);
    if (f.value("can_complete_only_assignees"_L1).toBool() && !isAssignee(*task)) {
        return SandboxResponse::json(
            403,
            QJsonObject{{u"message"_s, u"Only the assignees of this task can complete it."_s}});
    }

    // Completion carries no answers; the ones stored must cover every required field.
    if (task->completionChecksRequiredFields && f.value("status"_L1).toString() != "completed"_L1) {
        const QJsonObject missing = SandboxTaskUpdate::unansweredRequired(*task);
        if (!missing.isEmpty()) {
            return SandboxResponse::json(
                422, QJsonObject{{u"message"_s, missing.begin().value().toArray().first()},
                                 {u"errors"_s, missing}});
        }
    }
    if (f.value("status"_L1).toString() != "completed"_L1) {
        f.insert(u"status"_s, u"completed"_s);
        f.insert(u"status_label"_s, u"Completed"_s);
        f.insert(u"is_completable"_s, false);
        f.insert(u"completed_at"_s, now());
        f.insert(u"completer_id"_s, request->contains("override_user"_L1)
                                        ? request->value("override_user"_L1)
                                        : QJsonValue(m_store.currentUserId()));
        if (type == "approval"_L1)
            f.insert(u"is_approved"_s, approved.toBool());
        else if (type == "expiring"_L1 || type == "expiring_email"_L1)
            f.insert(u"is_approved"_s, !(approved.isBool() && !approved.toBool()));
        f.insert(u"last_updated"_s, now());
    }
    // Raised again on a repeat: webhooks, emails and the activity entry fire a second time.
    m_store.recordEvent(u"task.completed"_s, taskId);
    return answer(*task);
}

SandboxResponse SandboxTaskActions::answer(const SandboxStore::Task &task) const {
    return SandboxResponse::json(
        200, QJsonObject{{u"data"_s, m_store.presentTask(task, {u"summary"_s},
                                                         SandboxStore::OwnersShape::Ids, true)}});
}

SandboxResponse SandboxTaskActions::reopen(const QString &runId, const QString &taskId) {
    SandboxStore::Task *task = scoped(m_store, runId, taskId);
    if (!task)
        return notFound();
    QJsonObject &f = task->fields;
    f.insert(u"status"_s, u"in-progress"_s);
    f.insert(u"status_label"_s, u"In progress"_s);
    f.insert(u"is_completable"_s, true);
    for (const auto key :
         {"completed_at"_L1, "completer_id"_L1, "completer_guest_id"_L1, "is_approved"_L1})
        f.insert(key, QJsonValue::Null);
    f.insert(u"last_updated"_s, now());
    m_store.recordEvent(u"task.reopened"_s, taskId);
    return answer(*task);
}

SandboxResponse SandboxTaskActions::comment(const QString &taskId, const QByteArray &body) {
    const auto [task, request, refusal] = taskRequest(m_store, taskId, body);
    if (refusal)
        return *refusal;
    const QString content = request.value("content"_L1).toString();
    if (content.trimmed().isEmpty())
        return invalid(u"content"_s, u"The content field is required."_s);
    const QString label = request.value("label"_L1).toString(u"comment"_s);
    static const QStringList labels{u"comment"_s, u"problem"_s, u"resolve"_s, u"improvement"_s,
                                    u"advice"_s};
    if (!labels.contains(label))
        return invalid(u"label"_s, u"The selected label is invalid."_s);
    const QString state = request.value("state"_L1).toString(u"open"_s);
    static const QStringList states{u"open"_s, u"hide-for-guests"_s, u"collapsed"_s};
    if (!states.contains(state))
        return invalid(u"state"_s, u"The selected state is invalid."_s);

    const QJsonObject thread = newThread(content, label, state);
    QJsonArray threads = threadsOf(*task);
    threads.append(thread);
    task->relations.insert(u"threads"_s, threads);
    if (label == "problem"_L1) {
        task->fields.insert(u"problem"_s, true);
        task->fields.insert(u"has_issues"_s, true);
    }
    return SandboxResponse::json(201, QJsonObject{{u"data"_s, thread}});
}

SandboxResponse SandboxTaskActions::reportProblem(const QString &taskId, const QByteArray &body) {
    const auto request = object(body);
    if (!request)
        return notAnObject();
    QJsonObject problem{{u"content"_s, request->value("content"_L1)}, {u"label"_s, u"problem"_s}};
    return comment(taskId, QJsonDocument(problem).toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxTaskActions::resolveProblem(const QString &taskId, const QByteArray &body) {
    const auto [task, request, refusal] = taskRequest(m_store, taskId, body);
    if (refusal)
        return *refusal;
    const QString threadId = request.value("thread_id"_L1).toString();
    if (threadId.isEmpty())
        return invalid(u"thread_id"_s, u"The thread id field is required."_s);
    QJsonArray threads = threadsOf(*task);
    qsizetype index = -1;
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const QJsonObject t = threads.at(i).toObject();
        if (t.value("id"_L1).toString() == threadId &&
            t.value("label"_L1).toString() == "problem"_L1)
            index = i;
    }
    if (index < 0)
        return invalid(u"thread_id"_s, u"The selected thread id is invalid."_s);
    QJsonObject problem = threads.at(index).toObject();
    if (problem.value("resolve_id"_L1).isString())
        return invalid(u"thread_id"_s, u"The problem is already resolved."_s);

    const QJsonObject resolution =
        newThread(request.value("content"_L1).toString(), u"resolve"_s, u"open"_s);
    problem.insert(u"resolve_id"_s, resolution.value("id"_L1));
    threads.replace(index, problem);
    threads.append(resolution);
    task->relations.insert(u"threads"_s, threads);
    const bool open = hasOpenProblem(threads);
    task->fields.insert(u"problem"_s, open);
    task->fields.insert(u"has_issues"_s, open);
    return SandboxResponse::json(201, QJsonObject{{u"data"_s, resolution}});
}
