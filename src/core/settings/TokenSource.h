#pragma once

#include "core/settings/TokenStoreError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class MemoryTokenStore;
class TokenStore;

/// Decides which token is in force for a server and organization: TALLYFY_API_TOKEN from the
/// environment (for this run, never stored), else a token kept for this session only, else
/// the keychain. The environment value is injected so that tests need not touch the process
/// environment.
class TokenSource final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSource)

public:
    enum class Origin {
        None,        ///< no token (see Resolution::error)
        Environment, ///< TALLYFY_API_TOKEN
        Session,     ///< kept in memory for this session only
        Keychain,    ///< the TokenStore given at construction
    };
    Q_ENUM(Origin)

    struct Resolution final {
        Origin origin = Origin::None;
        QString token;                        ///< normalized; empty unless ok()
        std::optional<TokenStoreError> error; ///< why there is no token, when !ok()

        [[nodiscard]] bool ok() const { return origin != Origin::None; }
    };
    using Callback = std::function<void(const Resolution &resolution)>;

    static constexpr const char *EnvironmentVariable = "TALLYFY_API_TOKEN";
    /// The process's TALLYFY_API_TOKEN, or empty.
    [[nodiscard]] static QString environmentValue();

    /// `keychain` is not owned and may be null (then only the environment and the session
    /// count). `environmentValue` is what TALLYFY_API_TOKEN held at start; empty for none.
    TokenSource(TokenStore *keychain, const QString &environmentValue, QObject *parent = nullptr);
    ~TokenSource() override;

    /// True when TALLYFY_API_TOKEN is set: it then decides the token for every key, and a
    /// Settings dialog should say so instead of offering to save one.
    [[nodiscard]] bool isFromEnvironment() const;

    /// Keeps `token` (normalized by Validators::token) in memory under `key`; false, and
    /// nothing kept, when the token is refused.
    bool keepForSession(const QString &key, const QString &token);
    void forgetSessionToken(const QString &key);
    [[nodiscard]] bool hasSessionToken(const QString &key) const;
    [[nodiscard]] MemoryTokenStore *sessionStore() const { return m_session; }

    /// Answers the token in force for `key`, asynchronously, in the thread of `context`.
    void resolve(const QString &key, QObject *context, Callback callback);

private:
    QPointer<TokenStore> m_keychain;
    MemoryTokenStore *m_session = nullptr;
    QString m_environmentValue;
};
