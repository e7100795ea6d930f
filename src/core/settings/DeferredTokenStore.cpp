#include "core/settings/DeferredTokenStore.h"

#include <utility>

DeferredTokenStore::DeferredTokenStore(Factory factory, QObject *parent)
    : TokenStore(parent)
    , m_factory(std::move(factory)) {}

DeferredTokenStore::~DeferredTokenStore() = default;

void DeferredTokenStore::start() {
    if (m_store) {
        return;
    }
    m_store = m_factory();
    Q_ASSERT(m_store);
    // The store answers on this object's thread; what it says goes on to the original caller
    // through the completion TokenStore made for it.
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &operation : waiting) {
        operation(*m_store);
    }
}

void DeferredTokenStore::whenStarted(std::function<void(TokenStore &store)> operation) {
    if (m_store) {
        operation(*m_store);
        return;
    }
    m_waiting.append(std::move(operation));
}

void DeferredTokenStore::startRead(const QString &key, Completion done) {
    whenStarted(
        [this, key, done = std::move(done)](TokenStore &store) { store.read(key, this, done); });
}

void DeferredTokenStore::startWrite(const QString &key, const QString &token, Completion done) {
    whenStarted([this, key, token, done = std::move(done)](TokenStore &store) {
        store.write(key, token, this, done);
    });
}

void DeferredTokenStore::startRemove(const QString &key, Completion done) {
    whenStarted(
        [this, key, done = std::move(done)](TokenStore &store) { store.remove(key, this, done); });
}
