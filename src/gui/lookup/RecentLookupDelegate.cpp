#include "gui/lookup/RecentLookupDelegate.h"

#include "gui/widgets/RelativeTime.h"
#include "models/RecentLookupsModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int Padding = 4;
constexpr int ShownIdCharacters = 8;

QFont detailFont(const QFont &base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

} // namespace

RecentLookupDelegate::RecentLookupDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

RecentLookupDelegate::~RecentLookupDelegate() = default;

QString RecentLookupDelegate::detailText(const QModelIndex &index) {
    const QString id = index.data(RecentLookupsModel::TaskIdRole).toString();
    const QDateTime when = index.data(RecentLookupsModel::WhenRole).toDateTime();
    const QString shortId = id.left(ShownIdCharacters) + u"…"_s;
    const QString ago = RelativeTime::ago(when);
    return ago.isEmpty() ? shortId : u"%1 · %2"_s.arg(ago, shortId);
}

void RecentLookupDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QRect area = opt.rect.adjusted(Padding * 2, Padding, -Padding * 2, -Padding);
    const QFontMetrics titleMetrics(opt.font);
    const QFont smaller = detailFont(opt.font);
    const QFontMetrics detailMetrics(smaller);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(smaller);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect detailRect(area.left(), titleRect.bottom() + 1, area.width(),
                           detailMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(detailText(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize RecentLookupDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    Q_UNUSED(index)
    const QFontMetrics titleMetrics(option.font);
    const QFontMetrics detailMetrics(detailFont(option.font));
    return {Padding * 4 + titleMetrics.averageCharWidth() * 24,
            Padding * 2 + titleMetrics.height() + 1 + detailMetrics.height()};
}
