#pragma once

#include "core/api/ApiOperation.h"
#include "core/api/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class ApiClient;

/// What the facades over an ApiClient (TasksApi, DirectoryApi) share: the client, the size
/// above which bodies are parsed off the calling thread, and starting an ApiOperation whose
/// outcome goes to a typed callback.
class ApiFacade : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiFacade)

public:
    ~ApiFacade() override;

    [[nodiscard]] ApiClient *client() const { return m_client; }

    /// Bodies larger than this are parsed off the calling thread (default 256 KiB).
    void setParseThreshold(qsizetype bytes) { m_parseThreshold = bytes; }
    /// How many bodies were parsed on the thread pool so far (diagnostics and tests).
    [[nodiscard]] int backgroundParseCount() const { return m_backgroundParses; }

Q_SIGNALS:
    /// A body is about to be parsed on the thread pool (emitted before the worker starts).
    void backgroundParseStarted();

protected:
    /// `client` is not owned and must outlive this object.
    explicit ApiFacade(ApiClient *client, QObject *parent = nullptr);

    /// An operation whose errors (Cancelled included) and, through ApiOperation::succeed(),
    /// result go to `callback` on `context` (this facade when null).
    template<typename T>
    ApiOperation *start(QObject *context, std::function<void(Result<T>)> callback) {
        auto shared = std::make_shared<std::function<void(Result<T>)>>(std::move(callback));
        auto *operation = new ApiOperation(m_client, context ? context : this,
                                           [shared](const ApiError &error) { (*shared)(error); });
        prepare(operation);
        return operation;
    }

    /// Hands `value` to the callback of an operation made by start().
    template<typename T>
    static void succeed(ApiOperation *operation, std::function<void(Result<T>)> callback, T value) {
        operation->succeed(
            [callback = std::move(callback), value = std::move(value)] { callback(value); });
    }

private:
    void prepare(ApiOperation *operation);

    ApiClient *m_client;
    qsizetype m_parseThreshold = ApiOperation::DefaultParseThreshold;
    int m_backgroundParses = 0;
};
