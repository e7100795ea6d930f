#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

/// The Tallyfy API bases Taskdesk offers in its server picker (tallyfy-api-notes.md 1.1) and the
/// web-app page where each one hands out personal access tokens (7).
namespace KnownServers {

struct Server final {
    QString id;        ///< stable: "production", "alternative", "staging"
    QString name;      ///< translated, for the picker
    QUrl apiBaseUrl;   ///< without a trailing slash
    QUrl tokenPageUrl; ///< "Get token" button
};

/// Production first; it is the default.
QList<Server> all();

QUrl productionUrl();
QUrl alternativeUrl();
QUrl stagingUrl();

/// The known server whose base equals `apiBaseUrl` once normalized (trailing slashes, case of
/// scheme and host), or nothing for a custom server.
std::optional<Server> find(const QUrl &apiBaseUrl);

/// The "Get token" page for a server; empty for a custom server, whose web app is unknown.
QUrl tokenPageUrl(const QUrl &apiBaseUrl);

} // namespace KnownServers
