#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>

struct Task;
class QLabel;

namespace Ui {
class TaskHeader;
}

/// The top of a shown task: its title, status as a coloured badge, type, one-off or process
/// (with the process name when the `run` include came), the deadline in local time with a
/// phrase such as "overdue by 2 hours" (kept current while shown), and the start and
/// completion times. Everything the server sent is shown as plain text, never as markup.
class TaskHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskHeader)

public:
    /// The colour family of a status badge.
    enum class Tone { Neutral, Info, Progress, Success, Danger };
    Q_ENUM(Tone)

    explicit TaskHeader(QWidget *parent = nullptr);
    ~TaskHeader() override;

    void setTask(const Task &task);
    void clear();

    /// The badge colour for a task's status (refined by its approval outcome).
    [[nodiscard]] static Tone statusTone(const Task &task);
    /// "One-off task", "Process task in “Client onboarding”", ...
    [[nodiscard]] static QString kindText(const Task &task);

    /// Re-reads the relative deadline phrase against the clock (also done every 30 s).
    void refreshRelativeTimes();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyBadgeStyle(QLabel *label, Tone tone);

    std::unique_ptr<Ui::TaskHeader> m_ui;
    QTimer m_tick;
    QDateTime m_deadline;
    bool m_completed = false;
    Tone m_statusTone = Tone::Neutral;
};
