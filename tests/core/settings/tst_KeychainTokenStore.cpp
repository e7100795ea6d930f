#include "StoreAnswer.h"

#include "core/settings/KeychainTokenStore.h"
#include "core/settings/KnownServers.h"
#include "core/settings/Settings.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The keychain answers within this, or the store reports NoKeychain; the test waits longer
// still, so that it fails on a missing answer instead of hanging.
constexpr std::chrono::milliseconds StoreTimeout{10000};
constexpr int WaitMs = 20000;

const QString orgA = u"0123456789abcdef0123456789abcdef"_s;
const QString orgB = u"fedcba9876543210fedcba9876543210"_s;
const QString secretsService = u"org.freedesktop.secrets"_s;

using Attributes = QMap<QString, QString>;

bool containsTrace(const QString &dir, const QByteArray &needle, QString *where) {
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            *where = path;
            return true;
        }
    }
    return false;
}

} // namespace

/// KeychainTokenStore against a real Secret Service: gnome-keyring in a private D-Bus session
/// (private-keyring-session.sh), never the user's own keychain.
class tst_KeychainTokenStore final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<KeychainTokenStore> m_store;

    std::optional<TokenStoreResult> read(const QString &key) {
        return storeAnswer([&](QObject *c, auto cb) { m_store->read(key, c, cb); }, WaitMs);
    }
    std::optional<TokenStoreResult> write(const QString &key, const QString &token) {
        return storeAnswer([&](QObject *c, auto cb) { m_store->write(key, token, c, cb); }, WaitMs);
    }
    std::optional<TokenStoreResult> remove(const QString &key) {
        return storeAnswer([&](QObject *c, auto cb) { m_store->remove(key, c, cb); }, WaitMs);
    }

    static bool succeeded(const std::optional<TokenStoreResult> &answer) {
        return answer && answer->ok();
    }

    static QString describe(const std::optional<TokenStoreResult> &answer) {
        if (!answer) {
            return u"no answer"_s;
        }
        if (answer->ok()) {
            return u"ok"_s;
        }
        return TokenStoreError::kindName(answer->error().kind) + u": "_s + answer->error().message +
               u" ["_s + answer->error().detail + u"]"_s;
    }

    // Plain messages rather than QDBusInterface: its introspection leaks inside QtDBus.
    static QDBusMessage callSecrets(const QString &path, const QString &interface,
                                    const QString &method, const QVariantList &arguments) {
        QDBusMessage message =
            QDBusMessage::createMethodCall(secretsService, path, interface, method);
        message.setArguments(arguments);
        return QDBusConnection::sessionBus().call(message, QDBus::Block, 10000);
    }

    // The Secret Service's items for `key` under our service name, as QtKeychain files them.
    static QList<QDBusObjectPath> itemsFor(const QString &key) {
        const Attributes attributes{{u"server"_s, KeychainTokenStore::defaultServiceName()},
                                    {u"user"_s, key}};
        const QDBusMessage reply =
            callSecrets(u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s,
                        u"SearchItems"_s, {QVariant::fromValue(attributes)});
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
            return {};
        }
        QList<QDBusObjectPath> items = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
        items += qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
        return items;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("TASKDESK_PRIVATE_KEYRING"),
                 "runs only inside private-keyring-session.sh");
        qDBusRegisterMetaType<Attributes>();

        // Writing goes to the "default" alias. If it were missing or locked, gnome-keyring
        // would want a prompt nobody can answer: fail clearly instead.
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        const QDBusMessage alias =
            callSecrets(u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s,
                        u"ReadAlias"_s, {u"default"_s});
        QVERIFY2(
            alias.type() == QDBusMessage::ReplyMessage && alias.arguments().size() == 1,
            qPrintable(u"no Secret Service in the private session: "_s + alias.errorMessage()));
        const QString collection = qdbus_cast<QDBusObjectPath>(alias.arguments().at(0)).path();
        QVERIFY2(!collection.isEmpty() && collection != u"/"_s,
                 "the keyring has no default collection: writing would need a prompt");
        const QDBusMessage locked =
            callSecrets(collection, u"org.freedesktop.DBus.Properties"_s, u"Get"_s,
                        {u"org.freedesktop.Secret.Collection"_s, u"Locked"_s});
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage && locked.arguments().size() == 1,
                 qPrintable(u"cannot read whether the default collection is locked: "_s +
                            locked.errorMessage()));
        const QVariant lockedValue = qdbus_cast<QDBusVariant>(locked.arguments().at(0)).variant();
        QVERIFY2(lockedValue.metaType() == QMetaType::fromType<bool>(),
                 "the Locked property is not a boolean");
        QVERIFY2(!lockedValue.toBool(), "the default collection is locked: unlocking would prompt");

        m_store = std::make_unique<KeychainTokenStore>();
        m_store->setTimeout(StoreTimeout);
        QCOMPARE(m_store->serviceName(), u"io.github.taskdesk.Taskdesk"_s);
    }

    void cleanupTestCase() { m_store.reset(); }

    void writeReadOverwriteRemove() {
        const QString key = TokenStore::keyFor(KnownServers::productionUrl(), orgA);
        QSignalSpy changed(m_store.get(), &TokenStore::tokenChanged);

        auto answer = write(key, u"eyJ.first.token"_s);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), key);
        QCOMPARE(itemsFor(key).size(), 1);

        answer = read(key);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        QCOMPARE(answer->token(), u"eyJ.first.token"_s);

        answer = write(key, u"eyJ.second.token"_s);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        answer = read(key);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        QCOMPARE(answer->token(), u"eyJ.second.token"_s);
        QCOMPARE(itemsFor(key).size(), 1); // replaced, not added

        answer = remove(key);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(itemsFor(key).size(), 0);
        answer = read(key);
        QVERIFY(answer);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NotFound);
    }

    void keysLiveSideBySide() {
        const QString a = TokenStore::keyFor(KnownServers::productionUrl(), orgA);
        const QString b = TokenStore::keyFor(KnownServers::productionUrl(), orgB);
        const QString c = TokenStore::keyFor(KnownServers::stagingUrl(), orgA);
        for (const auto &[key, token] :
             {std::pair{a, u"token-a"_s}, std::pair{b, u"token-b"_s}, std::pair{c, u"token-c"_s}}) {
            const auto answer = write(key, token);
            QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        }
        for (const auto &[key, token] :
             {std::pair{a, u"token-a"_s}, std::pair{b, u"token-b"_s}, std::pair{c, u"token-c"_s}}) {
            const auto answer = read(key);
            QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
            QCOMPARE(answer->token(), token);
        }

        auto answer = remove(a);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        answer = read(a);
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NotFound);
        answer = read(b);
        QVERIFY(answer && answer->ok());
        QCOMPARE(answer->token(), u"token-b"_s);
        answer = read(c);
        QVERIFY(answer && answer->ok());
        QCOMPARE(answer->token(), u"token-c"_s);

        QVERIFY(succeeded(remove(b)));
        QVERIFY(succeeded(remove(c)));
    }

    void readingAMissingKey() {
        const auto answer = read(u"taskdesk:nowhere.example/api:"_s + orgB);
        QVERIFY(answer);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NotFound);
        QVERIFY(!answer->error().message.isEmpty());
        QVERIFY(answer->token().isEmpty());
    }

    void removingAMissingKeySucceeds() {
        const auto answer = remove(u"taskdesk:nowhere.example/api:"_s + orgA);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
    }

    void aLongTokenSurvives() {
        const QString key = TokenStore::keyFor(KnownServers::alternativeUrl(), orgA);
        QString token = u"eyJ"_s;
        while (token.size() < 4096) {
            token += u"AbC-_.0123456789"_s;
        }
        auto answer = write(key, token);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        answer = read(key);
        QVERIFY(answer && answer->ok());
        QCOMPARE(answer->token(), token);
        QVERIFY(succeeded(remove(key)));
    }

    void noAnswerAfterTheContextDied() {
        const QString key = TokenStore::keyFor(KnownServers::productionUrl(), orgA);
        int calls = 0;
        auto *context = new QObject;
        m_store->write(key, u"late"_s, context, [&calls](const TokenStoreResult &) { ++calls; });
        delete context;
        // Operations on one connection are answered in order: once this read is answered,
        // the write's answer has come and gone.
        const auto answer = read(key);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        QCOMPARE(answer->token(), u"late"_s);
        QCOMPARE(calls, 0);
        QVERIFY(succeeded(remove(key)));
    }

    void storeDestroyedWhileAsking() {
        const QString key = TokenStore::keyFor(KnownServers::productionUrl(), orgB);
        QObject context;
        int calls = 0;
        {
            KeychainTokenStore doomed;
            doomed.write(key, u"orphan"_s, &context,
                         [&calls](const TokenStoreResult &) { ++calls; });
        }
        // The job outlives the store and still completes; nobody hears of it.
        const auto answer = read(key);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        QCOMPARE(answer->token(), u"orphan"_s);
        QCOMPARE(calls, 0);
        QVERIFY(succeeded(remove(key)));
    }

    void noTraceOfTheTokenOnDisk() {
        const QString token = u"eyJhbGciOiJIUzI1NiJ9.a2V5Y2hhaW4tb25seQ.c2lnbmF0dXJl"_s;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto settings = Settings::forTesting(dir.path());
        QVERIFY(settings->setServerUrl(KnownServers::stagingUrl()));
        QVERIFY(settings->setOrganizationId(orgB));
        settings->setOrganizationName(u"Keychain test"_s);

        auto answer = write(settings->tokenKey(), token);
        QVERIFY2(answer && answer->ok(), qPrintable(describe(answer)));
        settings->sync();

        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(orgB.toUtf8()));
        QString where;
        QVERIFY2(!containsTrace(dir.path(), token.toUtf8(), &where), qPrintable(where));
        QVERIFY2(!containsTrace(dir.path(), token.toUtf8().toBase64(), &where), qPrintable(where));
        // Nor in plain text anywhere in the private HOME, the keyring files included.
        const QString home = qEnvironmentVariable("TASKDESK_PRIVATE_KEYRING");
        QVERIFY2(!containsTrace(home, token.toUtf8(), &where), qPrintable(where));

        answer = read(settings->tokenKey());
        QVERIFY(answer && answer->ok());
        QCOMPARE(answer->token(), token);
        QVERIFY(succeeded(remove(settings->tokenKey())));
    }
};

// Never touch the user's own keychain: outside the private session, start one and run again
// inside it.
int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("TASKDESK_PRIVATE_KEYRING")) {
        static char shell[] = "/bin/bash";
        static char script[] = TEST_SOURCE_DIR "/core/settings/private-keyring-session.sh";
        std::vector<char *> arguments{shell, script};
        for (int i = 0; i < argc; ++i) {
            arguments.push_back(argv[i]);
        }
        arguments.push_back(nullptr);
        ::execv(shell, arguments.data());
        std::perror("tst_KeychainTokenStore: cannot start private-keyring-session.sh");
        return 1;
    }
    QCoreApplication app(argc, argv);
    tst_KeychainTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_KeychainTokenStore.moc"
