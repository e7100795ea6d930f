#include "core/AppInfo.h"
#include "gui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Taskdesk"));
    QApplication::setOrganizationName(QStringLiteral("Taskdesk"));
    QApplication::setApplicationVersion(AppInfo::version());
    QApplication::setDesktopFileName(AppInfo::appId());

    MainWindow window;
    window.show();
    return QApplication::exec();
}
