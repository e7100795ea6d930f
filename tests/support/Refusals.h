#pragma once

#include "sandbox/SandboxFault.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

/// A fault that answers the next `method` request with Laravel's 422, one `message` under `key`
/// (`taskdata.<field ID>`, `title`, ...), as the API refuses a value it does not accept.
inline SandboxFault validationRefusal(const QByteArray &method, const QString &key,
                                      const QString &message) {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 422;
    fault.method = method;
    fault.contentType = "application/json";
    const QJsonObject errors{{key, QJsonArray{message}}};
    fault.body = QJsonDocument(QJsonObject{{QStringLiteral("message"),
                                            QStringLiteral("The given data was invalid.")},
                                           {QStringLiteral("errors"), errors}})
                     .toJson(QJsonDocument::Compact);
    return fault;
}
