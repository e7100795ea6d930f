#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// A group of members and guests (`GET /organizations/{org}/groups`, tallyfy-api-notes.md 6.2).
struct Group final {
    QString id; ///< 32 hex string, never an integer
    QString name;
    QString description;
    QString logo;
    QList<qint64> memberIds; ///< `members`: user IDs (objects with `id` accepted too)
    QStringList guests;      ///< emails
    QDateTime createdAt;     ///< UTC
    QDateTime lastUpdated;
    QJsonObject raw;

    /// Fails only when the object has no `id`.
    static std::optional<Group> fromJson(const QJsonObject &obj, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Group)
