#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Small, tolerant readers for Tallyfy JSON (tallyfy-api-notes.md 1.3-1.5). Every reader accepts
/// the value it is given as-is (missing, null, wrong type) and answers "nothing" instead of
/// failing, so callers decide what is fatal.
namespace Json {

/// An object whose only key is `data` yields the inner value; anything else passes through
/// unchanged. Apply to every include (`run`, `form_fields`, `tags`, `step`, ...).
QJsonValue unwrap(const QJsonValue &value);

/// Parses `2026-09-30T17:00:00.000Z`, `2026-02-11T08:15:42+00:00` (Qt::ISODateWithMs) and the
/// request form `2026-09-30 17:00:00` (read as UTC). Returns a UTC QDateTime, or an invalid
/// (null) one for null, missing, empty or unparseable input.
QDateTime parseDateTime(const QString &text);
QDateTime parseDateTime(const QJsonValue &value);

/// The request form of a date: ISO 8601 in UTC with `Z` and no milliseconds,
/// `2026-09-30T17:00:00Z` (tallyfy-api-notes.md 1.5). Empty for an invalid QDateTime.
QString toApiDateTime(const QDateTime &dateTime);

/// An integer from a JSON number with no fractional part, or from a numeric string (trimmed).
/// Anything else, including a bool, yields nullopt.
std::optional<qint64> toInt(const QJsonValue &value);

/// A positive integer ID (member IDs, option IDs): like toInt(), but only values > 0.
std::optional<qint64> toPositiveId(const QJsonValue &value);

/// An ID as a string: a string is returned as-is (trimmed), an integral number in decimal.
/// Empty for null, missing, bools, objects and arrays.
QString toIdString(const QJsonValue &value);

/// A string; numbers and bools are converted to their JSON text. Empty for null, missing,
/// objects and arrays.
QString toText(const QJsonValue &value);
/// toText(), or `whenEmpty` where that is empty (a key left out keeps its default).
QString toText(const QJsonValue &value, const QString &whenEmpty);

/// A bool; also accepts 0/1 and the strings "true"/"false"/"1"/"0". nullopt otherwise.
std::optional<bool> toBool(const QJsonValue &value);

/// An object, or an empty object for anything else.
QJsonObject toObject(const QJsonValue &value);

/// An array after unwrap(), or an empty array for anything else.
QJsonArray toArray(const QJsonValue &value);

/// True for 32 lowercase hexadecimal characters (`^[a-f0-9]{32}$`).
bool isHexId(const QString &text);

/// Parses a body that must be a JSON object. On failure returns nullopt and, when `error` is
/// set, a short English description of why.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error = nullptr);

/// Parses every object of a list (after unwrap()) with `T::fromJson(obj, nullptr)`, skipping
/// items that are not objects or that fromJson refuses.
template<typename T>
QList<T> parseList(const QJsonValue &list) {
    QList<T> items;
    const QJsonArray array = toArray(list);
    items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        if (auto parsed = T::fromJson(item.toObject(), nullptr))
            items.append(std::move(*parsed));
    }
    return items;
}

} // namespace Json
