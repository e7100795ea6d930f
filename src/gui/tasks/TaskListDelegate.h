#pragma once

#include "gui/widgets/ShapedTextCache.h"

#include <QDateTime>
#include <QStyledItemDelegate>

/// Draws the Tasks list's deadline column as the local date with a phrase ("overdue by 2 days",
/// "due in 3 hours"), in the error colour when the task is overdue; other cells as usual.
///
/// The text of every cell is drawn from a ShapedTextCache: the style draws the cell without its
/// text (background, selection, focus), then the text shaped once is drawn where the style would
/// put it. A repaint of the visible rows (each keystroke in Search, each scroll step) then costs
/// no text shaping for the rows already seen.
class TaskListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListDelegate)

public:
    explicit TaskListDelegate(QObject *parent = nullptr);
    ~TaskListDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// The deadline cell's text: `dateText` (the local date the model gives) and the phrase for
    /// `deadline` at `now` ("Fri 4 Sep 2026, 17:00 · overdue by 91 days").
    [[nodiscard]] static QString
    deadlineText(const QString &dateText, const QDateTime &deadline,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable ShapedTextCache m_texts;
};
