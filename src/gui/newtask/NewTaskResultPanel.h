#pragma once

#include <QFrame>

#include <memory>

class QLabel;
class QPushButton;
class QToolButton;
struct NewTaskResult;

namespace Ui {
class NewTaskResultPanel;
}

/// The panel under the new-task form that says what became of the last create (created,
/// refused, rate limited, may have been created, found, ...) in a frame tinted after the
/// outcome, with the buttons that apply: Check, Open it, Send again, Copy ID, Refresh and
/// dismiss. What it says is NewTaskResult's; the panel only shows it and reports the clicks.
class NewTaskResultPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTaskResultPanel)

public:
    explicit NewTaskResultPanel(QWidget *parent = nullptr);
    ~NewTaskResultPanel() override;

    /// Shows `result` (hidden when its text is empty).
    void setResult(const NewTaskResult &result);
    /// The text shown; empty while hidden.
    [[nodiscard]] QString text() const;

    [[nodiscard]] QLabel *label() const;
    [[nodiscard]] QPushButton *checkButton() const;

Q_SIGNALS:
    void checkRequested();
    void openFoundRequested();
    void sendAgainRequested();
    void copyIdRequested();
    void refreshRequested();
    void dismissRequested();

private:
    std::unique_ptr<Ui::NewTaskResultPanel> m_ui;
};
