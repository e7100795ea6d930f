#pragma once

#include "core/session/ConnectionProbe.h"
#include "core/session/Session.h"

#include <QDialog>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class SettingsDialog;
}

/// Settings > Settings… (Ctrl+,): the API token, the organization (OrganizationPicker), the
/// server (ServerPicker) and the request timeout, with "Test connection" (GET /me, then the
/// organization) answered inside the dialog.
///
/// The dialog checks the values typed so far with ConnectionProbe objects, so nothing changes
/// for the rest of the app until OK; OK hands the values to Session::saveConnection(), which
/// stores the token in the keychain and the rest in Settings. When the keychain is not
/// available the dialog says so and offers to keep the token for this run only. A stored token
/// is never shown back. Cancel changes nothing.
///
/// The token in force belongs to the server it was stored for. It is never sent to a custom
/// address while that is being typed, and to another server only after the user typed a token
/// for it or confirmed "Use my token for <host>".
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Session &session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// True while a connection test or the save is running.
    [[nodiscard]] bool isBusy() const;

public Q_SLOTS:
    /// GET /me with the values in the dialog, then the organization; the outcome appears in the
    /// connection status label.
    void testConnection();
    /// Checks the inputs, stores the token and the settings, then closes. Stays open (saying
    /// why) when an input is wrong, the token needs a confirmation, or the keychain fails.
    void accept() override;
    void reject() override;

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    /// Settings and token are stored and the session reloaded; the dialog is about to close.
    void saved();

private:
    void setUpToken();
    void serverCommitted();
    void updateButtons();
    /// Grows the dialog when rows or wrapped hints appear, so that no text is clipped.
    void growToFit();
    void growNow();

    /// Where the probes go and with which token, for the values in the dialog.
    [[nodiscard]] ConnectionProbe::Target probeTarget(const QString &organizationId = {}) const;
    /// True when the token in force would go to a server it does not belong to unconfirmed.
    [[nodiscard]] bool needsTokenConfirmation() const;
    void updateTokenConfirmation();
    void confirmToken();

    void fetchOrganizations();
    void organizationsProbed(const ConnectionProbe::Report &report);
    void connectionProbed(const ConnectionProbe::Report &report);
    void setTesting(bool testing);
    void showConnectionResult(const QString &text, bool ok);
    [[nodiscard]] QString connectionProblem(const ApiError &error,
                                            const QString &organizationId) const;

    void saveAnswered(const Session::SaveResult &result);
    void showKeychainProblem(const QString &text, bool offerThisRunOnly);
    void keepForSession();
    void setSaving(bool saving);

    Session &m_session;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConnectionProbe *m_organizationsProbe;
    ConnectionProbe *m_testProbe;
    QTimer *m_organizationTimer;

    QUrl m_confirmedServer; ///< where the user allowed the token in force to go

    QString m_organizationsFor; ///< server + token they were loaded with (compared, never shown)
    bool m_testing = false;
    bool m_testOrganizationTyped = false;
    QString m_testOrganizationProblem;
    bool m_saving = false;
};
