#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

/// One request as the sandbox received it, recorded for tests to inspect.
struct SandboxRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, e.g. "/api/organizations/<org>/tasks/<id>"
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QHostAddress localAddress; // which listener got it: 127.0.0.1, or 127.0.0.2 ("other host")

    /// The first value of a header, or an empty array when absent.
    QByteArray header(const QByteArray &lowercaseName) const;
    bool hasHeader(const QByteArray &lowercaseName) const;
};
