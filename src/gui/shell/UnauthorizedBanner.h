#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// The in-place notice shown when Tallyfy answers 401: the token is no longer accepted. It
/// offers the settings dialog and leaves everything the user typed alone.
class UnauthorizedBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnauthorizedBanner)

public:
    explicit UnauthorizedBanner(QWidget *parent = nullptr);
    ~UnauthorizedBanner() override;

    /// The sentence shown, for tests and translators.
    [[nodiscard]] static QString messageText();

Q_SIGNALS:
    void settingsRequested();

private:
    QLabel *m_label;
    QPushButton *m_settingsButton;
    QPushButton *m_dismissButton;
};
