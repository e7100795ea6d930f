#include "core/api/TaskAnswersApi.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiRequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString keyOf(const QString &path) {
    // Answers are keyed by field ID; the one-off keys (title, deadline) stay as they are.
    return path == "title"_L1 || path == "deadline"_L1 || path == "owners"_L1
               ? path
               : u"taskdata."_s + path;
}

ApiError droppedError(const QStringList &ids, int httpStatus) {
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.httpStatus = httpStatus;
    error.action = ApiError::Action::TaskWrite;
    error.message = QCoreApplication::translate(
        "TaskAnswersApi", "Tallyfy saved the task but did not keep some answers.");
    for (const QString &id : ids)
        error.fieldErrors.insert(
            u"taskdata."_s + id,
            {QCoreApplication::translate("TaskAnswersApi",
                                         "This answer was not kept; reload the task and check "
                                         "the field.")});
    return error;
}

} // namespace

TaskAnswersApi::TaskAnswersApi(ApiClient *client, QObject *parent)
    : ApiFacade(client, parent) {}

TaskAnswersApi::~TaskAnswersApi() = default;

CallHandle TaskAnswersApi::save(const TaskAnswersUpdate &update, QObject *context,
                                Callback callback) {
    ApiOperation *operation = start<TaskAnswersSaved>(context, callback);
    operation->setAction(ApiError::Action::TaskWrite);
    const QString org = client()->config().orgId;
    if (!operation->requireOrganization(org))
        return CallHandle(operation);

    const ValidationResult problems = update.validate(TaskAnswersUpdate::Purpose::Save);
    if (problems.hasErrors()) {
        QMap<QString, QStringList> fieldErrors;
        for (const ValidationResult::Problem &problem : problems.errors())
            fieldErrors[keyOf(problem.path)].append(problem.message);
        ApiError error = ApiError::invalidInput(fieldErrors);
        error.action = ApiError::Action::TaskWrite;
        operation->failLater(error);
        return CallHandle(operation);
    }

    ApiRequest request(ApiRequest::Method::Put,
                       QStringList{u"organizations"_s, org} + update.pathSegments());
    request.setJsonBody(update.body());
    operation->send(request, [operation, callback, update](const ApiResponse &response) {
        const int status = response.httpStatus;
        operation->readOne<Task>(
            response.body, u"Tallyfy accepted the answers, but its answer could not be read: "_s,
            [operation, callback, update, status](Task task) {
                TaskAnswersSaved saved;
                saved.droppedFieldIds = update.droppedFieldIds(task);
                if (!saved.droppedFieldIds.isEmpty())
                    saved.dropped = droppedError(saved.droppedFieldIds, status);
                saved.task = std::move(task);
                succeed(operation, callback, std::move(saved));
            });
    });
    return CallHandle(operation);
}
