#pragma once

#include <QEventLoop>
#include <QString>
#include <QTimer>

#include <optional>

class QLineEdit;
class TaskLookupPane;

/// Presses Enter in a lookup pane's input and waits until the pane shows the task, reports a
/// failure, or `timeoutMs` pass: the step the lookup and large-task benchmarks repeat.
class LookupWaiter final {
    Q_DISABLE_COPY_MOVE(LookupWaiter)

public:
    LookupWaiter(TaskLookupPane &pane, int timeoutMs);

    /// When the task was shown (BenchOutput::nowMs()), or nullopt; then failure() says why.
    [[nodiscard]] std::optional<double> pressEnter(QLineEdit *input);
    [[nodiscard]] QString failure() const { return m_failure; }

private:
    QEventLoop m_loop;
    QTimer m_timeout;
    double m_shownAt = 0;
    QString m_failure;
};
