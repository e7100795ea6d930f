#include "gui/tasks/TaskListPager.h"

#include "models/TaskListModel.h"

#include <QEvent>
#include <QScrollBar>
#include <QTreeView>

TaskListPager::TaskListPager(QTreeView *view, TaskListModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model) {
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &TaskListPager::update);
    const auto later = [this] { m_pending.start(); };
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, later);
    connect(bar, &QScrollBar::rangeChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &TaskListModel::pageLoaded, this, later);
    view->viewport()->installEventFilter(this);
    update();
}

TaskListPager::~TaskListPager() = default;

bool TaskListPager::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_pending.start();
    return QObject::eventFilter(watched, event);
}

void TaskListPager::update() {
    const int rows = m_model->rowCount();
    const int height = m_view->viewport()->height();
    const int rowHeight = rows > 0 ? m_view->visualRect(m_model->index(0, 0)).height() : 0;
    const int screen = rowHeight > 0 ? std::max(1, height / rowHeight) : 1;
    // The last row shown; all of them when they end above the bottom of the view.
    const QModelIndex bottom = m_view->indexAt(QPoint(1, height - 1));
    const int lastShown = bottom.isValid() ? bottom.row() : rows - 1;
    m_model->setFetchLimit(lastShown + 1 + screen);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}
