#pragma once

#include "core/api/ApiFacade.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/Task.h"
#include "core/domain/TaskActionPlan.h"
#include "core/domain/Thread.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

class ApiClient;

/// The writes on an existing task (tallyfy-api-notes.md 6.5, 6.6) over an ApiClient: the
/// completion family and reopen, made from a TaskActionPlan, and comments, problems and
/// resolutions. Each call sends its request once: as every write, it is retried only after a
/// 429 (refused before processing), never after a timeout, a cut connection or a 5xx, since the
/// API has no idempotency key. Finding out whether a write that timed out took effect is the
/// caller's job (re-read the task); this class never does it behind the caller's back.
///
/// Errors carry ApiError::Action::TaskWrite. The callback contract is ApiClient::send()'s:
/// exactly once, on the context's thread, never after the context is destroyed.
class TaskActionsApi final : public ApiFacade {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskActionsApi)

public:
    using TaskCallback = std::function<void(Result<Task>)>;
    using ThreadCallback = std::function<void(Result<Thread>)>;

    /// `client` is not owned and must outlive this object.
    explicit TaskActionsApi(ApiClient *client, QObject *parent = nullptr);
    ~TaskActionsApi() override;

    /// Sends `plan` (POST or DELETE .../completed-tasks); the task as the server returns it.
    CallHandle perform(const TaskActionPlan &plan, QObject *context, TaskCallback callback);
    /// POST tasks/{task}/comment with `text` as comment HTML (CommentText).
    CallHandle comment(const QString &taskId, const QString &text, QObject *context,
                       ThreadCallback callback);
    /// POST tasks/{task}/problem with `text` as HTML.
    CallHandle reportProblem(const QString &taskId, const QString &text, QObject *context,
                             ThreadCallback callback);
    /// POST tasks/{task}/resolved-threads for the problem thread `problemThreadId`.
    CallHandle resolveProblem(const QString &taskId, const QString &problemThreadId,
                              const QString &text, QObject *context, ThreadCallback callback);

private:
    /// Sends `method` to /organizations/{org}/`path` with `body` (none when empty and the
    /// method is DELETE), once, and reads a T from the 2xx.
    template<typename T>
    CallHandle write(bool remove, const QStringList &path, const QJsonObject &body,
                     QObject *context, std::function<void(Result<T>)> callback);
};
