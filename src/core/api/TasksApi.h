#pragma once

#include "core/api/ApiFacade.h"
#include "core/api/ApiRequest.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/Task.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

class ApiClient;

/// The task endpoints Taskdesk uses (tallyfy-api-notes.md 2, 3, 5, 6.3), over an ApiClient: build
/// the request, send it, turn the 2xx body into domain values. A 2xx whose body is not the JSON
/// expected becomes ApiError::Kind::InvalidResponse. Bodies above the parse threshold are parsed
/// on the thread pool; results always arrive on the context's thread.
///
/// Every call is one ApiOperation: it returns a CallHandle on it and calls its callback exactly
/// once, unless the context is destroyed first (then never) — the same contract as
/// ApiClient::send(). The organization is the client's ApiConfig::orgId at the time of the
/// call. Errors of getTask() and createOneOffTask() carry their ApiError::Action, so that their
/// texts speak of a lookup or a create.
class TasksApi final : public ApiFacade {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksApi)

public:
    using TaskCallback = std::function<void(Result<Task>)>;
    using TaskListCallback = std::function<void(Result<QList<Task>>)>;

    /// Page size for run task lists (the server's maximum).
    static constexpr int PerPage = 100;
    /// Page size of the "was it created?" search.
    static constexpr int RecentPerPage = 20;

    /// `client` is not owned and must outlive this object.
    explicit TasksApi(ApiClient *client, QObject *parent = nullptr);
    ~TasksApi() override;

    /// GET /organizations/{org}/tasks/{taskId} (or /runs/{runId}/tasks/{taskId} when `runId`
    /// is not empty), with `with=<includes joined by commas>` when `includes` is not empty.
    /// After a 404 that does not say what is missing (ApiError::isUnclearNotFound()), GET
    /// /organizations/{org} tells a missing task (NotFound) from a wrong server address
    /// (NotFound with organizationCheckFailed).
    CallHandle getTask(const QString &taskId, const QStringList &includes, const QString &runId,
                       QObject *context, TaskCallback callback);

    /// POST /organizations/{org}/tasks with draft.toRequestJson(). Sent at most once (a 429
    /// aside): after a timeout or a dropped connection, use findRecentOneOffTasks() to see
    /// whether the task exists before sending again. A draft whose validate() reports errors
    /// is not sent: the callback gets Kind::Validation with those errors as fieldErrors
    /// (httpStatus 0).
    CallHandle createOneOffTask(const OneOffTaskDraft &draft, QObject *context,
                                TaskCallback callback);

    /// Every task of a run: GET /organizations/{org}/runs/{runId}/tasks?per_page=100&page=N
    /// (plus `with=`), following pages until PageMeta's stop rule. For the fan-out of
    /// `separate_task_for_each_assignee` (tallyfy-api-notes.md 3.4).
    CallHandle listRunTasks(const QString &runId, const QStringList &includes, QObject *context,
                            TaskListCallback callback);

    /// The "was it created?" check after a create timed out (tallyfy-api-notes.md 5):
    /// GET /organizations/{org}/tasks?q=<title>&is_oneoff=true&created=<date[:today]>
    /// &sort=newest&per_page=20, keeping tasks whose trimmed title equals `title` (trimmed)
    /// and, when `starterId` > 0, whose starter_id equals it. Dates are UTC days; `createdSince`
    /// invalid means today.
    CallHandle findRecentOneOffTasks(const QString &title, const QDateTime &createdSince,
                                     qint64 starterId, QObject *context, TaskListCallback callback);

    /// The exact request getTask() sends (for "Copy as cURL"). `orgId` empty: the client's.
    [[nodiscard]] ApiRequest getTaskRequest(const QString &taskId, const QStringList &includes,
                                            const QString &runId, const QString &orgId = {}) const;
    /// getTaskRequest() as a curl command for "Copy as cURL", with the token written as
    /// `$TALLYFY_API_TOKEN` (ApiClient::redactedCurl()).
    [[nodiscard]] QString getTaskCurl(const QString &taskId, const QStringList &includes,
                                      const QString &runId) const;
    /// The exact request createOneOffTask() sends for `draft`.
    [[nodiscard]] ApiRequest createOneOffTaskRequest(const OneOffTaskDraft &draft,
                                                     const QString &orgId = {}) const;

    /// per_page of listRunTasks() (default and maximum PerPage).
    void setPageSize(int perPage) { m_pageSize = std::clamp(perPage, 1, int(PerPage)); }

private:
    int m_pageSize = PerPage;
};
