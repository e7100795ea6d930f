#include "SandboxWorld.h"
#include "Settle.h"
#include "core/api/ApiClient.h"
#include "core/session/Conversation.h"
#include "core/session/Session.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SandboxFault::Kind)

namespace {

// Seeded: a one-off task without a run and one comment; a process task with an open problem.
const QString OneOffTask = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s;
const QString RunTask = u"6c8e0a2b4d6f8c0e2a4b6d8f0c2e4a6b"_s;
const QString RunOfRunTask = u"b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6"_s;

} // namespace

/// A task's comments against the sandbox over loopback: read on the route of the task's kind,
/// each post sent once, a lost answer checked by a re-read and never resent.
class tst_Conversation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        QVERIFY(m_world->startSandboxSession().isReady());
        m_conversation = std::make_unique<Conversation>(m_world->session());
    }
    void cleanup() {
        m_conversation.reset();
        m_world.reset();
    }

    void readsOnTheRouteOfTheTaskKind_data() {
        QTest::addColumn<QString>("taskId");
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("openProblems");
        QTest::newRow("one-off, no run")
            << OneOffTask << QString() << u"/tasks/"_s + OneOffTask << 1 << 0;
        QTest::newRow("process task")
            << RunTask << RunOfRunTask << u"/runs/"_s + RunOfRunTask + u"/tasks/"_s + RunTask << 1
            << 1;
    }
    void readsOnTheRouteOfTheTaskKind() {
        QFETCH(QString, taskId);
        QFETCH(QString, runId);
        QFETCH(QString, path);
        QFETCH(int, count);
        QFETCH(int, openProblems);
        m_world->server().clearRequests();
        QSignalSpy changed(m_conversation.get(), &Conversation::threadsChanged);
        m_conversation->setTask(taskId, runId);
        QCOMPARE(m_conversation->loadState(), Conversation::LoadState::Loading);
        QTRY_COMPARE(m_conversation->loadState(), Conversation::LoadState::Loaded);
        QCOMPARE(m_conversation->threads().size(), count);
        QCOMPARE(m_conversation->openProblems().size(), openProblems);
        QVERIFY(!changed.isEmpty());
        const QList<SandboxRequest> requests = m_world->server().requests();
        QCOMPARE(requests.size(), 1);
        QVERIFY2(requests.first().path.endsWith(path), qPrintable(requests.first().path));
        QCOMPARE(requests.first().query.queryItemValue(u"with"_s), u"threads"_s);
    }

    void threadsReadWithTheTaskAreNotReadAgain() {
        Thread given;
        given.id = u"c0000000000000000000000000000001"_s;
        given.content = u"<p>Already here</p>"_s;
        m_world->server().clearRequests();
        m_conversation->setTask(OneOffTask, {}, QList<Thread>{given});
        QCOMPARE(m_conversation->loadState(), Conversation::LoadState::Loaded);
        QCOMPARE(m_conversation->threads().size(), 1);
        QVERIFY(settle(m_world->session()));
        QCOMPARE(m_world->server().requestCount("GET", u"/tasks/"_s + OneOffTask), 0);
    }

    void aCommentIsPostedOnceAndShownAtOnce() {
        load(OneOffTask);
        QSignalSpy sent(m_conversation.get(), &Conversation::sent);
        const QString text = u"Checked the quote <b>twice</b>.\n\n@[1002] please sign."_s;
        QVERIFY(m_conversation->send(Conversation::Kind::Comment, text));
        QVERIFY(m_conversation->isSending());
        // A second press while the first is in flight sends nothing.
        QVERIFY(!m_conversation->send(Conversation::Kind::Comment, text));
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toString(), OneOffTask);
        QVERIFY(sent.first().at(2).toBool());
        QCOMPARE(sent.first().at(3).toString(), u"Comment posted."_s);
        QCOMPARE(m_conversation->threads().size(), 2);
        const Thread posted = m_conversation->threads().constLast();
        QCOMPARE(posted.content, u"<p>Checked the quote &lt;b&gt;twice&lt;/b&gt;.</p>"
                                 u"<p>@[1002] please sign.</p>"_s);
        QCOMPARE(posted.label, u"comment"_s);
        QVERIFY(settle(m_world->session()));
        QCOMPARE(posts(u"comment"_s), 1);
        const QJsonArray stored =
            m_world->server().store().task(OneOffTask)->relations.value("threads"_L1).toArray();
        QCOMPARE(stored.size(), 2);
    }

    void blankTextIsNotSent() {
        load(OneOffTask);
        QVERIFY(!m_conversation->send(Conversation::Kind::Comment, u" \n\t "_s));
        QVERIFY(!m_conversation->isSending());
        QVERIFY(settle(m_world->session()));
        QCOMPARE(posts(u"comment"_s), 0);
    }

    void aProblemIsReportedAndResolved() {
        load(OneOffTask);
        QSignalSpy sent(m_conversation.get(), &Conversation::sent);
        QVERIFY(m_conversation->send(Conversation::Kind::Problem, u"The quote expired."_s));
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(sent.last().at(2).toBool());
        QCOMPARE(m_conversation->openProblems().size(), 1);
        const QString problemId = m_conversation->openProblems().first().id;

        // Resolving asks for an open problem of this task.
        QVERIFY(!m_conversation->send(Conversation::Kind::Resolution, u"Renewed."_s,
                                      u"ffffffffffffffffffffffffffffffff"_s));
        QVERIFY(m_conversation->send(Conversation::Kind::Resolution, u"Renewed."_s, problemId));
        QTRY_COMPARE(sent.size(), 2);
        QVERIFY(sent.last().at(2).toBool());
        QCOMPARE(sent.last().at(3).toString(), u"Problem resolved."_s);
        QVERIFY(m_conversation->openProblems().isEmpty());
        QCOMPARE(m_conversation->threads().size(), 3);

        // The server agrees: read again, the problem carries its resolution.
        m_conversation->reload();
        QTRY_COMPARE(m_conversation->loadState(), Conversation::LoadState::Loaded);
        QVERIFY(m_conversation->openProblems().isEmpty());
        QCOMPARE(posts(u"problem"_s), 1);
        QCOMPARE(posts(u"resolved-threads"_s), 1);
    }

    void aLostAnswerIsCheckedNeverResent_data() {
        QTest::addColumn<SandboxFault::Kind>("fault");
        QTest::addColumn<bool>("posted");
        QTest::addColumn<int>("threadsAfter");
        // Hang: the sandbox stores the comment, then the answer never comes.
        QTest::newRow("stored, answer lost") << SandboxFault::Kind::Hang << true << 2;
        // Reset and 500 answer instead of the API: nothing is stored.
        QTest::newRow("connection cut") << SandboxFault::Kind::Reset << false << 1;
        QTest::newRow("500") << SandboxFault::Kind::Json500 << false << 1;
    }
    void aLostAnswerIsCheckedNeverResent() {
        QFETCH(SandboxFault::Kind, fault);
        QFETCH(bool, posted);
        QFETCH(int, threadsAfter);
        load(OneOffTask);
        ApiConfig config = m_world->session().client()->config();
        config.timeoutMs = 400;
        m_world->session().client()->setConfig(config);
        SandboxFault lost;
        lost.kind = fault;
        lost.method = "POST";
        lost.pathPattern = u"/comment$"_s;
        lost.times = -1;
        m_world->server().addFault(lost);

        QSignalSpy sent(m_conversation.get(), &Conversation::sent);
        QVERIFY(m_conversation->send(Conversation::Kind::Comment, u"Is this here?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(sent.first().at(2).toBool(), posted);
        const QString message = sent.first().at(3).toString();
        QVERIFY2(posted ? message == u"Comment posted."_s : message.startsWith(u"Not sent"_s),
                 qPrintable(message));
        QCOMPARE(m_conversation->threads().size(), threadsAfter);
        QVERIFY(settle(m_world->session()));
        QCOMPARE(posts(u"comment"_s), 1);
    }

    void aRefusalNamesTheProblem() {
        load(OneOffTask);
        SandboxFault refused;
        refused.kind = SandboxFault::Kind::Status;
        refused.status = 422;
        refused.method = "POST";
        refused.contentType = "application/json";
        refused.body = R"({"message":"The given data was invalid.","errors":{"content":)"
                       R"(["The content may not be greater than 65535 characters."]}})";
        m_world->server().addFault(refused);
        QSignalSpy sent(m_conversation.get(), &Conversation::sent);
        QVERIFY(m_conversation->send(Conversation::Kind::Comment, u"Long"_s));
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(!sent.first().at(2).toBool());
        QVERIFY2(sent.first().at(3).toString().contains(u"65535"_s),
                 qPrintable(sent.first().at(3).toString()));
        QVERIFY(settle(m_world->session()));
        QCOMPARE(posts(u"comment"_s), 1);
    }

    void aFailedReadSaysWhyAndRetries() {
        SandboxFault broken;
        broken.kind = SandboxFault::Kind::Html500;
        broken.method = "GET";
        broken.pathPattern = u"/tasks/"_s + OneOffTask + u'$';
        broken.times = -1;
        m_world->server().addFault(broken);
        m_conversation->setTask(OneOffTask, {});
        QTRY_COMPARE_WITH_TIMEOUT(m_conversation->loadState(), Conversation::LoadState::Failed,
                                  20000);
        QVERIFY(!m_conversation->loadError().isEmpty());
        QVERIFY(m_conversation->threads().isEmpty());
        m_world->server().clearFaults();
        m_conversation->reload();
        QTRY_COMPARE(m_conversation->loadState(), Conversation::LoadState::Loaded);
        QCOMPARE(m_conversation->threads().size(), 1);
    }

    void anotherTaskCancelsTheReadNotThePost() {
        load(OneOffTask);
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Delay;
        slow.delayMs = 300;
        slow.method = "POST";
        m_world->server().addFault(slow);
        QSignalSpy sent(m_conversation.get(), &Conversation::sent);
        QVERIFY(m_conversation->send(Conversation::Kind::Comment, u"For the quote"_s));
        m_conversation->setTask(RunTask, RunOfRunTask);
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toString(), OneOffTask);
        QVERIFY(sent.first().at(2).toBool());
        QTRY_COMPARE(m_conversation->loadState(), Conversation::LoadState::Loaded);
        // The comment went to its own task and is not shown on the other one.
        QCOMPARE(m_conversation->taskId(), RunTask);
        QVERIFY(
            std::none_of(m_conversation->threads().cbegin(), m_conversation->threads().cend(),
                         [](const Thread &t) { return t.content.contains(u"For the quote"_s); }));
        QCOMPARE(m_world->server()
                     .store()
                     .task(OneOffTask)
                     ->relations.value("threads"_L1)
                     .toArray()
                     .size(),
                 2);
    }

private:
    void load(const QString &taskId) {
        m_conversation->setTask(taskId, {});
        QVERIFY(QTest::qWaitFor(
            [this] { return m_conversation->loadState() == Conversation::LoadState::Loaded; },
            10000));
        m_world->server().clearRequests();
    }
    int posts(const QString &what) const {
        return m_world->server().requestCount("POST", u"/"_s + what + u'$');
    }

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<Conversation> m_conversation;
};

QTEST_GUILESS_MAIN(tst_Conversation)
#include "tst_Conversation.moc"
