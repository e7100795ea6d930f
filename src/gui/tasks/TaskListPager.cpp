#include "gui/tasks/TaskListPager.h"

#include "models/TaskListModel.h"

#include <QEvent>
#include <QScrollBar>
#include <QTreeView>

TaskListPager::TaskListPager(QTreeView *view, TaskListModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
    , m_viewport(view->viewport()) {
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &TaskListPager::update);
    const auto later = [this] { m_pending.start(); };
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, later);
    connect(bar, &QScrollBar::rangeChanged, this, later);
    connect(model, &TaskListModel::pageLoaded, this, later);         // after every page's rows
    connect(model, &QAbstractItemModel::modelReset, this, later);    // another list: start over
    connect(model, &QAbstractItemModel::layoutChanged, this, later); // a search
    m_viewport->installEventFilter(this);
    update();
}

TaskListPager::~TaskListPager() = default;

bool TaskListPager::eventFilter(QObject *watched, QEvent *event) {
    // The stored viewport, not m_view->viewport(): events still come while the view dies.
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_pending.start();
    return QObject::eventFilter(watched, event);
}

void TaskListPager::update() {
    const int rows = m_model->rowCount();
    const QScrollBar *bar = m_view->verticalScrollBar();
    int screen = 1;
    int lastShown = rows - 1; // all of them while they do not fill the view
    if (bar->maximum() > 0) {
        if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem) {
            // The scroll bar counts rows: its value is the first row shown, its page the rows
            // that fit. Read from it, nothing forces the view to lay its rows out now.
            screen = std::max(1, bar->pageStep());
            lastShown = bar->value() + screen - 1;
        } else {
            const int height = m_view->viewport()->height();
            const QModelIndex top = m_view->indexAt(QPoint(1, 0));
            const QModelIndex bottom = m_view->indexAt(QPoint(1, height - 1));
            if (top.isValid() && bottom.isValid()) {
                screen = bottom.row() - top.row() + 1;
                lastShown = bottom.row();
            }
        }
    }
    m_model->setFetchLimit(lastShown + 1 + screen);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}
