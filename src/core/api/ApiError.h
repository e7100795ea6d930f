#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

/// Everything Taskdesk knows about a failed API call. Built in exactly one place
/// (ApiError::fromHttpResponse for answers, ApiError::transport and the factories below for the
/// rest); turned into user-facing text in exactly one place (ApiErrorText, behind userText()).
struct ApiError final {
    Q_GADGET

public:
    enum class Kind {
        Network,           ///< DNS, refused, reset, no route
        Timeout,           ///< transfer timeout
        Tls,               ///< certificate or handshake failure
        InsecureTransport, ///< refused before sending: the token would travel over plain http
        Unauthorized,      ///< 401
        Forbidden,         ///< 403
        NotFound,          ///< 404 for a record
        EndpointNotFound,  ///< 404 for a route (ENDPOINT_NOT_FOUND or an edge 404)
        Conflict,          ///< 409
        Validation,        ///< 422 (and 400)
        RateLimited,       ///< 429 that outlasted the retries
        Server,            ///< 5xx
        InvalidResponse,   ///< a 2xx whose body is not the JSON expected
        Cancelled,         ///< the user or a closing window cancelled; show nothing
    };
    Q_ENUM(Kind)

    /// What the failed request was for, where the wording depends on it (a 403 on a create is
    /// not a 403 on a lookup). Set by the facade that sent it.
    enum class Action {
        Other,
        TaskLookup, ///< GET one task
        TaskCreate, ///< POST a one-off task
        TaskWrite,  ///< complete, approve, reject, acknowledge, reopen; a comment or problem
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; ///< 0 for transport errors
    QString message;    ///< extracted as in tallyfy-api-notes.md 4.2; may be empty
    QString code;       ///< RESOURCE_NOT_FOUND, SEAT_POOL_EXHAUSTED, ...
    QMap<QString, QStringList> fieldErrors; ///< 422 (sometimes 403), keys as dotted paths
    QString requestId;                      ///< X-Request-Id, when the server sent one
    std::optional<int> retryAfterSeconds;   ///< clamped to 0..30
    QByteArray rawBody;                     ///< capped and scrubbed; diagnostics only
    Action action = Action::Other;
    /// A TaskLookup 404 after which the organization could not be read either: the server
    /// address may be wrong.
    bool organizationCheckFailed = false;

    /// At most this much of an error body is read (tallyfy-api-notes.md 4.2).
    static constexpr qsizetype MaxErrorBodyRead = 64 * 1024;
    /// At most this much of it is kept in `rawBody`.
    static constexpr qsizetype MaxKeptBody = 8 * 1024;
    /// Longest message taken from a raw (non-JSON) body.
    static constexpr qsizetype MaxRawMessage = 300;
    /// `code` of the error made when a redirect would have carried the token to another host
    /// (kind InvalidResponse, httpStatus the 3xx).
    static QString redirectRefusedCode();
    /// `code` of an answer Qt could not decompress (kind Network: the transfer failed, whatever
    /// the status line said).
    static QString decompressionFailedCode();
    /// `code` of the error made when no organization is set (kind Validation, nothing sent).
    static QString noOrganizationCode();

    /// Nothing was sent: no organization is set.
    static ApiError noOrganization();
    /// Nothing was sent: the input has problems, keyed by field path (kind Validation,
    /// httpStatus 0).
    static ApiError invalidInput(const QMap<QString, QStringList> &fieldErrors);

    /// The one function that maps an HTTP answer onto an ApiError. `retryAfter` is the raw
    /// Retry-After header (seconds or an HTTP date, read relative to `now`). `reasonPhrase` is
    /// the last resort for the message; when empty, the standard phrase of the status is used.
    static ApiError fromHttpResponse(int httpStatus, const QByteArray &body,
                                     const QByteArray &contentType, const QByteArray &requestId,
                                     const QByteArray &retryAfter,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                     const QByteArray &reasonPhrase = {});

    /// Retry-After as whole seconds: an integer, or an HTTP date (RFC 2822 / RFC 7231 IMF-fixdate)
    /// minus `now`; clamped to 0..30. nullopt when absent or unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    /// Drops the lines that leak server internals (SQLSTATE, Illuminate\, Stack trace, and
    /// lines starting with `#<digit>`).
    static QByteArray scrub(const QByteArray &text);

    /// Errors that never reached an HTTP answer (Network, Timeout, Tls, InsecureTransport,
    /// Cancelled) or whose answer could not be read (InvalidResponse).
    static ApiError transport(Kind kind, const QString &detail = {});

    /// A 404 whose body does not say whether the route or the record is missing (empty, or not
    /// JSON, and without the edge proxy's marker). fromHttpResponse() makes it EndpointNotFound;
    /// a facade that can tell the two apart checks further.
    [[nodiscard]] bool isUnclearNotFound() const;

    /// Whether a write that failed this way may still have taken effect: the request may have
    /// reached the server and only the answer was lost (a timeout, a cut connection, a 5xx, an
    /// unreadable 2xx). Such a write is never sent again by itself; the caller reads to find out.
    [[nodiscard]] bool mayHaveBeenProcessed() const;

    /// ApiErrorText::userText(*this): what went wrong and what to do. Empty for Cancelled. Field
    /// errors are not repeated here: the form shows them.
    [[nodiscard]] QString userText() const;
    /// ApiErrorText::whatHappened(*this): what went wrong, in one sentence without advice on
    /// what to do next (the new-task form after a create whose outcome is unknown).
    [[nodiscard]] QString whatHappened() const;
    /// Kind, HTTP status, code, request ID, message, field errors and the kept body, for a
    /// "Technical details" box. Never contains a token (none is ever stored here).
    [[nodiscard]] QString technicalDetails() const;
    /// A stable English name of the kind, for logs and tests.
    [[nodiscard]] static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(ApiError)
