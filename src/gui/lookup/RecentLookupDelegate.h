#pragma once

#include <QStyledItemDelegate>

/// Draws one recent lookup in two lines: the title, and under it when it was looked up and the
/// start of the task ID, so that a narrow side list still tells the entries apart.
class RecentLookupDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentLookupDelegate)

public:
    explicit RecentLookupDelegate(QObject *parent = nullptr);
    ~RecentLookupDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    /// The second line: "5 minutes ago · 7d2e4f6a…".
    [[nodiscard]] static QString detailText(const QModelIndex &index);
};
