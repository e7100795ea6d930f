#pragma once

#include "core/settings/TokenStore.h"

#include <QHash>

#include <optional>

/// Tokens held in memory only: for tests, the sandbox and the "this session only" choice. A
/// write or remove is visible at once; the answer still arrives asynchronously, like the
/// keychain's.
class MemoryTokenStore final : public TokenStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

public:
    explicit MemoryTokenStore(QObject *parent = nullptr);
    ~MemoryTokenStore() override;

    /// Makes every later operation fail with `error` (none: work normally again). Lets tests of
    /// the callers walk the keychain's failure paths.
    void setFailure(const std::optional<TokenStoreError> &error);

    [[nodiscard]] bool contains(const QString &key) const;
    [[nodiscard]] qsizetype count() const;

protected:
    void startRead(const QString &key, Completion done) override;
    void startWrite(const QString &key, const QString &token, Completion done) override;
    void startRemove(const QString &key, Completion done) override;

private:
    QHash<QString, QString> m_tokens;
    std::optional<TokenStoreError> m_failure;
};
