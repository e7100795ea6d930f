#include "gui/tasks/TaskListRowMenu.h"

#include "core/session/Session.h"
#include "models/TaskListModel.h"
#include "models/WebAppLink.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QShortcut>
#include <QTreeView>

using namespace Qt::StringLiterals;

TaskListRowMenu::TaskListRowMenu(QTreeView *tree, const TaskListModel *model,
                                 const Session &session)
    : QObject(tree)
    , m_tree(tree)
    , m_model(model)
    , m_session(session) {
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QTreeView::customContextMenuRequested, this, &TaskListRowMenu::show);
    auto *copy = new QShortcut(QKeySequence::Copy, tree);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &TaskListRowMenu::copyId);
}

TaskListRowMenu::~TaskListRowMenu() = default;

void TaskListRowMenu::copyId() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->item(current.row()).id;
    QGuiApplication::clipboard()->setText(id);
    Q_EMIT statusMessage(tr("Copied task ID %1").arg(id));
}

void TaskListRowMenu::show(const QPoint &position) {
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    const TaskListItem item = m_model->item(index.row());
    const QUrl link =
        WebAppLink::taskPage(m_session.serverUrl(), m_session.organizationId(), item.id);
    QMenu menu(m_tree);
    menu.addAction(tr("&Open"), this, [this, index] { Q_EMIT openRequested(index); });
    menu.addAction(tr("Copy &ID"), this, &TaskListRowMenu::copyId);
    QAction *copyLink = menu.addAction(
        tr("Copy &link"), this, [link] { QGuiApplication::clipboard()->setText(link.toString()); });
    QAction *browser =
        menu.addAction(tr("Open in &browser"), this, [link] { QDesktopServices::openUrl(link); });
    copyLink->setEnabled(link.isValid());
    browser->setEnabled(link.isValid());
    // The actions the row's task takes, as far as the list knows it: each opens the task in
    // Look up, which reads it and acts there (with its confirmation and its outcome in view).
    Task known;
    known.id = item.id;
    known.runId = item.runId;
    known.status = item.status;
    known.taskType = item.taskType;
    const QList<TaskAction> actions = TaskActionPlan::available(known);
    if (!actions.isEmpty())
        menu.addSeparator();
    for (const TaskAction action : actions) {
        QAction *entry =
            menu.addAction(TaskActionPlan::label(action) + u"…"_s, this, [this, item, action] {
                Q_EMIT actionRequested(item.id, item.runId, action);
            });
        entry->setObjectName(u"taskAction"_s + QString::number(int(action)));
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}
