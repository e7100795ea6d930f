#include "core/api/ApiError.h"

#include "core/api/ApiErrorText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRetryAfterSeconds = 30;
/// What the edge proxy's own 404 page contains (tallyfy-api-notes.md 4.1).
constexpr QByteArrayView edgeMarker = "apsh546";
const auto endpointNotFoundCode = QStringLiteral("ENDPOINT_NOT_FOUND");

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("ApiError", text, nullptr, n);
}

QString standardReasonPhrase(int status) {
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 413:
        return u"Payload Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return u"HTTP %1"_s.arg(status);
    }
}

/// Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair.
QString capText(const QString &text, qsizetype max) {
    if (text.size() <= max)
        return text;
    qsizetype cut = max - 1; // room for the ellipsis
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

bool isJsonContentType(const QByteArray &contentType) {
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body) {
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml")
        return true;
    const QByteArray head = body.left(2048).trimmed().toLower();
    return head.startsWith("<!doctype") || head.startsWith("<html") || head.contains("<html") ||
           head.contains("<body") || head.contains("<head");
}

QString valueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

QString joinPath(const QString &prefix, const QString &key) {
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

/// Flattens every documented shape of `errors` (string, list of strings, nested lists and
/// objects) into dotted paths.
void flattenErrors(const QString &path, const QJsonValue &value, QMap<QString, QStringList> &out) {
    switch (value.type()) {
    case QJsonValue::String:
    case QJsonValue::Double:
    case QJsonValue::Bool: {
        const QString text = valueText(value).trimmed();
        if (!text.isEmpty())
            out[path].append(text);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            // Messages in a list belong to the list's own path; structures get their index.
            if (item.isArray() || item.isObject())
                flattenErrors(joinPath(path, QString::number(i)), item, out);
            else
                flattenErrors(path, item, out);
        }
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenErrors(joinPath(path, it.key()), it.value(), out);
        break;
    }
    default:
        break;
    }
}

QString scrubText(const QString &text) {
    return QString::fromUtf8(ApiError::scrub(text.toUtf8())).trimmed();
}

ApiError::Kind kindForStatus(int status, bool endpointMissing) {
    using Kind = ApiError::Kind;
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return endpointMissing ? Kind::EndpointNotFound : Kind::NotFound;
    case 405:
        return Kind::EndpointNotFound;
    case 408:
        return Kind::Timeout;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::Validation;
    return Kind::InvalidResponse;
}

} // namespace

QString ApiError::redirectRefusedCode() {
    return u"REDIRECT_REFUSED"_s;
}

QString ApiError::decompressionFailedCode() {
    return u"DECOMPRESSION_FAILED"_s;
}

QString ApiError::noOrganizationCode() {
    return u"NO_ORGANIZATION"_s;
}

ApiError ApiError::noOrganization() {
    ApiError error;
    error.kind = Kind::Validation;
    error.code = noOrganizationCode();
    error.message = u"No organization is set."_s;
    return error;
}

ApiError ApiError::invalidInput(const QMap<QString, QStringList> &fieldErrors) {
    ApiError error;
    error.kind = Kind::Validation;
    error.message = tr("Some fields need attention");
    error.fieldErrors = fieldErrors;
    return error;
}

QByteArray ApiError::scrub(const QByteArray &text) {
    static const QRegularExpression frameLine(u"^\\s*#\\d"_s);
    QByteArrayList kept;
    const QByteArrayList lines = text.split('\n');
    for (const QByteArray &line : lines) {
        // Beyond the reference's list: framework and vendor file paths (a JSON 500 names them
        // with forward slashes) say nothing useful and show the server's layout.
        if (line.contains("SQLSTATE") || line.contains("Illuminate\\") ||
            line.contains("Illuminate/") || line.contains("/vendor/") ||
            line.contains("Stack trace") || frameLine.match(QString::fromUtf8(line)).hasMatch())
            continue;
        kept.append(line);
    }
    return kept.join('\n');
}

