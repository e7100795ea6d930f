#include "core/api/TasksApi.h"

#include "core/api/ApiClient.h"
#include "core/api/FacadeCall.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct ParsedTask {
    std::optional<Task> task;
    QString error;
};

ParsedTask parseTaskBody(const QByteArray &body) {
    ParsedTask parsed;
    parsed.task = Task::fromResponseBody(body, &parsed.error);
    return parsed;
}

ApiError noOrganization() {
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.code = u"NO_ORGANIZATION"_s;
    error.message =
        QCoreApplication::translate("TasksApi", "No organization is selected in Settings.");
    return error;
}

} // namespace

TasksApi::TasksApi(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_parseThreshold(FacadeCall::DefaultParseThreshold) {
    Q_ASSERT(client);
}

TasksApi::~TasksApi() = default;

FacadeCall *TasksApi::startCall(QObject *context, std::function<void(const ApiError &)> failure) {
    auto *call = new FacadeCall(m_client, context ? context : this, std::move(failure), this);
    call->setParseThreshold(m_parseThreshold);
    call->setBackgroundParseObserver([this] {
        ++m_backgroundParses;
        Q_EMIT backgroundParseStarted();
    });
    return call;
}

ApiRequest TasksApi::getTaskRequest(const QString &taskId, const QStringList &includes,
                                    const QString &runId, const QString &orgId) const {
    const QString org = orgId.isEmpty() ? m_client->config().orgId : orgId;
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
    return m_client->redactedCurl(getTaskRequest(taskId, includes, runId));
}

ApiRequest TasksApi::createOneOffTaskRequest(const OneOffTaskDraft &draft,
                                             const QString &orgId) const {
    const QString org = orgId.isEmpty() ? m_client->config().orgId : orgId;
    return ApiRequest::post({u"organizations"_s, org, u"tasks"_s}, draft.toRequestJson());
}

CallHandle TasksApi::getTask(const QString &taskId, const QStringList &includes,
                             const QString &runId, QObject *context, TaskCallback callback) {
    FacadeCall *call = startCall(context, [callback](const ApiError &error) { callback(error); });
    const QString org = m_client->config().orgId;
    if (org.isEmpty()) {
        QMetaObject::invokeMethod(
            call, [call] { call->fail(noOrganization()); }, Qt::QueuedConnection);
        return CallHandle(call);
    }
    call->send(getTaskRequest(taskId, includes, runId, org), [call, callback](
                                                                 const ApiResponse &response) {
        call->parse<ParsedTask>(response.body, parseTaskBody, [call, callback](ParsedTask parsed) {
            if (!parsed.task) {
                call->fail(ApiError::transport(ApiError::Kind::InvalidResponse, parsed.error));
                return;
            }
            call->succeed([callback, task = std::move(*parsed.task)] { callback(task); });
        });
    });
    return CallHandle(call);
}

CallHandle TasksApi::createOneOffTask(const OneOffTaskDraft &draft, QObject *context,
                                      TaskCallback callback) {
    FacadeCall *call = startCall(context, [callback](const ApiError &error) { callback(error); });
    const QString org = m_client->config().orgId;
    const ValidationResult validation = draft.validate(DraftContext{});
    if (org.isEmpty() || validation.hasErrors()) {
        ApiError error = noOrganization();
        if (!org.isEmpty()) {
            error = ApiError();
            error.kind = ApiError::Kind::Validation;
            error.message = QCoreApplication::translate("TasksApi", "Some fields need attention");
            for (const ValidationResult::Problem &problem : validation.errors())
                error.fieldErrors[problem.path].append(problem.message);
        }
        QMetaObject::invokeMethod(
            call, [call, error] { call->fail(error); }, Qt::QueuedConnection);
        return CallHandle(call);
    }

    call->send(createOneOffTaskRequest(draft, org), [call, callback](const ApiResponse &response) {
        call->parse<ParsedTask>(response.body, parseTaskBody, [call, callback](ParsedTask parsed) {
            if (!parsed.task) {
                // The task probably exists: the server answered 2xx. Say so in the detail.
                call->fail(ApiError::transport(
                    ApiError::Kind::InvalidResponse,
                    u"The task was probably created, but the answer could not be read: "_s +
                        parsed.error));
                return;
            }
            call->succeed([callback, task = std::move(*parsed.task)] { callback(task); });
        });
    });
    return CallHandle(call);
}

CallHandle TasksApi::listRunTasks(const QString &runId, const QStringList &includes,
                                  QObject *context, TaskListCallback callback) {
    FacadeCall *call = startCall(context, [callback](const ApiError &error) { callback(error); });
    const QString org = m_client->config().orgId;
    if (org.isEmpty()) {
        QMetaObject::invokeMethod(
            call, [call] { call->fail(noOrganization()); }, Qt::QueuedConnection);
        return CallHandle(call);
    }
    ApiRequest request = ApiRequest::get({u"organizations"_s, org, u"runs"_s, runId, u"tasks"_s});
    request.setQueryItem(u"per_page"_s, QString::number(m_pageSize));
    if (!includes.isEmpty())
        request.setQueryItem(u"with"_s, includes.join(u','));
    call->fetchAllPages<Task>(request, [call, callback](QList<Task> tasks) {
        call->succeed([callback, tasks = std::move(tasks)] { callback(tasks); });
    });
    return CallHandle(call);
}

CallHandle TasksApi::findRecentOneOffTasks(const QString &title, const QDateTime &createdSince,
                                           qint64 starterId, QObject *context,
                                           TaskListCallback callback) {
    FacadeCall *call = startCall(context, [callback](const ApiError &error) { callback(error); });
    const QString org = m_client->config().orgId;
    if (org.isEmpty()) {
        QMetaObject::invokeMethod(
            call, [call] { call->fail(noOrganization()); }, Qt::QueuedConnection);
        return CallHandle(call);
    }
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

    call->send(request, [call, callback, wanted, starterId](const ApiResponse &response) {
        using Found = std::optional<QList<Task>>;
        call->parse<Found>(
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
            [call, callback](Found found) {
                if (!found) {
                    call->fail(ApiError::transport(ApiError::Kind::InvalidResponse,
                                                   u"The response has no list of tasks."_s));
                    return;
                }
                call->succeed([callback, tasks = std::move(*found)] { callback(tasks); });
            });
    });
    return CallHandle(call);
}
