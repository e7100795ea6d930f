#include "core/api/CallHandle.h"

#include "core/api/CancellableCall.h"

CallHandle::CallHandle(CancellableCall *call)
    : m_call(call) {}

void CallHandle::cancel() const {
    CancellableCall *call = m_call.data();
    if (call != nullptr && !call->isFinished())
        call->cancel();
}

bool CallHandle::isActive() const {
    const CancellableCall *call = m_call.data();
    return call != nullptr && !call->isFinished();
}
