#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// Case- and accent-insensitive search text: "José Núñez" and "jose nunez" fold to the same
/// key. Keys are computed once per entry; a query is folded once per keystroke and split into
/// words that must all occur in the key.
class SearchKey final {
public:
    SearchKey() = delete;

    /// Compatibility-decomposed, combining marks dropped, case-folded.
    [[nodiscard]] static QString fold(const QString &text);
    /// The folded words of a query (empty for a blank query).
    [[nodiscard]] static QStringList queryWords(const QString &query);
    /// True when every word occurs in `key` (an empty word list matches everything).
    [[nodiscard]] static bool matchesAll(QStringView key, const QStringList &words);
};
