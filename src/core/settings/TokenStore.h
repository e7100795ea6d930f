#pragma once

#include "core/settings/TokenStoreResult.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

/// Where API tokens live, one per server and organization. Every operation answers
/// asynchronously, exactly once, through a callback run in the thread of `context`, and never
/// after `context` is destroyed. No operation blocks or spins a nested event loop.
class TokenStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    using Callback = std::function<void(const TokenStoreResult &result)>;

    ~TokenStore() override;

    /// Answers the token, or NotFound when none is stored under `key`.
    void read(const QString &key, QObject *context, Callback callback);
    /// Stores `token` under `key`, replacing what was there.
    void write(const QString &key, const QString &token, QObject *context, Callback callback);
    /// Removes the token under `key`; removing a missing key succeeds.
    void remove(const QString &key, QObject *context, Callback callback);

    /// The key for a server and organization: `taskdesk:<host[:port]><path>:<org id>`, e.g.
    /// `taskdesk:go.tallyfy.com/api:0123…`, so that several organizations and servers coexist.
    [[nodiscard]] static QString keyFor(const QUrl &serverUrl, const QString &organizationId);

Q_SIGNALS:
    /// After a successful write or remove.
    void tokenChanged(const QString &key);

protected:
    explicit TokenStore(QObject *parent = nullptr);

    /// Implementations call a Completion once, now or later, in the store's thread.
    using Completion = std::function<void(const TokenStoreResult &result)>;
    virtual void startRead(const QString &key, Completion done) = 0;
    virtual void startWrite(const QString &key, const QString &token, Completion done) = 0;
    virtual void startRemove(const QString &key, Completion done) = 0;

private:
    Completion completion(const QString &key, bool changesToken, QObject *context,
                          Callback callback);
    static void deliver(QObject *context, Callback callback, const TokenStoreResult &result);
};
