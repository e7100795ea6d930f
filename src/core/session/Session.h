#pragma once

#include "core/settings/Settings.h"
#include "core/settings/TokenSource.h"
#include "core/settings/TokenStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class ApiClient;
class DirectoryApi;
class DirectoryCache;
class QNetworkAccessManager;
class TaskActionsApi;
class TaskAnswersApi;
class TaskListApi;
class TasksApi;

/// Where and as whom the application talks to Tallyfy, in one object the widgets share.
///
/// It holds the Settings and the keychain TokenStore (neither owned; both must outlive it) and
/// owns the TokenSource over them, the network access manager, the ApiClient, the TasksApi,
/// TaskActionsApi, TaskAnswersApi, TaskListApi and DirectoryApi facades and the DirectoryCache.
/// It keeps the client's ApiConfig in step with the settings in force (server, organization,
/// timeout) and with the token TokenSource::resolve answers for them, and forwards every 401 as
/// unauthorized().
///
/// useSandbox() points everything at an in-process fake server for this run: nothing is
/// written to the settings or the keychain, and TALLYFY_API_TOKEN does not apply to it.
///
/// saveConnection() is what the Settings dialog's OK does: the token to the keychain (or, when
/// the keychain fails and the user agrees, to memory for this run), then the settings, then a
/// reload. A token stored for one server is carried to another only when the user confirmed it.
///
/// A settings file whose server address is refused (a tampered `http://` address) leaves the
/// session NotConfigured with tokenProblem() naming the setting: no token is sent anywhere,
/// not even to the default server.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State {
        NotConfigured, ///< no organization, or no token for it (see tokenProblem())
        Resolving,     ///< reading the token from the keychain, or waiting for the sandbox
                       ///< announced by expectSandbox()
        Ready,         ///< organization and token known; requests can be sent
    };
    Q_ENUM(State)

    /// The token in force for the settings (not the sandbox's), and the server it belongs to.
    struct SavedToken final {
        TokenSource::Origin origin = TokenSource::Origin::None;
        QString token; ///< empty unless origin is not None; never shown
        QUrl server;   ///< the settings' server when it was read
    };
    using SavedTokenCallback = std::function<void(const SavedToken &saved)>;

    /// What the Settings dialog saves.
    struct ConnectionChange final {
        QUrl server; ///< validated
        QString organizationId;
        QString organizationName; ///< for display; may be empty
        int timeoutSeconds = Settings::DefaultRequestTimeoutSeconds;
        QString newToken;               ///< typed (normalized); empty: keep the one in force
        bool removeStoredToken = false; ///< forget the token stored for the settings in force
        /// The user confirmed that the token in force may be used on `server` although it
        /// belongs to another server; without it the token is not carried over.
        bool tokenConfirmedForServer = false;
    };

    struct SaveResult final {
        enum class Status {
            Saved,           ///< settings and token stored, session reloaded
            TokenNotStored,  ///< the keychain refused the token; nothing saved yet
                             ///< (saveForThisRunOnly() finishes without the keychain)
            TokenNotRemoved, ///< the keychain could not remove the stored token; nothing saved
        };
        Status status = Status::Saved;
        QString problem; ///< the keychain's translated message, unless Saved

        [[nodiscard]] bool saved() const { return status == Status::Saved; }
    };
    using SaveCallback = std::function<void(const SaveResult &result)>;

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
    /// Complete, reopen, comments and problems (each write sent once).
    [[nodiscard]] TaskActionsApi *actions() const { return m_actions; }
    /// Saves a task's form answers (sent once).
    [[nodiscard]] TaskAnswersApi *answers() const { return m_answers; }
    /// The task lists (my tasks, the organization's, a member's, a process's).
    [[nodiscard]] TaskListApi *taskLists() const { return m_taskLists; }
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

    /// Announces useSandbox() for a sandbox still starting (the application starts it after
    /// its first frame): from now on the session is a sandbox session, Resolving until
    /// useSandbox() and reading "Sandbox", and resolves no token for the settings meanwhile.
    /// leaveSandbox() goes back to the settings.
    void expectSandbox();
    /// Points the session at a sandbox server for this run. Stores nothing.
    void useSandbox(const QUrl &baseUrl, const QString &organizationId, const QString &token);
    /// Back to the settings after useSandbox(); re-resolves the token.
    void leaveSandbox();
    /// Resolves the token again for the settings in force, e.g. after the settings dialog
    /// stored or removed one. Does nothing while isSandbox().
    void reload();

    /// Answers the token in force for the settings, at once when the session already holds
    /// it, else once the keychain answered (never after `context` is destroyed).
    void readSavedToken(QObject *context, SavedTokenCallback callback);

    /// Stores `change`: the token first (so that the reload finds it), then the settings; then
    /// the session reloads, or leaves the sandbox when a token is in place. Answers once,
    /// asynchronously, on `context`'s thread, never after `context` is destroyed.
    void saveConnection(const ConnectionChange &change, QObject *context, SaveCallback callback);
    /// After SaveResult::Status::TokenNotStored: keeps that token in memory for this run only
    /// and finishes the save. Answers TokenNotStored again when there is nothing pending.
    void saveForThisRunOnly(QObject *context, SaveCallback callback);

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
    void continueSave(const ConnectionChange &change, const SavedToken &saved, QObject *context,
                      const SaveCallback &callback);
    void storeToken(const ConnectionChange &change, const QString &key, const QString &token,
                    bool thisRunOnly, QObject *context, const SaveCallback &callback);
    void finishSave(const ConnectionChange &change, bool tokenInPlace, QObject *context,
                    const SaveCallback &callback);
    static void answer(QObject *context, const SaveCallback &callback, const SaveResult &result);

    Settings *m_settings;
    QPointer<TokenStore> m_keychain;
    TokenSource *m_tokens;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    TasksApi *m_tasks = nullptr;
    TaskActionsApi *m_actions = nullptr;
    TaskAnswersApi *m_answers = nullptr;
    TaskListApi *m_taskLists = nullptr;
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

    /// A save that waits for the user's "keep for this run only" after the keychain refused.
    struct PendingSave final {
        ConnectionChange change;
        QString key;
        QString token;
    };
    std::optional<PendingSave> m_pendingSave;
};
