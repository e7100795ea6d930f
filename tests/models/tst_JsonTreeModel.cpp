#include "models/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The expected text of a scalar, derived from the JSON independently of the model.
QString expectedScalarText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 asInteger = value.toInteger(std::numeric_limits<qint64>::min());
        if (asInteger != std::numeric_limits<qint64>::min() &&
            double(asInteger) == value.toDouble())
            return QString::number(asInteger);
        return QString::number(value.toDouble(), 'g', 17).toDouble() == value.toDouble()
                   ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
                   : QString();
    }
    default:
        return {};
    }
}

// Walks the model and the JSON side by side; returns the number of rows compared.
int compareTree(const QAbstractItemModel &model, const QModelIndex &parent,
                const QJsonValue &container, const QString &pointer) {
    int compared = 0;
    if (container.isArray()) {
        const QJsonArray array = container.toArray();
        if (model.rowCount(parent) != array.size()) {
            qWarning() << "row count mismatch at" << pointer;
            return -1;
        }
        for (int row = 0; row < array.size(); ++row) {
            const QModelIndex key = model.index(row, JsonTreeModel::KeyColumn, parent);
            const QString childPointer = pointer + u'/' + QString::number(row);
            if (key.data().toString() != u'[' + QString::number(row) + u']' ||
                key.data(JsonTreeModel::KeyRole).toInt() != row ||
                key.data(JsonTreeModel::PathRole).toString() != childPointer) {
                qWarning() << "key mismatch at" << childPointer;
                return -1;
            }
            const QJsonValue child = array.at(row);
            if (key.data(JsonTreeModel::JsonValueRole).value<QJsonValue>() != child)
                return -1;
            if (!child.isArray() && !child.isObject() &&
                key.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString() !=
                    expectedScalarText(child)) {
                qWarning() << "value mismatch at" << childPointer;
                return -1;
            }
            const int below = compareTree(model, key, child, childPointer);
            if (below < 0)
                return -1;
            compared += 1 + below;
        }
    } else if (container.isObject()) {
        const QJsonObject object = container.toObject();
        if (model.rowCount(parent) != object.size()) {
            qWarning() << "row count mismatch at" << pointer;
            return -1;
        }
        // Every key of the object appears exactly once, whatever the order.
        QStringList seen;
        for (int row = 0; row < object.size(); ++row) {
            const QModelIndex key = model.index(row, JsonTreeModel::KeyColumn, parent);
            const QString name = key.data().toString();
            if (!object.contains(name) || seen.contains(name) ||
                key.data(JsonTreeModel::KeyRole).toString() != name) {
                qWarning() << "unexpected key" << name << "at" << pointer;
                return -1;
            }
            seen.append(name);
            const QJsonValue child = object.value(name);
            if (!child.isArray() && !child.isObject() &&
                key.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString() !=
                    expectedScalarText(child)) {
                qWarning() << "value mismatch at" << pointer << name;
                return -1;
            }
            QString escaped = name;
            escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
            const int below = compareTree(model, key, child, pointer + u'/' + escaped);
            if (below < 0)
                return -1;
            compared += 1 + below;
        }
    } else if (model.rowCount(parent) != 0) {
        return -1;
    }
    return compared;
}

QJsonArray generatedDocument(int items) {
    QJsonArray array;
    for (int i = 0; i < items; ++i) {
        QJsonObject item{{u"id"_s, i},
                         {u"name"_s, u"Item %1"_s.arg(i)},
                         {u"done"_s, i % 2 == 0},
                         {u"note"_s, QJsonValue::Null}};
        QJsonArray tags;
        for (int t = 0; t < i % 4; ++t)
            tags.append(u"tag-%1"_s.arg(t));
        item.insert(u"tags"_s, tags);
        array.append(item);
    }
    return array;
}

} // namespace

