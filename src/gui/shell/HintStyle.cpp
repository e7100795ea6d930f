#include "gui/shell/HintStyle.h"

#include <QColor>
#include <QFont>
#include <QLabel>
#include <QPalette>

namespace HintStyle {

void apply(QLabel *label, bool problem, bool quiet) {
    QFont font = label->font();
    font.setBold(problem);
    label->setFont(font);
    QPalette palette =
        label->parentWidget() != nullptr ? label->parentWidget()->palette() : label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (problem) {
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xef, 0x6c, 0x6c) : QColor(0xb7, 0x1c, 0x1c));
    } else if (quiet) {
        // Between text and background, keeping a contrast of about 7:1.
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        auto mix = [](int a, int b) { return (a * 65 + b * 35) / 100; };
        palette.setColor(QPalette::WindowText,
                         QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                                mix(text.blue(), window.blue())));
    }
    label->setPalette(palette);
    label->setProperty("problem", problem);
}

} // namespace HintStyle
