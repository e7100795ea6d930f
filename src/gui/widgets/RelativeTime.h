#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// Phrases that put a moment in relation to now, the way a person reads a deadline: "due in 3
/// days", "overdue by 2 hours", "5 minutes ago". Every phrase rounds down to whole minutes,
/// hours or days, so it never claims more time than there is.
class RelativeTime final {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    RelativeTime() = delete;

    /// "due in 3 days", "due in less than a minute", "overdue by 2 hours"; empty for an invalid
    /// deadline.
    [[nodiscard]] static QString deadline(const QDateTime &deadline,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// True when `deadline` is valid and has passed.
    [[nodiscard]] static bool isOverdue(const QDateTime &deadline,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// "just now", "5 minutes ago", "3 hours ago", "2 days ago"; beyond a week the local date.
    [[nodiscard]] static QString ago(const QDateTime &when,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    /// `seconds` (>= 60) as "1 minute", "5 minutes", "30 hours" or "3 days": hours below two days,
    /// so that "30 hours" is not rounded down to "1 day".
    [[nodiscard]] static QString span(qint64 seconds);
};
