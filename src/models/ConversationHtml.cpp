#include "models/ConversationHtml.h"

#include "core/domain/SafeHtml.h"
#include "models/DisplayFormat.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

QString ConversationHtml::badge(const Thread &thread) {
    if (thread.label == "problem"_L1)
        return thread.isOpenProblem() ? tr("Problem") : tr("Resolved problem");
    if (thread.label == "resolve"_L1)
        return tr("Resolution");
    if (thread.label == "improvement"_L1)
        return tr("Improvement");
    if (thread.label == "advice"_L1)
        return tr("Advice");
    if (thread.label.isEmpty() || thread.label == "comment"_L1)
        return {};
    return thread.label; // an unknown kind, shown as it came
}

QString ConversationHtml::withMentionNames(const QString &html, const NameDirectory &names) {
    static const QRegularExpression mention(u"@\\[(\\d{1,18})\\]"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = mention.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(html).sliced(from, match.capturedStart() - from);
        const NameDirectory::Name name = names.member(match.captured(1).toLongLong());
        out += u"<b>@"_s + name.text.toHtmlEscaped() + u"</b>"_s;
        from = match.capturedEnd();
    }
    out += QStringView(html).sliced(from);
    return out;
}

QString ConversationHtml::render(const QList<Thread> &threads, const NameDirectory &names,
                                 const Colors &colors) {
    QList<Thread> ordered = threads;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Thread &a, const Thread &b) {
        return a.createdAt.isValid() && b.createdAt.isValid() && a.createdAt < b.createdAt;
    });
    QString html;
    for (const Thread &thread : std::as_const(ordered)) {
        const QString author = thread.authorId ? names.member(*thread.authorId).text
                                               : tr("Someone outside the organization");
        QString line = u"<b>"_s + author.toHtmlEscaped() + u"</b>"_s + u" <span style=\"color:"_s +
                       colors.muted + u"\">"_s +
                       DisplayFormat::dateTime(thread.createdAt).toHtmlEscaped() + u"</span>"_s;
        const QString kind = badge(thread);
        if (!kind.isEmpty()) {
            const QString color = thread.isOpenProblem() ? colors.problem
                                  : thread.label == "problem"_L1 || thread.label == "resolve"_L1
                                      ? colors.resolved
                                      : colors.other;
            line += u" <b style=\"color:"_s + color + u"\">["_s + kind.toHtmlEscaped() + u"]</b>"_s;
        }
        if (thread.state == "hide-for-guests"_L1) {
            line += u" <span style=\"color:"_s + colors.muted + u"\">"_s +
                    tr("(hidden from guests)").toHtmlEscaped() + u"</span>"_s;
        }
        const SafeHtml::Cleaned content = SafeHtml::clean(thread.content);
        QString body = withMentionNames(content.html, names);
        if (content.truncated) {
            body += u"<p style=\"color:"_s + colors.muted + u"\">"_s +
                    tr("(The comment is too long to show in full.)").toHtmlEscaped() + u"</p>"_s;
        }
        html += u"<div><p style=\"margin-bottom:0\">"_s + line + u"</p><div>"_s + body +
                u"</div></div><hr>"_s;
    }
    return html;
}
