#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// An organization (`GET /me/organizations` item or `GET /organizations/{org}`,
/// tallyfy-api-notes.md 6.1).
struct Organization final {
    QString id; ///< 32 lowercase hex
    QString name;
    QString timezone; ///< IANA name when sent (only the single GET carries it)
    QDateTime createdAt;
    QJsonObject raw;

    /// Fails only when the object has no `id`.
    static std::optional<Organization> fromJson(const QJsonObject &obj, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Organization)
