#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

/// The sandbox's HTTP/1.1 wire: hands each parsed request to a handler together with its socket,
/// and writes answers (whole, truncated or not at all) to the socket directly.
class SandboxHttpListener final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpListener)

public:
    using Handler = std::function<void(const SandboxRequest &, QTcpSocket *)>;

    explicit SandboxHttpListener(Handler handler, QObject *parent = nullptr);
    ~SandboxHttpListener() override;

    /// Writes a complete answer. keepAlive = false closes the connection after it.
    static void send(QTcpSocket *socket, const SandboxResponse &response, bool keepAlive);
    /// Announces the full Content-Length, writes only part of the body, then closes.
    static void sendTruncated(QTcpSocket *socket, const SandboxResponse &response);
    /// Writes the head at once and the body one byte every `intervalMs`, the connection kept
    /// alive: a server that is never silent long enough for a transfer timeout.
    static void sendTrickled(QTcpSocket *socket, const SandboxResponse &response, int intervalMs);
    /// Drops the connection with a TCP reset and no answer.
    static void reset(QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static QByteArray head(const SandboxResponse &response, qsizetype contentLength,
                           bool keepAlive);

    Handler m_handler;
};
