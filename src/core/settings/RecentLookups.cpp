#include "core/settings/RecentLookups.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

RecentLookup RecentLookups::capped(RecentLookup lookup) {
    lookup.taskId = lookup.taskId.trimmed();
    if (lookup.title.size() > MaxTitleLength) {
        qsizetype cut = MaxTitleLength - 1; // room for the ellipsis
        if (lookup.title.at(cut - 1).isHighSurrogate())
            --cut;
        lookup.title = lookup.title.left(cut) + QChar(0x2026);
    }
    if (lookup.when.isValid())
        lookup.when = lookup.when.toUTC();
    return lookup;
}

QList<RecentLookup> RecentLookups::normalized(QList<RecentLookup> lookups) {
    for (RecentLookup &lookup : lookups)
        lookup = capped(std::move(lookup));
    lookups.removeIf([](const RecentLookup &lookup) {
        return lookup.taskId.isEmpty() || lookup.taskId.size() > MaxTaskIdLength;
    });
    // Stable: of two entries for one task with the same time, the earlier in the list wins.
    std::stable_sort(lookups.begin(), lookups.end(),
                     [](const RecentLookup &a, const RecentLookup &b) {
                         if (a.when.isValid() != b.when.isValid())
                             return a.when.isValid();
                         return a.when > b.when;
                     });
    QList<RecentLookup> kept;
    kept.reserve(std::min(lookups.size(), MaxCount));
    for (const RecentLookup &lookup : std::as_const(lookups)) {
        if (kept.size() == MaxCount)
            break;
        const bool seen = std::any_of(kept.cbegin(), kept.cend(), [&lookup](const RecentLookup &k) {
            return sameTask(k.taskId, lookup.taskId);
        });
        if (!seen)
            kept.append(lookup);
    }
    return kept;
}

QList<RecentLookup> RecentLookups::added(QList<RecentLookup> lookups, const RecentLookup &lookup) {
    const RecentLookup entry = capped(lookup);
    if (entry.taskId.isEmpty())
        return normalized(std::move(lookups));
    lookups = removed(std::move(lookups), entry.taskId);
    lookups.prepend(entry);
    return normalized(std::move(lookups));
}

QList<RecentLookup> RecentLookups::removed(QList<RecentLookup> lookups, const QString &taskId) {
    const QString id = taskId.trimmed();
    lookups.removeIf([&id](const RecentLookup &old) { return sameTask(old.taskId.trimmed(), id); });
    return lookups;
}

bool RecentLookups::sameTask(const QString &a, const QString &b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray RecentLookups::toJson(const QList<RecentLookup> &lookups) {
    QJsonArray array;
    for (const RecentLookup &lookup : lookups)
        array.append(lookup.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<RecentLookup> RecentLookups::fromJson(const QByteArray &json) {
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QList<RecentLookup> lookups;
    for (const QJsonValue &entry : array) {
        if (lookups.size() >= MaxCount)
            break;
        if (std::optional<RecentLookup> lookup = RecentLookup::fromJson(entry.toObject()))
            lookups.append(*lookup);
    }
    return normalized(std::move(lookups));
}
