#include "core/settings/KnownServers.h"

#include "core/settings/Validators.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace KnownServers {

QUrl productionUrl() {
    return QUrl(u"https://go.tallyfy.com/api"_s);
}

QUrl alternativeUrl() {
    return QUrl(u"https://api.tallyfy.com"_s);
}

QUrl stagingUrl() {
    return QUrl(u"https://staging.go.tallyfy.com/api"_s);
}

QList<Server> all() {
    const QUrl productionTokens(u"https://go.tallyfy.com/#/settings/integrations"_s);
    return {
        {u"production"_s, QCoreApplication::translate("KnownServers", "Tallyfy (go.tallyfy.com)"),
         productionUrl(), productionTokens},
        {u"alternative"_s, QCoreApplication::translate("KnownServers", "Tallyfy (api.tallyfy.com)"),
         alternativeUrl(), productionTokens},
        {u"staging"_s, QCoreApplication::translate("KnownServers", "Tallyfy staging"), stagingUrl(),
         QUrl(u"https://staging.go.tallyfy.com/#/settings/integrations"_s)},
    };
}

std::optional<Server> find(const QUrl &apiBaseUrl) {
    const Validated<QUrl> normalized = Validators::serverUrl(apiBaseUrl);
    if (!normalized) {
        return std::nullopt;
    }
    const QList<Server> servers = all();
    for (const Server &server : servers) {
        if (server.apiBaseUrl == *normalized.value) {
            return server;
        }
    }
    return std::nullopt;
}

QUrl tokenPageUrl(const QUrl &apiBaseUrl) {
    const std::optional<Server> server = find(apiBaseUrl);
    return server ? server->tokenPageUrl : QUrl();
}

} // namespace KnownServers
