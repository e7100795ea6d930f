#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

/// Reads recorded JSON from tests/data. Fails the calling test (via QVERIFY2 in the caller's
/// checks) by returning an empty result when the file is missing.
namespace TestData {

inline QByteArray read(const QString &name) {
    QFile file(QStringLiteral(TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open test data file %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

inline QJsonObject object(const QString &name) {
    return QJsonDocument::fromJson(read(name)).object();
}

} // namespace TestData
