#include "core/settings/TokenSource.h"

#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Validators.h"

#include <QCoreApplication>

TokenSource::TokenSource(TokenStore *keychain, const QString &environmentValue, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(new MemoryTokenStore(this))
    , m_environmentValue(environmentValue.trimmed()) {}

TokenSource::~TokenSource() = default;

QString TokenSource::environmentValue() {
    return qEnvironmentVariable(EnvironmentVariable);
}

bool TokenSource::isFromEnvironment() const {
    return !m_environmentValue.isEmpty();
}

bool TokenSource::keepForSession(const QString &key, const QString &token) {
    const Validated<QString> normalized = Validators::token(token);
    if (!normalized || key.isEmpty()) {
        return false;
    }
    m_session->write(key, *normalized.value, this, {});
    return true;
}

void TokenSource::forgetSessionToken(const QString &key) {
    m_session->remove(key, this, {});
}

bool TokenSource::hasSessionToken(const QString &key) const {
    return m_session->contains(key);
}

void TokenSource::resolve(const QString &key, QObject *context, Callback callback) {
    if (context == nullptr || !callback) {
        return;
    }
    if (isFromEnvironment()) {
        Resolution resolution;
        const Validated<QString> normalized = Validators::token(m_environmentValue);
        if (normalized) {
            resolution.origin = Origin::Environment;
            resolution.token = *normalized.value;
        } else {
            resolution.error = TokenStoreError::other(
                QCoreApplication::translate("TokenSource",
                                            "TALLYFY_API_TOKEN is set but holds no usable "
                                            "token: %1")
                    .arg(normalized.problem));
        }
        QMetaObject::invokeMethod(
            context, [callback, resolution] { callback(resolution); }, Qt::QueuedConnection);
        return;
    }

    QPointer<TokenStore> keychain = m_keychain;
    QPointer<QObject> guard(context);
    m_session->read(
        key, context, [keychain, key, guard, callback](const TokenStoreResult &session) {
            if (session.ok()) {
                callback(Resolution{Origin::Session, session.token(), std::nullopt});
                return;
            }
            if (!keychain || !guard) {
                callback(Resolution{Origin::None, {}, TokenStoreError::notFound()});
                return;
            }
            keychain->read(key, guard.data(), [callback](const TokenStoreResult &stored) {
                if (stored.ok() && !stored.token().isEmpty()) {
                    callback(Resolution{Origin::Keychain, stored.token(), std::nullopt});
                } else if (stored.ok()) {
                    callback(Resolution{Origin::None, {}, TokenStoreError::notFound()});
                } else {
                    callback(Resolution{Origin::None, {}, stored.error()});
                }
            });
        });
}
