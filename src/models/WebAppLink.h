#pragma once

#include <QString>
#include <QUrl>

/// The Tallyfy web app's page of a task, for "Open in browser".
///
/// The layout `https://go.tallyfy.com/<org>/tasks/<task>` is the one pasted links show, and it is
/// unverified (tallyfy-api-notes.md 9.4 #16). So a link is made only when both IDs are task-style
/// IDs (Json::isHexId(), as TaskReference reads them) and the API base is one of KnownServers,
/// whose web app is where it hands out tokens; otherwise there is no link rather than a guess (a
/// sandbox or a custom server has none).
class WebAppLink final {
public:
    WebAppLink() = delete;

    /// The task page, or an empty URL when it is not known.
    [[nodiscard]] static QUrl taskPage(const QUrl &apiBaseUrl, const QString &organizationId,
                                       const QString &taskId);
    /// The web app's origin for a known API base ("https://go.tallyfy.com"), or an empty URL.
    [[nodiscard]] static QUrl webAppFor(const QUrl &apiBaseUrl);
};
