#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// A guest (`GET /organizations/{org}/guests`, tallyfy-api-notes.md 6.2). Taskdesk identifies
/// guests by email only. The permanent access `link` stays in `raw` and is not modelled on purpose.
struct Guest final {
    std::optional<qint64> id; ///< the list's integer id; not used to address the guest
    QString email;            ///< as received (trimmed)
    QString firstName;
    QString lastName;
    QString status;      ///< details.status
    QString companyName; ///< details.company_name
    QString timezone;    ///< details.timezone
    QDateTime createdAt; ///< UTC; invalid when absent
    QDateTime deletedAt;
    QDateTime lastAccessedAt;
    QJsonObject raw;

    /// "first last" when either exists, else the email.
    [[nodiscard]] QString displayName() const;

    /// Fails only when the object has no `email`.
    static std::optional<Guest> fromJson(const QJsonObject &obj, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Guest)
