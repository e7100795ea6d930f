#include "core/api/TaskActionsApi.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiRequest.h"
#include "core/domain/CommentText.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

TaskActionsApi::TaskActionsApi(ApiClient *client, QObject *parent)
    : ApiFacade(client, parent) {}

TaskActionsApi::~TaskActionsApi() = default;

template<typename T>
CallHandle TaskActionsApi::write(bool remove, const QStringList &path, const QJsonObject &body,
                                 QObject *context, std::function<void(Result<T>)> callback) {
    ApiOperation *operation = start<T>(context, callback);
    operation->setAction(ApiError::Action::TaskWrite);
    const QString org = client()->config().orgId;
    if (!operation->requireOrganization(org))
        return CallHandle(operation);
    ApiRequest request(remove ? ApiRequest::Method::Delete : ApiRequest::Method::Post,
                       QStringList{u"organizations"_s, org} + path);
    if (!remove)
        request.setJsonBody(body);
    operation->send(request, [operation, callback](const ApiResponse &response) {
        // The server acted: it answered 2xx.
        operation->readOne<T>(
            response.body, u"Tallyfy accepted the change, but its answer could not be read: "_s,
            [operation, callback](T value) { succeed(operation, callback, std::move(value)); });
    });
    return CallHandle(operation);
}

CallHandle TaskActionsApi::perform(const TaskActionPlan &plan, QObject *context,
                                   TaskCallback callback) {
    return write<Task>(plan.method == TaskActionPlan::Method::Delete, plan.pathSegments, plan.body,
                       context, std::move(callback));
}

CallHandle TaskActionsApi::comment(const QString &taskId, const QString &text, QObject *context,
                                   ThreadCallback callback) {
    return write<Thread>(false, {u"tasks"_s, taskId, u"comment"_s},
                         QJsonObject{{u"content"_s, CommentText::toHtml(text)},
                                     {u"label"_s, u"comment"_s},
                                     {u"state"_s, u"open"_s}},
                         context, std::move(callback));
}

CallHandle TaskActionsApi::reportProblem(const QString &taskId, const QString &text,
                                         QObject *context, ThreadCallback callback) {
    return write<Thread>(false, {u"tasks"_s, taskId, u"problem"_s},
                         QJsonObject{{u"content"_s, CommentText::toHtml(text)}}, context,
                         std::move(callback));
}

CallHandle TaskActionsApi::resolveProblem(const QString &taskId, const QString &problemThreadId,
                                          const QString &text, QObject *context,
                                          ThreadCallback callback) {
    return write<Thread>(
        false, {u"tasks"_s, taskId, u"resolved-threads"_s},
        QJsonObject{{u"thread_id"_s, problemThreadId}, {u"content"_s, CommentText::toHtml(text)}},
        context, std::move(callback));
}
