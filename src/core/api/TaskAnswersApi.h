#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiFacade.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/Task.h"
#include "core/domain/TaskAnswersUpdate.h"

#include <QStringList>

#include <functional>
#include <optional>

/// What a save of form answers gave back: the task as the server returned it and, when the
/// server dropped some of the sent answers without a word (tallyfy-api-notes.md 8, 10), an
/// error naming them that the caller shows like a 422.
struct TaskAnswersSaved final {
    Task task;
    /// Field IDs that were sent but are missing from the saved task.
    QStringList droppedFieldIds;
    /// Set when droppedFieldIds is not empty: kind Validation, the 2xx status, and one field error
    /// per dropped field under `taskdata.<id>`.
    std::optional<ApiError> dropped;
};

/// Saves form answers with the task PUT that TaskAnswersUpdate builds (the one-off route or the
/// run route, chosen by run_id). Like every write it is sent once: ApiClient repeats it only
/// after a 429, never after a timeout, a cut connection or a 5xx, because the server may have
/// stored it already; the caller re-reads the task to find out. An update whose validate(Save)
/// has errors is not sent: the callback gets ApiError::invalidInput() keyed `taskdata.<id>`
/// (or `title`, `deadline`), the same keys as the server's 422.
///
/// Errors carry ApiError::Action::TaskWrite. The callback contract is ApiClient::send()'s:
/// exactly once, on the context's thread, never after the context is destroyed.
class TaskAnswersApi final : public ApiFacade {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskAnswersApi)

public:
    using Callback = std::function<void(Result<TaskAnswersSaved>)>;

    /// `client` is not owned and must outlive this object.
    explicit TaskAnswersApi(ApiClient *client, QObject *parent = nullptr);
    ~TaskAnswersApi() override;

    CallHandle save(const TaskAnswersUpdate &update, QObject *context, Callback callback);
};
