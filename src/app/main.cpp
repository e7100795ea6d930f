// Command line and wiring only: everything else lives in the libraries.

#include "app/FirstFrameProbe.h"
#include "core/AppInfo.h"
#include "core/session/Session.h"
#include "core/settings/DeferredTokenStore.h"
#include "core/settings/KeychainTokenStore.h"
#include "core/settings/LaunchOptions.h"
#include "core/settings/LaunchOptionsResult.h"
#include "core/settings/Settings.h"
#include "core/settings/TokenSource.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/SandboxTarget.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// When the window has not been painted by then, the deferred start-up work runs anyway.
constexpr int UnpaintedStartMs = 2000;

void setApplicationNames() {
    QCoreApplication::setApplicationName(u"Taskdesk"_s);
    QCoreApplication::setOrganizationName(u"Taskdesk"_s);
    QCoreApplication::setApplicationVersion(AppInfo::version());
}

void print(std::FILE *stream, const QString &text) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n')) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

/// Loads Taskdesk's translation for `language` (empty: the system's languages) and Qt's own,
/// when they exist. Missing files are not an error: English is built in.
void installTranslators(QCoreApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) {
        // Dates and numbers follow a chosen language as well.
        QLocale::setDefault(locale);
    }
    auto *own = new QTranslator(&app);
    // taskdesk_en holds the English plural forms ("1 problem", "2 problems"); it is also what
    // a locale without a translation of its own (C, POSIX, fr, ...) gets.
    if (own->load(locale, u"taskdesk"_s, u"_"_s, u":/i18n"_s) ||
        own->load(u"taskdesk_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

/// Parses the command line with a QCoreApplication only, so that --help, --version and
/// errors work without a display.
LaunchOptionsResult parseCommandLine(int argc, char *argv[]) {
    QCoreApplication core(argc, argv);
    setApplicationNames();
    const QStringList arguments = QCoreApplication::arguments();
    // The --lang value decides the language of the messages, so look for it first.
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u"--lang="_s)) {
            language = argument.mid(7);
        } else if (argument == u"--lang"_s && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
        }
    }
    installTranslators(core, language);
    return LaunchOptions::parse(arguments);
}

} // namespace

int main(int argc, char *argv[]) {
    const LaunchOptionsResult parsed = parseCommandLine(argc, argv);
    switch (parsed.action) {
    case LaunchOptionsResult::Action::ShowHelp:
        print(stdout, parsed.usage);
        return 0;
    case LaunchOptionsResult::Action::ShowVersion:
        print(stdout, parsed.versionText);
        return 0;
    case LaunchOptionsResult::Action::Error:
        print(stderr, parsed.errorMessage);
        print(stderr, parsed.usage);
        return parsed.exitCode();
    case LaunchOptionsResult::Action::Run:
        break;
    }
    const LaunchOptions &options = parsed.options;

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(AppInfo::appId());
    QApplication::setWindowIcon(
        QIcon::fromTheme(AppInfo::appId(), QIcon(u":/icons/io.github.taskdesk.Taskdesk.png"_s)));

    Settings settings;
    settings.applyLaunchOptions(options);
    installTranslators(app, settings.language());

    // The keychain is made and read after the first frame (startDeferred below); the session
    // asks for its token at once and is Resolving until then.
    DeferredTokenStore keychain([] { return std::make_unique<KeychainTokenStore>(); });
    Session session(&settings, &keychain, TokenSource::environmentValue());

    // Started on demand, stopped when the application ends; it stores nothing.
    std::unique_ptr<SandboxServer> sandbox;
    const SandboxLauncher launchSandbox = [&sandbox]() -> SandboxTarget {
        if (!sandbox) {
            auto server = std::make_unique<SandboxServer>();
            if (!server->listen()) {
                return {
                    {}, {}, {}, QCoreApplication::translate("main", "no free port on 127.0.0.1")};
            }
            sandbox = std::move(server);
        }
        return {sandbox->baseUrl(), sandbox->orgId(), sandbox->token(), {}};
    };

    if (options.sandbox) {
        // Started after the first frame; until then the window shows the sandbox as starting.
        session.expectSandbox();
    }

    MainWindow window(session);
    window.setSandboxLauncher(launchSandbox);
    // What can wait for the first frame: the --sandbox server, then the keychain. Once, on
    // the first paint, or after a while for a window that is not painted (started minimized).
    bool deferredStarted = false;
    const auto startDeferred = [&] {
        if (std::exchange(deferredStarted, true)) {
            return;
        }
        if (options.sandbox) {
            const SandboxTarget target = launchSandbox();
            if (!target.ok()) {
                print(stderr, QCoreApplication::translate("main", "taskdesk: the sandbox could "
                                                                  "not start: %1")
                                  .arg(target.error));
                QCoreApplication::exit(1);
                return;
            }
            session.useSandbox(target.baseUrl, target.organizationId, target.token);
        }
        keychain.start();
    };
    QObject::connect(&window, &MainWindow::firstFramePainted, &window, startDeferred);
    QTimer::singleShot(UnpaintedStartMs, &window, startDeferred);

    FirstFrameProbe::installIfRequested(&window); // ./dev bench only
    window.show();
    if (options.task) {
        window.lookUpWhenReady(*options.task, options.run.value_or(QString()));
    }
    const int code = QApplication::exec();
    settings.sync();
    return code;
}
