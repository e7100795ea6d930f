#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// An organization member (`GET /organizations/{org}/users` or `/users-list`,
/// tallyfy-api-notes.md 6.2).
struct Member final {
    qint64 id = 0; ///< positive integer
    QString email;
    QString username;
    QString firstName;
    QString lastName;
    QString fullName;
    QString profilePic;
    QString jobTitle;
    QString role;   ///< admin, standard, light (as received)
    QString status; ///< as received
    std::optional<bool> isActive;
    QString type;
    QString timezone;
    QDateTime lastLoginAt; ///< UTC; member records use `+00:00` offsets
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    /// full_name, else "first last" (whichever exist), else email, else "#id".
    [[nodiscard]] QString displayName() const;

    /// Fails only when there is no positive integer `id` (numeric strings accepted).
    static std::optional<Member> fromJson(const QJsonObject &obj, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Member)
