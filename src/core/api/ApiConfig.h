#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

/// Where and as whom the ApiClient talks: base URL, organization, token and the per-attempt
/// transfer timeout. Plain value; the token is normalised by setToken() / normalizeToken().
struct ApiConfig final {
    /// The documented production base (tallyfy-api.md 1.1).
    static QUrl defaultBaseUrl();

    QUrl baseUrl = defaultBaseUrl();
    QString orgId;
    QString token; ///< already normalised: trimmed, no leading "Bearer "
    int timeoutMs = 60000;

    /// Stores normalizeToken(token).
    void setToken(const QString &pastedToken) { token = normalizeToken(pastedToken); }

    /// Trims a pasted token and strips one leading "Bearer " (any case, any spacing).
    static QString normalizeToken(const QString &pastedToken);

    bool operator==(const ApiConfig &) const = default;
};

Q_DECLARE_METATYPE(ApiConfig)
