#include "gui/widgets/SuggestionDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

SuggestionDelegate::SuggestionDelegate(int secondaryRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_secondaryRole(secondaryRole) {}

SuggestionDelegate::~SuggestionDelegate() = default;

void SuggestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString secondary =
        m_secondaryRole != 0 ? index.data(m_secondaryRole).toString() : QString();
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) != 0 ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics metrics(opt.font);
    const QString shownName = metrics.elidedText(name, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shownName);
    const int used =
        metrics.horizontalAdvance(shownName) + metrics.horizontalAdvance(QChar(u' ')) * 3;
    if (!secondary.isEmpty() && used < textRect.width()) {
        QRect rest = textRect;
        rest.setLeft(textRect.left() + used);
        // Dimmed beside the name, except on the selection's colour, where a dimmed text would
        // fall below a readable contrast.
        QColor dim =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected)
            dim.setAlphaF(0.65f);
        painter->setPen(dim);
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(secondary, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

QSize SuggestionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6));
    return size;
}
