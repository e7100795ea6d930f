#include "models/DisplayFormat.h"
#include "models/TaskDetailsModel.h"

#include "ShownText.h"
#include "TestData.h"
#include "core/domain/Json.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Section = TaskDetailsModel::Section;

namespace {

std::optional<Task> loadTask(const QString &file) {
    QString error;
    std::optional<Task> task = Task::fromResponseBody(TestData::read(file), &error);
    if (!task)
        qWarning("%s: %s", qPrintable(file), qPrintable(error));
    return task;
}

/// A TaskDetailsModel that QAbstractItemModelTester checks for as long as it lives.
struct CheckedModel final {
    TaskDetailsModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    std::optional<Task> task;

    /// Shows the recorded task tests/data/<file>; false when it does not read as a task.
    [[nodiscard]] bool show(const QString &file) {
        task = loadTask(file);
        if (task)
            model.setTask(*task);
        return task.has_value();
    }
};

/// The child of `parent` whose JsonKeyRole is `key` (column 0), or an invalid index.
QModelIndex childWithKey(const QAbstractItemModel &model, const QModelIndex &parent,
                         const QString &key) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(TaskDetailsModel::JsonKeyRole).toString() == key)
            return child;
    }
    return {};
}

QList<Section> topLevelSections(const QAbstractItemModel &model) {
    QList<Section> sections;
    for (int row = 0; row < model.rowCount(); ++row)
        sections.append(Section(model.index(row, 0).data(TaskDetailsModel::SectionRole).toInt()));
    return sections;
}

/// One row of fieldRowsMatchJson: the row's tag, and where the key is shown with what text.
struct FieldRow final {
    const char *tag;
    Section section;
    QString key;
    QString shown;
};

/// Adds the rows of fieldRowsMatchJson that read recorded file `file`.
void addFieldRows(const QString &file, const QList<FieldRow> &rows) {
    for (const FieldRow &row : rows)
        QTest::newRow(row.tag) << file << row.section << row.key << row.shown;
}

QString valueText(const QModelIndex &index) {
    return index.siblingAtColumn(TaskDetailsModel::ValueColumn).data().toString();
}

} // namespace

