#include "core/api/ApiClient.h"

#include "core/AppInfo.h"
#include "core/api/ApiOperation.h"
#include "core/api/UploadBody.h"
#include "core/domain/NetworkHost.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString shellQuote(const QString &text) {
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, const ApiConfig &config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config) {
    Q_ASSERT(network);
    m_config.token = ApiConfig::normalizeToken(m_config.token);
}

ApiClient::~ApiClient() {
    // Abandon every operation before our members go: their callbacks are dropped.
    m_queue.clear();
    const auto operations = findChildren<ApiOperation *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiOperation *operation : operations)
        delete operation;
}

void ApiClient::setConfig(const ApiConfig &config) {
    m_config = config;
    m_config.token = ApiConfig::normalizeToken(m_config.token);
}

void ApiClient::setMaxInFlight(int count) {
    m_maxInFlight = std::max(1, count);
    pump();
}

CallHandle ApiClient::send(const ApiRequest &request, QObject *context, Callback callback) {
    auto shared = std::make_shared<Callback>(std::move(callback));
    auto *operation =
        new ApiOperation(this, context, [shared](const ApiError &error) { (*shared)(error); });
    operation->send(request, [operation, shared](const ApiResponse &response) {
        operation->succeed([shared, response] { (*shared)(response); });
    });
    return CallHandle(operation);
}

QUrl ApiClient::urlFor(const ApiRequest &request) const {
    return request.url(m_config.baseUrl);
}

QString ApiClient::redactedCurl(const ApiRequest &request) const {
    return redactedCurl(m_config, request);
}

QString ApiClient::redactedCurl(const ApiConfig &config, const ApiRequest &request) {
    QStringList lines;
    QString first = u"curl"_s;
    if (request.method() != ApiRequest::Method::Get)
        first += u" -X "_s + QString::fromLatin1(request.methodName());
    first += u' ' + shellQuote(request.url(config.baseUrl).toString(QUrl::FullyEncoded));
    lines << first;
    ApiConfig redacted = config;
    redacted.token = u"x"_s; // only so that the Authorization line is produced
    const auto headers = standardHeaders(redacted, request);
    for (const auto &[name, value] : headers) {
        if (name == "Authorization")
            lines << u"-H \"Authorization: Bearer $TALLYFY_API_TOKEN\""_s;
        else
            lines << u"-H "_s +
                         shellQuote(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    }
    if (request.hasBody())
        lines << u"--data-raw "_s + shellQuote(QString::fromUtf8(request.body()));
    return lines.join(u" \\\n  "_s);
}

bool ApiClient::isLoopbackHost(const QString &host) {
    return NetworkHost::isLoopback(host);
}

bool ApiClient::isSecureTarget(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    return scheme == u"http"_s && isLoopbackHost(url.host());
}

QList<QPair<QByteArray, QByteArray>> ApiClient::standardHeaders(const ApiConfig &config,
                                                                const ApiRequest &request) {
    QList<QPair<QByteArray, QByteArray>> headers;
    const QString token = ApiConfig::normalizeToken(config.token);
    if (!token.isEmpty())
        headers.append({"Authorization"_ba, "Bearer "_ba + token.toUtf8()});
    headers.append({"Accept"_ba, "application/json"_ba});
    headers.append({"X-Tallyfy-Client"_ba, "APIClient"_ba});
    headers.append({"User-Agent"_ba, AppInfo::userAgent().toUtf8()});
    if (request.hasBody())
        headers.append({"Content-Type"_ba, "application/json"_ba});
    return headers;
}

QNetworkReply *ApiClient::transmit(const ApiConfig &config, const ApiRequest &request,
                                   const QUrl &url) {
    QNetworkRequest networkRequest(url);
    const auto headers = standardHeaders(config, request);
    for (const auto &[name, value] : headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(std::max(1, config.timeoutMs));
    // Redirects are ours to judge (Qt would forward Authorization to any host).
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);

    if (request.method() == ApiRequest::Method::Get)
        return m_network->get(networkRequest);
    // Every write goes through UploadBody so that Qt can never resend it on its own once it has
    // started to leave (see UploadBody). An empty body counts as sent from the start. HTTP/1.1
    // only: that is the path whose resend behaviour is tested.
    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, qint64(request.body().size()));
    networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto *device = new UploadBody(request.body());
    QNetworkReply *reply =
        m_network->sendCustomRequest(networkRequest, request.methodName(), device);
    device->setParent(reply);
    return reply;
}

void ApiClient::enqueue(ApiOperation *operation, bool front) {
    if (front)
        m_queue.prepend(operation);
    else
        m_queue.append(operation);
    pump();
}

void ApiClient::dequeue(ApiOperation *operation) {
    m_queue.removeIf(
        [operation](const QPointer<ApiOperation> &queued) { return queued == operation; });
}

void ApiClient::attemptEnded() {
    m_inFlight = std::max(0, m_inFlight - 1);
    pump();
}

void ApiClient::pump() {
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        ApiOperation *operation = m_queue.takeFirst().data();
        if (operation == nullptr || operation->m_state != ApiOperation::State::Queued)
            continue;
        ++m_inFlight;
        operation->startAttempt();
    }
}
