#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// How Taskdesk shows a JSON value to a person: one place, so the generic JSON tree and the
/// JSON parts of the task details look the same. Numbers are shown without loss (integers as
/// integers, doubles in their shortest round-trip form), never with locale grouping, because
/// most numbers in Tallyfy answers are IDs.
class JsonDisplay final {
    Q_DECLARE_TR_FUNCTIONS(JsonDisplay)

public:
    JsonDisplay() = delete;

    /// The text of a scalar; for an array or an object a short summary ("3 items").
    [[nodiscard]] static QString valueText(const QJsonValue &value);
    /// A human name of the JSON type: "String", "Number", "Object", ...
    [[nodiscard]] static QString typeName(const QJsonValue &value);
    /// The exact text of a number: "1001", "16.67", "1e+20".
    [[nodiscard]] static QString numberText(const QJsonValue &value);
    /// The value as compact JSON text (strings quoted), for generic rendering of unknown data.
    [[nodiscard]] static QString compactJson(const QJsonValue &value);
    /// `object` as indented JSON text, as the raw JSON view and "Copy JSON" show it.
    [[nodiscard]] static QString prettyJson(const QJsonObject &object);
    /// Children shown under a value in a tree: array length, object size, 0 for scalars.
    [[nodiscard]] static qsizetype childCount(const QJsonValue &value);
    /// Child `row` of a container (array element or object member in key order).
    [[nodiscard]] static QJsonValue childAt(const QJsonValue &container, qsizetype row);
    /// The label of child `row`: "[row]" in an array, the key in an object.
    [[nodiscard]] static QString childLabel(const QJsonValue &container, qsizetype row);
    /// The raw key of child `row` in an object; empty for arrays and scalars.
    [[nodiscard]] static QString childKey(const QJsonValue &container, qsizetype row);
};
