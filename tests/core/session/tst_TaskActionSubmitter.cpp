#include "SandboxWorld.h"
#include "Settle.h"
#include "core/api/ApiClient.h"
#include "core/api/TasksApi.h"
#include "core/session/Session.h"
#include "core/session/TaskActionSubmitter.h"
#include "sandbox/SandboxStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SandboxFault::Kind)
Q_DECLARE_METATYPE(TaskActionSubmitter::State)

namespace {

const QString OneOffTask = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s;     // task, active
const QString OneOffApproval = u"5f7b9d1e3a5c7f9b1d3e5c7a9f1b3d5e"_s; // approval, active

} // namespace

/// One press, one request: the action state machine against the sandbox, through a Session as
/// the application wires it.
class tst_TaskActionSubmitter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        QVERIFY(m_world->startSandboxSession().isReady());
        m_submitter = std::make_unique<TaskActionSubmitter>(m_world->session());
    }
    void cleanup() {
        m_submitter.reset();
        m_world.reset();
    }

    void pressTwiceSendsOnce() {
        const Task task = read(OneOffTask);
        QSignalSpy finished(m_submitter.get(), &TaskActionSubmitter::finished);
        QVERIFY(m_submitter->start(TaskAction::Complete, task, QDateTime::currentDateTimeUtc()));
        QVERIFY(m_submitter->isBusy());
        QVERIFY(!m_submitter->start(TaskAction::Complete, task, QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_submitter->state(), TaskActionSubmitter::State::Done);
        QCOMPARE(m_submitter->message(), u"The task is now complete."_s);
        QVERIFY(m_submitter->task()->isCompleted());
        QVERIFY(settle(m_world->session()));
        QCOMPARE(completions(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void staleTaskIsReadAgainAndNotSentWhenDone() {
        const Task shown = read(OneOffTask);
        // Someone else completes it while it is on screen.
        TaskActionSubmitter other(m_world->session());
        QVERIFY(other.start(TaskAction::Complete, shown, QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(other.state(), TaskActionSubmitter::State::Done);
        m_world->server().clearRequests();

        const QDateTime longAgo =
            QDateTime::currentDateTimeUtc().addSecs(-TaskActionSubmitter::StaleAfterSeconds - 5);
        QVERIFY(m_submitter->start(TaskAction::Complete, shown, longAgo));
        QCOMPARE(m_submitter->state(), TaskActionSubmitter::State::Rereading);
        QTRY_COMPARE(m_submitter->state(), TaskActionSubmitter::State::NotApplicable);
        QVERIFY(m_submitter->message().contains(u"already completed"_s));
        QVERIFY(m_submitter->task()->isCompleted());
        QCOMPARE(completions(), 0);
        QCOMPARE(m_world->server().store().eventCount(u"task.completed"_s, OneOffTask), 1);
    }

    void lostAnswerIsCheckedNeverResent_data() {
        QTest::addColumn<SandboxFault::Kind>("fault");
        QTest::addColumn<TaskActionSubmitter::State>("end");
        QTest::addColumn<QString>("text");
        // Hang: the sandbox completes the task, then the answer never comes.
        QTest::newRow("processed, answer lost")
            << SandboxFault::Kind::Hang << TaskActionSubmitter::State::Done << u"now complete"_s;
        // Reset: the connection drops before the API sees the request.
        QTest::newRow("connection cut before processing")
            << SandboxFault::Kind::Reset << TaskActionSubmitter::State::Failed << u"Not done"_s;
        QTest::newRow("500 before processing")
            << SandboxFault::Kind::Json500 << TaskActionSubmitter::State::Failed << u"Not done"_s;
    }
    void lostAnswerIsCheckedNeverResent() {
        QFETCH(SandboxFault::Kind, fault);
        QFETCH(TaskActionSubmitter::State, end);
        QFETCH(QString, text);
        ApiConfig config = m_world->session().client()->config();
        config.timeoutMs = 400;
        m_world->session().client()->setConfig(config);
        SandboxFault lost;
        lost.kind = fault;
        lost.method = "POST";
        lost.pathPattern = u"completed-tasks$"_s;
        lost.times = -1;
        m_world->server().addFault(lost);

        QVERIFY(m_submitter->start(TaskAction::Complete, read(OneOffTask),
                                   QDateTime::currentDateTimeUtc()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_submitter->isBusy(), 10000);
        QCOMPARE(m_submitter->state(), end);
        QVERIFY2(m_submitter->message().contains(text), qPrintable(m_submitter->message()));
        QVERIFY(m_submitter->error().has_value());
        QVERIFY(settle(m_world->session()));
        QCOMPARE(completions(), 1);
        QCOMPARE(m_world->server().requestCount("GET", u"/tasks/"_s + OneOffTask + u'$'), 2);
    }

    void refusalIsShownNotRetried() {
        SandboxFault refused;
        refused.kind = SandboxFault::Kind::Status;
        refused.status = 422;
        refused.method = "POST";
        refused.contentType = "application/json";
        refused.body = R"({"message":"The given data was invalid.","errors":{"taskdata.field":)"
                       R"(["The Invoice number field is required."]}})";
        m_world->server().addFault(refused);
        QVERIFY(m_submitter->start(TaskAction::Approve, read(OneOffApproval),
                                   QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(m_submitter->state(), TaskActionSubmitter::State::Refused);
        QVERIFY2(m_submitter->message().contains(u"Invoice number"_s),
                 qPrintable(m_submitter->message()));
        QVERIFY(settle(m_world->session()));
        QCOMPARE(completions(), 1);
        QCOMPARE(m_world->server().storedTask(OneOffApproval).value(u"status"_s).toString(),
                 u"active"_s);
    }

private:
    Task read(const QString &id) {
        std::optional<Task> task;
        m_world->session().tasks()->getTask(id, {}, {}, this, [&task](Result<Task> result) {
            if (result.ok())
                task = result.value();
        });
        if (!QTest::qWaitFor([&task] { return task.has_value(); }, 10000))
            qWarning("could not read %s", qPrintable(id));
        return task.value_or(Task{});
    }
    int completions() const {
        return m_world->server().requestCount("POST", u"completed-tasks$"_s);
    }

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<TaskActionSubmitter> m_submitter;
};

QTEST_GUILESS_MAIN(tst_TaskActionSubmitter)
#include "tst_TaskActionSubmitter.moc"