std::optional<int> ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now) {
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber && std::isfinite(seconds))
        return std::clamp(static_cast<int>(std::ceil(std::clamp(seconds, -1.0, 1.0e6))), 0,
                          MaxRetryAfterSeconds);

    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        // IMF-fixdate says "GMT"; older Qt versions only read numeric offsets.
        static const QRegularExpression zone(u"\\s+(GMT|UTC|UT|Z)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        QString numeric = text;
        numeric.replace(zone, u" +0000"_s);
        when = QDateTime::fromString(numeric, Qt::RFC2822Date);
    }
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = now.secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, MaxRetryAfterSeconds));
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray &body,
                                    const QByteArray &contentType, const QByteArray &requestId,
                                    const QByteArray &retryAfter, const QDateTime &now,
                                    const QByteArray &reasonPhrase) {
    ApiError error;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(requestId).trimmed();
    error.retryAfterSeconds = parseRetryAfter(retryAfter, now);

    const QByteArray readBody = body.left(MaxErrorBodyRead);
    error.rawBody = scrub(readBody).left(MaxKeptBody);

    // A JSON body is read as JSON even when the Content-Type is wrong: a stray text/html on a
    // JSON error should not hide the server's message.
    QJsonObject json;
    bool isJson = false;
    const QByteArray trimmed = readBody.trimmed();
    if (isJsonContentType(contentType) || trimmed.startsWith('{')) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
            json = doc.object();
            isJson = true;
        }
    }

    QString message;
    if (isJson) {
        const QJsonValue errorValue = json.value(u"error"_s);
        const QJsonObject errorObject = errorValue.toObject();
        if (errorValue.isObject())
            message = valueText(errorObject.value(u"message"_s));
        if (message.trimmed().isEmpty())
            message = valueText(json.value(u"message"_s));
        if (message.trimmed().isEmpty() && errorValue.isString())
            message = errorValue.toString();

        QString code;
        if (errorValue.isObject())
            code = valueText(errorObject.value(u"code"_s));
        if (code.isEmpty())
            code = valueText(json.value(u"code"_s));
        error.code = code.trimmed();

        flattenErrors(QString(), json.value(u"errors"_s), error.fieldErrors);

        message = capText(scrubText(message), MaxRawMessage);
        if (message.isEmpty() && !error.fieldErrors.isEmpty())
            message = tr("Some fields need attention");
    } else if (!trimmed.isEmpty()) {
        if (looksLikeHtml(contentType, trimmed)) {
            message = tr("The server returned an error page (HTTP %1)").arg(httpStatus);
        } else {
            message = capText(scrubText(QString::fromUtf8(trimmed)).simplified(), MaxRawMessage);
        }
    }
    if (message.isEmpty()) {
        message = QString::fromLatin1(reasonPhrase).trimmed();
        if (message.isEmpty())
            message = standardReasonPhrase(httpStatus);
    }
    error.message = message;

    const bool endpointMissing =
        error.code == endpointNotFoundCode || !isJson || readBody.contains(edgeMarker);
    error.kind = kindForStatus(httpStatus, endpointMissing);
    return error;
}

bool ApiError::mayHaveBeenProcessed() const {
    switch (kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::Server:
    case Kind::InvalidResponse:
        return true;
    default:
        return false;
    }
}

bool ApiError::isUnclearNotFound() const {
    return httpStatus == 404 && kind == Kind::EndpointNotFound && code != endpointNotFoundCode &&
           !rawBody.contains(edgeMarker);
}

ApiError ApiError::transport(Kind kind, const QString &detail) {
    ApiError error;
    error.kind = kind;
    error.httpStatus = 0;
    error.message = detail;
    return error;
}

QString ApiError::userText() const {
    return ApiErrorText::userText(*this);
}

QString ApiError::whatHappened() const {
    return ApiErrorText::whatHappened(*this);
}

QString ApiError::technicalDetails() const {
    QStringList lines;
    lines << u"Kind: %1"_s.arg(kindName(kind));
    if (httpStatus > 0)
        lines << u"HTTP status: %1"_s.arg(httpStatus);
    if (!code.isEmpty())
        lines << u"Code: %1"_s.arg(code);
    if (!requestId.isEmpty())
        lines << u"Request ID: %1"_s.arg(requestId);
    if (retryAfterSeconds)
        lines << u"Retry after: %1 s"_s.arg(*retryAfterSeconds);
    if (organizationCheckFailed)
        lines << u"Organization check: failed"_s;
    if (!message.isEmpty())
        lines << u"Message: %1"_s.arg(message);
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        lines << u"Field %1: %2"_s.arg(it.key().isEmpty() ? u"(none)"_s : it.key(),
                                       it.value().join(u"; "_s));
    if (!rawBody.isEmpty())
        lines << u"Body:"_s << QString::fromUtf8(rawBody);
    return lines.join(u'\n');
}

QString ApiError::kindName(Kind kind) {
    const char *name = QMetaEnum::fromType<Kind>().valueToKey(int(kind));
    return name ? QString::fromLatin1(name) : QString::number(int(kind));
}
