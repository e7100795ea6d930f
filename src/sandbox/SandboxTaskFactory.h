#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonObject>

class SandboxStore;

/// Validates a one-off task create (POST /organizations/{org}/tasks) the way the documentation
/// describes it and stores the task, fanning it out when asked. The description may come as
/// `description`, `summary` or both; it is stored as `summary`. Dates may be ISO 8601 (with `Z`,
/// an offset or no zone) or the older `YYYY-MM-DD HH:MM:SS`; their digits are kept as UTC and
/// any zone is discarded, as the real server does.
class SandboxTaskFactory final {
public:
    explicit SandboxTaskFactory(SandboxStore &store);

    /// 201 with {"data": task}, 422 with Laravel field errors, or 400 for a body that is not a
    /// JSON object. A body that carries `description` gets the create page's 201, which has no
    /// `summary`; a body with only `summary` gets it back, as live clients see.
    SandboxResponse create(const QByteArray &body);

private:
    QJsonObject validate(const QJsonObject &body) const;

    SandboxStore &m_store;
};
