#include "core/settings/TokenStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

TokenStore::TokenStore(QObject *parent)
    : QObject(parent) {}

TokenStore::~TokenStore() = default;

QString TokenStore::keyFor(const QUrl &serverUrl, const QString &organizationId) {
    QString server = serverUrl.host().toLower();
    if (serverUrl.port() != -1) {
        server += u':' + QString::number(serverUrl.port());
    }
    QString path = serverUrl.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    return u"taskdesk:"_s + server + path + u':' + organizationId.trimmed().toLower();
}

void TokenStore::deliver(QObject *context, Callback callback, const TokenStoreResult &result) {
    if (context == nullptr || !callback) {
        return;
    }
    // Queued on the context: the answer never arrives inside the call that asked, and the
    // event is dropped with the context if the context dies first.
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result] { callback(result); },
        Qt::QueuedConnection);
}

TokenStore::Completion TokenStore::completion(const QString &key, bool changesToken,
                                              QObject *context, Callback callback) {
    auto answered = std::make_shared<bool>(false);
    return
        [self = QPointer<TokenStore>(this), key, changesToken, guard = QPointer<QObject>(context),
         answered, callback = std::move(callback)](const TokenStoreResult &result) {
            if (*answered) {
                return;
            }
            *answered = true;
            if (changesToken && result.ok() && self) {
                Q_EMIT self->tokenChanged(key);
            }
            deliver(guard.data(), callback, result);
        };
}

void TokenStore::read(const QString &key, QObject *context, Callback callback) {
    Completion done = completion(key, false, context, std::move(callback));
    if (key.isEmpty()) {
        done(TokenStoreResult::failure(TokenStoreError::other(
            QCoreApplication::translate("TokenStore", "No server and organization were given."))));
        return;
    }
    startRead(key, std::move(done));
}

void TokenStore::write(const QString &key, const QString &token, QObject *context,
                       Callback callback) {
    Completion done = completion(key, true, context, std::move(callback));
    if (key.isEmpty()) {
        done(TokenStoreResult::failure(TokenStoreError::other(
            QCoreApplication::translate("TokenStore", "No server and organization were given."))));
        return;
    }
    if (token.isEmpty()) {
        done(TokenStoreResult::failure(TokenStoreError::other(
            QCoreApplication::translate("TokenStore", "An empty token cannot be stored."))));
        return;
    }
    startWrite(key, token, std::move(done));
}

void TokenStore::remove(const QString &key, QObject *context, Callback callback) {
    Completion done = completion(key, true, context, std::move(callback));
    if (key.isEmpty()) {
        done(TokenStoreResult::failure(TokenStoreError::other(
            QCoreApplication::translate("TokenStore", "No server and organization were given."))));
        return;
    }
    startRemove(key, std::move(done));
}
