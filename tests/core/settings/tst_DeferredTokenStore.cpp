#include "StoreAnswer.h"

#include "core/settings/DeferredTokenStore.h"
#include "core/settings/MemoryTokenStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// The keychain wrapper the application starts after its first frame: nothing reaches the real
/// store before start(), everything asked before reaches it after, in order, answered once.
class tst_DeferredTokenStore final : public QObject {
    Q_OBJECT

private:
    // Makes an empty MemoryTokenStore and remembers it in `made`.
    static DeferredTokenStore::Factory memory(MemoryTokenStore **made) {
        return [made] {
            auto store = std::make_unique<MemoryTokenStore>();
            *made = store.get();
            return store;
        };
    }

private Q_SLOTS:
    void nothingHappensBeforeStart() {
        int made = 0;
        DeferredTokenStore store([&made] {
            ++made;
            return std::make_unique<MemoryTokenStore>();
        });
        QObject context;
        int answers = 0;
        store.read(u"k"_s, &context, [&answers](const TokenStoreResult &) { ++answers; });
        store.write(u"k"_s, u"t"_s, &context, [&answers](const TokenStoreResult &) { ++answers; });
        QCOMPARE(store.waitingCount(), 2);
        // Later, known event: a queued call posted after the requests has run.
        bool later = false;
        QMetaObject::invokeMethod(
            &context, [&later] { later = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(later);
        QCOMPARE(answers, 0);
        QCOMPARE(made, 0);
        QVERIFY(!store.isStarted());
        QVERIFY(store.store() == nullptr);
    }

    void whatWaitedIsAnsweredInOrderAfterStart() {
        MemoryTokenStore *real = nullptr;
        DeferredTokenStore store(memory(&real));
        QSignalSpy changed(&store, &TokenStore::tokenChanged);
        QObject context;
        QStringList answers;
        const QString key = u"taskdesk:go.tallyfy.com/api:0123456789abcdef0123456789abcdef"_s;
        store.read(key, &context, [&answers](const TokenStoreResult &r) {
            answers << (r.ok() ? u"read "_s + r.token() : u"read none"_s);
        });
        store.write(key, u"one"_s, &context, [&answers](const TokenStoreResult &r) {
            answers << (r.ok() ? u"write ok"_s : u"write failed"_s);
        });
        store.read(key, &context, [&answers](const TokenStoreResult &r) {
            answers << (r.ok() ? u"read "_s + r.token() : u"read none"_s);
        });
        store.start();
        QVERIFY(store.isStarted());
        QCOMPARE(store.store(), real);
        QCOMPARE(store.waitingCount(), 0);
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers, (QStringList{u"read none"_s, u"write ok"_s, u"read one"_s}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), key);
        QVERIFY(real->contains(key));

        // Started: straight through, still asynchronous, still once.
        auto answer = storeAnswer([&](QObject *c, auto cb) { store.remove(key, c, cb); });
        QVERIFY(answer && answer->ok());
        QVERIFY(!real->contains(key));
        QCOMPARE(changed.size(), 2);
    }

    void startTwiceMakesOneStore() {
        int made = 0;
        DeferredTokenStore store([&made] {
            ++made;
            return std::make_unique<MemoryTokenStore>();
        });
        store.start();
        store.start();
        QCOMPARE(made, 1);
    }

    void failuresPassThrough() {
        MemoryTokenStore *real = nullptr;
        DeferredTokenStore store([&real] {
            auto made = std::make_unique<MemoryTokenStore>();
            made->setFailure(TokenStoreError::noKeychain(u"no service"_s));
            real = made.get();
            return made;
        });
        QObject context;
        std::optional<TokenStoreResult> answer;
        store.read(u"k"_s, &context, [&answer](const TokenStoreResult &r) { answer = r; });
        store.start();
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NoKeychain);
    }

    void noAnswerAfterTheContextDied() {
        MemoryTokenStore *real = nullptr;
        DeferredTokenStore store(memory(&real));
        int calls = 0;
        {
            QObject context;
            store.read(u"k"_s, &context, [&calls](const TokenStoreResult &) { ++calls; });
        }
        store.start();
        QObject later;
        std::optional<TokenStoreResult> answer;
        store.read(u"k"_s, &later, [&answer](const TokenStoreResult &r) { answer = r; });
        QTRY_VERIFY(answer.has_value()); // answered after the first one would have been
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(tst_DeferredTokenStore)
#include "tst_DeferredTokenStore.moc"
