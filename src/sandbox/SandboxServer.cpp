#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxHttpListener.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "taskdesk.sandbox", QtInfoMsg)

namespace {

const QHostAddress &mainHost() {
    static const QHostAddress address(u"127.0.0.1"_s);
    return address;
}

const QHostAddress &otherHost() {
    static const QHostAddress address(u"127.0.0.2"_s);
    return address;
}

/// http://host:port/api, or an empty URL when nothing listens there (port 0).
QUrl apiUrl(const QHostAddress &host, quint16 port) {
    if (port == 0)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(port);
    url.setPath(u"/api"_s);
    return url;
}

QByteArray requestId() {
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return bytes.toHex();
}

bool matches(const QByteArray &method, const QString &pattern, const SandboxRequest &request) {
    if (!method.isEmpty() && method.compare(request.method, Qt::CaseInsensitive) != 0)
        return false;
    if (pattern.isEmpty())
        return true;
    const QRegularExpression expression(pattern);
    if (!expression.isValid()) {
        qCWarning(lcSandbox) << "invalid path pattern" << pattern << expression.errorString();
        return false;
    }
    return expression.match(request.path).hasMatch();
}

SandboxResponse html500() {
    return SandboxResponse::raw(
        500, QByteArrayLiteral("text/html"),
        QByteArrayLiteral(
            "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
            "<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n"));
}

// What Laravel sends with APP_DEBUG left on: the internals a client must never show.
SandboxResponse json500() {
    const QJsonObject body{
        {u"message"_s,
         u"SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; "
         u"try restarting transaction (SQL: update `tasks` set `updated_at` = 2026-09-02 "
         u"10:15:40 where `id` = 7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90)"_s},
        {u"exception"_s, u"Illuminate\\Database\\QueryException"_s},
        {u"file"_s,
         u"/var/www/api/vendor/laravel/framework/src/Illuminate/Database/Connection.php"_s},
        {u"line"_s, 712},
        {u"trace"_s,
         QJsonArray{
             QJsonObject{{u"file"_s, u"/var/www/api/vendor/laravel/framework/src/Illuminate/"
                                     u"Database/Connection.php"_s},
                         {u"line"_s, 672},
                         {u"function"_s, u"runQueryCallback"_s},
                         {u"class"_s, u"Illuminate\\Database\\Connection"_s},
                         {u"type"_s, u"->"_s}},
             QJsonObject{{u"file"_s, u"/var/www/api/app/Http/Controllers/TaskController.php"_s},
                         {u"line"_s, 214},
                         {u"function"_s, u"update"_s},
                         {u"class"_s, u"Illuminate\\Database\\Eloquent\\Builder"_s},
                         {u"type"_s, u"->"_s}}}},
    };
    return SandboxResponse::raw(500, QByteArrayLiteral("application/json"),
                                QJsonDocument(body).toJson(QJsonDocument::Indented));
}

SandboxResponse rateLimited(const QByteArray &retryAfter) {
    SandboxResponse response =
        SandboxResponse::json(429, QJsonObject{{u"message"_s, u"Too Many Attempts."_s},
                                               {u"code"_s, u"RATE_LIMIT_EXCEEDED"_s}});
    if (!retryAfter.isEmpty())
        response.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
    response.headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArrayLiteral("600")});
    response.headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0")});
    return response;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<SandboxStore>())
    , m_router(std::make_unique<SandboxRouter>(*m_store)) {}

SandboxServer::~SandboxServer() {
    // The listener (and with it every socket) goes first: no callback may reach a dead store.
    delete m_listener.data();
}

bool SandboxServer::listen(quint16 port) {
    if (m_listener)
        return m_port != 0;
    m_listener = new SandboxHttpListener(
        [this](const SandboxRequest &request, QTcpSocket *socket) { handle(request, socket); },
        this);
    m_port = m_listener->listen(mainHost(), port);
    if (m_port == 0)
        return false;
    m_otherPort = m_listener->listen(otherHost(), 0);
    if (m_otherPort == 0)
        qCWarning(lcSandbox, "cannot listen on 127.0.0.2; RedirectToOtherHost is unavailable");
    return true;
}

QUrl SandboxServer::baseUrl() const {
    return apiUrl(mainHost(), m_port);
}

QUrl SandboxServer::otherHostBaseUrl() const {
    return apiUrl(otherHost(), m_otherPort);
}

QString SandboxServer::orgId() const {
    return m_store->orgId();
}

QString SandboxServer::token() const {
    return m_store->token();
}

qint64 SandboxServer::currentUserId() const {
    return m_store->currentUserId();
}

QList<SandboxServer::TaskInfo> SandboxServer::seededTasks() const {
    QList<TaskInfo> out;
    for (const QString &id : m_store->seedTaskIds()) {
        if (const SandboxStore::Task *task = m_store->task(id))
            out.append({id, task->fields.value("title"_L1).toString()});
    }
    return out;
}

void SandboxServer::addFault(const SandboxFault &fault) {
    m_faults.append(fault);
}

void SandboxServer::clearFaults() {
    m_faults.clear();
}

QList<SandboxRequest> SandboxServer::requests() const {
    return m_requests;
}

void SandboxServer::clearRequests() {
    m_requests.clear();
}

int SandboxServer::requestCount(const QByteArray &method, const QString &pathPattern) const {
    return int(
        std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const SandboxRequest &request) {
            return matches(method, pathPattern, request);
        }));
}

