#include "models/DisplayFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

QString DisplayFormat::absent() {
    return tr("—");
}

QString DisplayFormat::yesNo(bool value) {
    return value ? tr("Yes") : tr("No");
}

QString DisplayFormat::yesNo(std::optional<bool> value) {
    return value ? yesNo(*value) : absent();
}

QString DisplayFormat::dateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return absent();
    return QLocale().toString(dateTime.toLocalTime(), tr("ddd d MMM yyyy, HH:mm"));
}

QString DisplayFormat::firstLine(const QString &text, int maxLength) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return absent();
    qsizetype end = trimmed.indexOf(u'\n');
    const bool multiLine = end >= 0;
    if (!multiLine)
        end = trimmed.size();
    QString line = trimmed.left(end).trimmed();
    if (line.size() > maxLength)
        return line.left(maxLength).trimmed() + u'…';
    if (multiLine)
        return line + u'…';
    return line;
}

QString DisplayFormat::plainText(const QString &maybeHtml) {
    static const QRegularExpression tag(u"<[a-zA-Z/!][^>]*>"_s);
    if (!maybeHtml.contains(tag))
        return maybeHtml;
    // Block ends become line breaks so that firstLine() sees the paragraphs.
    static const QRegularExpression blockEnd(u"</(p|div|li|h[1-6])>|<br\\s*/?>"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString withBreaks = maybeHtml;
    withBreaks.replace(blockEnd, u"\n"_s);
    withBreaks.remove(tag);
    withBreaks.replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    return withBreaks.trimmed();
}

QString DisplayFormat::orAbsent(const QString &text) {
    return text.isEmpty() ? absent() : text;
}

QString DisplayFormat::elided(const QString &text, qsizetype maxLength) {
    if (maxLength < 1 || text.size() <= maxLength)
        return text;
    qsizetype cut = maxLength;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

QString DisplayFormat::toolTip(const QString &text) {
    if (text.isEmpty())
        return {};
    // Always rich text, so that nothing in `text` decides how it is read.
    return Qt::convertFromPlainText(elided(text), Qt::WhiteSpaceNormal);
}

QVariant DisplayFormat::forView(int role, const QVariant &value) {
    if (value.typeId() != QMetaType::QString)
        return value;
    if (role == Qt::DisplayRole)
        return elided(value.toString());
    if (role == Qt::ToolTipRole)
        return toolTip(value.toString());
    return value;
}
