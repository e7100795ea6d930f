// Command line and wiring only: everything else lives in the libraries.

#include "core/AppInfo.h"
#include "core/settings/LaunchOptions.h"
#include "core/settings/LaunchOptionsResult.h"
#include "gui/MainWindow.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStatusBar>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

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

/// Parses the command line with a QCoreApplication only, so that --help, --version and errors
/// work without a display.
LaunchOptionsResult parseCommandLine(int argc, char *argv[]) {
    QCoreApplication core(argc, argv);
    setApplicationNames();
    return LaunchOptions::parse(QCoreApplication::arguments());
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

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(AppInfo::appId());

    std::unique_ptr<SandboxServer> sandbox;
    MainWindow window;
    if (parsed.options.sandbox) {
        sandbox = std::make_unique<SandboxServer>();
        if (!sandbox->listen()) {
            print(stderr, QCoreApplication::translate("main", "Could not start the sandbox."));
            return 1;
        }
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Sandbox: %1").arg(sandbox->baseUrl().toString()));
    }
    window.show();
    return QApplication::exec();
}
