#include "SandboxWorld.h"
#include "Settle.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// DirectoryCache against the sandbox: each list is fetched once per organization, lookups by
/// ID work, a change of organization forgets everything, failures are reported.
class tst_DirectoryCache : public QObject {
    Q_OBJECT

private:
    /// The sandbox path each list is fetched from.
    static QString pathOf(DirectoryCache::What what) {
        switch (what) {
        case DirectoryCache::What::Members:
            return u"/organizations/[0-9a-f]{32}/users$"_s;
        case DirectoryCache::What::Groups:
            return u"/organizations/[0-9a-f]{32}/groups$"_s;
        case DirectoryCache::What::Guests:
            return u"/organizations/[0-9a-f]{32}/guests$"_s;
        case DirectoryCache::What::Tags:
            return u"/organizations/[0-9a-f]{32}/tags$"_s;
        case DirectoryCache::What::Runs:
            return u"/organizations/[0-9a-f]{32}/runs$"_s;
        }
        return {};
    }
    static qsizetype sizeOf(const DirectoryCache &cache, DirectoryCache::What what) {
        switch (what) {
        case DirectoryCache::What::Members:
            return cache.members().size();
        case DirectoryCache::What::Groups:
            return cache.groups().size();
        case DirectoryCache::What::Guests:
            return cache.guests().size();
        case DirectoryCache::What::Tags:
            return cache.tags().size();
        case DirectoryCache::What::Runs:
            return cache.runs().size();
        }
        return -1;
    }

