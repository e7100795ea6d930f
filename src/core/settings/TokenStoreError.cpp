#include "core/settings/TokenStoreError.h"

#include <QCoreApplication>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

TokenStoreError TokenStoreError::noKeychain(const QString &detail) {
    return {Kind::NoKeychain,
            QCoreApplication::translate("TokenStoreError",
                                        "No keychain is available on this system (no Secret "
                                        "Service running). The token can be kept for this "
                                        "session only."),
            detail};
}

TokenStoreError TokenStoreError::noAnswer(int seconds) {
    return {Kind::NoKeychain,
            QCoreApplication::translate("TokenStoreError",
                                        "The keychain did not answer within %n second(s). The "
                                        "token can be kept for this session only.",
                                        nullptr, seconds),
            u"no answer within %1 s"_s.arg(seconds)};
}

TokenStoreError TokenStoreError::denied(const QString &detail) {
    return {Kind::Denied,
            QCoreApplication::translate("TokenStoreError",
                                        "The keychain refused access. Unlock it (for example "
                                        "with your login password) and try again."),
            detail};
}

TokenStoreError TokenStoreError::notFound() {
    return {Kind::NotFound,
            QCoreApplication::translate("TokenStoreError",
                                        "No token is stored for this server and organization."),
            {}};
}

TokenStoreError TokenStoreError::other(const QString &message, const QString &detail) {
    return {Kind::Other, message, detail};
}

QString TokenStoreError::kindName(Kind kind) {
    const char *name = QMetaEnum::fromType<Kind>().valueToKey(int(kind));
    return name ? QString::fromLatin1(name) : QString::number(int(kind));
}
