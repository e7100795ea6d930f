#include "core/api/CallHandle.h"

#include "core/api/ApiOperation.h"

CallHandle::CallHandle(ApiOperation *operation)
    : m_operation(operation) {}

void CallHandle::cancel() const {
    if (ApiOperation *operation = m_operation.data())
        operation->cancel();
}

ApiOperation *CallHandle::operation() const {
    return m_operation.data();
}

bool CallHandle::isActive() const {
    const ApiOperation *operation = m_operation.data();
    return operation != nullptr && !operation->isFinished();
}

QMetaObject::Connection
CallHandle::onRetryScheduled(QObject *context, std::function<void(int, double)> observer) const {
    ApiOperation *operation = m_operation.data();
    if (operation == nullptr || operation->isFinished() || context == nullptr)
        return {};
    return QObject::connect(operation, &ApiOperation::retryScheduled, context, std::move(observer));
}
