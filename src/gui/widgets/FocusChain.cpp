#include "gui/widgets/FocusChain.h"

#include <QWidget>

namespace FocusChain {

void placeAfter(QWidget *anchor, const QList<QWidget *> &widgets) {
    QWidget *previous = anchor;
    for (QWidget *widget : widgets) {
        if (widget == nullptr || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous != nullptr)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace FocusChain
