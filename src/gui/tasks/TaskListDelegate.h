#pragma once

#include <QStyledItemDelegate>

/// Draws the Tasks list's deadline column as the local date with a phrase ("overdue by 2 days",
/// "due in 3 hours"), in the error colour when the task is overdue; other cells as usual.
class TaskListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListDelegate)

public:
    explicit TaskListDelegate(QObject *parent = nullptr);
    ~TaskListDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
