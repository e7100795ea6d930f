#include "SandboxWorld.h"
#include "core/api/ApiClient.h"
#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/TaskType.h"
#include "core/session/Session.h"
#include "core/session/TaskSubmitter.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString CreatePath = u"/organizations/[0-9a-f]{32}/tasks$"_s;

OneOffTaskDraft validDraft(const QString &title = u"Renew the office lease"_s) {
    OneOffTaskDraft draft;
    draft.title = title;
    draft.taskType = TaskType::defaultKey();
    draft.users = {OneOffTaskDraft::User{1001, u"Ana Ruiz"_s}};
    draft.deadline = QDateTime(QDate(2031, 3, 14), QTime(17, 0));
    return draft;
}

SandboxFault createFault(SandboxFault::Kind kind) {
    SandboxFault fault;
    fault.kind = kind;
    fault.method = "POST";
    fault.pathPattern = CreatePath;
    return fault;
}

} // namespace

/// TaskSubmitter against the sandbox over loopback: one POST per submit, the 429 countdown, an
/// unknown outcome after a timeout or a lost connection and the "was it created?" check, a 422
/// kept with its field errors, a 201.
class tst_TaskSubmitter : public QObject {
    Q_OBJECT

private:
    [[nodiscard]] int createCount() const {
        return m_world->server().requestCount("POST", CreatePath);
    }
    void setTimeoutMs(int milliseconds) {
        ApiConfig config = m_session->client()->config();
        config.timeoutMs = milliseconds;
        m_session->client()->setConfig(config);
    }

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TaskSubmitter> m_submitter;

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        QVERIFY(m_world->configureForSandbox());
        m_session = std::make_unique<Session>(&m_world->settings(), &m_world->store(), QString());
        QTRY_COMPARE(m_session->state(), Session::State::Ready);
        m_submitter = std::make_unique<TaskSubmitter>(*m_session);
    }

    void cleanup() {
        m_submitter.reset();
        m_session.reset();
        m_world.reset();
    }

    void createdSendsOnce() {
        QSignalSpy created(m_submitter.get(), &TaskSubmitter::created);
        QSignalSpy states(m_submitter.get(), &TaskSubmitter::stateChanged);
        QCOMPARE(m_submitter->state(), TaskSubmitter::State::Idle);

        QVERIFY(m_submitter->submit(validDraft()));
        QCOMPARE(m_submitter->state(), TaskSubmitter::State::Sending);
        QVERIFY(m_submitter->isBusy());
        // Single flight: neither a second submit nor a deliberate resend leaves while one is out.
        QVERIFY(!m_submitter->submit(validDraft()));
        QVERIFY(!m_submitter->sendAgain(validDraft()));

        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(m_submitter->state(), TaskSubmitter::State::Created);
        QCOMPARE(createCount(), 1);
        QVERIFY(m_submitter->createdTask().has_value());
        const Task task = created.at(0).at(0).value<Task>();
        QCOMPARE(task.id, m_submitter->createdTask()->id);
        QCOMPARE(m_world->server().storedTask(task.id).value(u"title"_s).toString(),
                 u"Renew the office lease"_s);
        QCOMPARE(m_submitter->sentDraft().title, u"Renew the office lease"_s);
        QVERIFY(m_submitter->sentAt().isValid());
        QVERIFY(!m_submitter->lastError().has_value());
        QVERIFY(!m_submitter->outcomeUnknown());
        QCOMPARE(states.first().at(0).value<TaskSubmitter::State>(), TaskSubmitter::State::Sending);
        QCOMPARE(states.last().at(0).value<TaskSubmitter::State>(), TaskSubmitter::State::Created);

        // After a 201 the next draft may go.
        QVERIFY(m_submitter->submit(validDraft(u"Order new chairs"_s)));
        QTRY_COMPARE(created.size(), 2);
        QCOMPARE(createCount(), 2);
    }

    void rateLimitCountsDown() {
        SandboxFault limited = createFault(SandboxFault::Kind::RateLimit);
        limited.retryAfter = "2";
        m_world->server().addFault(limited);
        QSignalSpy created(m_submitter.get(), &TaskSubmitter::created);
        QSignalSpy countdown(m_submitter.get(), &TaskSubmitter::retryCountdown);

        QVERIFY(m_submitter->submit(validDraft()));
        QTRY_VERIFY(!countdown.isEmpty());
        const int first = countdown.first().at(0).toInt();
        QVERIFY2(first >= 1 && first <= 2, qPrintable(QString::number(first)));
        QVERIFY(m_submitter->retrySecondsLeft() >= 1);
        QCOMPARE(m_submitter->state(), TaskSubmitter::State::Sending);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        // The refused request and the one retry: nothing more.
        QCOMPARE(createCount(), 2);
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        QCOMPARE(m_submitter->retrySecondsLeft(), 0);
        // The countdown only ever goes down.
        for (qsizetype i = 1; i < countdown.size(); ++i)
            QVERIFY(countdown.at(i).at(0).toInt() <= countdown.at(i - 1).at(0).toInt());
    }

    void unknownOutcomeIsCheckedNotResent_data() {
        QTest::addColumn<int>("faultKind");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<int>("matches");
        // A hang lets the sandbox create the task before the answer is lost; a reset does not.
        QTest::newRow("timeout, task created")
            << int(SandboxFault::Kind::Hang) << int(ApiError::Kind::Timeout) << 1;
        QTest::newRow("connection lost, nothing created")
            << int(SandboxFault::Kind::Reset) << int(ApiError::Kind::Network) << 0;
    }

    void unknownOutcomeIsCheckedNotResent() {
        QFETCH(int, faultKind);
        QFETCH(int, errorKind);
        QFETCH(int, matches);
        setTimeoutMs(400);
        m_world->server().addFault(createFault(SandboxFault::Kind(faultKind)));
        QSignalSpy created(m_submitter.get(), &TaskSubmitter::created);

        QVERIFY(m_submitter->submit(validDraft()));
        QTRY_COMPARE_WITH_TIMEOUT(m_submitter->state(), TaskSubmitter::State::Uncertain, 5000);
        QVERIFY(m_submitter->lastError().has_value());
        QCOMPARE(int(m_submitter->lastError()->kind), errorKind);
        QVERIFY(m_submitter->outcomeUnknown());
        // Nothing leaves again until the check ran.
        QVERIFY(!m_submitter->submit(validDraft()));
        QVERIFY(!m_submitter->sendAgain(validDraft()));

        setTimeoutMs(5000);
        QVERIFY(m_submitter->check());
        QCOMPARE(m_submitter->state(), TaskSubmitter::State::Checking);
        QVERIFY(!m_submitter->check()); // one check at a time
        QTRY_COMPARE_WITH_TIMEOUT(m_submitter->state(), TaskSubmitter::State::Checked, 5000);
        QVERIFY(!m_submitter->checkError().has_value());
        QCOMPARE(m_submitter->matches().size(), matches);
        if (matches > 0)
            QCOMPARE(m_submitter->matches().first().title, u"Renew the office lease"_s);
        // The check is a search (GET), never a second create.
        QVERIFY(m_world->server().requestCount("GET", CreatePath) >= 1);
        QCOMPARE(createCount(), 1);
        QVERIFY(created.isEmpty());
        // Still unknown for submit(); a deliberate resend is now allowed.
        QVERIFY(!m_submitter->submit(validDraft()));
        QVERIFY(m_submitter->sendAgain(validDraft()));
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(createCount(), 2);
    }

    void validationErrorsAreKept() {
        SandboxFault refused = createFault(SandboxFault::Kind::Status);
        refused.status = 422;
        refused.contentType = "application/json";
        refused.body =
            QJsonDocument(
                QJsonObject{
                    {u"message"_s, u"The given data was invalid."_s},
                    {u"errors"_s,
                     QJsonObject{{u"title"_s, QJsonArray{u"The title has already been used."_s}},
                                 {u"owners.users.0"_s,
                                  QJsonArray{u"The selected owners.users.0 is invalid."_s}}}}})
                .toJson();
        m_world->server().addFault(refused);

        QVERIFY(m_submitter->submit(validDraft()));
        QTRY_COMPARE(m_submitter->state(), TaskSubmitter::State::Refused);
        QVERIFY(m_submitter->lastError().has_value());
        const ApiError &error = *m_submitter->lastError();
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.fieldErrors.value(u"title"_s),
                 QStringList{u"The title has already been used."_s});
        QCOMPARE(error.fieldErrors.value(u"owners.users.0"_s),
                 QStringList{u"The selected owners.users.0 is invalid."_s});
        // A refusal is a definite answer: the outcome is known and a corrected draft may go.
        QVERIFY(!m_submitter->outcomeUnknown());
        QVERIFY(!m_submitter->check());
        QSignalSpy created(m_submitter.get(), &TaskSubmitter::created);
        QVERIFY(m_submitter->submit(validDraft(u"Renew the office lease (2)"_s)));
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(createCount(), 2);
        QVERIFY(!m_submitter->lastError().has_value());
    }

    void resetGoesBackToIdle() {
        m_world->server().addFault(createFault(SandboxFault::Kind::Reset));
        QVERIFY(m_submitter->submit(validDraft()));
        QTRY_COMPARE(m_submitter->state(), TaskSubmitter::State::Uncertain);
        m_submitter->reset();
        QCOMPARE(m_submitter->state(), TaskSubmitter::State::Idle);
        QVERIFY(!m_submitter->lastError().has_value());
        QVERIFY(!m_submitter->outcomeUnknown());
        QVERIFY(!m_submitter->check()); // nothing left to check
    }

    void mayHaveBeenProcessed_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("uncertain");
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << true;
        QTest::newRow("network") << int(ApiError::Kind::Network) << true;
        QTest::newRow("5xx") << int(ApiError::Kind::Server) << true;
        QTest::newRow("unreadable 2xx") << int(ApiError::Kind::InvalidResponse) << true;
        QTest::newRow("422") << int(ApiError::Kind::Validation) << false;
        QTest::newRow("403") << int(ApiError::Kind::Forbidden) << false;
        QTest::newRow("401") << int(ApiError::Kind::Unauthorized) << false;
        QTest::newRow("429 outlasted") << int(ApiError::Kind::RateLimited) << false;
        QTest::newRow("refused before sending") << int(ApiError::Kind::InsecureTransport) << false;
        QTest::newRow("cancelled") << int(ApiError::Kind::Cancelled) << false;
    }

    void mayHaveBeenProcessed() {
        QFETCH(int, kind);
        QFETCH(bool, uncertain);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        QCOMPARE(error.mayHaveBeenProcessed(), uncertain);
    }
};

QTEST_GUILESS_MAIN(tst_TaskSubmitter)
#include "tst_TaskSubmitter.moc"
