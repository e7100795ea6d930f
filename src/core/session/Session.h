#pragma once

#include "core/settings/Settings.h"
#include "core/settings/TokenSource.h"
#include "core/settings/TokenStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class ApiClient;
class DirectoryApi;
class DirectoryCache;
class QNetworkAccessManager;
class TasksApi;

/// Where and as whom the application talks to Tallyfy, in one object the widgets share.
///
/// It holds the Settings and the keychain TokenStore (neither owned; both must outlive it) and
/// owns the TokenSource over them, the network access manager, the ApiClient, the TasksApi and
/// DirectoryApi facades and the DirectoryCache. It keeps the client's ApiConfig in step with the
/// settings in force (server, organization, timeout) and with the token TokenSource::resolve
/// answers for them, and forwards every 401 as unauthorized().
///
/// useSandbox() points everything at an in-process fake server for this run: nothing is
/// written to the settings or the keychain, and TALLYFY_API_TOKEN does not apply to it.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State {
        NotConfigured, ///< no organization, or no token for it (see tokenProblem())
        Resolving,     ///< reading the token from the keychain
        Ready,         ///< organization and token known; requests can be sent
    };
    Q_ENUM(State)

    /// `keychain` may be null (then only the environment and session tokens count);
    /// `environmentToken` is what TALLYFY_API_TOKEN held at start (TokenSource::environmentValue(),
    /// or empty in tests). Starts resolving the token for the settings in force at once.
    Session(Settings *settings, TokenStore *keychain, const QString &environmentToken,
            QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] Settings *settings() const { return m_settings; }
    [[nodiscard]] TokenSource *tokens() const { return m_tokens; }
    /// Where tokens are saved for good (the OS keychain in the app); may be null.
    [[nodiscard]] TokenStore *keychain() const { return m_keychain; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] TasksApi *tasks() const { return m_tasks; }
    [[nodiscard]] DirectoryApi *directory() const { return m_directory; }
    [[nodiscard]] DirectoryCache *cache() const { return m_cache; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isReady() const { return m_state == State::Ready; }
    [[nodiscard]] bool isSandbox() const { return m_sandbox; }

    /// The server and organization in force (the sandbox's while isSandbox()).
    [[nodiscard]] QUrl serverUrl() const;
    [[nodiscard]] QString organizationId() const;
    /// The organization's name when known (settings, or fetched once Ready), else empty.
    [[nodiscard]] QString organizationName() const;
    /// Where the token in force came from; None unless Ready.
    [[nodiscard]] TokenSource::Origin tokenOrigin() const { return m_origin; }
    /// Why the state is NotConfigured, translated (no organization, no token stored, keychain
    /// unavailable, ...); empty otherwise.
    [[nodiscard]] QString tokenProblem() const { return m_problem; }

    /// For the status bar: "Sandbox", or "ORGANIZATION on HOST" (name, else ID), or a note that
    /// nothing is configured.
    [[nodiscard]] QString targetDescription() const;

    /// Points the session at a sandbox server for this run. Stores nothing.
    void useSandbox(const QUrl &baseUrl, const QString &organizationId, const QString &token);
    /// Back to the settings after useSandbox(); re-resolves the token.
    void leaveSandbox();
    /// Resolves the token again for the settings in force, e.g. after the settings dialog
    /// stored or removed one. Does nothing while isSandbox().
    void reload();

Q_SIGNALS:
    void stateChanged(Session::State state);
    /// Server, organization, organization name or sandbox mode changed: targetDescription()
    /// may read differently.
    void targetChanged();
    /// Some request answered 401: the token is invalid, expired or ended by a logout.
    void unauthorized();

private:
    void onSettingChanged(Settings::Key key);
    void applyConfig(const QString &token);
    void setState(State state);
    void fetchOrganizationName();
    void resetCacheIfTargetChanged();

    Settings *m_settings;
    QPointer<TokenStore> m_keychain;
    TokenSource *m_tokens;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    TasksApi *m_tasks = nullptr;
    DirectoryApi *m_directory = nullptr;
    DirectoryCache *m_cache = nullptr;

    State m_state = State::NotConfigured;
    TokenSource::Origin m_origin = TokenSource::Origin::None;
    QString m_problem;
    quint64 m_generation = 0; ///< drops token answers for settings no longer in force

    bool m_sandbox = false;
    QUrl m_sandboxUrl;
    QString m_sandboxOrganization;
    QString m_sandboxToken;
    QString m_fetchedOrganizationName; ///< for the organization in force
};
