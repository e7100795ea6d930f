#include "gui/tasks/TaskListDelegate.h"

#include "gui/widgets/RelativeTime.h"
#include "gui/widgets/StatusColors.h"
#include "models/TaskListModel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

TaskListDelegate::TaskListDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

TaskListDelegate::~TaskListDelegate() = default;

void TaskListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != TaskListModel::DeadlineColumn)
        return;
    const QDateTime deadline = index.data(TaskListModel::DeadlineRole).toDateTime();
    if (!deadline.isValid())
        return;
    option->text += u" · "_s + RelativeTime::deadline(deadline);
    if (index.data(TaskListModel::OverdueRole).toBool() &&
        !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, StatusColors::errorText(option->palette));
}
