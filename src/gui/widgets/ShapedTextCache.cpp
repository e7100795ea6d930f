#include "gui/widgets/ShapedTextCache.h"

#include <QFontMetrics>

#include <algorithm>

ShapedTextCache::ShapedTextCache(int capacity)
    : m_lines(std::max(capacity, 1)) {}

ShapedTextCache::~ShapedTextCache() = default;

const QStaticText &ShapedTextCache::line(const QString &text, const QFont &font, int width,
                                         Qt::TextElideMode mode) {
    if (font != m_font) {
        m_lines.clear();
        m_font = font;
    }
    Key key{text, width, mode};
    if (const QStaticText *held = m_lines.object(key))
        return *held;
    // Shaped once as it is; shaped again only when it does not fit and must be elided.
    auto *line = new QStaticText(text);
    line->setTextFormat(Qt::PlainText);
    line->prepare(QTransform(), font);
    if (mode != Qt::ElideNone && line->size().width() > width) {
        line->setText(QFontMetrics(font).elidedText(text, mode, width));
        line->prepare(QTransform(), font);
    }
    m_lines.insert(std::move(key), line); // the newest line is the last to go: it stays
    return *line;
}

int ShapedTextCache::size() const {
    return int(m_lines.size());
}
