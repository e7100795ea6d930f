#include "core/api/CancellableCall.h"

CancellableCall::CancellableCall(QObject *parent)
    : QObject(parent) {}

CancellableCall::~CancellableCall() = default;
