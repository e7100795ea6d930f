#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QString>

/// Lines of text shaped once and drawn many times: the text elided to a width in a font, as a
/// QStaticText that keeps its glyph positions. A list repaints the same few hundred cells on
/// every keystroke and scroll step; shaping their text again each time (what QStyledItemDelegate
/// does, three times a cell) is most of the cost of a repaint.
///
/// Holds at most `capacity` lines (at least one) (least recently used go first) in one font: asking
/// in another font starts over.
class ShapedTextCache final {
    Q_DISABLE_COPY_MOVE(ShapedTextCache)

public:
    explicit ShapedTextCache(int capacity = 2000);
    ~ShapedTextCache();

    /// `text` in `font`, elided with `mode` to at most `width` pixels, ready to draw; valid until
    /// the next call.
    [[nodiscard]] const QStaticText &line(const QString &text, const QFont &font, int width,
                                          Qt::TextElideMode mode);
    /// How many lines are held.
    [[nodiscard]] int size() const;

private:
    struct Key {
        QString text;
        int width = 0;
        Qt::TextElideMode mode = Qt::ElideRight;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) {
            return qHashMulti(seed, key.text, key.width, int(key.mode));
        }
    };

    QFont m_font;
    QCache<Key, QStaticText> m_lines;
};
