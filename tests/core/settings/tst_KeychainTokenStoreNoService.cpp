#include "StoreAnswer.h"

#include "core/settings/KeychainTokenStore.h"
#include "core/settings/KnownServers.h"

#include <QDirIterator>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TokenStoreError::Kind)

/// KeychainTokenStore where no Secret Service can be reached: the session bus address points
/// at nothing (set in main()), then at a socket that never answers.
class tst_KeychainTokenStoreNoService final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    const QString m_key =
        TokenStore::keyFor(KnownServers::productionUrl(), u"0123456789abcdef0123456789abcdef"_s);

    void expectNoKeychain(const std::optional<TokenStoreResult> &answer) {
        QVERIFY2(answer, "the store did not answer");
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NoKeychain);
        QCOMPARE(answer->error().message,
                 u"No keychain is available on this system (no Secret Service running). The "
                 "token can be kept for this session only."_s);
        QVERIFY(!answer->error().detail.isEmpty());
        QVERIFY(answer->token().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), u"unix:path=/nonexistent"_s);
        // Wherever an insecure fallback could write, it would write here; it must not.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"Taskdesk"_s);
        QCoreApplication::setApplicationName(u"Taskdesk"_s);
    }

    void everyOperationAnswersNoKeychain() {
        KeychainTokenStore store;
        store.setTimeout(std::chrono::seconds(20));
        const QString token = u"eyJ.never.stored"_s;
        expectNoKeychain(
            storeAnswer([&](QObject *c, auto cb) { store.write(m_key, token, c, cb); }, 40000));
        expectNoKeychain(
            storeAnswer([&](QObject *c, auto cb) { store.read(m_key, c, cb); }, 40000));
        expectNoKeychain(
            storeAnswer([&](QObject *c, auto cb) { store.remove(m_key, c, cb); }, 40000));

        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(path));
        }
    }

    void errorMapping_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<TokenStoreError::Kind>("kind");
        QTest::addColumn<bool>("plainNoKeychainMessage");

        using K = TokenStoreError::Kind;
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << u"Entry not found"_s << K::NotFound << false;
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << u"no"_s << K::Denied << false;
        QTest::newRow("denied (locked)")
            << int(QKeychain::AccessDenied) << u"locked"_s << K::Denied << false;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable)
                                    << u"No keychain service available"_s << K::NoKeychain << true;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << K::NoKeychain << true;
        QTest::newRow("7, no bus")
            << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
            << K::NoKeychain << true;
        QTest::newRow("7, no X11 for autolaunch")
            << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
            << K::NoKeychain << true;
        QTest::newRow("7, service unknown")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
               "org.freedesktop.secrets was not provided by any .service files"_s
            << K::NoKeychain << true;
        QTest::newRow("7, no default collection")
            << int(QKeychain::OtherError)
            << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
            << K::NoKeychain << false;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << u"busy"_s << K::Other << false;
        QTest::newRow("unknown code") << 42 << QString() << K::Other << false;
    }

    void errorMapping() {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(TokenStoreError::Kind, kind);
        QFETCH(bool, plainNoKeychainMessage);

        const TokenStoreError error = KeychainTokenStore::mapError(code, text);
        QCOMPARE(error.kind, kind);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.message == TokenStoreError::noKeychain().message, plainNoKeychainMessage);
        if (kind != TokenStoreError::Kind::NotFound) {
            QCOMPARE(error.detail, text);
        }
    }

    // Last: the process's session bus becomes a socket that accepts and never speaks, like a
    // hung service. The store must give up after its timeout instead of waiting forever.
    void aSilentServiceTimesOut() {
        QLocalServer silent;
        silent.setSocketOptions(QLocalServer::UserAccessOption);
        const QString path = m_home.filePath(u"silent-bus"_s);
        QVERIFY2(silent.listen(path), qPrintable(silent.errorString()));
        QList<QLocalSocket *> connections;
        connect(&silent, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *socket = silent.nextPendingConnection()) {
                connections.append(socket);
            }
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", (u"unix:path="_s + path).toUtf8());

        KeychainTokenStore store;
        store.setTimeout(std::chrono::milliseconds(500));
        const auto answer =
            storeAnswer([&](QObject *c, auto cb) { store.read(m_key, c, cb); }, 20000);
        QVERIFY2(answer, "the store did not give up");
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, TokenStoreError::Kind::NoKeychain);
        QVERIFY(answer->error().message.contains(u"did not answer"_s));
        QVERIFY(!connections.isEmpty()); // it did try the silent bus
    }
};

// The environment is set before anything can read it: a session bus that does not exist, no
// display to autolaunch one on, and no desktop that would steer QtKeychain away from libsecret.
int main(int argc, char *argv[]) {
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
          "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"}) {
        qunsetenv(name);
    }
    QCoreApplication app(argc, argv);
    tst_KeychainTokenStoreNoService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_KeychainTokenStoreNoService.moc"
