#include "core/settings/KeychainTokenStore.h"

#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "taskdesk.keychain", QtInfoMsg)

// libsecret reports D-Bus and connection failures as plain GErrors, which QtKeychain turns into
// OtherError with the GLib text. These are the texts that mean "nobody is there to ask".
bool looksUnreachable(const QString &detail) {
    static const QStringList markers = {
        u"could not connect"_s,
        u"cannot autolaunch"_s,
        u"no keychain service available"_s,
        u"d-bus is not running"_s,
        u"org.freedesktop.dbus.error.serviceunknown"_s,
        u"not provided by any .service files"_s,
        u"dbus-launch"_s,
        u"no keyring daemon"_s,
    };
    const QString lower = detail.toLower();
    for (const QString &marker : markers) {
        if (lower.contains(marker)) {
            return true;
        }
    }
    return false;
}

// Shared by a job's finished() and its timeout, so that only the first one answers.
struct Pending final {
    bool answered = false;
};

} // namespace

QString KeychainTokenStore::defaultServiceName() {
    return AppInfo::appId();
}

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(defaultServiceName(), parent) {}

KeychainTokenStore::KeychainTokenStore(const QString &serviceName, QObject *parent)
    : TokenStore(parent)
    , m_serviceName(serviceName) {}

KeychainTokenStore::~KeychainTokenStore() = default;

TokenStoreError KeychainTokenStore::mapError(int keychainError, const QString &errorString) {
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        return TokenStoreError::notFound();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStoreError::denied(errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStoreError::noKeychain(errorString);
    case QKeychain::OtherError:
        // Error 7 is what every failure to reach the Secret Service looks like; GLib's text
        // may be translated, so the kind does not depend on recognizing it, only the message.
        if (errorString.isEmpty() || looksUnreachable(errorString)) {
            return TokenStoreError::noKeychain(errorString);
        }
        return {TokenStoreError::Kind::NoKeychain,
                QCoreApplication::translate("KeychainTokenStore",
                                            "The keychain could not be used (%1). The token "
                                            "can be kept for this session only.")
                    .arg(errorString),
                errorString};
    case QKeychain::CouldNotDeleteEntry:
        return TokenStoreError::other(
            QCoreApplication::translate("KeychainTokenStore",
                                        "The token could not be removed from the keychain (%1).")
                .arg(errorString),
            errorString);
    default:
        return TokenStoreError::other(
            QCoreApplication::translate("KeychainTokenStore", "The keychain failed (%1).")
                .arg(errorString.isEmpty() ? QString::number(keychainError) : errorString),
            errorString);
    }
}

namespace {

// Starts `job` and answers `done` once: with `onSuccess(job)` or the mapped error when the job
// finishes, or with NoKeychain when `timeout` passes first. The job has no parent: libsecret
// keeps a pointer to it until its callback runs, so it must outlive the store and delete
// itself (autoDelete) only once finished.
void run(QKeychain::Job *job, KeychainTokenStore *store, const QString &operation,
         std::chrono::milliseconds timeout, std::function<void(const TokenStoreResult &)> done,
         std::function<TokenStoreResult(QKeychain::Job *)> onSuccess) {
    auto pending = std::make_shared<Pending>();
    const QString key = job->key();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    QObject::connect(job, &QKeychain::Job::finished, store,
                     [pending, done, onSuccess, operation, key](QKeychain::Job *finished) {
                         if (pending->answered) {
                             return;
                         }
                         pending->answered = true;
                         if (finished->error() == QKeychain::NoError) {
                             qCDebug(lcKeychain) << operation << key << "done";
                             done(onSuccess(finished));
                             return;
                         }
                         const TokenStoreError error = KeychainTokenStore::mapError(
                             finished->error(), finished->errorString());
                         const QString why = u"%1 (QtKeychain error %2: %3)"_s.arg(
                             TokenStoreError::kindName(error.kind),
                             QString::number(int(finished->error())), finished->errorString());
                         if (error.kind == TokenStoreError::Kind::NotFound) {
                             qCDebug(lcKeychain).noquote() << operation << key << why;
                         } else {
                             qCInfo(lcKeychain).noquote() << operation << key << "failed:" << why;
                         }
                         done(TokenStoreResult::failure(error));
                     });

    QTimer::singleShot(timeout, store, [pending, done, operation, key, timeout] {
        if (pending->answered) {
            return;
        }
        pending->answered = true;
        const auto seconds = int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
        qCWarning(lcKeychain).noquote()
            << operation << key << "got no answer from the keychain within" << timeout.count()
            << "ms";
        done(TokenStoreResult::failure(TokenStoreError::noAnswer(seconds)));
    });

    job->start();
}

} // namespace

void KeychainTokenStore::startRead(const QString &key, Completion done) {
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    run(job, this, u"read"_s, m_timeout, std::move(done), [](QKeychain::Job *finished) {
        return TokenStoreResult::success(
            static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
}

void KeychainTokenStore::startWrite(const QString &key, const QString &token, Completion done) {
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setTextData(token);
    run(job, this, u"write"_s, m_timeout, std::move(done),
        [](QKeychain::Job *) { return TokenStoreResult::success(); });
}

void KeychainTokenStore::startRemove(const QString &key, Completion done) {
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    run(job, this, u"remove"_s, m_timeout, std::move(done),
        [](QKeychain::Job *) { return TokenStoreResult::success(); });
}
