#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonArray>
#include <QList>
#include <QUrl>

#include <functional>

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
        Task, // GET, or PUT organizations/{org}/tasks/{task} (update)
        Runs,
        Run,
        RunTasks,
        RunTask, // GET, or PUT organizations/{org}/runs/{run}/tasks/{task} (update)
        UserTasks,
        Users,
        UsersList,
        Groups,
        Guests,
        Guest,
        Tags,
        CompletedTasks,     // POST organizations/{org}[/runs/{run}]/completed-tasks
        CompletedTask,      // DELETE organizations/{org}[/runs/{run}]/completed-tasks/{task}
        TaskComment,        // POST organizations/{org}/tasks/{task}/comment
        TaskProblem,        // POST organizations/{org}/tasks/{task}/problem
        TaskResolvedThread, // POST organizations/{org}/tasks/{task}/resolved-threads
        Search              // GET organizations/{org}/search?search=&on=task
    };
    enum class Links { Fractal, NextPrevious, NextPrev, Null, Absent };
    struct Context {
        const SandboxRequest &request;
        const QUrl &origin;
    };

    SandboxResponse dispatch(Endpoint endpoint, const QStringList &segments, const Context &c);
    SandboxResponse page(const QList<QJsonObject> &items, const Context &c, int defaultPerPage,
                         Links links, bool allowUnpaged) const;
    /// page() over `total` items made on demand by `itemAt`: only the page's are made.
    SandboxResponse page(qsizetype total, const std::function<QJsonObject(qsizetype)> &itemAt,
                         const Context &c, int defaultPerPage, Links links,
                         bool allowUnpaged) const;
    /// A task list: a run's (`runId`), the current user's (`mine`), a member's (`member`, 0 for
    /// none) or the organization's.
    SandboxResponse taskList(const Context &c, const QString &runId, bool mine,
                             qint64 member = 0) const;
    SandboxResponse singleTask(const Context &c, const QString &runId, const QString &taskId) const;
    /// Task indexes in the store that a task list's filters select, in its sort order; kept
    /// until the store or the question changes, so that paging through 100,000 tasks filters
    /// and sorts them once.
    const QList<qsizetype> &taskListMatches(const Context &c, const QString &runId, bool mine,
                                            qint64 member, const QString &status) const;
    /// GET search?search=&on=task (section 6.7): task hits by title.
    SandboxResponse search(const Context &c) const;
    SandboxResponse runList(const Context &c) const;
    SandboxResponse userList(const Context &c, bool light) const;
    SandboxResponse groupList(const Context &c) const;
    SandboxResponse guestList(const Context &c) const;
    SandboxResponse tagList(const Context &c) const;

    SandboxStore &m_store;
    struct ListCache {
        QString key;
        quint64 version = 0;
        qint64 minute = 0; // overdue and due-soon depend on the time
        QList<qsizetype> matches;
    };
    mutable ListCache m_listCache;
};
