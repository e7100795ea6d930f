#pragma once

#include "core/settings/TokenStore.h"

#include <chrono>

/// Tokens in the OS keychain through QtKeychain (libsecret's Secret Service on Linux), under the
/// service name io.github.taskdesk.Taskdesk. QtKeychain's insecure plain-text fallback is off:
/// without a keychain the store answers NoKeychain and the caller may keep the token for the
/// session only. An operation the keychain leaves unanswered (a hung service, a prompt nobody
/// can see) fails with NoKeychain after timeout(). QtKeychain runs one job at a time per
/// process, so after such a hang later operations wait behind it and time out too.
class KeychainTokenStore final : public TokenStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{30000};

    /// The application ID, io.github.taskdesk.Taskdesk.
    [[nodiscard]] static QString defaultServiceName();

    explicit KeychainTokenStore(QObject *parent = nullptr);
    explicit KeychainTokenStore(const QString &serviceName, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    [[nodiscard]] QString serviceName() const { return m_serviceName; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Maps a QtKeychain error code (QKeychain::Error) and its text onto a TokenStoreError.
    [[nodiscard]] static TokenStoreError mapError(int keychainError, const QString &errorString);

protected:
    void startRead(const QString &key, Completion done) override;
    void startWrite(const QString &key, const QString &token, Completion done) override;
    void startRemove(const QString &key, Completion done) override;

private:
    QString m_serviceName;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
