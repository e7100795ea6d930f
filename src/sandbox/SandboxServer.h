#pragma once

#include "sandbox/SandboxFault.h"
#include "sandbox/SandboxRequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpSocket;
class SandboxHttpListener;
class SandboxRouter;
class SandboxStore;
struct SandboxResponse;

/// A faithful fake of the Tallyfy REST API on loopback, for tests, demos and benchmarks.
///
/// It serves the seed data from resources/sandbox/seed.json over real HTTP/1.1, records every
/// request, and injects faults on the wire (resets, hangs, truncated bodies, error pages, ...).
/// It shares no code with the client, so a misunderstanding of the API cannot hide in both.
class SandboxServer : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr); // loads the seed
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:port (0 = any free port), plus a second listener on 127.0.0.2 (any
    /// port) that RedirectToOtherHost points to. False if the main listener cannot bind.
    bool listen(quint16 port = 0);
    QUrl baseUrl() const;          // http://127.0.0.1:<port>/api
    QUrl otherHostBaseUrl() const; // http://127.0.0.2:<port2>/api; empty if that bind failed
    QString orgId() const;
    QString token() const;        // the valid token: JWT-looking, starts "eyJ", >= 32 chars
    qint64 currentUserId() const; // the member the token belongs to

    struct TaskInfo {
        QString id;
        QString title;
    };
    /// The tasks of the seed file in file order, then those added by addLargeTask().
    QList<TaskInfo> seededTasks() const;

    /// Faults are consumed in the order they were added; a request matching none is answered
    /// normally. Requests reaching the other-host listener are never faulted.
    void addFault(const SandboxFault &fault);
    void clearFaults();

    /// Every request that reached either listener, faulted or not, in arrival order.
    QList<SandboxRequest> requests() const;
    void clearRequests();
    /// Recorded requests with this method (empty = any) whose decoded path matches the regular
    /// expression (searched, not anchored; empty = any).
    int requestCount(const QByteArray &method, const QString &pathPattern) const;

    /// Adds members with varied names (some non-ASCII) and unique emails, e.g. 10,000.
    void addGeneratedMembers(int count);
    /// Adds a one-off task whose GET with=form_fields is about 4 KB per field (~20 MB for the
    /// default); returns its id.
    QString addLargeTask(int formFieldCount = 5000);
    /// Adds `count` generated tasks (deterministic; see SandboxStore::addGeneratedTasks()).
    void addGeneratedTasks(int count);
    /// The stored record of a task: the fields of a plain GET (owners as IDs) plus its relations
    /// unwrapped (`form_fields` entries, `tags` as IDs, `threads`, `assets`, ...). Empty if
    /// unknown.
    QJsonObject storedTask(const QString &id) const;
    /// The data behind the answers, for tests that change it (e.g. names with markup).
    SandboxStore &store() const { return *m_store; }

private:
    void handle(const SandboxRequest &request, QTcpSocket *socket);
    SandboxResponse answer(const SandboxRequest &request);
    bool takeFault(const SandboxRequest &request, SandboxFault *fault);
    void send(QTcpSocket *socket, SandboxResponse response, bool keepAlive) const;

    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxRouter> m_router;
    QPointer<SandboxHttpListener> m_listener;
    quint16 m_port = 0;
    quint16 m_otherPort = 0;
    QList<SandboxFault> m_faults;
    QList<SandboxRequest> m_requests;
};
