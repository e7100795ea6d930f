#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/domain/Organization.h"
#include "core/settings/TokenSource.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class ApiClient;
class DirectoryApi;
class QTimer;
class Session;
struct TokenStoreError;

namespace Ui {
class SettingsDialog;
}

/// Settings > Settings… (Ctrl+,): the API token, the organization, the server and the request
/// timeout, with "Test connection" (GET /me, then the organization) answered inside the dialog.
///
/// The dialog talks to the server with its own ApiClient and the values typed so far, so
/// nothing changes for the rest of the app until OK. OK stores the server, organization and
/// timeout in Settings and the token in the keychain (asynchronously); when the keychain is not
/// available it says so and offers to keep the token for this run only. A stored token is never
/// shown back. Cancel changes nothing.
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
    /// why) when an input is wrong or the keychain fails.
    void accept() override;
    void reject() override;

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    /// Settings and token are stored and the session reloaded; the dialog is about to close.
    void saved();

private:
    /// Grows the dialog when rows or wrapped hints appear, so that no text is clipped.
    void growToFit();
    enum class StoredToken { Unknown, None, Keychain, Session, Environment };

    void setUpServers();
    void setUpToken();
    void setUpOrganization();
    void existingTokenKnown(TokenSource::Origin origin, const QString &token);
    void updateTokenState();
    void updateTokenHelp();
    void updateServerState();
    void updateOrganizationHint();
    void updateButtons();

    [[nodiscard]] std::optional<QUrl> chosenServer(QString *problem = nullptr) const;
    /// The token the probes and the save use: the one typed, else the one in force.
    [[nodiscard]] QString effectiveToken() const;
    [[nodiscard]] QString typedToken(QString *problem = nullptr) const;
    [[nodiscard]] std::optional<QString> chosenOrganization(QString *problem = nullptr) const;
    [[nodiscard]] QString organizationName(const QString &id) const;

    void scheduleOrganizationFetch();
    void fetchOrganizations();
    void organizationsArrived(const QList<Organization> &organizations);
    void configureProbe(const QString &organizationId);
    void setTesting(bool testing);
    void showConnectionResult(const QString &text, bool ok);
    [[nodiscard]] QString connectionProblem(const ApiError &error,
                                            const QString &organizationId) const;

    void saveToken(const QString &key, const QString &token, bool sessionOnly);
    void keychainFailed(const QString &key, const QString &token, const TokenStoreError &error);
    void showKeychainProblem();
    void keepForSession();
    void finishSave();
    void setSaving(bool saving);

    Session &m_session;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ApiClient *m_probeClient;
    DirectoryApi *m_probe;
    QTimer *m_organizationTimer;

    StoredToken m_stored = StoredToken::Unknown;
    QString m_existingToken; ///< the token in force when the dialog opened; never shown
    bool m_removeStored = false;

    QList<Organization> m_organizations;
    bool m_organizationsLoaded = false;
    bool m_organizationsLoading = false;
    QString m_organizationsError;
    QString m_organizationsFor; ///< server + token they were loaded with (compared, never shown)
    CallHandle m_organizationsCall;

    bool m_testing = false;
    CallHandle m_testCall;

    bool m_saving = false;
    QString m_pendingKey;   ///< after a keychain failure: where "keep for this run" keeps it
    QString m_pendingToken; ///< and what it keeps
};
