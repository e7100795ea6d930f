#include "TestData.h"
#include "core/domain/Json.h"
#include "core/domain/TaskAnswersUpdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Task recordedTask() {
    return Task::fromJson(TestData::data(u"form_answers_task.json"_s).toObject()).value_or(Task{});
}

QString compact(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString Text = u"b1000000000000000000000000000001"_s;     // required, answered
const QString Radio = u"b1000000000000000000000000000005"_s;    // answered "Full-time"
const QString Table = u"b1000000000000000000000000000008"_s;    // ["Widget", "3"]
const QString File = u"b100000000000000000000000000000b"_s;     // answered
const QString Required = u"b100000000000000000000000000000d"_s; // required, unanswered

} // namespace

/// The PUT that saves form answers: route, the one-off's repeated title, deadline and owners,
/// only changed answers, and the rules checked before sending.
class tst_TaskAnswersUpdate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneOffBodyRepeatsTaskAndSendsOnlyChanges();
    void processTaskSendsOnlyTaskdata();
    void unchangedAnswerIsNotSent();
    void requiredOnlyWhenCompleting();
    void clearIsAWarningAndNotSent();
    void answerForUnknownFieldIsAnError();
    void fileAnswerIsAnError();
    void oneOffWithoutDeadlineIsAnError();
    void droppedKeys();
    void errorKeysByField();
    void draftRoundTrip();
    void carriedByTheTaskAsRead();
};

void tst_TaskAnswersUpdate::oneOffBodyRepeatsTaskAndSendsOnlyChanges() {
    const Task task = recordedTask();
    QVERIFY(!task.id.isEmpty());
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
    update.setAnswer(Radio, FormAnswer::ofRadio(u"Part-time"_s));
    update.setAnswer(Required, FormAnswer::ofText(FormField::Type::Text, u"PO-7731"_s));

    QCOMPARE(update.pathSegments(), (QStringList{u"tasks"_s, task.id}));
    QCOMPARE(
        compact(update.body()),
        uR"({"deadline":"2026-10-09T15:00:00Z",)"
        uR"("owners":{"groups":["4c1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f"],"guests":["pat@client.example"],"users":[1001,1002]},)"
        uR"("taskdata":{"b1000000000000000000000000000005":"Part-time","b100000000000000000000000000000d":"PO-7731"},)"
        uR"("title":"Prepare the Contoso onboarding pack"})"_s);
    // The deadline goes out exactly as a create sends it.
    QCOMPARE(update.body().value("deadline"_L1).toString(), Json::toApiDateTime(task.deadline));
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Save).hasErrors());
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Complete).hasErrors());
}

void tst_TaskAnswersUpdate::processTaskSendsOnlyTaskdata() {
    Task task = recordedTask();
    task.runId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
    update.setAnswer(Table, FormAnswer::ofTable({{u"Gadget"_s, u"4"_s}}));
    QCOMPARE(update.pathSegments(), (QStringList{u"runs"_s, task.runId, u"tasks"_s, task.id}));
    QCOMPARE(compact(update.body()),
             uR"({"taskdata":{"b1000000000000000000000000000008":["Gadget","4"]}})"_s);
}

void tst_TaskAnswersUpdate::unchangedAnswerIsNotSent() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(recordedTask());
    update.setAnswer(Radio, FormAnswer::ofRadio(u"Full-time"_s));
    update.setAnswer(Table, FormAnswer::ofTable({{u"Widget"_s, u"3"_s}}));
    QVERIFY(!update.hasChanges());
    QCOMPARE(update.taskdata(), QJsonObject());
    // The one-off keys still go out: the server requires them on every call.
    QVERIFY(update.body().contains("title"_L1));
}

void tst_TaskAnswersUpdate::requiredOnlyWhenCompleting() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(recordedTask());
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Save).hasErrors());
    const ValidationResult complete = update.validate(TaskAnswersUpdate::Purpose::Complete);
    QCOMPARE(complete.paths(), QStringList{Required});
    QVERIFY(!complete.problems.first().message.isEmpty());

    update.setAnswer(Required, FormAnswer::ofText(FormField::Type::Text, u" "_s));
    QVERIFY(update.validate(TaskAnswersUpdate::Purpose::Complete).hasErrors());
    update.setAnswer(Required, FormAnswer::ofText(FormField::Type::Text, u"PO-1"_s));
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Complete).hasErrors());
}

