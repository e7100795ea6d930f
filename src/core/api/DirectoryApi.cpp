#include "core/api/DirectoryApi.h"

#include "core/api/ApiClient.h"

using namespace Qt::StringLiterals;

DirectoryApi::DirectoryApi(ApiClient *client, QObject *parent)
    : ApiFacade(client, parent) {}

DirectoryApi::~DirectoryApi() = default;

template<typename T>
CallHandle DirectoryApi::fetchOne(const ApiRequest &request, QObject *context,
                                  Callback<T> callback) {
    ApiOperation *operation = start<T>(context, callback);
    operation->fetchOne<T>(request, [operation, callback](T value) {
        succeed(operation, callback, std::move(value));
    });
    return CallHandle(operation);
}

template<typename T>
CallHandle DirectoryApi::fetchList(ApiRequest request, QObject *context, ListCallback<T> callback) {
    ApiOperation *operation = start<QList<T>>(context, callback);
    request.setQueryItem(u"per_page"_s, QString::number(PerPage));
    operation->fetchAllPages<T>(request, [operation, callback](QList<T> items) {
        succeed(operation, callback, std::move(items));
    });
    return CallHandle(operation);
}

template<typename T>
CallHandle DirectoryApi::fetchOrganizationList(const QString &endpoint,
                                               const QList<std::pair<QString, QString>> &query,
                                               QObject *context, ListCallback<T> callback) {
    const QString org = client()->config().orgId;
    if (org.isEmpty()) {
        ApiOperation *operation = start<QList<T>>(context, callback);
        operation->requireOrganization(org);
        return CallHandle(operation);
    }
    ApiRequest request = ApiRequest::get({u"organizations"_s, org, endpoint});
    for (const auto &[key, value] : query)
        request.setQueryItem(key, value);
    return fetchList<T>(request, context, std::move(callback));
}

CallHandle DirectoryApi::me(QObject *context, Callback<Me> callback) {
    return fetchOne<Me>(ApiRequest::get({u"me"_s}), context, std::move(callback));
}

CallHandle DirectoryApi::organizations(QObject *context, ListCallback<Organization> callback) {
    return fetchList<Organization>(ApiRequest::get({u"me"_s, u"organizations"_s}), context,
                                   std::move(callback));
}

CallHandle DirectoryApi::organization(const QString &orgId, QObject *context,
                                      Callback<Organization> callback) {
    return fetchOne<Organization>(ApiRequest::get({u"organizations"_s, orgId}), context,
                                  std::move(callback));
}

CallHandle DirectoryApi::users(QObject *context, ListCallback<Member> callback) {
    return fetchOrganizationList<Member>(u"users"_s, {}, context, std::move(callback));
}

CallHandle DirectoryApi::groups(QObject *context, ListCallback<Group> callback) {
    return fetchOrganizationList<Group>(u"groups"_s, {}, context, std::move(callback));
}

CallHandle DirectoryApi::guests(QObject *context, ListCallback<Guest> callback) {
    return fetchOrganizationList<Guest>(u"guests"_s, {}, context, std::move(callback));
}

CallHandle DirectoryApi::tags(QObject *context, ListCallback<Tag> callback) {
    return fetchOrganizationList<Tag>(u"tags"_s, {{u"all"_s, u"true"_s}}, context,
                                      std::move(callback));
}

CallHandle DirectoryApi::runs(const QString &query, QObject *context, ListCallback<Run> callback) {
    QList<std::pair<QString, QString>> params{{u"status"_s, u"active"_s}};
    if (!query.trimmed().isEmpty())
        params.append({u"q"_s, query.trimmed()});
    return fetchOrganizationList<Run>(u"runs"_s, params, context, std::move(callback));
}
