#include "ChildLookup.h"
#include "SandboxWorld.h"
#include "Settle.h"
#include "core/api/ApiClient.h"
#include "core/session/Session.h"
#include "core/settings/KnownServers.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "core/settings/TokenStore.h"
#include "core/settings/Validators.h"
#include "gui/shell/SettingsDialog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

/// The settings dialog offscreen against the sandbox: the organization picker, "Test
/// connection", OK and Cancel, the keychain's failure path, and that the token never reaches
/// the settings file.
class tst_SettingsDialog : public QObject {
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name) const {
        return requireChild<T>(m_dialog.get(), name);
    }
    QLineEdit *tokenEdit() const { return child<QLineEdit>("tokenLineEdit"); }
    QComboBox *organizations() const { return child<QComboBox>("organizationComboBox"); }
    QLabel *status() const { return child<QLabel>("connectionStatusLabel"); }
    QPushButton *button(QDialogButtonBox::StandardButton which) const {
        return child<QDialogButtonBox>("buttonBox")->button(which);
    }

    static QByteArray fileBytes(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void makeSession(const QString &environmentToken = {}) {
        m_session = std::make_unique<Session>(m_settings, m_store, environmentToken);
    }
    void openDialog() {
        m_dialog = std::make_unique<SettingsDialog>(*m_session);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        // Focus moves (Tab, leaving a field) need the dialog to be the active window.
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    /// Types the token, waits for the picker to list the sandbox's organizations and chooses
    /// `organizationId`.
    void enterTokenAndChoose(const QString &token, const QString &organizationId) {
        tokenEdit()->setFocus();
        QTest::keyClicks(tokenEdit(), token);
        QTRY_COMPARE(organizations()->count(), 2);
        const int index = organizations()->findData(organizationId);
        QVERIFY(index >= 0);
        organizations()->setCurrentIndex(index);
    }

    /// Recorded requests that carried the sandbox's token, from `first` on.
    int requestsWithToken(qsizetype first = 0) const {
        const QList<SandboxRequest> requests = m_server->requests();
        const QByteArray bearer = "Bearer " + m_server->token().toUtf8();
        int count = 0;
        for (qsizetype i = first; i < requests.size(); ++i) {
            if (requests.at(i).header("authorization") == bearer) {
                ++count;
            }
        }
        return count;
    }
    /// The sandbox's second listener (another host), where a token stored for the first one
    /// does not belong.
    QString otherServer() const { return m_server->otherHostBaseUrl().toString(); }
    /// Replaces the custom server address the way a user does: select all, type, leave.
    void retypeServer(const QString &url) {
        QLineEdit *custom = child<QLineEdit>("customServerLineEdit");
        custom->setFocus();
        custom->selectAll();
        QTest::keyClicks(custom, url);
        QTest::keyClick(custom, Qt::Key_Tab);
    }

    std::unique_ptr<SandboxWorld> m_world;
    Settings *m_settings = nullptr;
    MemoryTokenStore *m_store = nullptr;
    SandboxServer *m_server = nullptr;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SettingsDialog> m_dialog;

    const QString m_otherOrganization = u"6d1c9b2a8e7f4a3b5c0d1e2f3a4b5c6d"_s;

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        m_settings = &m_world->settings();
        m_store = &m_world->store();
        m_server = &m_world->server();
        QVERIFY(m_settings->setServerUrl(m_server->baseUrl()));
        m_settings->sync();
    }
    void cleanup() {
        m_dialog.reset();
        m_session.reset();
        m_world.reset();
    }

    void customServerIsPreselected() {
        makeSession();
        openDialog();
        QCOMPARE(child<QComboBox>("serverComboBox")->currentData().toString(), QString());
        QCOMPARE(child<QLineEdit>("customServerLineEdit")->text(),
                 m_server->baseUrl().toDisplayString());
        QVERIFY(child<QLineEdit>("customServerLineEdit")->isVisible());
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(tokenEdit()->text().isEmpty());
    }

    void tokenFillsPickerAndTestShowsMember() {
        makeSession();
        openDialog();
        enterTokenAndChoose(m_server->token(), m_server->orgId());
        QVERIFY(organizations()
                    ->itemText(organizations()->currentIndex())
                    .contains(u"Brightwater Advisory"_s));
        QVERIFY(
            organizations()->itemText(organizations()->currentIndex()).contains(m_server->orgId()));

        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isBusy());
        QVERIFY(!child<QPushButton>("testConnectionPushButton")->isEnabled());
        QTRY_VERIFY(!m_dialog->isBusy());
        QCOMPARE(status()->text(),
                 u"Signed in as Ana Ruiz (ana.ruiz@brightwater.example) in Brightwater Advisory"_s);
        QVERIFY(child<QPushButton>("testConnectionPushButton")->isEnabled());
        QCOMPARE(m_server->requestCount("GET", u"^/api/me$"_s), 1);
        // Testing changes nothing: no token stored, no settings written.
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_settings->organizationId().isEmpty());
    }

    void wrongTokenIsRejected() {
        makeSession();
        openDialog();
        QTest::keyClicks(tokenEdit(), u"eyJthis.is.not.the.sandbox.token.0123456789"_s);
        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isBusy());
        QVERIFY2(status()->text().startsWith(u"Tallyfy rejected the token"_s),
                 qPrintable(status()->text()));
        // The picker could not be filled either, and says why.
        QTRY_VERIFY(child<QLabel>("organizationHintLabel")->text().contains(u"rejected"_s));
        QCOMPARE(organizations()->count(), 0);
    }

    void organizationWithoutAccess() {
        makeSession();
        openDialog();
        enterTokenAndChoose(m_server->token(), m_otherOrganization);
        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isBusy());
        QVERIFY2(
            status()->text().contains(u"no access to organization %1"_s.arg(m_otherOrganization)),
            qPrintable(status()->text()));
        QVERIFY(status()->text().startsWith(u"Signed in as Ana Ruiz"_s));
    }

    void connectionProblems_data() {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unreachable") << u"http://127.0.0.1:1/api"_s << u"could not be reached"_s;
        QTest::newRow("tls") << u"https://127.0.0.1:%1/api"_s << u"secure connection failed"_s;
    }
    void connectionProblems() {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        // For TLS: a server that answers a TLS hello with plain text, so the handshake fails.
        QTcpServer notTls;
        QVERIFY(notTls.listen(QHostAddress::LocalHost));
        connect(&notTls, &QTcpServer::newConnection, this, [&notTls] {
            while (QTcpSocket *socket = notTls.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                });
            }
        });
        if (server.contains(u"%1"_s)) {
            server = server.arg(notTls.serverPort());
        }
        makeSession();
        openDialog();
        QLineEdit *custom = child<QLineEdit>("customServerLineEdit");
        custom->clear();
        QTest::keyClicks(custom, server);
        QTest::keyClicks(tokenEdit(), m_server->token());
        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
        QVERIFY2(status()->text().contains(expected), qPrintable(status()->text()));
    }

    void plainHttpOnlyForLoopback() {
        makeSession();
        openDialog();
        QLineEdit *custom = child<QLineEdit>("customServerLineEdit");
        custom->clear();
        QTest::keyClicks(custom, u"http://tallyfy.example.com/api"_s);
        QLabel *problem = child<QLabel>("serverProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->property("problem").toBool());
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_settings->serverUrl(), m_server->baseUrl());
    }

    void unlistedOrganizationIsRefused() {
        makeSession();
        openDialog();
        enterTokenAndChoose(m_server->token(), m_server->orgId());
        organizations()->setCurrentIndex(-1);
        organizations()->setEditText(u"ABCDEF0123456789abcdef0123456789"_s);
        QVERIFY(child<QLabel>("organizationHintLabel")
                    ->text()
                    .contains(u"no access to organization abcdef0123456789abcdef0123456789"_s));
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_settings->organizationId().isEmpty());
    }

    void typedOrganizationIdIsChecked() {
        makeSession();
        openDialog();
        organizations()->setEditText(u"not-an-id"_s);
        QVERIFY(child<QLabel>("organizationHintLabel")->property("problem").toBool());
        // A pasted web-app address gives its organization ID.
        organizations()->setEditText(
            u"https://go.tallyfy.com/%1/processes/9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f"_s.arg(
                m_server->orgId()));
        QVERIFY(!child<QLabel>("organizationHintLabel")->property("problem").toBool());
    }

    void cancelChangesNothing() {
        makeSession();
        const QByteArray before = fileBytes(m_settings->fileName());
        openDialog();
        enterTokenAndChoose(m_server->token(), m_server->orgId());
        child<QSpinBox>("timeoutSpinBox")->setValue(99);
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(settle(*m_session));
        m_settings->sync();
        QCOMPARE(fileBytes(m_settings->fileName()), before);
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_settings->organizationId().isEmpty());
        QCOMPARE(m_settings->requestTimeoutSeconds(), Settings::DefaultRequestTimeoutSeconds);
        QCOMPARE(m_session->state(), Session::State::NotConfigured);
    }

    // In the sandbox the dialog says that these settings are the real ones, and that saving a
    // token leaves the sandbox; it does.
    void inTheSandboxSavingLeavesIt() {
        makeSession();
        openDialog();
        QVERIFY(!child<QLabel>("sandboxNoteLabel")->isVisible());
        m_dialog.reset();
        m_session->useSandbox(m_server->baseUrl(), m_server->orgId(), m_server->token());
        QVERIFY(m_session->isSandbox());
        openDialog();
        auto *note = child<QLabel>("sandboxNoteLabel");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"leaves the sandbox"_s));
        enterTokenAndChoose(m_server->token(), m_server->orgId());
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_session->isSandbox());
        QTRY_VERIFY(m_session->isReady());
    }

    void okStoresSettingsAndTokenInStore() {
        makeSession();
        openDialog();
        enterTokenAndChoose(u"  Bearer "_s + m_server->token() + u"  "_s, m_server->orgId());
        child<QSpinBox>("timeoutSpinBox")->setValue(42);
        QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        QCOMPARE(m_settings->organizationId(), m_server->orgId());
        QCOMPARE(m_settings->organizationName(), u"Brightwater Advisory"_s);
        QCOMPARE(m_settings->serverUrl(), m_server->baseUrl());
        QCOMPARE(m_settings->requestTimeoutSeconds(), 42);
        const QString key = TokenStore::keyFor(m_server->baseUrl(), m_server->orgId());
        QVERIFY(m_store->contains(key));
        bool read = false;
        m_store->read(key, this, [&](const TokenStoreResult &result) {
            read = true;
            QCOMPARE(result.token(), m_server->token()); // normalized: trimmed, no "Bearer "
        });
        QTRY_VERIFY(read);

        // The settings file names the organization but holds no trace of the token.
        m_settings->sync();
        const QByteArray bytes = fileBytes(m_settings->fileName());
        QVERIFY(bytes.contains(m_server->orgId().toLatin1()));
        const QByteArray token = m_server->token().toLatin1();
        QVERIFY(!bytes.contains(token));
        QVERIFY(!bytes.contains(token.right(24)));
        QVERIFY(!bytes.contains(token.left(40)));
        QVERIFY(!bytes.contains(token.toBase64().left(40)));

        // The session picks the new connection up.
        QTRY_VERIFY(m_session->isReady());
        QCOMPARE(m_session->client()->config().token, m_server->token());
    }

    void storedTokenIsNeverShown() {
        QVERIFY(m_world->configureForSandbox());
        makeSession();
        QTRY_VERIFY(m_session->isReady());
        openDialog();
        QVERIFY(tokenEdit()->text().isEmpty());
        QVERIFY(tokenEdit()->isEnabled());
        QVERIFY(child<QLabel>("tokenStatusLabel")->text().contains(u"stored"_s));
        QVERIFY(!tokenEdit()->placeholderText().contains(m_server->token().left(8)));
        QVERIFY(child<QPushButton>("removeTokenPushButton")->isVisible());
        // The stored token fills the picker and passes the test without being shown.
        QTRY_COMPARE(organizations()->count(), 2);
        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(status()->text().startsWith(u"Signed in as Ana Ruiz"_s));
        QVERIFY(tokenEdit()->text().isEmpty());

        // Remove, then OK: the store forgets it.
        QTest::mouseClick(child<QPushButton>("removeTokenPushButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>("tokenStatusLabel")->text().contains(u"will be removed"_s));
        QVERIFY(m_store->contains(m_settings->tokenKey())); // not before OK
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QVERIFY(!m_store->contains(m_settings->tokenKey()));
        QTRY_COMPARE(m_session->state(), Session::State::NotConfigured);
    }

    void environmentTokenDisablesField() {
        makeSession(m_server->token());
        openDialog();
        QVERIFY(!tokenEdit()->isEnabled());
        QVERIFY(child<QLabel>("tokenStatusLabel")->text().contains(u"TALLYFY_API_TOKEN"_s));
        // The environment token still fills the picker; OK stores no token anywhere.
        QTRY_COMPARE(organizations()->count(), 2);
        organizations()->setCurrentIndex(organizations()->findData(m_server->orgId()));
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_store->count(), 0);
        QCOMPARE(m_settings->organizationId(), m_server->orgId());
        QTRY_VERIFY(m_session->isReady());
        QCOMPARE(m_session->tokenOrigin(), TokenSource::Origin::Environment);
    }

    void keychainUnavailableOffersThisRunOnly() {
        makeSession();
        m_store->setFailure(TokenStoreError::noKeychain(u"org.freedesktop.secrets missing"_s));
        openDialog();
        enterTokenAndChoose(m_server->token(), m_server->orgId());
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QFrame *problem = child<QFrame>("keychainProblemFrame");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLabel>("keychainProblemLabel")->text().contains(u"plain file"_s));
        QVERIFY(m_settings->organizationId().isEmpty()); // nothing saved yet

        QTest::mouseClick(child<QPushButton>("keepForSessionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        const QString key = TokenStore::keyFor(m_server->baseUrl(), m_server->orgId());
        QVERIFY(m_session->tokens()->hasSessionToken(key));
        QCOMPARE(m_store->count(), 0);
        QTRY_VERIFY(m_session->isReady());
        QCOMPARE(m_session->tokenOrigin(), TokenSource::Origin::Session);
        m_settings->sync();
        QVERIFY(!fileBytes(m_settings->fileName()).contains(m_server->token().toLatin1()));
    }

    void clearButtonHasAName() {
        makeSession();
        openDialog();
        QVERIFY(tokenEdit()->isClearButtonEnabled());
        // The tool button Qt adds for the clear action is what a screen reader reaches.
        const QList<QToolButton *> buttons = tokenEdit()->findChildren<QToolButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton *button : buttons) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            QVERIFY(accessible != nullptr);
            QCOMPARE(accessible->text(QAccessible::Name), u"Clear"_s);
        }
    }
    void showHideAndPaste() {
        makeSession();
        openDialog();
        auto *show = child<QToolButton>("showTokenToolButton");
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
    }

    void accessibleNamesAreVisibleLabels_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("name");
        QTest::newRow("token") << u"tokenLineEdit"_s << u"API token"_s;
        QTest::newRow("organization") << u"organizationComboBox"_s << u"Organization"_s;
        QTest::newRow("server") << u"serverComboBox"_s << u"Server"_s;
        QTest::newRow("custom server") << u"customServerLineEdit"_s << u"Custom server URL"_s;
        QTest::newRow("timeout") << u"timeoutSpinBox"_s << u"Request timeout"_s;
        QTest::newRow("test") << u"testConnectionPushButton"_s << u"Test connection"_s;
    }
    void accessibleNamesAreVisibleLabels() {
        QFETCH(QString, input);
        QFETCH(QString, name);
        makeSession();
        openDialog();
        auto *widget = m_dialog->findChild<QWidget *>(input);
        QVERIFY(widget != nullptr);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible != nullptr);
        // Every input is labelled by its visible label...
        QStringList labels;
        const auto relations = accessible->relations(QAccessible::Label);
        for (const auto &relation : relations) {
            labels << relation.first->text(QAccessible::Name);
        }
        if (!qobject_cast<QPushButton *>(widget)) {
            QVERIFY2(labels.contains(name), qPrintable(labels.join(u", "_s)));
        }
        // ...and is named by it, except combo boxes: on Linux Qt names those by their current
        // text and lets the "labelled by" relation carry the label (checked above).
        if (!qobject_cast<QComboBox *>(widget)) {
            QCOMPARE(accessible->text(QAccessible::Name), name);
        }
    }

    void everyInputReachableWithTab() {
        makeSession();
        openDialog();
        const QStringList wanted = {u"tokenLineEdit"_s,  u"organizationComboBox"_s,
                                    u"serverComboBox"_s, u"customServerLineEdit"_s,
                                    u"timeoutSpinBox"_s, u"testConnectionPushButton"_s};
        QStringList reached;
        tokenEdit()->setFocus();
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (focus == nullptr) {
                break;
            }
            QWidget *named = focus;
            // An editable combo box's line edit stands for the combo box.
            if (named->objectName().isEmpty() && named->parentWidget() != nullptr) {
                named = named->parentWidget();
            }
            reached << named->objectName();
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (const QString &name : wanted) {
            QVERIFY2(reached.contains(name), qPrintable(name));
        }
    }

    // A stored token may go only to the server it was stored for: nothing is fetched while an
    // address is typed, even when the typist pauses on a half-typed one.
    void typingAnAddressSendsNoToken() {
        QVERIFY(m_world->configureForSandbox());
        QVERIFY(!otherServer().isEmpty());
        makeSession();
        QTRY_VERIFY(m_session->isReady());
        openDialog();
        // The stored token lists the organizations of its own server.
        QTRY_VERIFY(child<QLabel>("organizationHintLabel")
                        ->text()
                        .startsWith(u"Organizations available"_s));
        m_server->clearRequests();

        QLineEdit *custom = child<QLineEdit>("customServerLineEdit");
        custom->setFocus();
        custom->selectAll();
        const QString url = otherServer();
        // Char by char, pausing longer than any debounce before the last two characters, where
        // the half-typed address ("…/a") already names the other listener.
        QTest::keyClicks(custom, url.left(url.size() - 2));
        QTest::keyClicks(custom, url.right(2), Qt::NoModifier, 500);
        QCOMPARE(custom->text(), url);
        // The pauses above ran the event loop for a second: a fetch from the half-typed address
        // would have been sent and recorded by now.
        QCOMPARE(requestsWithToken(), 0);
        QTest::keyClick(custom, Qt::Key_Tab); // leaving the field commits the address

        // The token belongs to the first server: the dialog asks instead of sending it.
        QFrame *confirm = child<QFrame>("tokenConfirmFrame");
        QTRY_VERIFY(confirm->isVisible());
        const QString host = u"127.0.0.2:%1"_s.arg(m_server->otherHostBaseUrl().port());
        QVERIFY2(child<QLabel>("tokenConfirmLabel")->text().contains(host),
                 qPrintable(child<QLabel>("tokenConfirmLabel")->text()));
        auto *use = child<QPushButton>("useTokenPushButton");
        QVERIFY(use->text().contains(host));

        // The confirmation is the later event that does send: the list arrives from there.
        const qsizetype beforeConfirmation = m_server->requests().size();
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>("organizationHintLabel")
                        ->text()
                        .startsWith(u"Organizations available"_s));
        QVERIFY(!confirm->isVisible());
        QCOMPARE(requestsWithToken(0), requestsWithToken(beforeConfirmation));
        QVERIFY(requestsWithToken(beforeConfirmation) >= 1);
        const QList<SandboxRequest> requests = m_server->requests();
        for (const SandboxRequest &request : requests) {
            // Nothing ever went to a half-typed address.
            QVERIFY2(request.path.startsWith(u"/api/"_s), qPrintable(request.path));
        }
    }

    void otherServerNeedsConfirmationBeforeOk() {
        QVERIFY(m_world->configureForSandbox());
        makeSession();
        QTRY_VERIFY(m_session->isReady());
        openDialog();
        QTRY_COMPARE(organizations()->count(), 2);
        retypeServer(otherServer());
        QTRY_VERIFY(child<QFrame>("tokenConfirmFrame")->isVisible());

        // OK does not carry the token over unasked.
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>("useTokenPushButton"));
        QCOMPARE(m_settings->serverUrl(), m_server->baseUrl());
        const QString newKey = TokenStore::keyFor(m_server->otherHostBaseUrl(), m_server->orgId());
        QVERIFY(!m_store->contains(newKey));

        // Test connection asks too, and sends nothing.
        const qsizetype before = m_server->requests().size();
        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isBusy());
        QVERIFY2(status()->text().startsWith(u"Nothing was sent"_s), qPrintable(status()->text()));
        QCOMPARE(m_server->requests().size(), before);

        // Confirmed: the test passes there and OK stores the token for the new server.
        QTest::mouseClick(child<QPushButton>("useTokenPushButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(status()->text().startsWith(u"Signed in as Ana Ruiz"_s));
        QTRY_VERIFY(!m_dialog->isBusy());
        QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_settings->serverUrl(), m_server->otherHostBaseUrl());
        QVERIFY(m_store->contains(newKey));
        QTRY_VERIFY(m_session->isReady());
    }

    void typedTokenNeedsNoConfirmation() {
        QVERIFY(m_world->configureForSandbox());
        makeSession();
        QTRY_VERIFY(m_session->isReady());
        openDialog();
        retypeServer(otherServer());
        QTRY_VERIFY(child<QFrame>("tokenConfirmFrame")->isVisible());
        m_server->clearRequests();
        // A token typed for this server is the user's own choice of where it goes.
        QTest::keyClicks(tokenEdit(), m_server->token());
        QVERIFY(!child<QFrame>("tokenConfirmFrame")->isVisible());
        QTRY_VERIFY(child<QLabel>("organizationHintLabel")
                        ->text()
                        .startsWith(u"Organizations available"_s));
        QVERIFY(m_server->requestCount("GET", u"^/api/me/organizations$"_s) >= 1);
    }

    // A tampered settings file: the refused address is shown with the reason, and nothing is
    // sent to it or to the default server.
    void refusedServerSettingIsShown() {
        const QString tampered = u"http://evil.example/api"_s;
        QVERIFY(m_settings->setOrganizationId(m_server->orgId()));
        // A token for the default server: a silent fallback would have sent it there.
        QVERIFY(m_world->storeToken(
            TokenStore::keyFor(KnownServers::productionUrl(), m_server->orgId()),
            m_server->token()));
        m_settings->sync();
        {
            QSettings raw(m_settings->fileName(), QSettings::IniFormat);
            raw.setValue(Settings::storageKey(Settings::Key::ServerUrl), tampered);
        }
        QVERIFY(m_settings->rejection(Settings::Key::ServerUrl));
        makeSession();
        openDialog();
        QCOMPARE(child<QComboBox>("serverComboBox")->currentData().toString(), QString());
        QCOMPARE(child<QLineEdit>("customServerLineEdit")->text(), tampered);
        QLabel *problem = child<QLabel>("serverProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->property("problem").toBool());
        QVERIFY2(problem->text().contains(u"settings file was refused"_s),
                 qPrintable(problem->text()));
        QVERIFY(problem->text().contains(Validators::serverUrl(tampered).problem));
        // Once the keychain has answered, no token is in force, and nothing was sent.
        QTRY_COMPARE(child<QLabel>("tokenStatusLabel")->text(), u"No token is stored yet."_s);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(m_session->state(), Session::State::NotConfigured);

        // Another address ends the refusal; a typed token connects there.
        retypeServer(m_server->baseUrl().toString());
        QVERIFY(!problem->text().contains(u"settings file was refused"_s));
        enterTokenAndChoose(m_server->token(), m_server->orgId());
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QVERIFY(!m_settings->rejection(Settings::Key::ServerUrl));
        QCOMPARE(m_settings->serverUrl(), m_server->baseUrl());
        QTRY_VERIFY(m_session->isReady());
    }

    // Names and messages from the server are shown as the characters they are.
    void serverTextIsPlain_data() {
        QTest::addColumn<QString>("organizationName");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("image") << u"<img src=\"x.png\" width=\"15000\" height=\"900\">Acme"_s
                               << u"<img src=\"y.png\" width=\"15000\">Ana"_s;
        QTest::newRow("bold and link")
            << u"<b>Acme</b> <a href=\"https://evil.example\">x</a>"_s << u"<h1>Ana</h1>"_s;
    }

    void serverTextIsPlain() {
        QFETCH(QString, organizationName);
        QFETCH(QString, firstName);
        m_server->store().setOrganizationName(organizationName);
        QVERIFY(m_server->store().setMemberName(m_server->currentUserId(), firstName, u"Ruiz"_s));
        makeSession();
        openDialog();
        enterTokenAndChoose(m_server->token(), m_server->orgId());
        const QString entry = organizations()->itemText(organizations()->currentIndex());
        QVERIFY2(entry.startsWith(organizationName), qPrintable(entry));
        // The tooltip is rich text that shows the name as typed.
        const QString tip =
            organizations()->itemData(organizations()->currentIndex(), Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument shown;
        shown.setHtml(tip);
        QVERIFY2(shown.toPlainText().startsWith(organizationName), qPrintable(tip));

        QTest::mouseClick(child<QPushButton>("testConnectionPushButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isBusy());
        QCOMPARE(status()->text(),
                 u"Signed in as %1 Ruiz (ana.ruiz@brightwater.example) in %2"_s.arg(
                     firstName, organizationName));
        for (const char *name :
             {"connectionStatusLabel", "organizationHintLabel", "tokenStatusLabel",
              "serverProblemLabel", "keychainProblemLabel", "tokenConfirmLabel"}) {
            QCOMPARE(child<QLabel>(name)->textFormat(), Qt::PlainText);
        }
        // Rendered as markup, the image would ask for 15000 pixels.
        QVERIFY2(status()->sizeHint().width() < 3000,
                 qPrintable(QString::number(status()->sizeHint().width())));
        QVERIFY(m_dialog->width() < 3000);
    }

    // Closing the dialog while an address is typed: the field loses its focus as it is
    // destroyed, and that must reach neither the picker nor the dialog.
    void closedWhileAnAddressIsTyped_data() {
        QTest::addColumn<bool>("escape");
        QTest::newRow("destroyed") << false;
        QTest::newRow("Esc, then destroyed") << true;
    }

    void closedWhileAnAddressIsTyped() {
        QFETCH(bool, escape);
        makeSession();
        openDialog();
        QLineEdit *custom = child<QLineEdit>("customServerLineEdit");
        custom->setFocus();
        QTRY_VERIFY(custom->hasFocus());
        QTest::keyClicks(custom, u"/v2"_s);
        if (escape) {
            QTest::keyClick(custom, Qt::Key_Escape);
            QVERIFY(!m_dialog->isVisible());
            QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        }
        m_dialog.reset();
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
