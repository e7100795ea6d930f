#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// The signed-in user (`GET /me`, tallyfy-api-notes.md 6.1 and 7).
struct Me final {
    qint64 id = 0;
    QString email;
    QString username;
    QString firstName;
    QString lastName;
    QString timezone;
    QJsonObject raw;

    /// "first last" when either exists, else username, else email.
    [[nodiscard]] QString displayName() const;

    /// Fails only when there is no positive integer `id`.
    static std::optional<Me> fromJson(const QJsonObject &obj, QString *error = nullptr);
    /// Parses `{"data": {...}}` (or a bare object).
    static std::optional<Me> fromResponseBody(const QByteArray &body, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Me)
