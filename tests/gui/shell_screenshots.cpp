// Not a test: renders the welcome panel, the settings dialog after a successful "Test
// connection" against the sandbox, and the 401 banner, as PNGs in the folder given.
// Run under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24' shell-screenshots <folder> [--dark]
// --dark renders with Fusion and a dark palette and names the files welcome-dark.png, ...

#include "ScreenshotTheme.h"

#include "core/api/DirectoryApi.h"
#include "core/session/Session.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/SettingsDialog.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path) {
    QApplication::processEvents();
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
                 qPrintable(path));
    return ok;
}

template<typename T>
T *child(QWidget *parent, const char *name) {
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Taskdesk"_s);
    QApplication::setWindowIcon(QIcon(QStringLiteral(TASKDESK_ICON)));
    if (argc < 2) {
        std::fprintf(stderr, "usage: shell-screenshots <folder> [--dark]\n");
        return 2;
    }
    const ScreenshotTheme theme(QDir::currentPath());
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings = Settings::forTesting(dir.path());
    MemoryTokenStore store;
    SandboxServer sandbox;
    if (!sandbox.listen()) {
        return 1;
    }
    settings->setServerUrl(sandbox.baseUrl());
    Session session(settings.get(), &store, {});

    MainWindow window(session);
    window.setSandboxLauncher([&sandbox] {
        return SandboxTarget{sandbox.baseUrl(), sandbox.orgId(), sandbox.token(), {}};
    });
    window.resize(1100, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    QTest::qWait(200);
    bool ok = save(&window, theme.path(u"welcome"_s));

    SettingsDialog dialog(session, &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) {
        return 1;
    }
    auto *token = child<QLineEdit>(&dialog, "tokenLineEdit");
    auto *organizations = child<QComboBox>(&dialog, "organizationComboBox");
    token->setText(sandbox.token());
    if (!QTest::qWaitFor([&] { return organizations->count() > 0; }, 5000)) {
        std::fprintf(stderr, "organizations did not load\n");
        return 1;
    }
    organizations->setCurrentIndex(organizations->findData(sandbox.orgId()));
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionPushButton"), Qt::LeftButton);
    ok = QTest::qWaitFor([&] { return !dialog.isBusy(); }, 5000) && ok;
    ok = save(&dialog, theme.path(u"settings"_s)) && ok;
    dialog.reject();

    // The keychain refusing the token.
    store.setFailure(TokenStoreError::noKeychain(u"no Secret Service"_s));
    SettingsDialog failing(session, &window);
    failing.show();
    if (!QTest::qWaitForWindowExposed(&failing)) {
        return 1;
    }
    child<QLineEdit>(&failing, "tokenLineEdit")->setText(sandbox.token());
    auto *failingOrganizations = child<QComboBox>(&failing, "organizationComboBox");
    ok = QTest::qWaitFor([&] { return failingOrganizations->count() > 0; }, 5000) && ok;
    failingOrganizations->setCurrentIndex(failingOrganizations->findData(sandbox.orgId()));
    failing.accept();
    ok = QTest::qWaitFor(
             [&] { return child<QWidget>(&failing, "keychainProblemFrame")->isVisible(); }, 5000) &&
         ok;
    QTest::qWait(100);
    ok = save(&failing, theme.path(u"settings-keychain"_s)) && ok;
    failing.reject();
    store.setFailure(std::nullopt);

    // A fresh dialog for the production server: the "Where do I find it?" link.
    settings->reset(Settings::Key::ServerUrl);
    SettingsDialog fresh(session, &window);
    fresh.show();
    if (!QTest::qWaitForWindowExposed(&fresh)) {
        return 1;
    }
    QTest::qWait(600);
    ok = save(&fresh, theme.path(u"settings-fresh"_s)) && ok;
    fresh.reject();

    // The 401 banner over the panes.
    session.useSandbox(sandbox.baseUrl(), sandbox.orgId(), u"eyJexpired.token.0000000000000000"_s);
    window.showLookup();
    bool answered = false;
    session.directory()->me(&window, [&answered](const Result<Me> &) { answered = true; });
    ok = QTest::qWaitFor([&] { return answered; }, 5000) && ok;
    QTest::qWait(100);
    ok = save(&window, theme.path(u"unauthorized"_s)) && ok;
    return ok ? 0 : 1;
}
