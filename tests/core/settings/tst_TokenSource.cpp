#include "core/settings/MemoryTokenStore.h"
#include "core/settings/TokenSource.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString keyA = u"taskdesk:go.tallyfy.com/api:0123456789abcdef0123456789abcdef"_s;
const QString keyB = u"taskdesk:go.tallyfy.com/api:fedcba9876543210fedcba9876543210"_s;

std::optional<TokenSource::Resolution> resolve(TokenSource &source, const QString &key) {
    QObject context;
    auto answer = std::make_shared<std::optional<TokenSource::Resolution>>();
    source.resolve(key, &context,
                   [answer](const TokenSource::Resolution &resolution) { *answer = resolution; });
    if (answer->has_value()) {
        return TokenSource::Resolution{TokenSource::Origin::None, u"answered synchronously"_s, {}};
    }
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, 5000)) {
        return std::nullopt;
    }
    return *answer;
}

void store(TokenStore &keychain, const QString &key, const QString &token) {
    QObject context;
    bool done = false;
    keychain.write(key, token, &context, [&done](const TokenStoreResult &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
}

} // namespace

class tst_TokenSource final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void environmentWinsAndIsNeverStored() {
        MemoryTokenStore keychain;
        store(keychain, keyA, u"from-keychain"_s);
        TokenSource source(&keychain, u"  Bearer env-token  "_s);
        QVERIFY(source.isFromEnvironment());
        QVERIFY(source.keepForSession(keyA, u"from-session"_s));

        for (const QString &key : {keyA, keyB}) {
            const auto resolution = resolve(source, key);
            QVERIFY(resolution);
            QVERIFY(resolution->ok());
            QCOMPARE(resolution->origin, TokenSource::Origin::Environment);
            QCOMPARE(resolution->token, u"env-token"_s);
        }
        QCOMPARE(keychain.count(), 1);
        QVERIFY(!keychain.contains(keyB));
    }

    void unusableEnvironmentTokenIsAnError() {
        MemoryTokenStore keychain;
        store(keychain, keyA, u"from-keychain"_s);
        TokenSource source(&keychain, u"two words"_s);
        QVERIFY(source.isFromEnvironment());
        const auto resolution = resolve(source, keyA);
        QVERIFY(resolution);
        QVERIFY(!resolution->ok());
        QVERIFY(resolution->token.isEmpty());
        QVERIFY(resolution->error);
        QVERIFY(resolution->error->message.contains(u"TALLYFY_API_TOKEN"_s));
        QVERIFY(!resolution->error->message.contains(u"two words"_s));
    }

    void emptyEnvironmentCountsAsUnset() {
        TokenSource source(nullptr, u"   "_s);
        QVERIFY(!source.isFromEnvironment());
    }

    void sessionBeatsKeychain() {
        MemoryTokenStore keychain;
        store(keychain, keyA, u"from-keychain"_s);
        TokenSource source(&keychain, QString());
        QVERIFY(!source.isFromEnvironment());

        auto resolution = resolve(source, keyA);
        QVERIFY(resolution && resolution->ok());
        QCOMPARE(resolution->origin, TokenSource::Origin::Keychain);
        QCOMPARE(resolution->token, u"from-keychain"_s);

        QVERIFY(!source.keepForSession(keyA, u"has space"_s));
        QVERIFY(!source.hasSessionToken(keyA));
        QVERIFY(source.keepForSession(keyA, u"Bearer from-session"_s));
        QVERIFY(source.hasSessionToken(keyA));
        QVERIFY(!source.hasSessionToken(keyB));
        resolution = resolve(source, keyA);
        QVERIFY(resolution && resolution->ok());
        QCOMPARE(resolution->origin, TokenSource::Origin::Session);
        QCOMPARE(resolution->token, u"from-session"_s);
        QCOMPARE(keychain.count(), 1); // the session token never reaches the keychain

        source.forgetSessionToken(keyA);
        resolution = resolve(source, keyA);
        QVERIFY(resolution && resolution->ok());
        QCOMPARE(resolution->origin, TokenSource::Origin::Keychain);
    }

    void nothingStored() {
        MemoryTokenStore keychain;
        TokenSource source(&keychain, QString());
        const auto resolution = resolve(source, keyB);
        QVERIFY(resolution);
        QVERIFY(!resolution->ok());
        QCOMPARE(resolution->origin, TokenSource::Origin::None);
        QVERIFY(resolution->error);
        QCOMPARE(resolution->error->kind, TokenStoreError::Kind::NotFound);

        TokenSource withoutKeychain(nullptr, QString());
        const auto alone = resolve(withoutKeychain, keyB);
        QVERIFY(alone && !alone->ok());
        QCOMPARE(alone->error->kind, TokenStoreError::Kind::NotFound);
    }

    void keychainErrorsPassThrough() {
        MemoryTokenStore keychain;
        keychain.setFailure(TokenStoreError::noKeychain(u"Could not connect"_s));
        TokenSource source(&keychain, QString());
        auto resolution = resolve(source, keyA);
        QVERIFY(resolution && !resolution->ok());
        QCOMPARE(resolution->error->kind, TokenStoreError::Kind::NoKeychain);

        // The "this session only" way out still works without a keychain.
        QVERIFY(source.keepForSession(keyA, u"session-only"_s));
        resolution = resolve(source, keyA);
        QVERIFY(resolution && resolution->ok());
        QCOMPARE(resolution->origin, TokenSource::Origin::Session);
    }

    void noAnswerAfterTheContextDied() {
        MemoryTokenStore keychain;
        store(keychain, keyA, u"t"_s);
        TokenSource source(&keychain, QString());
        int calls = 0;
        auto *context = new QObject;
        source.resolve(keyA, context, [&calls](const TokenSource::Resolution &) { ++calls; });
        delete context;
        const auto later = resolve(source, keyA);
        // The later resolve() was answered, so the first one's answer would have come by now.
        QVERIFY(later && later->ok());
        QCOMPARE(calls, 0);
    }

    void readsTheProcessEnvironment() {
        qputenv(TokenSource::EnvironmentVariable, "abc");
        QCOMPARE(TokenSource::environmentValue(), u"abc"_s);
        qunsetenv(TokenSource::EnvironmentVariable);
        QVERIFY(TokenSource::environmentValue().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TokenSource)
#include "tst_TokenSource.moc"
