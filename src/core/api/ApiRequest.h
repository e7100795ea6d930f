#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <initializer_list>

/// One Tallyfy API call before it is sent: method, path segments relative to the base URL
/// (each percent-encoded when the URL is built, so a guest email or any user input is safe in
/// a path), query and optional JSON body. Everything else (host, headers, token, timeout) is
/// added by ApiClient in one place.
class ApiRequest final {
public:
    enum class Method { Get, Post, Put, Delete };

    ApiRequest() = default;
    ApiRequest(Method method, QStringList pathSegments, QUrlQuery query = {});

    static ApiRequest get(std::initializer_list<QString> segments, const QUrlQuery &query = {});
    static ApiRequest post(std::initializer_list<QString> segments, const QJsonValue &body,
                           const QUrlQuery &query = {});

    [[nodiscard]] Method method() const { return m_method; }
    [[nodiscard]] const QStringList &pathSegments() const { return m_segments; }
    /// Adds or replaces one query item.
    void setQueryItem(const QString &key, const QString &value);

    [[nodiscard]] bool hasBody() const { return m_hasBody; }
    /// The body as compact JSON (empty when there is none).
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    /// An object or array; null/undefined removes the body.
    void setJsonBody(const QJsonValue &body);

    /// "GET", "POST", "PUT", "DELETE".
    [[nodiscard]] QByteArray methodName() const { return methodName(m_method); }
    static QByteArray methodName(Method method);

    /// The encoded path relative to the base, e.g. "/organizations/abc/guests/pat%40x.example".
    [[nodiscard]] QString encodedPath() const;
    /// The query as sent: every key and value percent-encoded (including '+' and '&'), ','
    /// and ':' kept readable.
    [[nodiscard]] QString encodedQuery() const;
    /// The full URL: `baseUrl` (its path kept, a trailing slash ignored) + encodedPath() + query.
    [[nodiscard]] QUrl url(const QUrl &baseUrl) const;

    bool operator==(const ApiRequest &other) const = default;

private:
    Method m_method = Method::Get;
    QStringList m_segments;
    QUrlQuery m_query;
    QByteArray m_body;
    bool m_hasBody = false;
};

Q_DECLARE_METATYPE(ApiRequest)
