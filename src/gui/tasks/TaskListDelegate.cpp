#include "gui/tasks/TaskListDelegate.h"

#include "gui/widgets/RelativeTime.h"
#include "gui/widgets/StatusColors.h"
#include "models/TaskListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

TaskListDelegate::TaskListDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

TaskListDelegate::~TaskListDelegate() = default;

void TaskListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const {
    // TaskListModel gives text only (no font, alignment, colour, check state, icon or
    // background roles): ask for it alone, not for the seven roles the base class asks for on
    // every cell of every repaint.
    option->index = index;
    option->text = index.data(Qt::DisplayRole).toString();
    if (!option->text.isEmpty())
        option->features |= QStyleOptionViewItem::HasDisplay;
    option->backgroundBrush = {};
    option->styleObject = nullptr;
    if (index.column() != TaskListModel::DeadlineColumn)
        return;
    const QDateTime deadline = index.data(TaskListModel::DeadlineRole).toDateTime();
    if (!deadline.isValid())
        return;
    option->text = deadlineText(option->text, deadline);
    if (index.data(TaskListModel::OverdueRole).toBool() &&
        !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, StatusColors::errorText(option->palette));
}

QString TaskListDelegate::deadlineText(const QString &dateText, const QDateTime &deadline,
                                       const QDateTime &now) {
    return dateText + u" · "_s + RelativeTime::deadline(deadline, now);
}

void TaskListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = cell.text;
    // The cell without its text: background, selection, focus, as the style draws them. A plain
    // cell has none of them (the row's own background is drawn by the view), so most of a
    // screen of rows skips the style.
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    constexpr QStyle::State Marked =
        QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver;
    if ((cell.state & Marked) || cell.backgroundBrush.style() != Qt::NoBrush ||
        (cell.features & ~QStyleOptionViewItem::Alternate))
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    // The text where QCommonStyle puts it: inside the focus frame's margin, in the text colour
    // of the cell's state. Elided to the room it has, so it needs no clipping.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = cell.rect.adjusted(margin, 0, -margin, 0);
    const QStaticText &line = m_texts.line(text, cell.font, area.width(), cell.textElideMode);
    QPalette::ColorGroup group =
        cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role =
        cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect placed =
        QStyle::alignedRect(cell.direction, cell.displayAlignment, line.size().toSize(), area);
    const QPen pen = painter->pen();
    const QFont font = painter->font();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, role));
    painter->drawStaticText(placed.topLeft(), line);
    painter->setPen(pen);
    painter->setFont(font);
}
