#pragma once

// Shared by the model tests: reading recorded JSON from tests/data.

#include "core/domain/Json.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace ModelTestData {

/// The bytes of tests/data/<name>; empty (and a failed QVERIFY in the caller) when missing.
inline QByteArray read(const QString &name) {
    QFile file(QStringLiteral(TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

/// The whole document of tests/data/<name> as an object.
inline QJsonObject object(const QString &name) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(read(name), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s: %s", qPrintable(name), qPrintable(error.errorString()));
    return document.object();
}

/// `data` of a `{"data": ...}` envelope.
inline QJsonValue data(const QString &name) {
    return object(name).value(QStringLiteral("data"));
}

} // namespace ModelTestData
