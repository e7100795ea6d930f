#include "models/SearchKey.h"

QString SearchKey::fold(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing ||
            c.category() == QChar::Mark_SpacingCombining)
            continue;
        // Latin letters that have no Unicode decomposition but are typed without the accent.
        switch (c.unicode()) {
        case u'ł':
        case u'Ł':
            folded.append(u'l');
            continue;
        case u'ø':
        case u'Ø':
            folded.append(u'o');
            continue;
        case u'đ':
        case u'Đ':
            folded.append(u'd');
            continue;
        case u'ı':
            folded.append(u'i');
            continue;
        case u'ß':
            folded.append(u"ss");
            continue;
        case u'æ':
        case u'Æ':
            folded.append(u"ae");
            continue;
        case u'œ':
        case u'Œ':
            folded.append(u"oe");
            continue;
        default:
            break;
        }
        folded.append(c);
    }
    return folded.toCaseFolded();
}

QStringList SearchKey::queryWords(const QString &query) {
    return fold(query).simplified().split(u' ', Qt::SkipEmptyParts);
}

bool SearchKey::matchesAll(QStringView key, const QStringList &words) {
    for (const QString &word : words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}
