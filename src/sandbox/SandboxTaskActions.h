#pragma once

#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxStore.h"

#include <QByteArray>
#include <QString>

/// The writes on an existing task (tallyfy-api-notes.md 6.5, 6.6), as the real server answers
/// them:
///
/// - complete (also approve, reject, acknowledge) and reopen on the run-scoped route
///   (`runs/{run}/completed-tasks`) or the org-level one (`completed-tasks`). The org-level route
///   looks the task up as one without a run, so it answers 404 for any task with a `run_id`;
///   the run route answers 404 for a task of another run.
/// - `is_approved`: required (true/false) for approvals; for expiring tasks anything but
///   `false` acknowledges and `false` expires; ignored for task and email.
/// - A repeat completion is not an error: 200, state unchanged, and the completion event is
///   raised again (recorded in the store's event log so tests can prove a client never does it).
/// - A task with `can_complete_only_assignees` answers 403 to a completion by anyone who is not
///   assigned, directly or through a group.
/// - For a task whose seed sets `_completion_checks_required_fields`, completion answers 422
///   with `taskdata.<id>` errors while a required form field is unanswered (answers are PUT
///   first; a completion carries none).
/// - comments, problems and resolving a problem under `tasks/{task}`.
class SandboxTaskActions final {
public:
    explicit SandboxTaskActions(SandboxStore &store);

    /// POST .../completed-tasks; `runId` empty for the org-level route.
    SandboxResponse complete(const QString &runId, const QByteArray &body);
    /// DELETE .../completed-tasks/{task}; `runId` empty for the org-level route.
    SandboxResponse reopen(const QString &runId, const QString &taskId);
    /// POST tasks/{task}/comment: {content, label?, state?}.
    SandboxResponse comment(const QString &taskId, const QByteArray &body);
    /// POST tasks/{task}/problem: {content}.
    SandboxResponse reportProblem(const QString &taskId, const QByteArray &body);
    /// POST tasks/{task}/resolved-threads: {thread_id, content}.
    SandboxResponse resolveProblem(const QString &taskId, const QByteArray &body);

private:
    /// 200 with the task as the completion routes return it (summary included).
    SandboxResponse answer(const SandboxStore::Task &task) const;
    /// Whether the token's user is among the task's assigned members, directly or through a
    /// group (the rule of `can_complete_only_assignees`).
    bool isAssignee(const SandboxStore::Task &task) const;
    /// A new thread by the current user, as the comment routes store and return it.
    QJsonObject newThread(const QString &content, const QString &label, const QString &state) const;

    SandboxStore &m_store;
};
