#include "core/api/TaskListApi.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiRequest.h"

using namespace Qt::StringLiterals;

TaskListApi::TaskListApi(ApiClient *client, QObject *parent)
    : ApiFacade(client, parent) {
    // A page of 100 tasks is 100-200 KB and takes milliseconds to parse; a list scrolled
    // through pages one after another would spend them on the GUI thread each time.
    setParseThreshold(ListParseThreshold);
}

TaskListApi::~TaskListApi() = default;

CallHandle TaskListApi::page(const TaskListQuery &query, int pageNumber, QObject *context,
                             PageCallback callback) {
    ApiOperation *operation = start<TaskListPage>(context, callback);
    const QString org = client()->config().orgId;
    if (!operation->requireOrganization(org))
        return CallHandle(operation);
    ApiRequest request(ApiRequest::Method::Get,
                       QStringList{u"organizations"_s, org} + query.pathSegments());
    for (const auto &[key, value] : query.queryItems(pageNumber, PerPage))
        request.setQueryItem(key, value);
    operation->fetchOne<TaskListPage>(request, [operation, callback](TaskListPage page) {
        succeed(operation, callback, std::move(page));
    });
    return CallHandle(operation);
}
