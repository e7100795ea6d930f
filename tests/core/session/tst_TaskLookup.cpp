#include "SandboxWorld.h"
#include "Settle.h"
#include "core/session/Session.h"
#include "core/session/TaskLookup.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString taskPath(const QString &taskId) {
    return u"/tasks/"_s + taskId + u"$"_s;
}

} // namespace

/// One lookup at a time against the sandbox over loopback: the request as asked, an answer for
/// the last lookup only, waiting for the keychain, refusing without a connection.
class tst_TaskLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        const QList<SandboxServer::TaskInfo> tasks = m_world->server().seededTasks();
        QVERIFY(tasks.size() >= 3);
        m_first = tasks.at(0).id;
        m_second = tasks.at(1).id;
        m_third = tasks.at(2).id;
    }
    void cleanup() {
        m_lookup.reset();
        m_world.reset();
    }

    void findsTheTaskWithItsIncludes() {
        startLookup(m_world->startSandboxSession());
        QSignalSpy sent(m_lookup.get(), &TaskLookup::sent);
        QSignalSpy found(m_lookup.get(), &TaskLookup::found);
        QSignalSpy busy(m_lookup.get(), &TaskLookup::busyChanged);
        m_lookup->start({m_first, {u"step"_s, u"tags"_s}, {}});
        QVERIFY(m_lookup->isBusy());
        QCOMPARE(sent.size(), 1);
        QTRY_COMPARE(found.size(), 1);
        QVERIFY(!m_lookup->isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(found.first().at(0).value<Task>().id, m_first);
        const auto request = found.first().at(1).value<TaskLookup::Request>();
        QCOMPARE(request.taskId, m_first);
        QCOMPARE(request.includes, (QStringList{u"step"_s, u"tags"_s}));
        QVERIFY(settle(m_world->session()));
        const QList<SandboxRequest> gets = m_world->server().requests();
        int asked = 0;
        for (const SandboxRequest &get : gets) {
            if (get.path.endsWith(m_first)) {
                ++asked;
                QCOMPARE(get.query.queryItemValue(u"with"_s), u"step,tags"_s);
            }
        }
        QCOMPARE(asked, 1);
    }

    // A lookup replaced by another is never answered: neither its task nor its cancellation
    // arrives, even once its delayed answer would have come.
    void onlyTheLastLookupIsAnswered() {
        startLookup(m_world->startSandboxSession());
        m_world->server().addFault(delayed(m_first, 200));
        QSignalSpy found(m_lookup.get(), &TaskLookup::found);
        QSignalSpy failed(m_lookup.get(), &TaskLookup::failed);
        m_lookup->start({m_first, {}, {}});
        m_lookup->start({m_second, {}, {}});
        QVERIFY(m_lookup->isBusy());
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).value<Task>().id, m_second);
        // A third lookup, answered later than the first would have been.
        m_world->server().addFault(delayed(m_third, 600));
        m_lookup->start({m_third, {}, {}});
        QTRY_COMPARE(found.size(), 2);
        QCOMPARE(found.at(1).at(0).value<Task>().id, m_third);
        QCOMPARE(failed.size(), 0);
    }

    void cancelEndsItQuietly() {
        startLookup(m_world->startSandboxSession());
        SandboxFault hang;
        hang.kind = SandboxFault::Kind::Hang;
        hang.pathPattern = taskPath(m_first);
        m_world->server().addFault(hang);
        QSignalSpy found(m_lookup.get(), &TaskLookup::found);
        QSignalSpy failed(m_lookup.get(), &TaskLookup::failed);
        QVERIFY(!m_lookup->cancel()); // nothing in flight
        m_lookup->start({m_first, {}, {}});
        QTRY_COMPARE(m_world->server().requestCount("GET", taskPath(m_first)), 1);
        QVERIFY(m_lookup->cancel());
        QVERIFY(!m_lookup->isBusy());
        QVERIFY(!m_lookup->cancel());
        m_lookup->start({m_second, {}, {}});
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).value<Task>().id, m_second);
        QCOMPARE(failed.size(), 0);
    }

    void aMissingTaskFails() {
        startLookup(m_world->startSandboxSession());
        const QString missing = u"0123456789abcdef0123456789abcdef"_s;
        QSignalSpy failed(m_lookup.get(), &TaskLookup::failed);
        m_lookup->start({missing, {}, {}});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::NotFound);
        QCOMPARE(failed.first().at(1).value<TaskLookup::Request>().taskId, missing);
        QVERIFY(!m_lookup->isBusy());
    }

    // Started while the token is still read from the keychain: sent once it is known.
    void waitsForTheToken() {
        QVERIFY(m_world->configureForSandbox());
        Session &session = m_world->startSession();
        QCOMPARE(session.state(), Session::State::Resolving);
        startLookup(session);
        QSignalSpy waiting(m_lookup.get(), &TaskLookup::waitingForToken);
        QSignalSpy sent(m_lookup.get(), &TaskLookup::sent);
        QSignalSpy found(m_lookup.get(), &TaskLookup::found);
        m_lookup->start({m_first, {}, {}});
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(sent.size(), 0);
        QVERIFY(m_lookup->isBusy());
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(m_world->server().requestCount("GET", taskPath(m_first)), 1);
    }

    void withoutAConnectionNothingIsSent() {
        Session &session = m_world->startSession();
        QTRY_COMPARE(session.state(), Session::State::NotConfigured);
        startLookup(session);
        QSignalSpy refused(m_lookup.get(), &TaskLookup::notConnected);
        QSignalSpy busy(m_lookup.get(), &TaskLookup::busyChanged);
        m_lookup->start({m_first, {}, {}});
        QCOMPARE(refused.size(), 1);
        QCOMPARE(busy.size(), 0);
        QVERIFY(!m_lookup->isBusy());
        QCOMPARE(m_world->server().requests().size(), 0);
    }

private:
    void startLookup(Session &session) { m_lookup = std::make_unique<TaskLookup>(session); }
    static SandboxFault delayed(const QString &taskId, int ms) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Delay;
        fault.pathPattern = taskPath(taskId);
        fault.delayMs = ms;
        return fault;
    }

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<TaskLookup> m_lookup;
    QString m_first;
    QString m_second;
    QString m_third;
};

QTEST_GUILESS_MAIN(tst_TaskLookup)
#include "tst_TaskLookup.moc"
