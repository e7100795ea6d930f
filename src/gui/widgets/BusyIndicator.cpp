#include "gui/widgets/BusyIndicator.h"

#include <QWidget>

BusyIndicator::BusyIndicator(const QList<QWidget *> &widgets, QObject *parent)
    : QObject(parent) {
    for (QWidget *widget : widgets) {
        // A sign keeps its place while hidden: nothing around it moves when it shows.
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
        m_widgets.append(widget);
        connect(widget, &QObject::destroyed, this, [this, widget] { m_widgets.removeAll(widget); });
    }
    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    connect(&m_delay, &QTimer::timeout, this, [this] { setShown(true); });
    setShown(false);
}

BusyIndicator::~BusyIndicator() = default;

void BusyIndicator::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        m_delay.start();
    } else {
        m_delay.stop();
        setShown(false);
    }
}

void BusyIndicator::setShown(bool shown) {
    for (QWidget *widget : std::as_const(m_widgets))
        widget->setVisible(shown);
    if (shown == m_shown)
        return;
    m_shown = shown;
    Q_EMIT shownChanged(shown);
}
