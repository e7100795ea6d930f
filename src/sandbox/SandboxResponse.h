#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

/// One HTTP answer of the sandbox before it goes on the wire.
struct SandboxResponse {
    int status = 200;
    QByteArray contentType; // empty = no Content-Type header
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(int status, const QJsonObject &object) {
        return {status,
                QByteArrayLiteral("application/json"),
                QJsonDocument(object).toJson(QJsonDocument::Compact),
                {}};
    }
    static SandboxResponse raw(int status, const QByteArray &contentType, const QByteArray &body) {
        return {status, contentType, body, {}};
    }
    /// The API's 404 for a record it does not know.
    static SandboxResponse recordNotFound() {
        return json(404,
                    QJsonObject{{QStringLiteral("error"), true},
                                {QStringLiteral("message"), QStringLiteral("Resource not found")},
                                {QStringLiteral("code"), QStringLiteral("RESOURCE_NOT_FOUND")}});
    }
    /// A Laravel-style 422 naming one field.
    static SandboxResponse
    invalid(const QString &key, const QString &message,
            const QString &summary = QStringLiteral("The given data was invalid.")) {
        return json(
            422, QJsonObject{{QStringLiteral("message"), summary},
                             {QStringLiteral("errors"), QJsonObject{{key, QJsonArray{message}}}}});
    }
};
