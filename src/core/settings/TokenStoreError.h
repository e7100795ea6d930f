#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

/// Why a TokenStore operation failed. `message` is translated and can be shown as is; `detail`
/// is the backend's own text for logs (it never contains the token).
struct TokenStoreError final {
    Q_GADGET

public:
    enum class Kind {
        NoKeychain, ///< no usable keychain (no Secret Service, no D-Bus, no answer): offer
                    ///< keeping the token for this session only
        Denied,     ///< the keychain refused access (locked, or the user said no)
        NotFound,   ///< nothing stored under this key
        Other,      ///< anything else; `message` says what
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Other;
    QString message;
    QString detail;

    static TokenStoreError noKeychain(const QString &detail = {});
    /// The keychain did not answer in time (a hung service, or a prompt nobody can see).
    static TokenStoreError noAnswer(int seconds);
    static TokenStoreError denied(const QString &detail = {});
    static TokenStoreError notFound();
    static TokenStoreError other(const QString &message, const QString &detail = {});

    /// A stable English name of the kind, for logs and tests.
    [[nodiscard]] static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(TokenStoreError)