void SandboxServer::addGeneratedMembers(int count) {
    m_store->addGeneratedMembers(count);
}

void SandboxServer::addGeneratedTasks(int count) {
    m_store->addGeneratedTasks(count);
}

QString SandboxServer::addLargeTask(int formFieldCount) {
    return m_store->addLargeTask(formFieldCount);
}

QJsonObject SandboxServer::storedTask(const QString &id) const {
    return m_store->storedRecord(id);
}

bool SandboxServer::takeFault(const SandboxRequest &request, SandboxFault *fault) {
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &candidate = m_faults[i];
        if (candidate.times == 0 || !matches(candidate.method, candidate.pathPattern, request))
            continue;
        *fault = candidate;
        if (candidate.times > 0 && --candidate.times == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

SandboxResponse SandboxServer::answer(const SandboxRequest &request) {
    QUrl origin;
    origin.setScheme(u"http"_s);
    origin.setHost(request.localAddress.toString());
    origin.setPort(request.localAddress == otherHost() ? m_otherPort : m_port);
    return m_router->route(request, origin);
}

void SandboxServer::send(QTcpSocket *socket, SandboxResponse response, bool keepAlive) const {
    response.headers.append({QByteArrayLiteral("X-Request-Id"), requestId()});
    SandboxHttpListener::send(socket, response, keepAlive);
}

void SandboxServer::handle(const SandboxRequest &request, QTcpSocket *socket) {
    m_requests.append(request);
    const bool keepAlive = request.header("connection").toLower() != "close";

    SandboxFault fault;
    if (request.localAddress == otherHost() || !takeFault(request, &fault)) {
        send(socket, answer(request), keepAlive);
        return;
    }

    switch (fault.kind) {
    case SandboxFault::Kind::Delay: {
        SandboxResponse response = answer(request);
        QTimer::singleShot(std::max(0, fault.delayMs), this,
                           [this, target = QPointer<QTcpSocket>(socket), response, keepAlive] {
                               if (target)
                                   send(target, response, keepAlive);
                           });
        return;
    }
    case SandboxFault::Kind::Reset:
        SandboxHttpListener::reset(socket);
        return;
    case SandboxFault::Kind::Hang:
        // Processed, never answered: the socket stays open until the client gives up.
        answer(request);
        return;
    case SandboxFault::Kind::Html500:
        send(socket, html500(), keepAlive);
        return;
    case SandboxFault::Kind::Json500:
        send(socket, json500(), keepAlive);
        return;
    case SandboxFault::Kind::Status: {
        SandboxResponse response;
        response.status = fault.status;
        response.body = fault.body;
        response.contentType = fault.contentType;
        send(socket, response, keepAlive);
        return;
    }
    case SandboxFault::Kind::RateLimit:
        send(socket, rateLimited(fault.retryAfter), keepAlive);
        return;
    case SandboxFault::Kind::MalformedJson: {
        const QByteArray normal = answer(request).body;
        QByteArray broken = normal.left(normal.size() / 2);
        if (broken.isEmpty())
            broken = QByteArrayLiteral("{\"data\": ");
        send(socket, SandboxResponse::raw(200, QByteArrayLiteral("application/json"), broken),
             keepAlive);
        return;
    }
    case SandboxFault::Kind::WrongContentType:
        answer(request);
        send(socket,
             SandboxResponse::raw(
                 200, QByteArrayLiteral("text/html; charset=UTF-8"),
                 QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Sign in - Wi-Fi</title>"
                                   "</head><body><h1>Sign in to the network</h1><form>"
                                   "<input name=\"code\"></form></body></html>\n")),
             keepAlive);
        return;
    case SandboxFault::Kind::Empty200:
        answer(request);
        send(socket, SandboxResponse::raw(200, QByteArrayLiteral("application/json"), {}),
             keepAlive);
        return;
    case SandboxFault::Kind::Truncated: {
        SandboxResponse response = answer(request);
        response.headers.append({QByteArrayLiteral("X-Request-Id"), requestId()});
        SandboxHttpListener::sendTruncated(socket, response);
        return;
    }
    case SandboxFault::Kind::Trickle: {
        SandboxResponse response = answer(request);
        response.headers.append({QByteArrayLiteral("X-Request-Id"), requestId()});
        SandboxHttpListener::sendTrickled(socket, response,
                                          fault.delayMs > 0 ? fault.delayMs : 1000);
        return;
    }
    case SandboxFault::Kind::BadCompression: {
        // The body as the API made it, but labelled as gzip: the client cannot decompress it.
        SandboxResponse response = answer(request);
        response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        send(socket, response, keepAlive);
        return;
    }
    case SandboxFault::Kind::RedirectToOtherHost: {
        QUrl target = otherHostBaseUrl();
        if (target.isEmpty()) {
            send(socket, answer(request), keepAlive);
            return;
        }
        target.setPath(request.path);
        target.setQuery(request.query);
        SandboxResponse response =
            SandboxResponse::raw(302, QByteArrayLiteral("text/html; charset=UTF-8"),
                                 QByteArrayLiteral("<html><body>Redirecting</body></html>\n"));
        response.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
        // Connection: close. On a kept-alive connection, QNetworkAccessManager 6.4 sometimes
        // sends the original GET a second time after following a cross-host 302.
        send(socket, response, false);
        return;
    }
    }
}
