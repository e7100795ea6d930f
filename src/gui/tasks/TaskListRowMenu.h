#pragma once

#include "core/domain/TaskActionPlan.h"

#include <QObject>

class QModelIndex;
class QPoint;
class QTreeView;
class Session;
class TaskListModel;

/// What a row of the Tasks list offers besides opening it: the context menu (Open, Copy ID,
/// Copy link, Open in browser, and the actions its task takes as far as the list knows it) and
/// Ctrl+C, which copies the current row's task ID. Belongs to the list's view.
class TaskListRowMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListRowMenu)

public:
    /// Takes over `tree`'s context menu; `model` is the list's, `session` names the web app's
    /// server and organization for the task's link.
    TaskListRowMenu(QTreeView *tree, const TaskListModel *model, const Session &session);
    ~TaskListRowMenu() override;

Q_SIGNALS:
    void openRequested(const QModelIndex &index);
    /// `action` on the row's task: the task is to be opened, and acted on there.
    void actionRequested(const QString &taskId, const QString &runId, TaskAction action);
    void statusMessage(const QString &text);

private:
    /// Copies the current row's task ID and says so.
    void copyId();
    void show(const QPoint &position);

    QTreeView *m_tree;
    const TaskListModel *m_model;
    const Session &m_session;
};
