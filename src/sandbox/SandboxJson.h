#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

/// Small JSON helpers the sandbox's handlers share.
namespace SandboxJson {

/// A request body as a JSON object; nothing when it is not valid JSON or not an object.
inline std::optional<QJsonObject> object(const QByteArray &body) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

/// The current time the way the API writes timestamps: UTC, ISO 8601 with milliseconds.
inline QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace SandboxJson
