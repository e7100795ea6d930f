#include "models/WebAppLink.h"

#include "core/domain/Json.h"
#include "core/settings/KnownServers.h"

using namespace Qt::StringLiterals;

QUrl WebAppLink::webAppFor(const QUrl &apiBaseUrl) {
    // The web app is where the known server hands out tokens; a custom server has none known.
    const QUrl tokenPage = KnownServers::tokenPageUrl(apiBaseUrl);
    if (tokenPage.isEmpty() || tokenPage.scheme() != "https"_L1)
        return {};
    QUrl web;
    web.setScheme(tokenPage.scheme());
    web.setHost(tokenPage.host());
    return web;
}

QUrl WebAppLink::taskPage(const QUrl &apiBaseUrl, const QString &organizationId,
                          const QString &taskId) {
    if (!Json::isHexId(organizationId) || !Json::isHexId(taskId))
        return {};
    QUrl page = webAppFor(apiBaseUrl);
    if (page.isEmpty())
        return {};
    page.setPath(u"/"_s + organizationId + u"/tasks/"_s + taskId);
    return page;
}
