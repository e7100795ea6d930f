#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/domain/Me.h"
#include "core/domain/Organization.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class ApiClient;
class DirectoryApi;
class QNetworkAccessManager;

/// Checks a server, a token and optionally an organization before anything is saved: what the
/// Settings dialog's organization picker and "Test connection" ask, without widgets.
///
/// It talks through its own ApiClient (over the network manager it is given), so the session's
/// connection is untouched until the settings are saved. One run at a time: start() cancels the
/// run under way. Each run ends in exactly one finished(), always from the event loop (never
/// inside start()); after cancel() the cancelled run reports nothing.
///
/// A token stored for one server is sent to another only when the user confirmed it
/// (Target::tokenConfirmed); otherwise the run ends with Outcome::TokenNotConfirmed and no
/// request leaves.
class ConnectionProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

public:
    /// What a run checks, in this order; it stops at the first failure.
    enum class Step {
        Identity = 0x1,      ///< GET /me: is the token valid, and whose is it
        Organizations = 0x2, ///< GET /me/organizations, all pages
        Organization = 0x4,  ///< GET /organizations/{id}, when Target::organizationId is set
    };
    Q_ENUM(Step)
    Q_DECLARE_FLAGS(Steps, Step)

    /// Where the requests go and with which token.
    struct Target final {
        QUrl server;   ///< the API base, already validated
        QString token; ///< sent as the bearer token; normalized
        /// The user typed the token for `server` (rather than using the one in force).
        bool tokenTyped = false;
        /// The server the token in force was stored for (or given for, from the environment);
        /// empty when unknown, e.g. when the settings' address was refused.
        QUrl tokenServer;
        /// The user confirmed sending the token to `server` although it belongs to
        /// `tokenServer` ("Use my token for <host>?").
        bool tokenConfirmed = false;
        QString organizationId; ///< for Step::Organization
        int timeoutSeconds = 60;

        /// True when the token may go to `server`: typed for it, stored for it, or confirmed.
        [[nodiscard]] bool mayCarryToken() const;
    };

    enum class Outcome {
        Passed,            ///< every step asked for answered
        Failed,            ///< `failedStep` failed with `error`; the steps after it did not run
        TokenNotConfirmed, ///< nothing was sent: the token belongs to another server
    };
    Q_ENUM(Outcome)

    /// What one run found. The values of the steps that passed are set.
    struct Report final {
        Outcome outcome = Outcome::Passed;
        std::optional<Me> me;
        std::optional<QList<Organization>> organizations;
        std::optional<Organization> organization;
        Step failedStep = Step::Identity; ///< when Failed
        ApiError error;                   ///< when Failed

        [[nodiscard]] bool passed() const { return outcome == Outcome::Passed; }
    };

    /// `network` is not owned and must outlive the probe.
    explicit ConnectionProbe(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    /// Two API bases name the same server when scheme, host, port and path agree (case of the
    /// scheme and host, default ports and trailing slashes aside). Empty or invalid URLs name
    /// no server.
    [[nodiscard]] static bool sameServer(const QUrl &a, const QUrl &b);

    /// Cancels the run under way, then runs `steps` against `target`.
    void start(const Target &target, Steps steps);
    /// Cancels the run under way, if any; it reports nothing.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The target of the run under way, or of the last one.
    [[nodiscard]] const Target &target() const { return m_target; }

Q_SIGNALS:
    void finished(const ConnectionProbe::Report &report);

private:
    void next(quint64 generation);
    void fail(Step step, const ApiError &error);
    void finish(Outcome outcome);

    ApiClient *m_client;
    DirectoryApi *m_directory;
    CallHandle m_call;
    Target m_target;
    Steps m_pending;
    Report m_report;
    bool m_running = false;
    quint64 m_generation = 0; ///< drops answers of runs that were cancelled or replaced
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ConnectionProbe::Steps)
