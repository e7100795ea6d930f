#include "models/JsonDisplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

using namespace Qt::StringLiterals;

QString JsonDisplay::valueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return tr("%n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return tr("%n key(s)", nullptr, int(value.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonDisplay::typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("Null");
    case QJsonValue::Bool:
        return tr("Boolean");
    case QJsonValue::Double:
        return tr("Number");
    case QJsonValue::String:
        return tr("String");
    case QJsonValue::Array:
        return tr("Array");
    case QJsonValue::Object:
        return tr("Object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("Absent");
}

QString JsonDisplay::numberText(const QJsonValue &value) {
    // QJsonValue keeps integers that fit in 64 bits as integers; toVariant() tells them apart.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

QString JsonDisplay::compactJson(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String: {
        // Let the JSON writer do the quoting and escaping.
        const QByteArray wrapped =
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact); // ["..."]
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    return valueText(value);
}

QString JsonDisplay::prettyJson(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

qsizetype JsonDisplay::childCount(const QJsonValue &value) {
    if (value.isArray())
        return value.toArray().size();
    if (value.isObject())
        return value.toObject().size();
    return 0;
}

QJsonValue JsonDisplay::childAt(const QJsonValue &container, qsizetype row) {
    if (container.isArray()) {
        const QJsonArray array = container.toArray();
        return row >= 0 && row < array.size() ? array.at(row) : QJsonValue(QJsonValue::Undefined);
    }
    if (container.isObject()) {
        const QJsonObject object = container.toObject();
        if (row >= 0 && row < object.size())
            return QJsonValue((object.constBegin() + row).value());
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString JsonDisplay::childLabel(const QJsonValue &container, qsizetype row) {
    if (container.isArray())
        return u'[' + QString::number(row) + u']';
    return childKey(container, row);
}

QString JsonDisplay::childKey(const QJsonValue &container, qsizetype row) {
    if (!container.isObject())
        return {};
    const QJsonObject object = container.toObject();
    if (row < 0 || row >= object.size())
        return {};
    return (object.constBegin() + row).key();
}
