#include "StoreAnswer.h"

#include "core/settings/MemoryTokenStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MemoryTokenStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteRemove() {
        MemoryTokenStore store;
        QSignalSpy changed(&store, &TokenStore::tokenChanged);
        const QString key = u"taskdesk:go.tallyfy.com/api:0123456789abcdef0123456789abcdef"_s;

        auto answer = storeAnswer([&](QObject *c, auto cb) { store.read(key, c, cb); });
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NotFound);
        QVERIFY(!answer->error().message.isEmpty());

        answer = storeAnswer([&](QObject *c, auto cb) { store.write(key, u"one"_s, c, cb); });
        QVERIFY(answer && answer->ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), key);
        QVERIFY(store.contains(key));

        answer = storeAnswer([&](QObject *c, auto cb) { store.write(key, u"two"_s, c, cb); });
        QVERIFY(answer && answer->ok());
        answer = storeAnswer([&](QObject *c, auto cb) { store.read(key, c, cb); });
        QVERIFY(answer && answer->ok());
        QCOMPARE(answer->token(), u"two"_s);
        QCOMPARE(store.count(), 1);

        answer = storeAnswer([&](QObject *c, auto cb) { store.remove(key, c, cb); });
        QVERIFY(answer && answer->ok());
        QVERIFY(!store.contains(key));
        answer = storeAnswer([&](QObject *c, auto cb) { store.remove(key, c, cb); });
        QVERIFY2(answer && answer->ok(), "removing a missing key succeeds");
        QCOMPARE(changed.size(), 4);
    }

    void answersNeverArriveInsideTheCall() {
        MemoryTokenStore store;
        QObject context;
        int calls = 0;
        store.write(u"k"_s, u"t"_s, &context, [&calls](const TokenStoreResult &) { ++calls; });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }

    void noAnswerAfterTheContextDied() {
        MemoryTokenStore store;
        int calls = 0;
        {
            QObject context;
            store.write(u"k"_s, u"t"_s, &context, [&calls](const TokenStoreResult &) { ++calls; });
        }
        auto *context = new QObject;
        store.read(u"k"_s, context, [&calls](const TokenStoreResult &) { ++calls; });
        delete context;
        // A later answer proves the earlier ones had their chance to arrive.
        const auto later = storeAnswer([&](QObject *c, auto cb) { store.read(u"k"_s, c, cb); });
        QVERIFY(later && later->ok());
        QCOMPARE(calls, 0);
    }

    void refusesEmptyKeysAndTokens() {
        MemoryTokenStore store;
        auto answer = storeAnswer([&](QObject *c, auto cb) { store.write(u"k"_s, {}, c, cb); });
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::Other);
        answer = storeAnswer([&](QObject *c, auto cb) { store.read({}, c, cb); });
        QVERIFY(answer && !answer->ok());
        QCOMPARE(store.count(), 0);
    }

    void simulatedFailures() {
        MemoryTokenStore store;
        QSignalSpy changed(&store, &TokenStore::tokenChanged);
        store.setFailure(TokenStoreError::noKeychain(u"simulated"_s));
        auto answer = storeAnswer([&](QObject *c, auto cb) { store.write(u"k"_s, u"t"_s, c, cb); });
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NoKeychain);
        QCOMPARE(answer->error().detail, u"simulated"_s);
        QCOMPARE(store.count(), 0);
        QCOMPARE(changed.size(), 0);

        store.setFailure(std::nullopt);
        answer = storeAnswer([&](QObject *c, auto cb) { store.write(u"k"_s, u"t"_s, c, cb); });
        QVERIFY(answer && answer->ok());
    }

    void defaultResultIsNotSuccess() {
        const TokenStoreResult result;
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, TokenStoreError::Kind::Other);
        QCOMPARE(TokenStoreError::kindName(TokenStoreError::Kind::NoKeychain), u"NoKeychain"_s);
    }
};

QTEST_GUILESS_MAIN(tst_MemoryTokenStore)
#include "tst_MemoryTokenStore.moc"
