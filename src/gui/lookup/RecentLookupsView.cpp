#include "gui/lookup/RecentLookupsView.h"

#include "ui_RecentLookupsView.h"

#include "gui/lookup/RecentLookupDelegate.h"
#include "models/RecentLookupsModel.h"

#include <QAction>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace {

constexpr int TickMs = 60 * 1000;

bool isTypingKey(const QKeyEvent *key) {
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = key->text();
    return !text.isEmpty() && text.at(0).isPrint();
}

} // namespace

RecentLookupsView::RecentLookupsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecentLookupsView>())
    , m_model(new RecentLookupsModel(this)) {
    m_ui->setupUi(this);
    setObjectName(u"recentLookupsView"_s);

    QListView *list = m_ui->recentListView;
    list->setModel(m_model);
    list->setItemDelegate(new RecentLookupDelegate(list));
    list->setAccessibleName(tr("Recent lookups"));
    m_ui->filterLineEdit->setAccessibleName(tr("Filter recent lookups"));
    m_ui->filterLineEdit->installEventFilter(this);
    list->installEventFilter(this);

    auto *open = new QAction(tr("Open"), list);
    connect(open, &QAction::triggered, this, &RecentLookupsView::openCurrentOrFirst);
    auto *remove = new QAction(tr("Remove from recent lookups"), list);
    connect(remove, &QAction::triggered, this, [this] {
        const QString id = currentTaskId();
        if (!id.isEmpty())
            Q_EMIT removeRequested(id);
    });
    auto *clearAll = new QAction(tr("Clear recent lookups"), list);
    connect(clearAll, &QAction::triggered, this, &RecentLookupsView::clearRequested);
    list->addActions({open, remove, clearAll});
    list->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        updateEmptyState();
    });
    connect(list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(RecentLookupsModel::TaskIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(id);
    });

    // "5 minutes ago" ages while the list is on screen.
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, list->viewport(), qOverload<>(&QWidget::update));
    m_tick.start();
    updateEmptyState();
}

RecentLookupsView::~RecentLookupsView() = default;

void RecentLookupsView::setLookups(const QList<RecentLookup> &lookups) {
    const QString current = currentTaskId();
    m_model->setEntries(lookups);
    // Keep the selection on the same task when the list is reordered.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (shownTaskId(row) == current) {
            m_ui->recentListView->setCurrentIndex(m_model->index(row));
            break;
        }
    }
    updateEmptyState();
}

QString RecentLookupsView::filterText() const {
    return m_ui->filterLineEdit->text();
}

void RecentLookupsView::setFilterText(const QString &text) {
    m_ui->filterLineEdit->setText(text);
}

int RecentLookupsView::shownCount() const {
    return m_model->rowCount();
}

QString RecentLookupsView::shownTaskId(int row) const {
    return m_model->index(row).data(RecentLookupsModel::TaskIdRole).toString();
}

QString RecentLookupsView::currentTaskId() const {
    const QModelIndex current = m_ui->recentListView->currentIndex();
    return current.isValid() ? current.data(RecentLookupsModel::TaskIdRole).toString() : QString();
}

QListView *RecentLookupsView::listView() const {
    return m_ui->recentListView;
}

void RecentLookupsView::openCurrentOrFirst() {
    QString id = currentTaskId();
    if (id.isEmpty() && shownCount() > 0)
        id = shownTaskId(0);
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
}

void RecentLookupsView::updateEmptyState() {
    const bool empty = m_model->entries().isEmpty();
    m_ui->emptyLabel->setVisible(empty || shownCount() == 0);
    m_ui->emptyLabel->setText(empty ? tr("Tasks you look up appear here.")
                                    : tr("No recent lookup matches the filter."));
}

bool RecentLookupsView::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    QListView *list = m_ui->recentListView;

    if (watched == m_ui->filterLineEdit) {
        if (enter) {
            openCurrentOrFirst();
            return true;
        }
        if (key->key() == Qt::Key_Down && shownCount() > 0) {
            list->setFocus(Qt::TabFocusReason);
            if (!list->currentIndex().isValid())
                list->setCurrentIndex(m_model->index(0));
            return true;
        }
        return false;
    }
    if (watched == list) {
        if (enter) {
            openCurrentOrFirst();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            const QString id = currentTaskId();
            if (!id.isEmpty())
                Q_EMIT removeRequested(id);
            return true;
        }
        if (isTypingKey(key) || key->key() == Qt::Key_Backspace) {
            // Typing in the list filters it, instead of the view's jump-to-prefix.
            QLineEdit *filter = m_ui->filterLineEdit;
            filter->setFocus(Qt::OtherFocusReason);
            if (key->key() == Qt::Key_Backspace)
                filter->backspace();
            else
                filter->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
