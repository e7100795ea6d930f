#pragma once

#include "core/settings/TokenStore.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

/// Runs one asynchronous TokenStore operation and waits for its answer without a nested
/// event loop of the code under test: `start` gets a context and the callback to pass on.
/// Nothing when no answer came within `timeoutMs` (the context dies, so a late answer is
/// dropped).
inline std::optional<TokenStoreResult>
storeAnswer(const std::function<void(QObject *context, TokenStore::Callback callback)> &start,
            int timeoutMs = 5000) {
    QObject context;
    auto answer = std::make_shared<std::optional<TokenStoreResult>>();
    auto calls = std::make_shared<int>(0);
    start(&context, [answer, calls](const TokenStoreResult &result) {
        ++*calls;
        *answer = result;
    });
    const bool answered = QTest::qWaitFor([&] { return answer->has_value(); }, timeoutMs);
    Q_UNUSED(answered) // the caller sees an empty optional
    // Exactly once: give a second answer the chance to arrive, and count.
    QCoreApplication::processEvents();
    if (*calls > 1) {
        return TokenStoreResult::failure(
            TokenStoreError::other(QStringLiteral("callback ran %1 times").arg(*calls)));
    }
    return *answer;
}
