#include "core/settings/Validators.h"

#include "core/domain/TaskIncludes.h"
#include "core/domain/NetworkHost.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Validators {

namespace {

bool isHex32(const QString &text) {
    static const QRegularExpression pattern(u"^[a-f0-9]{32}$"_s);
    return pattern.match(text).hasMatch();
}

bool containsWhitespace(const QString &text) {
    for (const QChar c : text) {
        if (c.isSpace()) {
            return true;
        }
    }
    return false;
}

} // namespace

Validated<QUrl> serverUrl(const QString &input) {
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return Validated<QUrl>::refuse(
            QCoreApplication::translate("Validators", "Enter the server URL."));
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return Validated<QUrl>::refuse(
            QCoreApplication::translate("Validators", "“%1” is not a valid URL.").arg(text));
    }
    const QString scheme = url.scheme().toLower();
    if (url.isRelative() || (scheme != u"https"_s && scheme != u"http"_s)) {
        return Validated<QUrl>::refuse(QCoreApplication::translate(
            "Validators",
            "The server URL must start with https:// (for example https://go.tallyfy.com/api)."));
    }
    if (url.host().isEmpty()) {
        return Validated<QUrl>::refuse(
            QCoreApplication::translate("Validators", "The server URL has no host name."));
    }
    if (!url.userInfo().isEmpty()) {
        return Validated<QUrl>::refuse(QCoreApplication::translate(
            "Validators", "The server URL must not contain a user name or password."));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return Validated<QUrl>::refuse(QCoreApplication::translate(
            "Validators", "The server URL must not contain a query or a fragment (“?” or “#”)."));
    }
    if (scheme == u"http"_s && !NetworkHost::isLoopback(url.host())) {
        return Validated<QUrl>::refuse(QCoreApplication::translate(
            "Validators",
            "Plain http:// is only allowed for this computer (localhost). Use https:// so "
            "that the token is encrypted on its way."));
    }
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path);
    return Validated<QUrl>::accept(url);
}

Validated<QUrl> serverUrl(const QUrl &input) {
    return serverUrl(input.toString());
}

Validated<QString> organizationId(const QString &input) {
    const QString id = input.trimmed().toLower();
    if (id.isEmpty()) {
        return Validated<QString>::refuse(
            QCoreApplication::translate("Validators", "Enter the organization ID."));
    }
    if (!isHex32(id)) {
        return Validated<QString>::refuse(QCoreApplication::translate(
            "Validators", "An organization ID is 32 characters long and uses only 0–9 and a–f."));
    }
    return Validated<QString>::accept(id);
}

Validated<QString> runId(const QString &input) {
    const QString id = input.trimmed().toLower();
    if (id.isEmpty()) {
        return Validated<QString>::refuse(
            QCoreApplication::translate("Validators", "Enter the run ID."));
    }
    if (!isHex32(id)) {
        return Validated<QString>::refuse(QCoreApplication::translate(
            "Validators", "A run ID is 32 characters long and uses only 0–9 and a–f."));
    }
    return Validated<QString>::accept(id);
}

Validated<QString> token(const QString &input) {
    QString text = input.trimmed();
    static const QRegularExpression bearer(u"^bearer(\\s+|$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = bearer.match(text);
    if (match.hasMatch()) {
        text = text.mid(match.capturedLength()).trimmed();
    }
    if (text.isEmpty()) {
        return Validated<QString>::refuse(
            QCoreApplication::translate("Validators", "Paste the API token."));
    }
    if (containsWhitespace(text)) {
        return Validated<QString>::refuse(QCoreApplication::translate(
            "Validators",
            "The token must not contain spaces or line breaks. Copy it again from Tallyfy."));
    }
    return Validated<QString>::accept(text);
}

Validated<QString> language(const QString &input) {
    const QString text = input.trimmed();
    static const QRegularExpression pattern(u"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"_s);
    if (!pattern.match(text).hasMatch() || QLocale(text).language() == QLocale::C) {
        return Validated<QString>::refuse(
            QCoreApplication::translate("Validators",
                                        "“%1” is not a language. Use a locale name such as "
                                        "de or pt_BR.")
                .arg(text));
    }
    QString normalized = text;
    normalized.replace(u'-', u'_');
    return Validated<QString>::accept(normalized);
}

Validated<QStringList> includes(const QStringList &names) {
    QStringList result;
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty() || result.contains(name)) {
            continue;
        }
        if (!TaskIncludes::isDocumented(name)) {
            return Validated<QStringList>::refuse(
                QCoreApplication::translate("Validators",
                                            "“%1” is not a known include. Known includes: %2.")
                    .arg(raw.trimmed(), TaskIncludes::documented().join(u", "_s)));
        }
        result.append(name);
    }
    return Validated<QStringList>::accept(result);
}

Validated<QStringList> includes(const QString &commaSeparated) {
    return includes(commaSeparated.split(u','));
}

} // namespace Validators
