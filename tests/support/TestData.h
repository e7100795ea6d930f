#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// Recorded JSON from tests/data, for every test that reads it. A missing or broken file gives
/// an empty result and a warning naming it, so the caller's next check fails.
namespace TestData {

/// The bytes of tests/data/<name>.
inline QByteArray read(const QString &name) {
    QFile file(QStringLiteral(TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open test data file %s", qPrintable(file.fileName()));
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

/// `data` of a `{"data": ...}` envelope in tests/data/<name>.
inline QJsonValue data(const QString &name) {
    return object(name).value(QStringLiteral("data"));
}

} // namespace TestData
