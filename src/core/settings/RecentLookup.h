#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// One entry of the lookup history: which task, its title when it was looked up, and when.
struct RecentLookup final {
    QString taskId;
    QString title;
    QDateTime when; ///< UTC

    [[nodiscard]] QJsonObject toJson() const;
    /// Nothing when `taskId` is missing or empty.
    [[nodiscard]] static std::optional<RecentLookup> fromJson(const QJsonObject &object);

    friend bool operator==(const RecentLookup &a, const RecentLookup &b) = default;
};

Q_DECLARE_METATYPE(RecentLookup)
