#include "core/settings/MemoryTokenStore.h"

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent) {}

MemoryTokenStore::~MemoryTokenStore() = default;

void MemoryTokenStore::setFailure(const std::optional<TokenStoreError> &error) {
    m_failure = error;
}

bool MemoryTokenStore::contains(const QString &key) const {
    return m_tokens.contains(key);
}

qsizetype MemoryTokenStore::count() const {
    return m_tokens.size();
}

void MemoryTokenStore::startRead(const QString &key, Completion done) {
    if (m_failure) {
        done(TokenStoreResult::failure(*m_failure));
        return;
    }
    const auto found = m_tokens.constFind(key);
    if (found == m_tokens.cend()) {
        done(TokenStoreResult::failure(TokenStoreError::notFound()));
        return;
    }
    done(TokenStoreResult::success(*found));
}

void MemoryTokenStore::startWrite(const QString &key, const QString &token, Completion done) {
    if (m_failure) {
        done(TokenStoreResult::failure(*m_failure));
        return;
    }
    m_tokens.insert(key, token);
    done(TokenStoreResult::success());
}

void MemoryTokenStore::startRemove(const QString &key, Completion done) {
    if (m_failure) {
        done(TokenStoreResult::failure(*m_failure));
        return;
    }
    m_tokens.remove(key);
    done(TokenStoreResult::success());
}
