#include "core/api/DirectoryApi.h"

#include "core/api/ApiClient.h"
#include "core/api/FacadeCall.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

ApiError noOrganization() {
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.code = u"NO_ORGANIZATION"_s;
    error.message =
        QCoreApplication::translate("DirectoryApi", "No organization is selected in Settings.");
    return error;
}

template<typename T>
struct ParsedOne {
    std::optional<T> value;
    QString error;
};

} // namespace

DirectoryApi::DirectoryApi(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_parseThreshold(FacadeCall::DefaultParseThreshold) {
    Q_ASSERT(client);
}

DirectoryApi::~DirectoryApi() = default;

FacadeCall *DirectoryApi::startCall(QObject *context,
                                    std::function<void(const ApiError &)> failure) {
    auto *call = new FacadeCall(m_client, context ? context : this, std::move(failure), this);
    call->setParseThreshold(m_parseThreshold);
    call->setBackgroundParseObserver([this] { ++m_backgroundParses; });
    return call;
}

template<typename T>
CallHandle DirectoryApi::fetchOne(const QStringList &segments, QObject *context,
                                  Callback<T> callback) {
    FacadeCall *call = startCall(context, [callback](const ApiError &error) { callback(error); });
    ApiRequest request(ApiRequest::Method::Get, segments);
    call->send(request, [call, callback](const ApiResponse &response) {
        call->parse<ParsedOne<T>>(
            response.body,
            [](const QByteArray &body) {
                ParsedOne<T> parsed;
                const auto root = Json::parseObject(body, &parsed.error);
                if (!root)
                    return parsed;
                const QJsonValue data = root->value(u"data"_s);
                const QJsonObject object = data.isObject() ? data.toObject() : *root;
                parsed.value = T::fromJson(object, &parsed.error);
                return parsed;
            },
            [call, callback](ParsedOne<T> parsed) {
                if (!parsed.value) {
                    call->fail(ApiError::transport(ApiError::Kind::InvalidResponse, parsed.error));
                    return;
                }
                call->succeed([callback, value = std::move(*parsed.value)] { callback(value); });
            });
    });
    return CallHandle(call);
}

template<typename T>
CallHandle DirectoryApi::fetchList(const QString &endpoint,
                                   const QList<std::pair<QString, QString>> &query,
                                   QObject *context, ListCallback<T> callback) {
    FacadeCall *call = startCall(context, [callback](const ApiError &error) { callback(error); });
    const QString org = m_client->config().orgId;
    if (org.isEmpty() && endpoint != u"me/organizations"_s) {
        QMetaObject::invokeMethod(
            call, [call] { call->fail(noOrganization()); }, Qt::QueuedConnection);
        return CallHandle(call);
    }
    const QStringList segments = endpoint == u"me/organizations"_s
                                     ? QStringList{u"me"_s, u"organizations"_s}
                                     : QStringList{u"organizations"_s, org, endpoint};
    ApiRequest request(ApiRequest::Method::Get, segments);
    for (const auto &[key, value] : query)
        request.setQueryItem(key, value);
    request.setQueryItem(u"per_page"_s, QString::number(PerPage));
    call->fetchAllPages<T>(request, [call, callback](QList<T> items) {
        call->succeed([callback, items = std::move(items)] { callback(items); });
    });
    return CallHandle(call);
}

CallHandle DirectoryApi::me(QObject *context, Callback<Me> callback) {
    return fetchOne<Me>({u"me"_s}, context, std::move(callback));
}

CallHandle DirectoryApi::organizations(QObject *context, ListCallback<Organization> callback) {
    return fetchList<Organization>(u"me/organizations"_s, {}, context, std::move(callback));
}

CallHandle DirectoryApi::organization(const QString &orgId, QObject *context,
                                      Callback<Organization> callback) {
    return fetchOne<Organization>({u"organizations"_s, orgId}, context, std::move(callback));
}

CallHandle DirectoryApi::users(QObject *context, ListCallback<Member> callback) {
    return fetchList<Member>(u"users"_s, {}, context, std::move(callback));
}

CallHandle DirectoryApi::groups(QObject *context, ListCallback<Group> callback) {
    return fetchList<Group>(u"groups"_s, {}, context, std::move(callback));
}

CallHandle DirectoryApi::guests(QObject *context, ListCallback<Guest> callback) {
    return fetchList<Guest>(u"guests"_s, {}, context, std::move(callback));
}

CallHandle DirectoryApi::tags(QObject *context, ListCallback<Tag> callback) {
    return fetchList<Tag>(u"tags"_s, {{u"all"_s, u"true"_s}}, context, std::move(callback));
}

CallHandle DirectoryApi::runs(const QString &query, QObject *context, ListCallback<Run> callback) {
    QList<std::pair<QString, QString>> params{{u"status"_s, u"active"_s}};
    if (!query.trimmed().isEmpty())
        params.append({u"q"_s, query.trimmed()});
    return fetchList<Run>(u"runs"_s, params, context, std::move(callback));
}
