#pragma once

#include <QObject>
#include <QTimer>

class QTreeView;
class TaskListModel;

/// Loads a TaskListModel's pages as its QTreeView scrolls, and only then. A QTreeView asks its
/// model for more rows (canFetchMore/fetchMore) each time it lays them out, not only when its
/// last row shows: every page would bring the next, and a list of 100,000 tasks would load whole
/// with nobody scrolling. The pager keeps the model's fetch limit at one screen of rows below the
/// last row shown, so that the next page is asked for when the reader is a screen from the end,
/// and asks for it itself when the rows do not fill the view (a short page, a local search that
/// hides most rows). Works out what it needs once per turn of the event loop.
class TaskListPager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListPager)

public:
    /// `view` shows `model` (neither owned; the pager is a child of `view`).
    TaskListPager(QTreeView *view, TaskListModel *model);
    ~TaskListPager() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QTreeView *m_view;
    TaskListModel *m_model;
    QObject *m_viewport;
    QTimer m_pending;
};
