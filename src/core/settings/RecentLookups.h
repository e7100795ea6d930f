#pragma once

#include "core/settings/RecentLookup.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The one set of rules for the lookup history, wherever it is kept or shown: newest first, one
/// entry per task (IDs compared without regard to case), at most MaxCount entries, titles cut to
/// MaxTitleLength. A server may send a title of millions of characters; the history stays small
/// all the same, so that a large answer cannot grow the settings file or slow every start.
class RecentLookups final {
public:
    RecentLookups() = delete;

    /// How many lookups are kept.
    static constexpr qsizetype MaxCount = 50;
    /// The most characters of a title that are kept (an ellipsis included).
    static constexpr qsizetype MaxTitleLength = 300;
    /// Longer IDs are no task's (they are 32 characters): such an entry is dropped.
    static constexpr qsizetype MaxTaskIdLength = 64;

    /// `lookup` as it is kept: the ID trimmed, the title cut, the time in UTC.
    [[nodiscard]] static RecentLookup capped(RecentLookup lookup);
    /// `lookups` under the rules: each capped, entries without a usable ID dropped, newest first
    /// (entries without a time last, in their order), the first of each task kept, MaxCount.
    [[nodiscard]] static QList<RecentLookup> normalized(QList<RecentLookup> lookups);
    /// `lookups` with `lookup` recorded: it replaces any entry for the same task.
    [[nodiscard]] static QList<RecentLookup> added(QList<RecentLookup> lookups,
                                                   const RecentLookup &lookup);
    /// `lookups` without the entries for `taskId`.
    [[nodiscard]] static QList<RecentLookup> removed(QList<RecentLookup> lookups,
                                                     const QString &taskId);
    /// Whether two task IDs name the same task.
    [[nodiscard]] static bool sameTask(const QString &a, const QString &b);

    /// The list as stored: a compact JSON array of RecentLookup::toJson().
    [[nodiscard]] static QByteArray toJson(const QList<RecentLookup> &lookups);
    /// A stored list read back and normalized(); anything unreadable counts as empty. At most
    /// MaxCount entries are read, whatever the file holds.
    [[nodiscard]] static QList<RecentLookup> fromJson(const QByteArray &json);
};
