#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

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
};
