#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonArray>
#include <QList>
#include <QUrl>

class SandboxStore;

/// Answers one API request as Tallyfy would: edge check, route, authentication, organization,
/// then the endpoint itself (sections 1-4 and 6.1-6.6 of tallyfy-api-notes.md).
class SandboxRouter final {
public:
    explicit SandboxRouter(SandboxStore &store);

    /// origin is the scheme, host and port the request arrived on; list links point there.
    SandboxResponse route(const SandboxRequest &request, const QUrl &origin);

private:
    enum class Endpoint {
        Me,
        MyOrganizations,
        Organization,
        OrganizationMe,
        MyTasks,
        Tasks,
        Task,
        Runs,
        Run,
        RunTasks,
        RunTask,
        UserTasks,
        Users,
        UsersList,
        Groups,
        Guests,
        Guest,
        Tags,
        CompletedTasks,    // POST organizations/{org}[/runs/{run}]/completed-tasks
        CompletedTask,     // DELETE organizations/{org}[/runs/{run}]/completed-tasks/{task}
        TaskComment,       // POST organizations/{org}/tasks/{task}/comment
        TaskProblem,       // POST organizations/{org}/tasks/{task}/problem
        TaskResolvedThread // POST organizations/{org}/tasks/{task}/resolved-threads
    };
    enum class Links { Fractal, NextPrevious, NextPrev, Null, Absent };
    struct Context {
        const SandboxRequest &request;
        const QUrl &origin;
    };

    SandboxResponse dispatch(Endpoint endpoint, const QStringList &segments, const Context &c);
    SandboxResponse page(const QList<QJsonObject> &items, const Context &c, int defaultPerPage,
                         Links links, bool allowUnpaged) const;
    /// A task list: a run's (`runId`), the current user's (`mine`), a member's (`member`, 0 for
    /// none) or the organization's.
    SandboxResponse taskList(const Context &c, const QString &runId, bool mine,
                             qint64 member = 0) const;
    SandboxResponse singleTask(const Context &c, const QString &runId, const QString &taskId) const;
    SandboxResponse runList(const Context &c) const;
    SandboxResponse userList(const Context &c, bool light) const;
    SandboxResponse groupList(const Context &c) const;
    SandboxResponse guestList(const Context &c) const;
    SandboxResponse tagList(const Context &c) const;

    SandboxStore &m_store;
};
