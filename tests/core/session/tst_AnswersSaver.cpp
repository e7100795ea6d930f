#include "Refusals.h"
#include "SandboxWorld.h"
#include "Settle.h"
#include "core/api/ApiClient.h"
#include "core/api/TasksApi.h"
#include "core/domain/FormAnswer.h"
#include "core/session/AnswersSaver.h"
#include "core/session/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SandboxFault::Kind)

namespace {

// Seeded: a process task with every field type answered, and its run.
const QString RichTask = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;
const QString RichRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
const QString CompanyField = u"a1000000000000000000000000000001"_s; // text, required
const QString MailField = u"a1000000000000000000000000000006"_s;    // dropdown

} // namespace

/// Saving form answers against the sandbox over loopback: one PUT per save, never a second one
/// for a lost answer (the task is read again instead), refusals keyed by field.
class tst_AnswersSaver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        QVERIFY(m_world->startSandboxSession().isReady());
        m_saver = std::make_unique<AnswersSaver>(m_world->session());
    }
    void cleanup() {
        m_saver.reset();
        m_world.reset();
    }

    void savesTheChangedAnswersOnce() {
        const TaskAnswersUpdate update = changedUpdate();
        QSignalSpy finished(m_saver.get(), &AnswersSaver::finished);
        QVERIFY(m_saver->save(update));
        QVERIFY(m_saver->isSaving());
        QVERIFY(!m_saver->save(update)); // a double press sends nothing more
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.first().at(0).value<AnswersSaver::Outcome>();
        QVERIFY2(outcome.saved, qPrintable(outcome.message));
        QVERIFY(outcome.task.has_value());
        QVERIFY(!outcome.error.has_value());
        QVERIFY(!m_saver->isSaving());
        QVERIFY(settle(m_world->session()));
        QCOMPARE(puts(), 1);

        const QJsonObject body = QJsonDocument::fromJson(lastPut().body).object();
        const QJsonObject taskdata = body.value("taskdata"_L1).toObject();
        QCOMPARE(taskdata.keys(), (QStringList{CompanyField, MailField}));
        QCOMPARE(taskdata.value(CompanyField).toString(), u"Northwind Holdings plc"_s);
        QCOMPARE(taskdata.value(MailField).toObject().value("text"_L1).toString(),
                 u"Google Workspace"_s);
        QVERIFY(lastPut().path.endsWith(u"/runs/"_s + RichRun + u"/tasks/"_s + RichTask));

        const Task read = readTask();
        QVERIFY(update.isCarriedBy(read));
    }

    void nothingChangedSendsNothing() {
        const Task task = readTask();
        QVERIFY(!m_saver->save(TaskAnswersUpdate::forTask(task)));
        QVERIFY(settle(m_world->session()));
        QCOMPARE(puts(), 0);
    }

    void aLostAnswerIsCheckedNeverResent_data() {
        QTest::addColumn<SandboxFault::Kind>("fault");
        QTest::addColumn<bool>("saved");
        // Hang: the sandbox stores the answers, then the answer never comes.
        QTest::newRow("stored, answer lost") << SandboxFault::Kind::Hang << true;
        // Reset and 500 answer instead of the API: nothing is stored.
        QTest::newRow("connection cut") << SandboxFault::Kind::Reset << false;
        QTest::newRow("500") << SandboxFault::Kind::Json500 << false;
    }
    void aLostAnswerIsCheckedNeverResent() {
        QFETCH(SandboxFault::Kind, fault);
        QFETCH(bool, saved);
        const TaskAnswersUpdate update = changedUpdate();
        ApiConfig config = m_world->session().client()->config();
        config.timeoutMs = 400;
        m_world->session().client()->setConfig(config);
        SandboxFault lost;
        lost.kind = fault;
        lost.method = "PUT";
        lost.times = -1;
        m_world->server().addFault(lost);

        QSignalSpy finished(m_saver.get(), &AnswersSaver::finished);
        QVERIFY(m_saver->save(update));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto outcome = finished.first().at(0).value<AnswersSaver::Outcome>();
        QCOMPARE(outcome.saved, saved);
        QVERIFY(outcome.task.has_value()); // read again either way
        QVERIFY2(saved ? outcome.message == u"The answers are saved."_s
                       : outcome.message.startsWith(u"Not saved"_s) &&
                             outcome.message.contains(u"nothing was sent again"_s),
                 qPrintable(outcome.message));
        QCOMPARE(outcome.error.has_value(), !saved);
        QVERIFY(settle(m_world->session()));
        QCOMPARE(puts(), 1);
    }

    void aRefusalIsKeyedByField() {
        m_world->server().addFault(validationRefusal("PUT", u"taskdata."_s + CompanyField,
                                                     u"That name is already registered."_s));
        QSignalSpy finished(m_saver.get(), &AnswersSaver::finished);
        QVERIFY(m_saver->save(changedUpdate()));
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.first().at(0).value<AnswersSaver::Outcome>();
        QVERIFY(!outcome.saved);
        QVERIFY(outcome.error.has_value());
        const auto byField = TaskAnswersUpdate::errorsByField(outcome.error->fieldErrors);
        QCOMPARE(byField.value(CompanyField), QStringList{u"That name is already registered."_s});
        QVERIFY(settle(m_world->session()));
        QCOMPARE(puts(), 1);
    }

    void aWrongShapeIsRefusedBeforeSending() {
        const Task task = readTask();
        TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
        // An option the field does not have: refused here, as the server would with a 422.
        update.setAnswer(MailField, FormAnswer::ofDropdown({9, u"Lotus Notes"_s}));
        QSignalSpy finished(m_saver.get(), &AnswersSaver::finished);
        QVERIFY(m_saver->save(update));
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.first().at(0).value<AnswersSaver::Outcome>();
        QVERIFY(!outcome.saved);
        QVERIFY(TaskAnswersUpdate::errorsByField(outcome.error->fieldErrors).contains(MailField));
        QVERIFY(settle(m_world->session()));
        QCOMPARE(puts(), 0);
    }

private:
    Task readTask() {
        std::optional<Task> task;
        m_world->session().tasks()->getTask(RichTask, {u"form_fields"_s}, RichRun, this,
                                            [&task](Result<Task> result) {
                                                if (result.ok())
                                                    task = result.value();
                                            });
        [&] { QTRY_VERIFY(task.has_value()); }();
        return task.value_or(Task{});
    }
    TaskAnswersUpdate changedUpdate() {
        const Task task = readTask();
        TaskAnswersUpdate update = TaskAnswersUpdate::forTask(task);
        update.setAnswer(CompanyField,
                         FormAnswer::ofText(FormField::Type::Text, u"Northwind Holdings plc"_s));
        update.setAnswer(MailField, FormAnswer::ofDropdown({1, u"Google Workspace"_s}));
        return update;
    }
    int puts() const { return m_world->server().requestCount("PUT", u"/tasks/"_s + RichTask); }
    SandboxRequest lastPut() const {
        const QList<SandboxRequest> requests = m_world->server().requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->method == "PUT")
                return *it;
        }
        return {};
    }

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<AnswersSaver> m_saver;
};

QTEST_MAIN(tst_AnswersSaver)
#include "tst_AnswersSaver.moc"