class tst_TaskDetailsModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // Dates are shown in local time with the locale's names; the test pins both (the
        // time zone through TZ in tests/models/CMakeLists.txt).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QDateTime(QDate(2026, 9, 4), QTime(17, 0), Qt::UTC).toLocalTime().time(),
                 QTime(19, 0));
    }

    void sectionsInOrder_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<Section>>("sections");
        QTest::newRow("full") << u"task_full.json"_s
                              << QList<Section>{Section::Identity,   Section::Status,
                                                Section::Dates,      Section::Assignment,
                                                Section::Options,    Section::Run,
                                                Section::FormFields, Section::Tags};
        QTest::newRow("variants") << u"task_variants.json"_s
                                  << QList<Section>{
                                         Section::Identity,   Section::Status,     Section::Dates,
                                         Section::Assignment, Section::Options,    Section::Run,
                                         Section::Step,       Section::FormFields, Section::Tags,
                                         Section::Threads,    Section::Include,    Section::Include,
                                         Section::OtherFields};
        QTest::newRow("missing keys")
            << u"task_missing_keys.json"_s
            << QList<Section>{Section::Identity, Section::Status, Section::Dates,
                              Section::Assignment, Section::Options};
    }

    void sectionsInOrder() {
        QFETCH(QString, file);
        QFETCH(QList<Section>, sections);
        CheckedModel checked;
        QVERIFY(checked.show(file));
        TaskDetailsModel &model = checked.model;
        QCOMPARE(topLevelSections(model), sections);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(TaskDetailsModel::NodeKindRole).toInt(),
                     int(TaskDetailsModel::NodeKind::Section));
        }
    }

    void fieldRowsMatchJson_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Section>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("shown");

        addFieldRows(
            u"task_full.json"_s,
            {
                {"id", Section::Identity, u"id"_s, u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s},
                {"increment", Section::Identity, u"increment_id"_s, u"4182"_s},
                {"title", Section::Identity, u"title"_s,
                 u"Collect onboarding documents for Northwind"_s},
                {"original title", Section::Identity, u"original_title"_s,
                 u"Collect onboarding documents for {{Client name}}"_s},
                {"alias", Section::Identity, u"alias"_s, u"collect-documents"_s},
                {"type", Section::Identity, u"task_type"_s, u"Task"_s},
                {"one-off", Section::Identity, u"is_oneoff_task"_s, u"Process task"_s},
                {"summary html", Section::Identity, u"summary"_s,
                 u"Gather the signed forms and fill in the fields below."_s},
                {"status", Section::Status, u"status"_s, u"Active"_s},
                {"label", Section::Status, u"status_label"_s, u"Active"_s},
                {"completable", Section::Status, u"is_completable"_s, u"Yes"_s},
                {"approved null", Section::Status, u"is_approved"_s, u"—"_s},
                {"problem", Section::Status, u"problem"_s, u"No"_s},
                {"started", Section::Dates, u"started_at"_s, u"Tue 1 Sep 2026, 11:00"_s},
                {"deadline", Section::Dates, u"deadline"_s, u"Fri 4 Sep 2026, 19:00"_s},
                {"completed null", Section::Dates, u"completed_at"_s, u"—"_s},
                {"archived null", Section::Dates, u"archived_at"_s, u"—"_s},
                {"starter", Section::Assignment, u"starter_id"_s, u"Unknown member #1001"_s},
                {"completer", Section::Assignment, u"completer_id"_s, u"—"_s},
                {"everyone", Section::Assignment, u"everyone_must_complete"_s, u"No"_s},
                {"only assignees", Section::Assignment, u"can_complete_only_assignees"_s, u"No"_s},
                {"max assignable", Section::Assignment, u"max_assignable"_s, u"5"_s},
                {"owners", Section::Assignment, u"owners"_s, u"Users: 2, guests: 1, groups: 1"_s},
                {"webhook", Section::Options, u"webhook"_s, u"—"_s},
                {"top secret", Section::Options, u"top_secret"_s, u"No"_s},
                {"guest comments", Section::Options, u"prevent_guest_comment"_s, u"No"_s},
            });
        addFieldRows(
            u"task_variants.json"_s,
            {
                {"unknown status", Section::Status, u"status"_s, u"On hold"_s},
                {"unknown type", Section::Identity, u"task_type"_s, u"checklist_item"_s},
                {"old description", Section::Identity, u"description"_s,
                 u"Only an old-style description."_s},
                {"offset deadline", Section::Dates, u"deadline"_s, u"Wed 30 Sep 2026, 17:00"_s},
                {"deleted_at", Section::Dates, u"deleted_at"_s, u"Fri 2 Oct 2026, 11:00"_s},
                {"string starter", Section::Assignment, u"starter_id"_s, u"Unknown member #1002"_s},
                {"guest completer", Section::Assignment, u"completer_guest_id"_s, u"88"_s},
                {"string max", Section::Assignment, u"max_assignable"_s, u"3"_s},
                {"progress", Section::Status, u"completion_progress"_s, u"0.5"_s},
                {"chromeless null", Section::Options, u"send_chromeless"_s, u"—"_s},
            });
        addFieldRows(
            u"task_created_201.json"_s,
            {
                {"201 one-off", Section::Identity, u"is_oneoff_task"_s, u"One-off task"_s},
                {"201 type", Section::Identity, u"task_type"_s, u"Approve/Reject"_s},
                {"201 run null", Section::Identity, u"run_id"_s, u"—"_s},
                {"201 guest owners", Section::Assignment, u"allow_guest_owners"_s, u"Yes"_s},
                {"201 soft start", Section::Options, u"is_soft_start_date"_s, u"Yes"_s},
            });
        addFieldRows(u"task_nulls.json"_s,
                     {
                         {"null title", Section::Identity, u"title"_s, u"—"_s},
                         {"null flag", Section::Options, u"top_secret"_s, u"—"_s},
                         {"null date", Section::Dates, u"deadline"_s, u"—"_s},
                         {"null owners", Section::Assignment, u"owners"_s, u"—"_s},
                     });
    }

    void fieldRowsMatchJson() {
        QFETCH(QString, file);
        QFETCH(Section, section);
        QFETCH(QString, key);
        QFETCH(QString, shown);
        CheckedModel checked;
        QVERIFY(checked.show(file));
        TaskDetailsModel &model = checked.model;
        const QJsonObject raw = TestData::data(file).toObject();

        const QModelIndex sectionIndex = model.sectionIndex(section);
        QVERIFY(sectionIndex.isValid());
        const QModelIndex row = childWithKey(model, sectionIndex, key);
        QVERIFY2(row.isValid(), qPrintable(key));
        QCOMPARE(row.data(TaskDetailsModel::SectionRole).toInt(), int(section));
        QCOMPARE(row.data(TaskDetailsModel::RawValueRole).value<QJsonValue>(), raw.value(key));
        QCOMPARE(valueText(row), shown);
        const QJsonValue value = raw.value(key);
        QCOMPARE(row.data(TaskDetailsModel::IsAbsentRole).toBool(),
                 value.isNull() || value.isUndefined());
        if (row.data(TaskDetailsModel::DateTimeRole).isValid()) {
            // Dates keep the text as received in the tooltip and the parsed value in a role.
            QCOMPARE(ShownText::ofToolTip(
                         row.siblingAtColumn(TaskDetailsModel::ValueColumn).data(Qt::ToolTipRole)),
                     value.toString());
            QCOMPARE(row.data(TaskDetailsModel::DateTimeRole).toDateTime(),
                     Json::parseDateTime(value));
        }
    }

    void nothingTheServerSentIsHidden_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(TEST_DATA_DIR))
                                      .entryList({u"task_*.json"_s, u"models_task_*.json"_s});
        for (const QString &file : files) {
            if (Task::fromResponseBody(TestData::read(file)))
                QTest::newRow(qPrintable(file)) << file;
        }
    }

    void nothingTheServerSentIsHidden() {
        QFETCH(QString, file);
        CheckedModel checked;
        QVERIFY(checked.show(file));
        TaskDetailsModel &model = checked.model;
        QSet<QString> shownKeys;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex section = model.index(row, 0);
            const QString include = section.data(TaskDetailsModel::IncludeKeyRole).toString();
            if (!include.isEmpty()) {
                shownKeys.insert(include);
                continue;
            }
            for (int child = 0; child < model.rowCount(section); ++child)
                shownKeys.insert(
                    model.index(child, 0, section).data(TaskDetailsModel::JsonKeyRole).toString());
        }
        const QJsonObject raw = TestData::data(file).toObject();
        for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
            QVERIFY2(shownKeys.contains(it.key()), qPrintable(it.key()));
    }

    void runSectionFromInclude() {
        CheckedModel checked;
        QVERIFY(checked.show(u"task_full.json"_s));
        TaskDetailsModel &model = checked.model;
        const QJsonObject run = TestData::data(u"task_full.json"_s)
                                    .toObject()
                                    .value(u"run"_s)
                                    .toObject()
                                    .value(u"data"_s)
                                    .toObject();
        const QModelIndex section = model.sectionIndex(Section::Run);
        QVERIFY(section.isValid());
        QCOMPARE(section.data(TaskDetailsModel::IncludeKeyRole).toString(), u"run"_s);
        QCOMPARE(valueText(section), run.value(u"name"_s).toString());
        QCOMPARE(valueText(childWithKey(model, section, u"name"_s)),
                 run.value(u"name"_s).toString());
        QCOMPARE(valueText(childWithKey(model, section, u"status"_s)),
                 run.value(u"status"_s).toString());
        QCOMPARE(valueText(childWithKey(model, section, u"progress"_s)), u"1 of 6 (16.67%)"_s);
        QCOMPARE(valueText(childWithKey(model, section, u"can_add_oot"_s)), u"Yes"_s);
        QCOMPARE(valueText(childWithKey(model, section, u"due_date"_s)),
                 u"Tue 15 Sep 2026, 19:00"_s);
        // Every key of the run is somewhere in the section.
        for (auto it = run.constBegin(); it != run.constEnd(); ++it)
            QVERIFY2(childWithKey(model, section, it.key()).isValid(), qPrintable(it.key()));
    }

    void tagsThreadsAndBrokenItems() {
        CheckedModel checked;
        QVERIFY(checked.show(u"task_variants.json"_s));
        TaskDetailsModel &model = checked.model;

        const QJsonArray tags =
            TestData::data(u"task_variants.json"_s).toObject().value(u"tags"_s).toArray();
        const QModelIndex tagSection = model.sectionIndex(Section::Tags);
        QCOMPARE(model.rowCount(tagSection), tags.size());
        const QModelIndex priority = model.index(0, 0, tagSection);
        QCOMPARE(priority.data().toString(), tags.at(0)[u"title"_s].toString());
        QCOMPARE(priority.data(TaskDetailsModel::NodeKindRole).toInt(),
                 int(TaskDetailsModel::NodeKind::Item));
        // A tag without an ID is not dropped: it is shown as JSON.
        const QModelIndex broken = model.index(1, 0, tagSection);
        QCOMPARE(broken.data(TaskDetailsModel::NodeKindRole).toInt(),
                 int(TaskDetailsModel::NodeKind::Json));
        QCOMPARE(broken.data(TaskDetailsModel::RawValueRole).value<QJsonValue>(), tags.at(1));
        QCOMPARE(model.rowCount(broken), 1);
        QCOMPARE(valueText(model.index(0, 0, broken)), u"no id"_s);

        const QModelIndex threads = model.sectionIndex(Section::Threads);
        QCOMPARE(model.rowCount(threads), 1);
        const QModelIndex thread = model.index(0, 0, threads);
        QCOMPARE(thread.data().toString(), u"Problem"_s);
        QCOMPARE(valueText(thread), u"Waiting on legal"_s);
        const QModelIndex author = childWithKey(model, thread, u"author_id"_s);
        QCOMPARE(author.data(TaskDetailsModel::MemberIdRole).toLongLong(), 1002);
        QCOMPARE(valueText(childWithKey(model, thread, u"created_at"_s)),
                 u"Wed 2 Sep 2026, 13:00"_s);

        const QModelIndex step = model.sectionIndex(Section::Step);
        QCOMPARE(valueText(step), u"Collect documents"_s);
        QCOMPARE(model.rowCount(step), 3);

        // The documented but unmodelled includes, each its own JSON node.
        QStringList includes;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(TaskDetailsModel::SectionRole).toInt() == int(Section::Include))
                includes.append(index.data(TaskDetailsModel::IncludeKeyRole).toString());
        }
        QCOMPARE(includes, (QStringList{u"activities"_s, u"threads_count"_s}));
        const QModelIndex activities = model.index(model.rowCount() - 3, 0);
        QCOMPARE(activities.data(TaskDetailsModel::IncludeKeyRole).toString(), u"activities"_s);
        QCOMPARE(model.rowCount(activities), 1); // unwrapped from {data: [...]}
        const QModelIndex activity = model.index(0, 0, activities);
        QCOMPARE(model.rowCount(activity), 3);
        QCOMPARE(valueText(childWithKey(model, activity, u"verb"_s)), u"completed"_s);

        const QModelIndex other = model.sectionIndex(Section::OtherFields);
        QCOMPARE(model.rowCount(other), 2);
        QCOMPARE(model.index(0, 0, other).data(TaskDetailsModel::JsonKeyRole).toString(),
                 u"watchers_extra"_s);
        QCOMPARE(valueText(model.index(1, 0, other)), u"1"_s);
    }

    void unknownShapesShownAsJson() {
        const QString file = u"models_task_unknown_shapes.json"_s;
        CheckedModel checked;
        QVERIFY(checked.show(file));
        TaskDetailsModel &model = checked.model;
        const QJsonObject raw = TestData::data(file).toObject();

        // An unknown status without a label is shown as received.
        QCOMPARE(valueText(childWithKey(model, model.sectionIndex(Section::Status), u"status"_s)),
                 raw.value(u"status"_s).toString());

        // A run the domain could not read (no id) is shown as JSON, not dropped.
        const QModelIndex run = model.sectionIndex(Section::Run);
        const QJsonObject runJson = Json::unwrap(raw.value(u"run"_s)).toObject();
        QCOMPARE(model.rowCount(run), runJson.size());
        QCOMPARE(valueText(childWithKey(model, run, u"name"_s)),
                 runJson.value(u"name"_s).toString());

        // Tags that are not a list: the value as received.
        const QModelIndex tags = model.sectionIndex(Section::Tags);
        QCOMPARE(valueText(tags), u"unexpected string"_s);
        QCOMPARE(model.rowCount(tags), 0);

        // A thread with an unknown label, HTML content and an unreadable date.
        const QModelIndex thread = model.index(0, 0, model.sectionIndex(Section::Threads));
        QCOMPARE(thread.data().toString(), u"whisper"_s);
        QCOMPARE(valueText(thread), u"Hello…"_s);
        QCOMPARE(valueText(childWithKey(model, thread, u"created_at"_s)), u"not a date"_s);
        QVERIFY(childWithKey(model, thread, u"extra"_s).isValid());
        QCOMPARE(thread.data(TaskDetailsModel::RawValueRole).value<QJsonValue>(),
                 Json::unwrap(raw.value(u"threads"_s)).toArray().at(0));

        // Every documented include is its own node, unwrapped; walk one down to a leaf.
        QMap<QString, QModelIndex> includes;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(TaskDetailsModel::SectionRole).toInt() == int(Section::Include))
                includes.insert(index.data(TaskDetailsModel::IncludeKeyRole).toString(), index);
        }
        QCOMPARE(includes.keys(),
                 (QStringList{u"assets"_s, u"folders"_s, u"issues"_s, u"ko-form-fields"_s,
                              u"member_watchers"_s, u"roles"_s}));
        for (auto it = includes.constBegin(); it != includes.constEnd(); ++it) {
            const QJsonValue value = Json::unwrap(raw.value(it.key()));
            QCOMPARE(it.value().data(TaskDetailsModel::RawValueRole).value<QJsonValue>(), value);
            const int expectedRows = value.isArray()    ? int(value.toArray().size())
                                     : value.isObject() ? int(value.toObject().size())
                                                        : 0;
            QCOMPARE(model.rowCount(it.value()), expectedRows);
        }
        QVERIFY(includes.value(u"roles"_s).data(TaskDetailsModel::IsAbsentRole).toBool());
        const QModelIndex nested =
            childWithKey(model, includes.value(u"ko-form-fields"_s), u"nested"_s);
        const QModelIndex deep = childWithKey(model, nested, u"deep"_s);
        QCOMPARE(model.rowCount(deep), 2);
        const QModelIndex x = model.index(0, 0, model.index(1, 0, deep));
        QCOMPARE(x.data().toString(), u"x"_s);
        QCOMPARE(x.data(TaskDetailsModel::NodeKindRole).toInt(),
                 int(TaskDetailsModel::NodeKind::Json));
        QVERIFY(x.data(TaskDetailsModel::IsAbsentRole).toBool());

        // Undocumented keys land in Other fields, numbers without loss.
        const QModelIndex other = model.sectionIndex(Section::OtherFields);
        QCOMPARE(model.index(0, 0, other).data(TaskDetailsModel::JsonKeyRole).toString(),
                 u"checklist"_s);
        QCOMPARE(valueText(childWithKey(model, other, u"zz_number"_s)), u"12345678901234567"_s);
    }

    void tagColourDecoration() {
        CheckedModel checked;
        QVERIFY(checked.show(u"task_full.json"_s));
        TaskDetailsModel &model = checked.model;
        const QModelIndex tags = model.sectionIndex(Section::Tags);
        QCOMPARE(model.rowCount(tags), checked.task->tags.size());
        const QModelIndex tag = model.index(0, 0, tags);
        QCOMPARE(tag.data().toString(), checked.task->tags.first().title);
        QCOMPARE(tag.data(Qt::DecorationRole).value<QColor>(),
                 QColor::fromString(checked.task->tags.first().color));
        // The tag's own JSON is below it.
        QCOMPARE(model.rowCount(tag), checked.task->tags.first().raw.size());
    }

    void nullIncludes() {
        CheckedModel checked;
        QVERIFY(checked.show(u"task_nulls.json"_s));
        TaskDetailsModel &model = checked.model;
        for (const Section section : {Section::Run, Section::Tags, Section::Threads}) {
            const QModelIndex index = model.sectionIndex(section);
            QVERIFY(index.isValid());
            QCOMPARE(valueText(index), u"—"_s);
            QVERIFY(index.data(TaskDetailsModel::IsAbsentRole).toBool());
            QCOMPARE(model.rowCount(index), 0);
        }
        const QModelIndex fields = model.sectionIndex(Section::FormFields);
        QCOMPARE(model.rowCount(fields), 0);
        QCOMPARE(valueText(fields), u"0"_s);
    }

    void formFieldsThatDoNotParseStayVisible() {
        // An ID-less field and a number among good fields: Task skips them, the details keep
        // them (as JSON) in their places, and the good ones keep their answers.
        const QByteArray body = R"({"data": {"id": "0123456789abcdef0123456789abcdef",
            "title": "Mixed fields", "form_fields": [
                {"id": "f1", "label": "First", "field_type": "text", "value": "one"},
                {"label": "No ID", "field_type": "text", "value": "lost"},
                5,
                {"id": "f4", "label": "Fourth", "field_type": "text", "value": "four"}]}})";
        const std::optional<Task> task = Task::fromResponseBody(body);
        QVERIFY(task);
        QCOMPARE(task->formFields.size(), 2);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
        const QModelIndex fields = model.sectionIndex(Section::FormFields);
        QCOMPARE(model.rowCount(fields), 4);
        const auto nameAt = [&](int row) { return model.index(row, 0, fields).data().toString(); };
        const auto valueAt = [&](int row) { return model.index(row, 1, fields).data().toString(); };
        QCOMPARE(nameAt(0), u"First"_s);
        QCOMPARE(valueAt(0), u"one"_s);
        QCOMPARE(nameAt(1), u"[1]"_s);
        QCOMPARE(nameAt(2), u"[2]"_s);
        QCOMPARE(nameAt(3), u"Fourth"_s);
        QCOMPARE(valueAt(3), u"four"_s);
    }

    void longAndMarkedUpTextsReachViewsBounded_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("section");
        QTest::newRow("title") << u"title"_s << int(Section::Identity);
        QTest::newRow("unknown key") << u"x_note"_s << int(Section::OtherFields);
    }

    void longAndMarkedUpTextsReachViewsBounded() {
        // A title of millions of characters would freeze the view that lays it out; markup in a
        // tooltip would be rendered. Views get a bounded, literal text; the model keeps it all.
        QFETCH(QString, key);
        QFETCH(int, section);
        const QString huge = u"<b>bold?</b> "_s + QString(3000000, u'w');
        QJsonObject data{{u"id"_s, u"0123456789abcdef0123456789abcdef"_s},
                         {u"title"_s, u"Short"_s},
                         {u"summary"_s, u"<p>Hello <img src=\"x\" width=\"15000\"></p>"_s}};
        data.insert(key, huge);
        const std::optional<Task> task =
            Task::fromResponseBody(QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson());
        QVERIFY(task);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
        const QModelIndex row = childWithKey(model, model.sectionIndex(Section(section)), key);
        QVERIFY(row.isValid());
        const QString shown = row.siblingAtColumn(TaskDetailsModel::ValueColumn).data().toString();
        QVERIFY2(shown.size() <= DisplayFormat::MaxShownLength + 1,
                 qPrintable(QString::number(shown.size())));
        QVERIFY(shown.startsWith(u"<b>bold?</b> www"_s));
        QCOMPARE(row.data(TaskDetailsModel::RawValueRole).value<QJsonValue>().toString(), huge);

        // The description's tooltip shows its text, not its markup.
        const QModelIndex summary =
            childWithKey(model, model.sectionIndex(Section::Identity), u"summary"_s);
        QVERIFY(summary.isValid());
        const QString tip = ShownText::ofToolTip(
            summary.siblingAtColumn(TaskDetailsModel::ValueColumn).data(Qt::ToolTipRole));
        QCOMPARE(tip, u"Hello"_s);
        const QString rawTip =
            summary.siblingAtColumn(TaskDetailsModel::ValueColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!rawTip.contains(u"<img"_s), qPrintable(rawTip));
    }

    void directoryResolvesMembers() {
        CheckedModel checked;
        QVERIFY(checked.show(u"task_full.json"_s));
        TaskDetailsModel &model = checked.model;
        const QModelIndex starter =
            childWithKey(model, model.sectionIndex(Section::Assignment), u"starter_id"_s);
        QCOMPARE(valueText(starter), u"Unknown member #1001"_s);

        const NameDirectory directory(
            Json::parseList<Member>(TestData::data(u"members_list.json"_s)), {});
        QVERIFY(directory.members().contains(1001));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDirectory(directory);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(valueText(starter), directory.members().value(1001).displayName() + u" (#1001)"_s);
        QCOMPARE(starter.data(TaskDetailsModel::MemberIdRole).toLongLong(), 1001);
    }

    void setTaskTwiceUnderTester() {
        CheckedModel checked;
        TaskDetailsModel &model = checked.model;
        QCOMPARE(model.rowCount(), 0);
        const std::optional<Task> full = loadTask(u"task_full.json"_s);
        const std::optional<Task> variants = loadTask(u"task_variants.json"_s);
        QVERIFY(full && variants);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setTask(*full);
        // Reach into lazily built JSON before the next reset.
        const QModelIndex owners =
            childWithKey(model, model.sectionIndex(Section::Assignment), u"owners"_s);
        QCOMPARE(model.rowCount(owners), 3);
        QCOMPARE(model.rowCount(childWithKey(model, owners, u"users"_s)), 2);
        model.setTask(*variants);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.task()->id, variants->id);
        QCOMPARE(model.rowCount(), 13);
        model.setTask(*variants);
        QCOMPARE(model.rowCount(), 13);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.task());
    }
};

QTEST_MAIN(tst_TaskDetailsModel)
#include "tst_TaskDetailsModel.moc"
