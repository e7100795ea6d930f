#include "gui/widgets/SafeTextBrowser.h"

#include <QDesktopServices>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSafeText, "taskdesk.ui.description", QtInfoMsg)

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
}

SafeTextBrowser::~SafeTextBrowser() = default;

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name) {
    Q_UNUSED(type)
    ++m_blocked;
    qCDebug(lcSafeText) << "blocked a resource of the description:" << name.scheme();
    // Not a null QVariant: on a null answer QTextDocument goes on to read local files and
    // data: URLs itself. An empty value ends the search; an image then shows as missing.
    return QVariant(QByteArray());
}

bool SafeTextBrowser::openClickedLink(const QUrl &url) {
    // The link is the author's: open only what a browser or mail program handles.
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http") &&
        scheme != QLatin1String("mailto"))
        return false;
    QDesktopServices::openUrl(url);
    return true;
}
