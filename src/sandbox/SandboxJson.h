#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
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

/// A request date as the server reads it: ISO 8601 (a date, or a date and time with `Z`, an
/// offset or no zone), or the older space form "YYYY-MM-DD HH:MM:SS". The server only checks
/// that the text parses and keeps the digits in a column without a zone, so a `Z` or an offset
/// is discarded and the digits count as UTC (tallyfy-api-notes.md 1.5, quirk 28). nullopt when
/// the text does not parse.
std::optional<QDateTime> requestDate(const QJsonValue &value);

/// The current time the way the API writes timestamps: UTC, ISO 8601 with milliseconds.
inline QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace SandboxJson
