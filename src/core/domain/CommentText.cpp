#include "core/domain/CommentText.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

QString CommentText::toHtml(const QString &plain) {
    QString text = plain;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    static const QRegularExpression blankLines(u"\n[ \t]*\n+"_s);
    QString html;
    for (const QString &paragraph : text.split(blankLines, Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += u"<p>"_s + trimmed.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
    }
    return html;
}