void tst_TaskAnswersUpdate::clearIsAWarningAndNotSent() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(recordedTask());
    update.setAnswer(Radio, FormAnswer::cleared(FormField::Type::Radio));
    QCOMPARE(update.clearedFieldIds(), QStringList{Radio});
    QVERIFY(!update.taskdata().contains(Radio));
    const ValidationResult save = update.validate(TaskAnswersUpdate::Purpose::Save);
    QVERIFY(!save.hasErrors());
    QCOMPARE(save.warnings().size(), 1);
    QCOMPARE(save.warnings().first().path, Radio);
    // Clearing a required field makes completing impossible.
    update.setAnswer(Text, FormAnswer::cleared(FormField::Type::Text));
    update.setAnswer(Required, FormAnswer::ofText(FormField::Type::Text, u"PO-1"_s));
    const ValidationResult complete = update.validate(TaskAnswersUpdate::Purpose::Complete);
    QCOMPARE(complete.errors().size(), 1);
    QCOMPARE(complete.errors().first().path, Text);
}

void tst_TaskAnswersUpdate::answerForUnknownFieldIsAnError() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(recordedTask());
    const QString stranger = u"ffffffffffffffffffffffffffffffff"_s;
    update.setAnswer(stranger, FormAnswer::ofText(FormField::Type::Text, u"x"_s));
    const ValidationResult result = update.validate(TaskAnswersUpdate::Purpose::Save);
    QCOMPARE(result.paths(), QStringList{stranger});
}

void tst_TaskAnswersUpdate::fileAnswerIsAnError() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(recordedTask());
    FormAnswer file = FormAnswer::cleared(FormField::Type::File);
    file.text = u"https://files.example/x.pdf"_s;
    update.setAnswer(File, file);
    QVERIFY(!update.taskdata().contains(File)); // never a bare string
    QCOMPARE(update.validate(TaskAnswersUpdate::Purpose::Save).paths(), QStringList{File});
    // The answer as read, handed back untouched, is no problem.
    update.setAnswer(File, FormAnswer::fromField(*update.field(File)));
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Save).hasErrors());
}

void tst_TaskAnswersUpdate::oneOffWithoutDeadlineIsAnError() {
    Task task = recordedTask();
    task.deadline = {};
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
    update.setAnswer(Radio, FormAnswer::ofRadio(u"Part-time"_s));
    QCOMPARE(update.validate(TaskAnswersUpdate::Purpose::Save).paths(), QStringList{u"deadline"_s});
    task.runId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
    update = TaskAnswersUpdate::forTask(task);
    update.setAnswer(Radio, FormAnswer::ofRadio(u"Part-time"_s));
    QVERIFY(!update.validate(TaskAnswersUpdate::Purpose::Save).hasErrors());
}

void tst_TaskAnswersUpdate::droppedKeys() {
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(recordedTask());
    update.setAnswer(Radio, FormAnswer::ofRadio(u"Part-time"_s));
    update.setAnswer(Required, FormAnswer::ofText(FormField::Type::Text, u"PO-1"_s));

    Task saved = recordedTask();
    saved.raw.insert(u"taskdata"_s, QJsonObject{{Radio, u"Part-time"_s}});
    saved.taskdata = QJsonObject{{Radio, u"Part-time"_s}};
    QCOMPARE(update.droppedFieldIds(saved), QStringList{Required});
    saved.taskdata.insert(Required, u"PO-1"_s);
    QVERIFY(update.droppedFieldIds(saved).isEmpty());

    // Without taskdata, the form fields tell.
    Task withFields = recordedTask();
    QVERIFY(withFields.formFieldsIncluded);
    QCOMPARE(update.droppedFieldIds(withFields), QStringList{Required});
    // With neither, nothing can be said.
    Task bare = recordedTask();
    bare.formFieldsIncluded = false;
    bare.formFields.clear();
    QVERIFY(update.droppedFieldIds(bare).isEmpty());
}

