#include "sandbox/SandboxJson.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SandboxJson {

std::optional<QDateTime> requestDate(const QJsonValue &value) {
    if (!value.isString())
        return std::nullopt;
    static const QRegularExpression form(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,6}))?)?"
        u"(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"_s);
    static const QRegularExpression spaceForm(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);
    const QString text = value.toString().trimmed();
    const QRegularExpressionMatch match = form.match(text);
    // The space form has no zone, no fraction and always seconds.
    if (!match.hasMatch() ||
        (text.size() > 10 && text.at(10) == u' ' && !spaceForm.match(text).hasMatch()))
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QString fraction = match.captured(7).leftJustified(3, u'0').left(3);
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace SandboxJson
