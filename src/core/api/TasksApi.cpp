#include "core/api/TasksApi.h"

#include "core/api/ApiClient.h"

using namespace Qt::StringLiterals;

TasksApi::TasksApi(ApiClient *client, QObject *parent)
    : ApiFacade(client, parent) {}

TasksApi::~TasksApi() = default;

ApiRequest TasksApi::getTaskRequest(const QString &taskId, const QStringList &includes,
                                    const QString &runId, const QString &orgId) const {
    const QString org = orgId.isEmpty() ? client()->config().orgId : orgId;
    ApiRequest request =
        runId.isEmpty()
            ? ApiRequest::get({u"organizations"_s, org, u"tasks"_s, taskId})
            : ApiRequest::get({u"organizations"_s, org, u"runs"_s, runId, u"tasks"_s, taskId});
    if (!includes.isEmpty())
        request.setQueryItem(u"with"_s, includes.join(u','));
    return request;
}

QString TasksApi::getTaskCurl(const QString &taskId, const QStringList &includes,
                              const QString &runId) const {
    return client()->redactedCurl(getTaskRequest(taskId, includes, runId));
}

ApiRequest TasksApi::createOneOffTaskRequest(const OneOffTaskDraft &draft,
                                             const QString &orgId) const {
    const QString org = orgId.isEmpty() ? client()->config().orgId : orgId;
    return ApiRequest::post({u"organizations"_s, org, u"tasks"_s}, draft.toRequestJson());
}

CallHandle TasksApi::getTask(const QString &taskId, const QStringList &includes,
                             const QString &runId, QObject *context, TaskCallback callback) {
    ApiOperation *operation = start<Task>(context, callback);
    operation->setAction(ApiError::Action::TaskLookup);
    const QString org = client()->config().orgId;
    if (!operation->requireOrganization(org))
        return CallHandle(operation);
    operation->exchange(
        getTaskRequest(taskId, includes, runId, org),
        [operation, org, callback](Result<ApiResponse> answer) {
            if (answer.ok()) {
                operation->readOne<Task>(answer.value().body, {}, [operation, callback](Task task) {
                    succeed(operation, callback, std::move(task));
                });
                return;
            }
            if (!answer.error().isUnclearNotFound()) {
                operation->fail(answer.error());
                return;
            }
            // An empty or foreign 404 comes from a wrong server address as well as from a
            // missing task: the organization tells them apart.
            operation->exchange(ApiRequest::get({u"organizations"_s, org}),
                                [operation, error = answer.error()](Result<ApiResponse> check) {
                                    ApiError notFound = error;
                                    notFound.kind = ApiError::Kind::NotFound;
                                    notFound.organizationCheckFailed = !check.ok();
                                    operation->fail(notFound);
                                });
        });
    return CallHandle(operation);
}

CallHandle TasksApi::createOneOffTask(const OneOffTaskDraft &draft, QObject *context,
                                      TaskCallback callback) {
    ApiOperation *operation = start<Task>(context, callback);
    operation->setAction(ApiError::Action::TaskCreate);
    const QString org = client()->config().orgId;
    if (!operation->requireOrganization(org))
        return CallHandle(operation);
    const ValidationResult validation = draft.validate(DraftContext{});
    if (validation.hasErrors()) {
        QMap<QString, QStringList> fieldErrors;
        for (const ValidationResult::Problem &problem : validation.errors())
            fieldErrors[problem.path].append(problem.message);
        operation->failLater(ApiError::invalidInput(fieldErrors));
        return CallHandle(operation);
    }
    operation->send(createOneOffTaskRequest(draft, org), [operation,
                                                          callback](const ApiResponse &response) {
        // The task probably exists: the server answered 2xx.
        operation->readOne<Task>(
            response.body, u"The task was probably created, but the answer could not be read: "_s,
            [operation, callback](Task task) { succeed(operation, callback, std::move(task)); });
    });
    return CallHandle(operation);
}

CallHandle TasksApi::listRunTasks(const QString &runId, const QStringList &includes,
                                  QObject *context, TaskListCallback callback) {
    ApiOperation *operation = start<QList<Task>>(context, callback);
    const QString org = client()->config().orgId;
    if (!operation->requireOrganization(org))
        return CallHandle(operation);
    ApiRequest request = ApiRequest::get({u"organizations"_s, org, u"runs"_s, runId, u"tasks"_s});
    request.setQueryItem(u"per_page"_s, QString::number(m_pageSize));
    if (!includes.isEmpty())
        request.setQueryItem(u"with"_s, includes.join(u','));
    operation->fetchAllPages<Task>(request, [operation, callback](QList<Task> tasks) {
        succeed(operation, callback, std::move(tasks));
    });
    return CallHandle(operation);
}

CallHandle TasksApi::findRecentOneOffTasks(const QString &title, const QDateTime &createdSince,
                                           qint64 starterId, QObject *context,
                                           TaskListCallback callback) {
    ApiOperation *operation = start<QList<Task>>(context, callback);
    const QString org = client()->config().orgId;
    if (!operation->requireOrganization(org))
        return CallHandle(operation);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate since = createdSince.isValid() ? createdSince.toUTC().date() : today;
    if (since > today)
        since = today;
    const QString created = since == today
                                ? today.toString(Qt::ISODate)
                                : since.toString(Qt::ISODate) + u':' + today.toString(Qt::ISODate);

    const QString wanted = title.trimmed();
    ApiRequest request = ApiRequest::get({u"organizations"_s, org, u"tasks"_s});
    request.setQueryItem(u"q"_s, wanted);
    request.setQueryItem(u"is_oneoff"_s, u"true"_s);
    request.setQueryItem(u"created"_s, created);
    request.setQueryItem(u"sort"_s, u"newest"_s);
    request.setQueryItem(u"per_page"_s, QString::number(RecentPerPage));

    operation->send(request, [operation, callback, wanted, starterId](const ApiResponse &response) {
        using Found = std::optional<QList<Task>>;
        operation->parse<Found>(
            response.body,
            [wanted, starterId](const QByteArray &body) -> Found {
                const auto root = Json::parseObject(body);
                if (!root || !root->value(u"data"_s).isArray())
                    return std::nullopt;
                QList<Task> matches;
                for (Task &task : Json::parseList<Task>(root->value(u"data"_s))) {
                    if (task.title.trimmed() != wanted)
                        continue;
                    if (starterId > 0 && task.starterId.value_or(0) != starterId)
                        continue;
                    matches.append(std::move(task));
                }
                return matches;
            },
            [operation, callback](Found found) {
                if (!found) {
                    operation->fail(ApiError::transport(ApiError::Kind::InvalidResponse,
                                                        u"The response has no list of tasks."_s));
                    return;
                }
                succeed(operation, callback, std::move(*found));
            });
    });
    return CallHandle(operation);
}
