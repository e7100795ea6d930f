#include "sandbox/SandboxHttpListener.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

SandboxHttpListener::SandboxHttpListener(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

SandboxHttpListener::~SandboxHttpListener() = default;

bool SandboxHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    SandboxRequest recorded;
    recorded.method = methodName(request.method());
    const QUrl url = request.url();
    recorded.path = url.path(QUrl::FullyDecoded);
    recorded.query = request.query();
    const auto headers = request.headers();
    recorded.headers.reserve(headers.size());
    for (const auto &header : headers)
        recorded.headers.append({header.first.toLower(), header.second});
    recorded.body = request.body();
    recorded.localAddress = socket->localAddress();
    // The head and the body go out in separate writes: without TCP_NODELAY, Nagle holds the
    // body back on a kept-alive connection until the client's delayed ACK (40 ms on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_handler(recorded, socket);
    return true;
}

void SandboxHttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *socket) {
    // handleRequest() always answers; this only guards against a future change of that.
    send(socket, SandboxResponse::raw(500, QByteArrayLiteral("text/plain"), "no handler"), false);
}

QByteArray SandboxHttpListener::head(const SandboxResponse &response, qsizetype contentLength,
                                     bool keepAlive) {
    QByteArray head;
    head.reserve(512);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
            reasonPhrase(response.status) + "\r\n";
    head += "Server: nginx\r\n";
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    head += "Date: " + date.toLatin1() + " GMT\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                      : QByteArrayLiteral("Connection: close\r\n");
    head += "Cache-Control: no-cache, private\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

void SandboxHttpListener::send(QTcpSocket *socket, const SandboxResponse &response,
                               bool keepAlive) {
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(response, response.body.size(), keepAlive));
    socket->write(response.body);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void SandboxHttpListener::sendTruncated(QTcpSocket *socket, const SandboxResponse &response) {
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qsizetype announced = std::max<qsizetype>(response.body.size(), 64);
    socket->write(head(response, announced, true));
    socket->write(response.body.left(response.body.size() / 2));
    // disconnectFromHost() flushes what was written, then sends FIN: the client sees the
    // connection end before the announced length arrived.
    socket->disconnectFromHost();
}

void SandboxHttpListener::sendTrickled(QTcpSocket *socket, const SandboxResponse &response,
                                       int intervalMs) {
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(response, response.body.size(), true));
    // The timer belongs to the socket: a client that gives up takes the trickle with it.
    auto *timer = new QTimer(socket);
    timer->setInterval(std::max(1, intervalMs));
    auto sent = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body = response.body, sent] {
        if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        socket->write(body.mid(*sent, 1));
        ++*sent;
    });
    timer->start();
}

void SandboxHttpListener::reset(QTcpSocket *socket) {
    if (!socket)
        return;
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        // A zero linger time makes close() send RST instead of FIN.
        linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
    }
    socket->abort();
}
