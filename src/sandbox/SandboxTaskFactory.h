#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonObject>

class SandboxStore;

/// Validates a one-off task create (POST /organizations/{org}/tasks) the way the server does and
/// stores the task, fanning it out when asked.
class SandboxTaskFactory final {
public:
    explicit SandboxTaskFactory(SandboxStore &store);

    /// 201 with {"data": task}, 422 with Laravel field errors, or 400 for a body that is not a
    /// JSON object.
    SandboxResponse create(const QByteArray &body);

private:
    QJsonObject validate(const QJsonObject &body) const;

    SandboxStore &m_store;
};
