#include "gui/widgets/RelativeTime.h"

#include <QLocale>

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

QString RelativeTime::span(qint64 seconds) {
    // One source string per English form: English is built in (no translation is loaded for
    // it), so "%n day(s)" would be shown as is. Translators still get %n, with their own
    // plural forms, in each of the strings.
    if (seconds < Hour) {
        const int minutes = int(seconds / Minute);
        return minutes == 1 ? tr("%n minute", "", minutes) : tr("%n minutes", "", minutes);
    }
    if (seconds < 2 * Day) {
        const int hours = int(seconds / Hour);
        return hours == 1 ? tr("%n hour", "", hours) : tr("%n hours", "", hours);
    }
    const int days = int(seconds / Day);
    return tr("%n days", "", days); // two or more
}

QString RelativeTime::deadline(const QDateTime &deadline, const QDateTime &now) {
    if (!deadline.isValid())
        return {};
    const qint64 seconds = now.secsTo(deadline);
    if (seconds >= 0) {
        if (seconds < Minute)
            return tr("due in less than a minute");
        return tr("due in %1", "a span of time, e.g. '3 days'").arg(span(seconds));
    }
    if (-seconds < Minute)
        return tr("overdue by less than a minute");
    return tr("overdue by %1", "a span of time, e.g. '2 hours'").arg(span(-seconds));
}

bool RelativeTime::isOverdue(const QDateTime &deadline, const QDateTime &now) {
    return deadline.isValid() && deadline < now;
}

QString RelativeTime::ago(const QDateTime &when, const QDateTime &now) {
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < Minute) // also a clock that runs a little behind the server's
        return tr("just now");
    if (seconds < 7 * Day)
        return tr("%1 ago", "a span of time, e.g. '5 minutes'").arg(span(seconds));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}
