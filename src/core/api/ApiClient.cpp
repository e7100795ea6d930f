#include "core/api/ApiClient.h"

#include "core/AppInfo.h"
#include "core/api/ApiCall.h"
#include "core/api/ApiLogging.h"
#include "core/domain/NetworkHost.h"

#include <QHostAddress>
#include <QNetworkAccessManager>

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
    // Abandon every call before our members go: their callbacks are dropped.
    m_queue.clear();
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        delete call;
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
    auto *call =
        new ApiCall(this, m_config, request, context ? context : this, std::move(callback));
    const QUrl url = request.url(m_config.baseUrl);
    if (!isSecureTarget(url)) {
        qCWarning(lcApi).noquote()
            << "refused to send" << request.methodName()
            << url.toDisplayString(QUrl::RemoveUserInfo) << "over an insecure transport";
        call->failBeforeSending(ApiError::transport(
            ApiError::Kind::InsecureTransport,
            u"Refused to send the token to %1 over %2."_s.arg(url.host(), url.scheme())));
        return CallHandle(call);
    }
    enqueue(call, false);
    return CallHandle(call);
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

void ApiClient::enqueue(ApiCall *call, bool front) {
    if (front)
        m_queue.prepend(call);
    else
        m_queue.append(call);
    pump();
}

void ApiClient::dequeue(ApiCall *call) {
    m_queue.removeIf([call](const QPointer<ApiCall> &queued) { return queued == call; });
}

void ApiClient::attemptEnded(ApiCall *) {
    m_inFlight = std::max(0, m_inFlight - 1);
    pump();
}

void ApiClient::pump() {
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        ApiCall *call = m_queue.takeFirst().data();
        if (call == nullptr || call->state() != ApiCall::State::Queued)
            continue;
        ++m_inFlight;
        call->startAttempt();
    }
}
