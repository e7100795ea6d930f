#include "app/FirstFrameProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QMetaObject>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace {

/// Resident memory in KiB from /proc/self/status, or -1 when it cannot be read.
long long residentKilobytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // readAll(): the file reports size 0 and is generated as it is read.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("VmRSS:"))
            continue;
        bool ok = false;
        const long long value =
            line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok); // "  1234 kB"
        return ok ? value : -1;
    }
    return -1;
}

} // namespace

FirstFrameProbe *FirstFrameProbe::installIfRequested(QWidget *window) {
    if (window == nullptr || !qEnvironmentVariableIsSet(EnvironmentVariable))
        return nullptr;
    return new FirstFrameProbe(window);
}

FirstFrameProbe::FirstFrameProbe(QWidget *window)
    : QObject(window) {
    window->installEventFilter(this);
}

FirstFrameProbe::~FirstFrameProbe() = default;

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event) {
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        // The paint event starts the frame; queued, the report runs once the frame has been
        // painted and flushed.
        QMetaObject::invokeMethod(this, &FirstFrameProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameProbe::report() {
    // steady_clock is CLOCK_MONOTONIC with libstdc++ on Linux.
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    const long long nanoseconds = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    std::printf("first_frame monotonic_ns=%lld vmrss_kb=%lld\n", nanoseconds, residentKilobytes());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