void tst_TaskAnswersUpdate::errorKeysByField() {
    QCOMPARE(TaskAnswersUpdate::fieldIdOfErrorKey(u"taskdata.abc"_s), u"abc"_s);
    QCOMPARE(TaskAnswersUpdate::fieldIdOfErrorKey(u"taskdata.abc.0.text"_s), u"abc"_s);
    QCOMPARE(TaskAnswersUpdate::fieldIdOfErrorKey(u"title"_s), QString());
    const QMap<QString, QStringList> grouped =
        TaskAnswersUpdate::errorsByField({{u"taskdata.abc"_s, {u"One"_s}},
                                          {u"taskdata.abc.0"_s, {u"Two"_s, u"One"_s}},
                                          {u"title"_s, {u"Three"_s}}});
    QCOMPARE(grouped.value(u"abc"_s), (QStringList{u"One"_s, u"Two"_s}));
    QCOMPARE(grouped.value(u"title"_s), QStringList{u"Three"_s});
}

void tst_TaskAnswersUpdate::draftRoundTrip() {
    TaskAnswersUpdate typed = TaskAnswersUpdate::forTask(recordedTask());
    typed.setAnswer(Radio, FormAnswer::ofRadio(u"Part-time"_s));
    typed.setAnswer(Table, FormAnswer::ofTable({{u"Gadget"_s, u"7"_s}, {u"Bolt"_s, u"2"_s}}));
    typed.setAnswer(Text, FormAnswer::cleared(FormField::Type::Text));
    typed.setAnswer(File, FormAnswer::cleared(FormField::Type::File)); // not editable: not kept
    const QJsonObject draft = typed.draft();
    QCOMPARE(draft.keys(), (QStringList{Text, Radio, Table}));
    QVERIFY(draft.value(Text).isNull());

    // Kept as JSON text across a restart, then applied to the task as read again.
    const QJsonObject kept = QJsonDocument::fromJson(QJsonDocument(draft).toJson()).object();
    TaskAnswersUpdate restored = TaskAnswersUpdate::forTask(recordedTask());
    QJsonObject withStale = kept;
    withStale.insert(u"c0000000000000000000000000000000"_s, u"a field the task lost"_s);
    QCOMPARE(restored.applyDraft(withStale), (QStringList{Text, Radio, Table}));
    QCOMPARE(restored.taskdata(), typed.taskdata());
    QCOMPARE(restored.clearedFieldIds(), QStringList{Text});
    QCOMPARE(restored.draft(), draft);
}

void tst_TaskAnswersUpdate::carriedByTheTaskAsRead() {
    const Task before = recordedTask();
    TaskAnswersUpdate update = TaskAnswersUpdate::forTask(before);
    update.setAnswer(Radio, FormAnswer::ofRadio(u"Part-time"_s));
    QVERIFY(!update.isCarriedBy(before));

    // The task as the server keeps it after the save.
    QJsonObject saved = TestData::data(u"form_answers_task.json"_s).toObject();
    QJsonArray fields = saved.value("form_fields"_L1).toObject().value("data"_L1).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject entry = fields.at(i).toObject();
        if (entry.value("id"_L1).toString() == Radio) {
            entry.insert(u"field_value"_s, u"Part-time"_s);
            fields.replace(i, entry);
        }
    }
    saved.insert(u"form_fields"_s, QJsonObject{{u"data"_s, fields}});
    const Task after = Task::fromJson(saved).value_or(Task{});
    QCOMPARE(after.formFields.size(), before.formFields.size());
    QVERIFY(update.isCarriedBy(after));
    // A saved task without that field does not carry the answer.
    saved.insert(u"form_fields"_s, QJsonObject{{u"data"_s, QJsonArray{}}});
    QVERIFY(!update.isCarriedBy(Task::fromJson(saved).value_or(Task{})));
}

QTEST_GUILESS_MAIN(tst_TaskAnswersUpdate)
#include "tst_TaskAnswersUpdate.moc"
