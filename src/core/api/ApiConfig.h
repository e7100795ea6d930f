#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

/// Where and as whom the ApiClient talks: base URL, organization, token and the per-attempt
/// timeout. Plain value; ApiClient normalises the token (normalizeToken()).
struct ApiConfig final {
    /// The documented production base (tallyfy-api-notes.md 1.1).
    static QUrl defaultBaseUrl();

    QUrl baseUrl = defaultBaseUrl();
    QString orgId;
    QString token; ///< already normalised: trimmed, no leading "Bearer "
    /// Per attempt: Qt's transfer timeout (no data for this long) and the whole-request
    /// deadline (no complete answer within this long).
    int timeoutMs = 60000;

    /// Trims a pasted token and strips one leading "Bearer " (any case, any spacing).
    static QString normalizeToken(const QString &pastedToken);

    bool operator==(const ApiConfig &) const = default;
};

Q_DECLARE_METATYPE(ApiConfig)
