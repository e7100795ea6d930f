#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// What a first run shows instead of the panes: connect to Tallyfy, or try the sandbox.
class WelcomePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    ~WelcomePanel() override;

    /// Hides "Try the sandbox" when the application has no sandbox to start.
    void setSandboxAvailable(bool available);
    /// A sentence on what is missing or went wrong (e.g. the keychain cannot be read); empty
    /// hides it.
    void setProblem(const QString &text);
    /// Disables the buttons while the sandbox starts.
    void setBusy(bool busy);

Q_SIGNALS:
    void connectRequested();
    void sandboxRequested();

private:
    QPushButton *m_connectButton;
    QPushButton *m_sandboxButton;
    QLabel *m_sandboxNote;
    QLabel *m_problemLabel;
};
