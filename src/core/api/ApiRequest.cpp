#include "core/api/ApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ApiRequest::ApiRequest(Method method, QStringList pathSegments, QUrlQuery query)
    : m_method(method)
    , m_segments(std::move(pathSegments))
    , m_query(std::move(query)) {}

ApiRequest ApiRequest::get(std::initializer_list<QString> segments, const QUrlQuery &query) {
    return ApiRequest(Method::Get, QStringList(segments), query);
}

ApiRequest ApiRequest::post(std::initializer_list<QString> segments, const QJsonValue &body,
                            const QUrlQuery &query) {
    ApiRequest request(Method::Post, QStringList(segments), query);
    request.setJsonBody(body);
    return request;
}

void ApiRequest::setQueryItem(const QString &key, const QString &value) {
    m_query.removeAllQueryItems(key);
    m_query.addQueryItem(key, value);
}

void ApiRequest::setJsonBody(const QJsonValue &body) {
    if (body.isObject()) {
        m_body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        m_hasBody = true;
    } else if (body.isArray()) {
        m_body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        m_hasBody = true;
    } else {
        m_body.clear();
        m_hasBody = false;
    }
}

QByteArray ApiRequest::methodName(Method method) {
    switch (method) {
    case Method::Get:
        return "GET"_ba;
    case Method::Post:
        return "POST"_ba;
    case Method::Put:
        return "PUT"_ba;
    case Method::Delete:
        return "DELETE"_ba;
    }
    return "GET"_ba;
}

QString ApiRequest::encodedPath() const {
    QString path;
    for (const QString &segment : m_segments) {
        // Every byte outside the unreserved set is encoded, including '/', '@', '?' and '#',
        // so a segment can never change the shape of the path.
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    return path;
}

QUrl ApiRequest::url(const QUrl &baseUrl) const {
    QUrl url = baseUrl;
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + encodedPath(), QUrl::StrictMode);
    url.setFragment(QString());
    const QString query = encodedQuery();
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

QString ApiRequest::encodedQuery() const {
    // QUrlQuery leaves '+' as is, which PHP servers read as a space: a search for "C++" would
    // become "C  ". Encode every item ourselves; ',' and ':' stay readable (with=a,b and date
    // ranges) because they are legal in a query and mean nothing special to the server.
    QStringList pairs;
    const auto items = m_query.queryItems(QUrl::FullyDecoded);
    pairs.reserve(items.size());
    for (const auto &[key, value] : items) {
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key, ",:"_ba)) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value, ",:"_ba)));
    }
    return pairs.join(u'&');
}
