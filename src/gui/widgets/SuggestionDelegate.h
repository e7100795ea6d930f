#pragma once

#include <QStyledItemDelegate>

/// Draws a suggestion as its name followed by a dimmer second text (an email, "Group", "New
/// guest"), so that two people with the same name can be told apart.
class SuggestionDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionDelegate)

public:
    /// `secondaryRole` holds the second text; nothing is drawn for it when it is 0.
    explicit SuggestionDelegate(int secondaryRole, QObject *parent = nullptr);
    ~SuggestionDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

private:
    int m_secondaryRole;
};
