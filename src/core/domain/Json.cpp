#include "core/domain/Json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Json {

QJsonValue unwrap(const QJsonValue &value) {
    if (value.isObject()) {
        const QJsonObject obj = value.toObject();
        if (obj.size() == 1 && obj.contains("data"_L1))
            return obj.value("data"_L1);
    }
    return value;
}

QDateTime parseDateTime(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(trimmed, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!parsed.isValid())
        return {};
    // A time without an offset comes from the server, which speaks UTC.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

QDateTime parseDateTime(const QJsonValue &value) {
    if (!value.isString())
        return {};
    return parseDateTime(value.toString());
}

QString toApiDateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODate);
}

std::optional<qint64> toInt(const QJsonValue &value) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Doubles beyond 2^53 are not exact integers any more; refuse rather than round.
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
            return std::nullopt;
        return value.toInteger();
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok, 10);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<qint64> toPositiveId(const QJsonValue &value) {
    const auto parsed = toInt(value);
    if (parsed && *parsed > 0)
        return parsed;
    return std::nullopt;
}

QString toIdString(const QJsonValue &value) {
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        if (const auto integer = toInt(value))
            return QString::number(*integer);
    }
    return {};
}

QString toText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        if (const auto integer = toInt(value))
            return QString::number(*integer);
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return {};
    }
}

QString toText(const QJsonValue &value, const QString &whenEmpty) {
    const QString text = toText(value);
    return text.isEmpty() ? whenEmpty : text;
}

std::optional<bool> toBool(const QJsonValue &value) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 0.0)
            return false;
        if (d == 1.0)
            return true;
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == "true"_L1 || text == "1"_L1)
            return true;
        if (text == "false"_L1 || text == "0"_L1)
            return false;
    }
    return std::nullopt;
}

QJsonObject toObject(const QJsonValue &value) {
    return value.isObject() ? value.toObject() : QJsonObject{};
}

QJsonArray toArray(const QJsonValue &value) {
    const QJsonValue inner = unwrap(value);
    return inner.isArray() ? inner.toArray() : QJsonArray{};
}

bool isHexId(const QString &text) {
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-f0-9]{32}"_s));
    return pattern.match(text).hasMatch();
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = QCoreApplication::translate("Json", "The response is not valid JSON (%1 at "
                                                         "offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Json", "The response is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

} // namespace Json