    std::unique_ptr<SandboxWorld> m_world;
    Settings *m_settings = nullptr;
    MemoryTokenStore *m_store = nullptr;
    SandboxServer *m_server = nullptr;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        m_settings = &m_world->settings();
        m_store = &m_world->store();
        m_server = &m_world->server();
        m_session = std::make_unique<Session>(m_settings, m_store, QString());
        m_session->useSandbox(m_server->baseUrl(), m_server->orgId(), m_server->token());
        QVERIFY(m_session->isReady());
    }
    void cleanup() {
        m_session.reset();
        m_world.reset();
    }

    void loadsOnce_data() {
        QTest::addColumn<DirectoryCache::What>("what");
        QTest::addColumn<int>("expectedCount");
        QTest::newRow("members") << DirectoryCache::What::Members << 8;
        QTest::newRow("groups") << DirectoryCache::What::Groups << 3;
        QTest::newRow("guests") << DirectoryCache::What::Guests << 2;
        QTest::newRow("tags") << DirectoryCache::What::Tags << 6;
        QTest::newRow("runs") << DirectoryCache::What::Runs << 2; // active runs only
    }
    void loadsOnce() {
        QFETCH(DirectoryCache::What, what);
        QFETCH(int, expectedCount);
        DirectoryCache *cache = m_session->cache();
        QSignalSpy loaded(cache, &DirectoryCache::loaded);
        QSignalSpy failed(cache, &DirectoryCache::failed);

        QVERIFY(!cache->isLoaded(what));
        cache->ensure(what);
        QVERIFY(cache->isLoading(what));
        QCOMPARE(loaded.count(), 0); // never from inside ensure()
        cache->ensure(what);         // already loading: nothing more is sent
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).value<DirectoryCache::What>(), what);
        QCOMPARE(failed.count(), 0);
        QVERIFY(cache->isLoaded(what));
        QVERIFY(!cache->isLoading(what));
        QCOMPARE(sizeOf(*cache, what), expectedCount);

        const int requests = m_server->requestCount("GET", pathOf(what));
        QCOMPARE(requests, 1);
        cache->ensure(what); // loaded: served from the cache
        QVERIFY(settle(*m_session));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_server->requestCount("GET", pathOf(what)), requests);
        // The other lists were not touched.
        for (DirectoryCache::What other : DirectoryCache::all()) {
            if (other != what) {
                QVERIFY(!cache->isLoaded(other));
                QCOMPARE(m_server->requestCount("GET", pathOf(other)), 0);
            }
        }
    }

    void lookups() {
        DirectoryCache *cache = m_session->cache();
        QSignalSpy loaded(cache, &DirectoryCache::loaded);
        cache->ensureAll();
        QTRY_COMPARE(loaded.count(), DirectoryCache::all().size());

        const std::optional<Member> ana = cache->member(1001);
        QVERIFY(ana.has_value());
        QCOMPARE(ana->displayName(), u"Ana Ruiz"_s);
        QCOMPARE(cache->member(1003)->displayName(), u"Zoë Núñez-Øst"_s);
        QVERIFY(!cache->member(999999).has_value());

        const std::optional<Group> finance = cache->group(u"8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f"_s);
        QVERIFY(finance.has_value());
        QCOMPARE(finance->name, u"Finance"_s);
        QVERIFY(!cache->group(u"00000000000000000000000000000000"_s).has_value());

        QVERIFY(cache->guest(u"DANA@northwind.example"_s).has_value());
        QCOMPARE(cache->tag(u"6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c"_s)->title, u"quarter-end"_s);
        QCOMPARE(cache->run(u"b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6"_s)->name,
                 u"Quarterly close - Q3 2026"_s);
    }

    void clearsWhenOrganizationChanges() {
        DirectoryCache *cache = m_session->cache();
        QSignalSpy loaded(cache, &DirectoryCache::loaded);
        QSignalSpy cleared(cache, &DirectoryCache::cleared);
        cache->ensure(DirectoryCache::What::Members);
        QTRY_COMPARE(loaded.count(), 1);
        const QString before = cache->target();

        // Same server and organization again: nothing is forgotten.
        m_session->useSandbox(m_server->baseUrl(), m_server->orgId(), m_server->token());
        QCOMPARE(cleared.count(), 0);
        QVERIFY(cache->isLoaded(DirectoryCache::What::Members));

        m_session->useSandbox(m_server->baseUrl(), u"6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d"_s,
                              m_server->token());
        QVERIFY(cache->target() != before);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!cache->isLoaded(DirectoryCache::What::Members));
        QVERIFY(cache->members().isEmpty());
        QVERIFY(!cache->member(1001).has_value());
    }

    void loadInFlightIsDroppedOnTargetChange() {
        DirectoryCache *cache = m_session->cache();
        QSignalSpy loaded(cache, &DirectoryCache::loaded);
        QSignalSpy failed(cache, &DirectoryCache::failed);
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Delay;
        slow.pathPattern = u"/users$"_s;
        slow.delayMs = 150;
        m_server->addFault(slow);
        cache->ensure(DirectoryCache::What::Members);
        cache->setTarget(u"somewhere-else"_s);
        QVERIFY(!cache->isLoading(DirectoryCache::What::Members));
        // A request answered later than the dropped one would have been: its answer is the sign
        // that the dropped answer had its chance to arrive.
        SandboxFault later = slow;
        later.pathPattern = u"/me$"_s;
        later.delayMs = 2 * slow.delayMs;
        m_server->addFault(later);
        QVERIFY(settle(*m_session));
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(failed.count(), 0); // a cancelled load is not a failure
        QVERIFY(cache->members().isEmpty());
    }

    void refreshFetchesAgain() {
        DirectoryCache *cache = m_session->cache();
        QSignalSpy loaded(cache, &DirectoryCache::loaded);
        cache->ensure(DirectoryCache::What::Tags);
        QTRY_COMPARE(loaded.count(), 1);
        const QString path = pathOf(DirectoryCache::What::Tags);
        const int requests = m_server->requestCount("GET", path);
        cache->refresh();
        QVERIFY(cache->isLoading(DirectoryCache::What::Tags));
        QVERIFY(!cache->isLoading(DirectoryCache::What::Groups)); // never asked for
        QCOMPARE(cache->tags().size(), 6);                        // still readable meanwhile
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(m_server->requestCount("GET", path), requests + 1);
    }

    void failureIsReported() {
        DirectoryCache *cache = m_session->cache();
        QSignalSpy loaded(cache, &DirectoryCache::loaded);
        QSignalSpy failed(cache, &DirectoryCache::failed);
        SandboxFault forbidden;
        forbidden.kind = SandboxFault::Kind::Status;
        forbidden.pathPattern = u"/groups$"_s;
        forbidden.status = 403;
        forbidden.body = R"({"message":"Only administrators can list groups."})";
        forbidden.contentType = "application/json";
        m_server->addFault(forbidden);
        cache->ensure(DirectoryCache::What::Groups);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<DirectoryCache::What>(), DirectoryCache::What::Groups);
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Forbidden);
        QVERIFY(!cache->isLoaded(DirectoryCache::What::Groups));
        QVERIFY(!cache->isLoading(DirectoryCache::What::Groups));
        QCOMPARE(cache->lastError(DirectoryCache::What::Groups)->kind, ApiError::Kind::Forbidden);

        // Asking again tries again, and a success clears the error.
        cache->ensure(DirectoryCache::What::Groups);
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(!cache->lastError(DirectoryCache::What::Groups).has_value());
        QCOMPARE(cache->groups().size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_DirectoryCache)
#include "tst_DirectoryCache.moc"
