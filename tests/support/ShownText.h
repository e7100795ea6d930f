#pragma once

// What a person sees of a label or a tooltip: the text as Qt renders it. A QLabel left at
// Qt::AutoText and every tooltip render rich text when Qt::mightBeRichText() says so; these
// helpers do the same, so that a test can assert that server text is shown literally.

#include <QString>
#include <QTextDocument>
#include <QVariant>

namespace ShownText {

/// `html` rendered to plain text, line breaks as '\n' (a rendered <br> is U+2028).
inline QString rendered(const QString &html) {
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().replace(QChar(0x2028), u'\n');
}

/// The text `label` (a QLabel) shows. A template, so that tests without Qt Widgets can include
/// this header too.
template<typename Label>
QString ofLabel(const Label *label) {
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? rendered(text) : text;
}

/// The text a tooltip shows.
inline QString ofToolTip(const QString &toolTip) {
    return Qt::mightBeRichText(toolTip) ? rendered(toolTip) : toolTip;
}

/// The text a tooltip shows, from a model's Qt::ToolTipRole.
inline QString ofToolTip(const QVariant &toolTip) {
    return ofToolTip(toolTip.toString());
}

} // namespace ShownText
