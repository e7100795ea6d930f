#pragma once

#include <QObject>

class QWidget;

/// Reports when a window first reached the screen, for `./dev bench`.
///
/// Off unless the environment variable TASKDESK_BENCH_FIRST_FRAME is set. Then it waits for the
/// window's first paint, and once that frame is done prints one line to stdout,
/// `first_frame monotonic_ns=<N> vmrss_kb=<N>` (CLOCK_MONOTONIC on Linux, the clock the runner
/// reads before it starts the process; VmRSS -1 where /proc is missing), and ends the
/// application. The app and the bench's bare-window baseline use this same code, so both are
/// measured the same way.
class FirstFrameProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstFrameProbe)

public:
    /// The environment variable that switches the probe on.
    static constexpr const char *EnvironmentVariable = "TASKDESK_BENCH_FIRST_FRAME";

    /// Watches `window` (which owns the probe) when the variable is set; else does nothing and
    /// returns null. Call it before the window is shown.
    static FirstFrameProbe *installIfRequested(QWidget *window);

    ~FirstFrameProbe() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstFrameProbe(QWidget *window);
    void report();

    bool m_painted = false;
};
