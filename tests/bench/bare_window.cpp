// The start-up and memory baseline of ./dev bench: a bare QMainWindow of the application's size,
// built with the same flags, reporting its first frame through the same FirstFrameProbe.

#include "app/FirstFrameProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720); // MainWindow's default size
    FirstFrameProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
