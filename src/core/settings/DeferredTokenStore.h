#pragma once

#include "core/settings/TokenStore.h"

#include <QList>

#include <functional>
#include <memory>

/// A TokenStore that makes its real store only when start() is called and keeps every
/// operation asked before that, in order, until then.
///
/// The application reads the keychain after its window's first frame: creating the keychain
/// store and its first read (QtKeychain, libsecret, the Secret Service over D-Bus) stay off that
/// path, while the Session asks for the token at once as always and gets its answer once the
/// store has started. Nothing asked is lost or answered twice; an operation whose context dies
/// meanwhile is simply not answered, as with any TokenStore.
class DeferredTokenStore final : public TokenStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredTokenStore)

public:
    using Factory = std::function<std::unique_ptr<TokenStore>()>;

    /// `factory` makes the real store when start() is called; it must not answer null.
    explicit DeferredTokenStore(Factory factory, QObject *parent = nullptr);
    ~DeferredTokenStore() override;

    /// Makes the real store and passes on, in order, what was asked so far. Later calls do
    /// nothing.
    void start();
    [[nodiscard]] bool isStarted() const { return m_store != nullptr; }
    /// The real store once started, else null.
    [[nodiscard]] TokenStore *store() const { return m_store.get(); }
    /// How many operations wait for start().
    [[nodiscard]] qsizetype waitingCount() const { return m_waiting.size(); }

protected:
    void startRead(const QString &key, Completion done) override;
    void startWrite(const QString &key, const QString &token, Completion done) override;
    void startRemove(const QString &key, Completion done) override;

private:
    /// Runs `operation` on the real store now, or keeps it until start().
    void whenStarted(std::function<void(TokenStore &store)> operation);

    Factory m_factory;
    std::unique_ptr<TokenStore> m_store;
    QList<std::function<void(TokenStore &store)>> m_waiting;
};
