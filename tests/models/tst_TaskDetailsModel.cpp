#include "models/TaskDetailsModel.h"

#include "ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDir>
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
    std::optional<Task> task = Task::fromResponseBody(ModelTestData::read(file), &error);
    if (!task)
        qWarning("%s: %s", qPrintable(file), qPrintable(error));
    return task;
}

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

QString valueText(const QModelIndex &index) {
    return index.siblingAtColumn(TaskDetailsModel::ValueColumn).data().toString();
}

} // namespace

class TestTaskDetailsModel final : public QObject {
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
        const std::optional<Task> task = loadTask(file);
        QVERIFY(task);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
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

        const QString full = u"task_full.json"_s;
        QTest::newRow("id") << full << Section::Identity << u"id"_s
                            << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;
        QTest::newRow("increment") << full << Section::Identity << u"increment_id"_s << u"4182"_s;
        QTest::newRow("title") << full << Section::Identity << u"title"_s
                               << u"Collect onboarding documents for Northwind"_s;
        QTest::newRow("original title") << full << Section::Identity << u"original_title"_s
                                        << u"Collect onboarding documents for {{Client name}}"_s;
        QTest::newRow("alias") << full << Section::Identity << u"alias"_s << u"collect-documents"_s;
        QTest::newRow("type") << full << Section::Identity << u"task_type"_s << u"Task"_s;
        QTest::newRow("one-off") << full << Section::Identity << u"is_oneoff_task"_s
                                 << u"Process task"_s;
        QTest::newRow("summary html") << full << Section::Identity << u"summary"_s
                                      << u"Gather the signed forms and fill in the fields below."_s;
        QTest::newRow("status") << full << Section::Status << u"status"_s << u"Active"_s;
        QTest::newRow("label") << full << Section::Status << u"status_label"_s << u"Active"_s;
        QTest::newRow("completable") << full << Section::Status << u"is_completable"_s << u"Yes"_s;
        QTest::newRow("approved null") << full << Section::Status << u"is_approved"_s << u"—"_s;
        QTest::newRow("problem") << full << Section::Status << u"problem"_s << u"No"_s;
        QTest::newRow("started") << full << Section::Dates << u"started_at"_s
                                 << u"Tue 1 Sep 2026, 11:00"_s;
        QTest::newRow("deadline") << full << Section::Dates << u"deadline"_s
                                  << u"Fri 4 Sep 2026, 19:00"_s;
        QTest::newRow("completed null") << full << Section::Dates << u"completed_at"_s << u"—"_s;
        QTest::newRow("archived null") << full << Section::Dates << u"archived_at"_s << u"—"_s;
        QTest::newRow("starter") << full << Section::Assignment << u"starter_id"_s
                                 << u"Unknown member #1001"_s;
        QTest::newRow("completer") << full << Section::Assignment << u"completer_id"_s << u"—"_s;
        QTest::newRow("everyone") << full << Section::Assignment << u"everyone_must_complete"_s
                                  << u"No"_s;
        QTest::newRow("only assignees")
            << full << Section::Assignment << u"can_complete_only_assignees"_s << u"No"_s;
        QTest::newRow("max assignable")
            << full << Section::Assignment << u"max_assignable"_s << u"5"_s;
        QTest::newRow("owners") << full << Section::Assignment << u"owners"_s
                                << u"Users: 2, guests: 1, groups: 1"_s;
        QTest::newRow("webhook") << full << Section::Options << u"webhook"_s << u"—"_s;
        QTest::newRow("top secret") << full << Section::Options << u"top_secret"_s << u"No"_s;
        QTest::newRow("guest comments")
            << full << Section::Options << u"prevent_guest_comment"_s << u"No"_s;

        const QString variants = u"task_variants.json"_s;
        QTest::newRow("unknown status")
            << variants << Section::Status << u"status"_s << u"On hold"_s;
        QTest::newRow("unknown type")
            << variants << Section::Identity << u"task_type"_s << u"checklist_item"_s;
        QTest::newRow("old description") << variants << Section::Identity << u"description"_s
                                         << u"Only an old-style description."_s;
        QTest::newRow("offset deadline")
            << variants << Section::Dates << u"deadline"_s << u"Wed 30 Sep 2026, 17:00"_s;
        QTest::newRow("deleted_at")
            << variants << Section::Dates << u"deleted_at"_s << u"Fri 2 Oct 2026, 11:00"_s;
        QTest::newRow("string starter")
            << variants << Section::Assignment << u"starter_id"_s << u"Unknown member #1002"_s;
        QTest::newRow("guest completer")
            << variants << Section::Assignment << u"completer_guest_id"_s << u"88"_s;
        QTest::newRow("string max")
            << variants << Section::Assignment << u"max_assignable"_s << u"3"_s;
        QTest::newRow("progress") << variants << Section::Status << u"completion_progress"_s
                                  << u"0.5"_s;
        QTest::newRow("chromeless null")
            << variants << Section::Options << u"send_chromeless"_s << u"—"_s;

