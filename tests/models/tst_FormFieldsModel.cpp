#include "models/FormFieldsModel.h"

#include "ShownText.h"
#include "TestData.h"
#include "core/domain/Json.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonArray fieldsJson(const QString &file) {
    return Json::toArray(TestData::data(file).toObject().value(u"form_fields"_s));
}

QList<FormField> fieldsFromFile(const QString &file) {
    return Json::parseList<FormField>(fieldsJson(file));
}

QModelIndex rowOfField(const FormFieldsModel &model, const QString &id) {
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(FormFieldsModel::FieldIdRole).toString() == id)
            return index;
    }
    return {};
}

QString answerText(const QModelIndex &index) {
    return index.siblingAtColumn(FormFieldsModel::AnswerColumn).data().toString();
}

} // namespace

class tst_FormFieldsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QDateTime(QDate(2026, 9, 4), QTime(17, 0), Qt::UTC).toLocalTime().time(),
                 QTime(19, 0)); // TZ=Europe/Berlin from CMakeLists.txt
    }

    void rowsFollowTheJson_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("full") << u"task_full.json"_s;
        QTest::newRow("201") << u"task_created_201.json"_s;
        QTest::newRow("variants") << u"task_variants.json"_s;
    }

    void rowsFollowTheJson() {
        QFETCH(QString, file);
        FormFieldsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(fieldsFromFile(file));

        // Entries without an ID cannot be answered and are not fields; every other one is a row.
        QJsonArray withId;
        for (const QJsonValue &entry : fieldsJson(file)) {
            if (!entry[u"id"_s].toString().isEmpty())
                withId.append(entry);
        }
        QCOMPARE(model.rowCount(), withId.size());
        for (int row = 0; row < withId.size(); ++row) {
            const QJsonObject entry = withId.at(row).toObject();
            const QModelIndex index = model.index(row, FormFieldsModel::LabelColumn);
            QCOMPARE(index.data(FormFieldsModel::FieldIdRole).toString(),
                     entry[u"id"_s].toString());
            QCOMPARE(index.data().toString(), entry[u"label"_s].toString());
            QCOMPARE(index.data(FormFieldsModel::FieldTypeNameRole).toString(),
                     entry[u"field_type"_s].toString());
            QCOMPARE(index.siblingAtColumn(FormFieldsModel::TypeColumn).data().toString(),
                     FormField::typeDisplayName(entry[u"field_type"_s].toString()));
            const bool required = Json::toBool(entry[u"required"_s]).value_or(false);
            QCOMPARE(index.data(FormFieldsModel::IsRequiredRole).toBool(), required);
            QCOMPARE(index.siblingAtColumn(FormFieldsModel::RequiredColumn).data().toString(),
                     required ? u"Yes"_s : u"No"_s);
            const QJsonValue answer =
                entry.contains(u"field_value"_s) ? entry[u"field_value"_s] : entry[u"value"_s];
            QCOMPARE(index.data(FormFieldsModel::AnswerValueRole).value<QJsonValue>(), answer);
        }
    }

    void answersRenderedForTheirType_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fieldId");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("full");

        const QString f = u"task_full.json"_s;
        QTest::newRow("text") << f << u"a1000000000000000000000000000001"_s
                              << u"Northwind Traders Ltd"_s << u"Northwind Traders Ltd"_s;
        QTest::newRow("textarea folded")
            << f << u"a1000000000000000000000000000002"_s << u"Loading bay at the rear.…"_s
            << u"Loading bay at the rear.\nAsk for Sam."_s;
        QTest::newRow("email") << f << u"a1000000000000000000000000000003"_s
                               << u"ap@northwind.example"_s << u"ap@northwind.example"_s;
        QTest::newRow("date local") << f << u"a1000000000000000000000000000004"_s
                                    << u"Thu 1 Oct 2026, 11:00"_s << u"Thu 1 Oct 2026, 11:00"_s;
        QTest::newRow("radio") << f << u"a1000000000000000000000000000005"_s << u"Full-time"_s
                               << u"Full-time"_s;
        QTest::newRow("dropdown") << f << u"a1000000000000000000000000000006"_s << u"Office 365"_s
                                  << u"Office 365"_s;
        QTest::newRow("multiselect")
            << f << u"a1000000000000000000000000000007"_s << u"Slack, Zoom"_s << u"Slack, Zoom"_s;
        QTest::newRow("table one row")
            << f << u"a1000000000000000000000000000008"_s << u"Laptop | 2"_s << u"Laptop | 2"_s;
        QTest::newRow("assignees unresolved")
            << f << u"a1000000000000000000000000000009"_s << u"Unknown member #1002"_s
            << u"Unknown member #1002"_s;
        QTest::newRow("file") << f << u"a100000000000000000000000000000a"_s
                              << u"contract-signed.pdf"_s << u"contract-signed.pdf"_s;

        const QString c = u"task_created_201.json"_s;
        QTest::newRow("required unanswered") << c << u"c2000000000000000000000000000001"_s
                                             << u"Required — not answered"_s << QString();
        QTest::newRow("optional absent")
            << c << u"c2000000000000000000000000000002"_s << u"—"_s << QString();

        const QString v = u"task_variants.json"_s;
        QTest::newRow("value key") << v << u"f1000000000000000000000000000001"_s
                                   << u"From the value key"_s << u"From the value key"_s;
        QTest::newRow("table rows") << v << u"f1000000000000000000000000000002"_s << u"2 row(s)"_s
                                    << u"Laptop | 2; Monitor | 3"_s;
        QTest::newRow("dropdown bare text")
            << v << u"f1000000000000000000000000000003"_s << u"Office 365"_s << u"Office 365"_s;
        QTest::newRow("multiselect unselected")
            << v << u"f1000000000000000000000000000004"_s << u"Teams, Zoom"_s << u"Teams, Zoom"_s;
        QTest::newRow("unknown type") << v << u"f1000000000000000000000000000005"_s
                                      << u"{\"strokes\":12}"_s << u"{\"strokes\":12}"_s;
        QTest::newRow("date space form")
            << v << u"f1000000000000000000000000000006"_s << u"Thu 3 Sep 2026, 11:00"_s
            << u"Thu 3 Sep 2026, 11:00"_s;
        QTest::newRow("file url") << v << u"f1000000000000000000000000000007"_s << u"x.pdf"_s
                                  << u"x.pdf"_s;
        QTest::newRow("empty answer")
            << v << u"f1000000000000000000000000000008"_s << u"—"_s << QString();
        QTest::newRow("assignee objects")
            << v << u"f1000000000000000000000000000009"_s << u"Ana Ruiz, g@x.example"_s
            << u"Ana Ruiz, g@x.example"_s;
    }

    void answersRenderedForTheirType() {
        QFETCH(QString, file);
        QFETCH(QString, fieldId);
        QFETCH(QString, shown);
        QFETCH(QString, full);
        FormFieldsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(fieldsFromFile(file));
        const QModelIndex row = rowOfField(model, fieldId);
        QVERIFY(row.isValid());
        QCOMPARE(answerText(row), shown);
        QCOMPARE(row.data(FormFieldsModel::FullAnswerRole).toString(), full);
        const bool missing = shown == u"Required — not answered"_s;
        QCOMPARE(row.data(FormFieldsModel::IsMissingRequiredRole).toBool(), missing);
        if (!full.isEmpty() && full != shown)
            QCOMPARE(ShownText::ofToolTip(
                         row.siblingAtColumn(FormFieldsModel::AnswerColumn).data(Qt::ToolTipRole)),
                     full);
    }

    void tableRowsAreChildren() {
        const QString file = u"task_variants.json"_s;
        FormFieldsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(fieldsFromFile(file));
        const QModelIndex table = rowOfField(model, u"f1000000000000000000000000000002"_s);
        QJsonObject entry;
        for (const QJsonValue &value : fieldsJson(file)) {
            if (value[u"id"_s].toString() == u"f1000000000000000000000000000002"_s)
                entry = value.toObject();
        }
        const QJsonArray rows = entry[u"field_value"_s].toArray();
        QCOMPARE(model.rowCount(table), rows.size());
        QStringList columnLabels;
        for (const QJsonValue &column : entry[u"columns"_s].toArray())
            columnLabels.append(column[u"label"_s].toString());
        QCOMPARE(table.data(FormFieldsModel::TableColumnsRole).toStringList(), columnLabels);
        for (int row = 0; row < rows.size(); ++row) {
            const QModelIndex child = model.index(row, 0, table);
            QCOMPARE(child.data(FormFieldsModel::RowKindRole).toInt(),
                     int(FormFieldsModel::RowKind::TableRow));
            QStringList cells;
            for (const QJsonValue &cell : rows.at(row).toArray())
                cells.append(Json::toText(cell));
            QCOMPARE(child.data(FormFieldsModel::TableCellsRole).toStringList(), cells);
            QCOMPARE(answerText(child), cells.join(u" | "_s));
            QVERIFY(ShownText::ofToolTip(
                        child.siblingAtColumn(FormFieldsModel::AnswerColumn).data(Qt::ToolTipRole))
                        .startsWith(columnLabels.first() + u": "_s + cells.first()));
            QCOMPARE(model.parent(child), table);
        }
        // Other fields have no children.
        QCOMPARE(model.rowCount(rowOfField(model, u"f1000000000000000000000000000001"_s)), 0);
    }

    void roleNamesComeFromTheRoleEnum() {
        const FormFieldsModel model;
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(Qt::DisplayRole), "display");
        QCOMPARE(names.value(FormFieldsModel::RowKindRole), "rowKind");
        QCOMPARE(names.value(FormFieldsModel::FieldIdRole), "fieldId");
        QCOMPARE(names.value(FormFieldsModel::IsMissingRequiredRole), "isMissingRequired");
        QCOMPARE(names.value(FormFieldsModel::TableCellsRole), "tableCells");
        const QMetaEnum roles = QMetaEnum::fromType<FormFieldsModel::Role>();
        // Qt's own roles and one per key, none lost.
        QCOMPARE(names.size(), QStandardItemModel().roleNames().size() + roles.keyCount());
    }

    void unknownTypeShownGenerically() {
        FormFieldsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(fieldsFromFile(u"task_variants.json"_s));
        const QModelIndex row = rowOfField(model, u"f1000000000000000000000000000005"_s);
        QCOMPARE(row.data(FormFieldsModel::FieldTypeRole).toInt(), int(FormField::Type::Unknown));
        QCOMPARE(row.siblingAtColumn(FormFieldsModel::TypeColumn).data().toString(),
                 u"signature"_s);
        QCOMPARE(ShownText::ofToolTip(row.data(Qt::ToolTipRole)),
                 u"Sign here"_s); // guidance
    }

    void directoryNamesAssignees() {
        FormFieldsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(fieldsFromFile(u"task_full.json"_s));
        const QList<Member> members =
            Json::parseList<Member>(TestData::data(u"members_list.json"_s));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDirectory(members, {});
        QCOMPARE(changed.count(), 1); // the one assignees_form field
        const QModelIndex row = rowOfField(model, u"a1000000000000000000000000000009"_s);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row.row());
        QCOMPARE(answerText(row), model.directory().members().value(1002).displayName());
        QVERIFY(!answerText(row).isEmpty());
    }

    void setFieldsTwiceUnderTester() {
        FormFieldsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(fieldsFromFile(u"task_variants.json"_s));
        QCOMPARE(model.rowCount(), 9);
        model.setFields(fieldsFromFile(u"task_full.json"_s));
        QCOMPARE(model.rowCount(), 10);
        model.setFields({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_FormFieldsModel)
#include "tst_FormFieldsModel.moc"