class tst_JsonTreeModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nestedDocumentMatchesJson_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("expectedNodes");
        QTest::newRow("empty object") << QByteArray("{}") << 0;
        QTest::newRow("empty array") << QByteArray("[]") << 0;
        QTest::newRow("flat object")
            << QByteArray(R"({"a": 1, "b": "two", "c": null, "d": true, "e": 2.5})") << 5;
        QTest::newRow("nested") << QByteArray(R"({"owners": {"users": [1001, 1002],
            "guests": ["pat@client.example"], "groups": []}, "title": "T",
            "deep": [[[{"x": [1, [2, [3]]]}]]]})")
                                << 18;
        QTest::newRow("array of mixed")
            << QByteArray(R"([1, "s", null, false, {"k": {}}, [], [[]], -0.0, 1e300])") << 11;
        QTest::newRow("odd keys") << QByteArray(R"({"a/b": 1, "m~n": {"": 2}, "ünï": "ç"})") << 4;
    }

    void nestedDocumentMatchesJson() {
        QFETCH(QByteArray, json);
        QFETCH(int, expectedNodes);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonParseError error = model.loadJson(json);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonDocument document = QJsonDocument::fromJson(json);
        const QJsonValue root =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        QCOMPARE(model.json(), root);
        QCOMPARE(compareTree(model, {}, root, QString()), expectedNodes);
    }

    void scalarsFormattedWithoutLoss_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("big integer")
            << QByteArray("[9007199254740993]") << u"9007199254740993"_s << int(QJsonValue::Double);
        QTest::newRow("negative") << QByteArray("[-42]") << u"-42"_s << int(QJsonValue::Double);
        QTest::newRow("fraction") << QByteArray("[16.67]") << u"16.67"_s << int(QJsonValue::Double);
        QTest::newRow("tenth") << QByteArray("[0.1]") << u"0.1"_s << int(QJsonValue::Double);
        QTest::newRow("huge") << QByteArray("[1e300]") << u"1e+300"_s << int(QJsonValue::Double);
        QTest::newRow("null") << QByteArray("[null]") << u"null"_s << int(QJsonValue::Null);
        QTest::newRow("true") << QByteArray("[true]") << u"true"_s << int(QJsonValue::Bool);
        QTest::newRow("string") << QByteArray(R"(["line 1\nline 2"])") << u"line 1\nline 2"_s
                                << int(QJsonValue::String);
        QTest::newRow("empty string")
            << QByteArray(R"([""])") << QString() << int(QJsonValue::String);
    }

    void scalarsFormattedWithoutLoss() {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        QFETCH(int, type);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.loadJson(json).error, QJsonParseError::NoError);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex value = model.index(0, JsonTreeModel::ValueColumn);
        QCOMPARE(value.data().toString(), text);
        QCOMPARE(value.data(JsonTreeModel::JsonTypeRole).toInt(), type);
        QVERIFY(!model.index(0, JsonTreeModel::TypeColumn).data().toString().isEmpty());
        QVERIFY(!value.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.flags(value).testFlag(Qt::ItemNeverHasChildren));
    }

    void scalarRootIsOneRow() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(QJsonValue(u"just text"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JsonTreeModel::KeyColumn).data().toString(), QString());
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"just text"_s);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        model.setJson(QJsonValue(QJsonValue::Null));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"null"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void parseErrorIsReturned_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArray(R"({"a": [1, 2)");
        QTest::newRow("garbage") << QByteArray("not json");
        QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})");
    }

    void parseErrorIsReturned() {
        QFETCH(QByteArray, json);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(QJsonObject{{u"previous"_s, 1}});
        QCOMPARE(model.rowCount(), 1);
        const QJsonParseError error = model.loadJson(json);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!error.errorString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.json().isUndefined());
    }

    void containerSummaryAndHeaders() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(QJsonObject{{u"list"_s, QJsonArray{1, 2, 3}}, {u"obj"_s, QJsonObject{}}});
        QCOMPARE(model.columnCount(), int(JsonTreeModel::ColumnCount));
        QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), u"Key"_s);
        QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(),
                 u"Value"_s);
        const QModelIndex list = model.index(0, JsonTreeModel::KeyColumn);
        QCOMPARE(list.data().toString(), u"list"_s);
        QVERIFY(list.data(JsonTreeModel::IsContainerRole).toBool());
        QVERIFY(list.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString().contains(u'3'));
        QCOMPARE(list.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), u"Array"_s);
        QCOMPARE(model.index(1, JsonTreeModel::TypeColumn).data().toString(), u"Object"_s);
        QVERIFY(!model.hasChildren(model.index(1, 0)));
        QVERIFY(model.hasChildren(list));
        QVERIFY(!model.hasChildren(list.siblingAtColumn(JsonTreeModel::ValueColumn)));
        QCOMPARE(model.valueAt(model.index(2, 0, list)), QJsonValue(3));
    }

    void largeDocumentRowCounts() {
        constexpr int items = 5000;
        const QJsonArray document = generatedDocument(items);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(document);
        QCOMPARE(model.rowCount(), items);
        // 5 keys per item, plus 0..3 tags.
        int expected = items * 6;
        for (int i = 0; i < items; ++i)
            expected += i % 4;
        QCOMPARE(compareTree(model, {}, document, QString()), expected);
    }

    void hugeDocumentIsMaterialisedLazily() {
        // About 20 MB of JSON text, written directly (building it through QJsonObject would
        // cost more than the test itself). Each item matches generatedDocument()'s shape.
        constexpr int items = 200000;
        QByteArray text;
        text.reserve(24 * 1024 * 1024);
        text += "[\n";
        for (int i = 0; i < items; ++i) {
            text += "  {\"done\": ";
            text += i % 2 == 0 ? "true" : "false";
            text += ", \"id\": " + QByteArray::number(i) + ", \"name\": \"Item " +
                    QByteArray::number(i) + "\", \"note\": null, \"tags\": [";
            for (int t = 0; t < i % 4; ++t)
                text += (t > 0 ? ", \"tag-" : "\"tag-") + QByteArray::number(t) + '"';
            text += "], \"padding\": \"" + QByteArray(40, 'x') + "\"}";
            text += i + 1 < items ? ",\n" : "\n";
        }
        text += "]\n";
        QVERIFY(text.size() > 20 * 1000 * 1000);
        JsonTreeModel model;
        QCOMPARE(model.loadJson(text).error, QJsonParseError::NoError);
        QCOMPARE(model.materializedNodeCount(), 0);
        QCOMPARE(model.rowCount(), items);

        const QModelIndex last = model.index(items - 1, JsonTreeModel::KeyColumn);
        QCOMPARE(last.data().toString(), u"[%1]"_s.arg(items - 1));
        QCOMPARE(model.materializedNodeCount(), items); // the top level only
        QCOMPARE(model.rowCount(last), 6);

        const QModelIndex tags = model.index(5, JsonTreeModel::KeyColumn, last);
        QCOMPARE(tags.data().toString(), u"tags"_s);
        QCOMPARE(model.rowCount(tags), (items - 1) % 4);
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, tags).data().toString(), u"tag-0"_s);
        QCOMPARE(model.index(0, 0, tags).data(JsonTreeModel::PathRole).toString(),
                 u"/%1/tags/0"_s.arg(items - 1));
        QCOMPARE(model.materializedNodeCount(), items + 6 + (items - 1) % 4);
        QCOMPARE(model.parent(tags), last);
        QCOMPARE(model.parent(last), QModelIndex());
    }

    void resetTwiceUnderTester() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(generatedDocument(50));
        QCOMPARE(model.rowCount(), 50);
        model.setJson(QJsonObject{{u"a"_s, QJsonArray{QJsonObject{{u"b"_s, 1}}}}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.materializedNodeCount() >= 1, true);
        const QModelIndex b = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
        QCOMPARE(b.data().toString(), u"b"_s);
        QCOMPARE(b.data(JsonTreeModel::PathRole).toString(), u"/a/0/b"_s);
    }
};

QTEST_GUILESS_MAIN(tst_JsonTreeModel)
#include "tst_JsonTreeModel.moc"
