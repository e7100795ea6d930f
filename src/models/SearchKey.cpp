#include "models/SearchKey.h"

#include <algorithm>
#include <iterator>

namespace {

struct Spelling {
    char16_t letter;
    const char16_t *typed;
};

constexpr Spelling undecomposed[] = {
    {u'ł', u"l"}, {u'Ł', u"l"},  {u'ø', u"o"},  {u'Ø', u"o"},  {u'đ', u"d"},  {u'Đ', u"d"},
    {u'ı', u"i"}, {u'ß', u"ss"}, {u'æ', u"ae"}, {u'Æ', u"ae"}, {u'œ', u"oe"}, {u'Œ', u"oe"},
};

} // namespace

QString SearchKey::fold(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing ||
            c.category() == QChar::Mark_SpacingCombining)
            continue;
        // Latin letters that have no Unicode decomposition but are typed without the accent.
        const auto spelled =
            std::find_if(std::begin(undecomposed), std::end(undecomposed),
                         [c](const Spelling &entry) { return QChar(entry.letter) == c; });
        if (spelled != std::end(undecomposed)) {
            folded.append(spelled->typed);
            continue;
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