        const QString created = u"task_created_201.json"_s;
        QTest::newRow("201 one-off")
            << created << Section::Identity << u"is_oneoff_task"_s << u"One-off task"_s;
        QTest::newRow("201 type") << created << Section::Identity << u"task_type"_s
                                  << u"Approve/Reject"_s;
        QTest::newRow("201 run null") << created << Section::Identity << u"run_id"_s << u"—"_s;
        QTest::newRow("201 guest owners")
            << created << Section::Assignment << u"allow_guest_owners"_s << u"Yes"_s;
        QTest::newRow("201 soft start")
            << created << Section::Options << u"is_soft_start_date"_s << u"Yes"_s;

        const QString nulls = u"task_nulls.json"_s;
        QTest::newRow("null title") << nulls << Section::Identity << u"title"_s << u"—"_s;
        QTest::newRow("null flag") << nulls << Section::Options << u"top_secret"_s << u"—"_s;
        QTest::newRow("null date") << nulls << Section::Dates << u"deadline"_s << u"—"_s;
        QTest::newRow("null owners") << nulls << Section::Assignment << u"owners"_s << u"—"_s;
    }

    void fieldRowsMatchJson() {
        QFETCH(QString, file);
        QFETCH(Section, section);
        QFETCH(QString, key);
        QFETCH(QString, shown);
        const std::optional<Task> task = loadTask(file);
        QVERIFY(task);
        const QJsonObject raw = ModelTestData::data(file).toObject();
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);

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
            QCOMPARE(row.siblingAtColumn(TaskDetailsModel::ValueColumn).data(Qt::ToolTipRole),
                     QVariant(value.toString()));
            QCOMPARE(row.data(TaskDetailsModel::DateTimeRole).toDateTime(),
                     Json::parseDateTime(value));
        }
    }

    void nothingTheServerSentIsHidden_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(TEST_DATA_DIR))
                                      .entryList({u"task_*.json"_s, u"models_task_*.json"_s});
        for (const QString &file : files) {
            if (Task::fromResponseBody(ModelTestData::read(file)))
                QTest::newRow(qPrintable(file)) << file;
        }
    }

    void nothingTheServerSentIsHidden() {
        QFETCH(QString, file);
        const std::optional<Task> task = loadTask(file);
        QVERIFY(task);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
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
        const QJsonObject raw = ModelTestData::data(file).toObject();
        for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
            QVERIFY2(shownKeys.contains(it.key()), qPrintable(it.key()));
    }

    void runSectionFromInclude() {
        const std::optional<Task> task = loadTask(u"task_full.json"_s);
        QVERIFY(task);
        const QJsonObject run = ModelTestData::data(u"task_full.json"_s)
                                    .toObject()
                                    .value(u"run"_s)
                                    .toObject()
                                    .value(u"data"_s)
                                    .toObject();
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
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
        const std::optional<Task> task = loadTask(u"task_variants.json"_s);
        QVERIFY(task);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);

        const QJsonArray tags =
            ModelTestData::data(u"task_variants.json"_s).toObject().value(u"tags"_s).toArray();
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
        const std::optional<Task> task = loadTask(file);
        QVERIFY(task);
        const QJsonObject raw = ModelTestData::data(file).toObject();
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);

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
        const std::optional<Task> task = loadTask(u"task_full.json"_s);
        QVERIFY(task);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
        const QModelIndex tags = model.sectionIndex(Section::Tags);
        QCOMPARE(model.rowCount(tags), task->tags.size());
        const QModelIndex tag = model.index(0, 0, tags);
        QCOMPARE(tag.data().toString(), task->tags.first().title);
        QCOMPARE(tag.data(Qt::DecorationRole).value<QColor>(),
                 QColor::fromString(task->tags.first().color));
        // The tag's own JSON is below it.
        QCOMPARE(model.rowCount(tag), task->tags.first().raw.size());
    }

    void nullIncludes() {
        const std::optional<Task> task = loadTask(u"task_nulls.json"_s);
        QVERIFY(task);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
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

    void directoryResolvesMembers() {
        const std::optional<Task> task = loadTask(u"task_full.json"_s);
        QVERIFY(task);
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(*task);
        const QModelIndex starter =
            childWithKey(model, model.sectionIndex(Section::Assignment), u"starter_id"_s);
        QCOMPARE(valueText(starter), u"Unknown member #1001"_s);

        QHash<qint64, Member> members;
        for (const Member &member :
             Json::parseList<Member>(ModelTestData::data(u"members_list.json"_s)))
            members.insert(member.id, member);
        QVERIFY(members.contains(1001));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDirectory(members, {});
        QVERIFY(changed.count() >= 1);
        QCOMPARE(valueText(starter), members.value(1001).displayName() + u" (#1001)"_s);
        QCOMPARE(starter.data(TaskDetailsModel::MemberIdRole).toLongLong(), 1001);
    }

    void setTaskTwiceUnderTester() {
        TaskDetailsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
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

QTEST_MAIN(TestTaskDetailsModel)
#include "tst_TaskDetailsModel.moc"
