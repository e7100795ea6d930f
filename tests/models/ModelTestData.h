#pragma once

// Shared by the model tests: reading recorded JSON from tests/data, and reading a tooltip as a
// person sees it.

#include "core/domain/Json.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>
#include <QTextDocument>
#include <QVariant>

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

/// The text a tooltip shows: rich text rendered, as QToolTip renders it (Qt::mightBeRichText()).
inline QString shownToolTip(const QVariant &toolTip) {
    const QString text = toolTip.toString();
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    // A rendered <br> is U+2028; a paragraph break, a plain newline.
    return document.toPlainText().replace(QChar(0x2028), u'\n');
}

} // namespace ModelTestData
