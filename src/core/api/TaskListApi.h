#pragma once

#include "core/api/ApiFacade.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/TaskListPage.h"
#include "core/domain/TaskListQuery.h"

#include <functional>

class ApiClient;

/// The task lists (tallyfy-api-notes.md 6.3) over an ApiClient: one page of a TaskListQuery
/// per call, 100 rows a page. A GET, so retried on 429, 502-504 and transport errors like every
/// read. The callback contract is ApiClient::send()'s: exactly once, on the context's thread,
/// never after the context is destroyed; CallHandle::cancel() delivers Kind::Cancelled.
class TaskListApi final : public ApiFacade {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListApi)

public:
    using PageCallback = std::function<void(Result<TaskListPage>)>;

    /// Rows per page: the server's maximum.
    static constexpr int PerPage = 100;
    /// Pages larger than this (a few rows and up) are parsed off the calling thread.
    static constexpr qsizetype ListParseThreshold = 16 * 1024;

    /// `client` is not owned and must outlive this object.
    explicit TaskListApi(ApiClient *client, QObject *parent = nullptr);
    ~TaskListApi() override;

    /// Page `pageNumber` (from 1) of `query`.
    CallHandle page(const TaskListQuery &query, int pageNumber, QObject *context,
                    PageCallback callback);
};
