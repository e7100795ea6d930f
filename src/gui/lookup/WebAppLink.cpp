#include "gui/lookup/WebAppLink.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isHexId(const QString &text) {
    static const QRegularExpression pattern(u"^[0-9a-f]{32}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

QUrl WebAppLink::webAppFor(const QUrl &apiBaseUrl) {
    if (apiBaseUrl.scheme() != "https"_L1)
        return {};
    const QString host = apiBaseUrl.host().toLower();
    QString webHost;
    if (host == "go.tallyfy.com"_L1 || host == "api.tallyfy.com"_L1)
        webHost = u"go.tallyfy.com"_s;
    else if (host == "staging.go.tallyfy.com"_L1)
        webHost = host;
    else
        return {};
    QUrl web;
    web.setScheme(u"https"_s);
    web.setHost(webHost);
    return web;
}

QUrl WebAppLink::taskPage(const QUrl &apiBaseUrl, const QString &organizationId,
                          const QString &taskId) {
    if (!isHexId(organizationId) || !isHexId(taskId))
        return {};
    QUrl page = webAppFor(apiBaseUrl);
    if (page.isEmpty())
        return {};
    page.setPath(u"/"_s + organizationId + u"/tasks/"_s + taskId);
    return page;
}
