#include "core/api/ApiConfig.h"

using namespace Qt::StringLiterals;

QUrl ApiConfig::defaultBaseUrl() {
    return QUrl(u"https://go.tallyfy.com/api"_s);
}

QString ApiConfig::normalizeToken(const QString &pastedToken) {
    QString token = pastedToken.trimmed();
    static const QString bearer = u"bearer"_s;
    if (token.size() > bearer.size() && token.startsWith(bearer, Qt::CaseInsensitive) &&
        token.at(bearer.size()).isSpace()) {
        token = token.mid(bearer.size()).trimmed();
    }
    return token;
}
