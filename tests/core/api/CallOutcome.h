#pragma once

#include "core/api/ApiError.h"
#include "core/api/Result.h"

#include <QString>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

/// What an API callback saw: how often it ran, on which thread, and the last result. The test
/// and the callback share it through a std::shared_ptr, so a callback that runs late (or never)
/// writes into nothing that has gone.
template<typename T>
struct CallOutcome final {
    int calls = 0;
    std::optional<Result<T>> result;
    QThread *thread = nullptr;

    [[nodiscard]] bool ok() const { return result && result->ok(); }
    [[nodiscard]] ApiError::Kind kind() const { return result->error().kind; }
    [[nodiscard]] QString details() const {
        return result && !result->ok() ? result->error().technicalDetails() : QString();
    }
};

/// A callback that records every call into `outcome`.
template<typename T>
std::function<void(Result<T>)> recorder(const std::shared_ptr<CallOutcome<T>> &outcome) {
    return [outcome](Result<T> result) {
        ++outcome->calls;
        outcome->thread = QThread::currentThread();
        outcome->result = std::move(result);
    };
}

/// Runs the event loop until `outcome` has seen a call; a failed check after 20 s.
template<typename T>
void waitForCall(const std::shared_ptr<CallOutcome<T>> &outcome) {
    QVERIFY(QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000));
}
