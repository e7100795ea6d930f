#include "gui/tasks/TasksPane.h"

#include "ui_TasksPane.h"

#include "core/api/ApiErrorText.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "gui/tasks/TaskListColumns.h"
#include "gui/tasks/TaskListDelegate.h"
#include "gui/tasks/TaskListFilters.h"
#include "gui/tasks/TaskListPager.h"
#include "gui/tasks/TaskListRowMenu.h"
#include "gui/tasks/TaskListSentences.h"
#include "gui/widgets/BusyIndicator.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"
#include "models/NameDirectory.h"
#include "models/TaskListModel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>
#include <QTabBar>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// The directory list the picker of list `show` is filled from: members for "Assigned to…",
/// processes for "In a process…"; none for the lists without a picker.
std::optional<DirectoryCache::What> pickerList(TaskListQuery::Show show) {
    switch (show) {
    case TaskListQuery::Show::Member:
        return DirectoryCache::What::Members;
    case TaskListQuery::Show::Run:
        return DirectoryCache::What::Runs;
    case TaskListQuery::Show::Mine:
    case TaskListQuery::Show::All:
        break;
    }
    return std::nullopt;
}

} // namespace

using Q = TaskListQuery;

TasksPane::TasksPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TasksPane>())
    , m_session(session)
    , m_model(new TaskListModel(session.taskLists(), this)) {
    m_ui->setupUi(this);
    setObjectName(u"tasksPane"_s);
    setUpFilters();
    setUpList();

    connect(&m_session, &Session::stateChanged, this, &TasksPane::onSessionChanged);
    connect(&m_session, &Session::targetChanged, this, &TasksPane::onSessionChanged);
    DirectoryCache *cache = m_session.cache();
    connect(cache, &DirectoryCache::loaded, this, [this, cache](DirectoryCache::What what) {
        if (what == DirectoryCache::What::Members || what == DirectoryCache::What::Groups)
            m_model->setDirectory(NameDirectory(cache->members(), cache->groups()));
        if (what == DirectoryCache::What::Runs)
            m_model->setProcesses(cache->runs());
        if (what == DirectoryCache::What::Members || what == DirectoryCache::What::Runs)
            onPickerLoaded(what);
    });
    connect(cache, &DirectoryCache::failed, this, &TasksPane::onPickerFailed);
    // A pane built after the names arrived (another tab was shown first) starts with them.
    m_model->setDirectory(NameDirectory(cache->members(), cache->groups()));
    m_model->setProcesses(cache->runs());
    updateStates();
}

TasksPane::~TasksPane() = default;

void TasksPane::setUpFilters() {
    Ui::TasksPane &ui = *m_ui;
    TaskListFilters::fillShows(*ui.showComboBox);
    ui.memberComboBox->setAccessibleName(tr("Member"));
    ui.memberComboBox->hide();
    ui.runComboBox->setAccessibleName(tr("Process"));
    ui.runComboBox->hide();
    TaskListFilters::fillStatuses(*ui.statusComboBox);
    TaskListFilters::fillTypes(*ui.typeComboBox);
    fillSorts();

    // A filter is as wide as its longest choice (in the language shown); a member's or
    // process's name can be long, so those pickers have a fixed width and their popups show the
    // whole names.
    for (QComboBox *box : {ui.showComboBox, ui.statusComboBox, ui.sortComboBox, ui.typeComboBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *box : {ui.memberComboBox, ui.runComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }

    ui.errorFrame->setAccessibleName(tr("Task list error"));
    PaletteFollower::follow(ui.errorFrame, [frame = ui.errorFrame] {
        frame->setStyleSheet(
            StatusColors::frameStyle(u"QFrame#errorFrame"_s, StatusColors::Tone::Error));
    });
    // The hint takes the room it is given and never widens the filter bar's columns (which
    // would move the filters beside it while the user types).
    ui.searchHintLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    ui.busyProgressBar->setAccessibleName(tr("Loading tasks"));
    m_busy = new BusyIndicator({ui.busyProgressBar}, this); // shows for a slow page only
    ui.refreshPushButton->setToolTip(tr("Load the list again (F5)"));

    for (QComboBox *box : {ui.showComboBox, ui.memberComboBox, ui.runComboBox, ui.statusComboBox,
                           ui.sortComboBox, ui.typeComboBox}) {
        connect(box, &QComboBox::activated, this, [this](int) {
            if (sender() == m_ui->showComboBox) {
                fillSorts();
                fillPickers();
            }
            applyQuery();
        });
    }
    connect(ui.oneOffCheckBox, &QCheckBox::toggled, this, &TasksPane::applyQuery);
    // Server search waits for a pause in typing; local search filters at once.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(350);
    connect(typing, &QTimer::timeout, this, &TasksPane::applyQuery);
    connect(ui.searchLineEdit, &QLineEdit::textChanged, this, [this, typing] {
        updateSearchHint();
        if (query().show == Q::Show::All) {
            typing->start();
            return;
        }
        m_model->setSearch(m_ui->searchLineEdit->text());
        updateStates();
    });
    connect(ui.refreshPushButton, &QPushButton::clicked, this, &TasksPane::refresh);
    connect(ui.retryPushButton, &QPushButton::clicked, this, &TasksPane::retry);
    // The pane's keys work wherever the focus is in the window (the tab bar, the status bar)
    // while the pane shows; a hidden pane's shortcuts are off.
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WindowShortcut);
    connect(f5, &QShortcut::activated, this, &TasksPane::refresh);
    // Ctrl+F goes to Search, its text selected to be typed over.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    ui.searchLineEdit->installEventFilter(this); // Down goes on to the list: eventFilter()
}

void TasksPane::setUpList() {
    QTreeView *tree = m_ui->tasksTreeView;
    tree->setModel(m_model);
    tree->setItemDelegate(new TaskListDelegate(tree));
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = tree->header();
    tree->viewport()->installEventFilter(this);
    if (!header->restoreState(m_session.settings()->taskListHeader()))
        resetColumnWidths();
    connect(header, &QHeaderView::sectionResized, this,
            [this, header] { m_session.settings()->setTaskListHeader(header->saveState()); });
    // A right click on the column titles offers the widths a new list starts with.
    auto *resetColumns = new QAction(tr("Reset column widths"), header);
    resetColumns->setObjectName(u"resetColumnsAction"_s);
    connect(resetColumns, &QAction::triggered, this, &TasksPane::resetColumnWidths);
    header->addAction(resetColumns);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The server sorts, not the view: a click on a column the server sorts by picks that sort.
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sectionClicked, this, &TasksPane::sortByColumn);

    connect(tree, &QTreeView::activated, this, &TasksPane::openIndex);
    auto *rowMenu = new TaskListRowMenu(tree, m_model, m_session);
    connect(rowMenu, &TaskListRowMenu::openRequested, this, &TasksPane::openIndex);
    connect(rowMenu, &TaskListRowMenu::actionRequested, this, &TasksPane::actionRequested);
    connect(rowMenu, &TaskListRowMenu::statusMessage, this, &TasksPane::statusMessage);

    connect(m_model, &TaskListModel::loadingChanged, this, &TasksPane::onLoadingChanged);
    connect(m_model, &TaskListModel::failed, this, &TasksPane::onFailed);
    connect(m_model, &TaskListModel::pageLoaded, this, &TasksPane::updateStates);
    new TaskListPager(tree, m_model); // pages as the view scrolls, and only then
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPane::updateStates);
}

void TasksPane::fillSorts() {
    TaskListFilters::fillSorts(*m_ui->sortComboBox,
                               Q::Show(m_ui->showComboBox->currentData().toInt()));
}

void TasksPane::fillPickers() {
    const auto show = Q::Show(m_ui->showComboBox->currentData().toInt());
    m_ui->memberComboBox->setVisible(show == Q::Show::Member);
    m_ui->runComboBox->setVisible(show == Q::Show::Run);
    DirectoryCache *cache = m_session.cache();
    if (const std::optional<DirectoryCache::What> list = pickerList(show))
        cache->ensure(*list);
    if (show == Q::Show::Member)
        TaskListFilters::fillMembers(*m_ui->memberComboBox, *cache);
    if (show == Q::Show::Run)
        TaskListFilters::fillRuns(*m_ui->runComboBox, *cache);
}

TaskListQuery TasksPane::query() const {
    TaskListQuery query;
    query.show = Q::Show(m_ui->showComboBox->currentData().toInt());
    query.memberId = m_ui->memberComboBox->currentData().toLongLong();
    query.runId = m_ui->runComboBox->currentData().toString();
    query.status = Q::Status(m_ui->statusComboBox->currentData().toInt());
    query.sort = Q::Sort(m_ui->sortComboBox->currentData().toInt());
    query.type = Q::Type(m_ui->typeComboBox->currentData().toInt());
    query.oneOffOnly = m_ui->oneOffCheckBox->isChecked();
    if (query.show == Q::Show::All)
        query.search = m_ui->searchLineEdit->text().trimmed();
    return query;
}

void TasksPane::applyQuery() {
    if (m_restoring || !m_session.isReady())
        return;
    const TaskListQuery wanted = query();
    // A member or process list needs its member or process first; the rows of the list shown
    // before are not this one's.
    if (waitsForPicker()) {
        m_model->clear();
        updateStates();
        return;
    }
    m_ui->oneOffCheckBox->setEnabled(wanted.oneOffFilterOnServer() || wanted.show != Q::Show::Run);
    m_model->setSearch(wanted.show == Q::Show::All ? QString() : m_ui->searchLineEdit->text());
    m_session.settings()->setTaskListChoices(m_session.organizationId(), wanted);
    m_started = true;
    m_model->setQuery(wanted);
    updateSearchHint();
    updateSortIndicator();
    updateStates();
}

bool TasksPane::waitsForPicker() const {
    return query().lacksSubject();
}

void TasksPane::onPickerLoaded(DirectoryCache::What what) {
    if (m_pickerFailed == what) {
        m_pickerFailed.reset();
        m_ui->errorFrame->hide();
    }
    const bool waited = waitsForPicker();
    fillPickers();
    // The list chosen while its picker was loading starts with the picker's first entry.
    if (waited && m_started && !waitsForPicker())
        applyQuery();
    else
        updateStates();
}

void TasksPane::onPickerFailed(DirectoryCache::What what, const ApiError &error) {
    if (pickerList(query().show) != what || !waitsForPicker())
        return;
    m_pickerFailed = what;
    const QString problem = ApiErrorText::userText(error, m_session.organizationName());
    const QString text = what == DirectoryCache::What::Members
                             ? tr("Could not load the members: %1").arg(problem)
                             : tr("Could not load the processes: %1").arg(problem);
    m_ui->errorLabel->setText(text);
    m_ui->errorFrame->show();
    Q_EMIT statusMessage(text);
    updateStates();
}

void TasksPane::retry() {
    if (const std::optional<DirectoryCache::What> what = std::exchange(m_pickerFailed, {})) {
        m_ui->errorFrame->hide();
        m_session.cache()->refresh(*what);
        updateStates();
        return;
    }
    m_model->retry();
}

void TasksPane::sortByColumn(int column) {
    QComboBox *box = m_ui->sortComboBox;
    const int deadline = box->findData(int(Q::Sort::Deadline));
    if (column == TaskListModel::DeadlineColumn && deadline >= 0) {
        if (box->currentIndex() != deadline) {
            box->setCurrentIndex(deadline);
            applyQuery();
        }
    } else {
        Q_EMIT statusMessage(tr("This list is sorted by Tallyfy: choose the order under “Sort "
                                "by” (%1).")
                                 .arg(box->currentText()));
    }
    updateSortIndicator();
}

void TasksPane::updateSortIndicator() {
    QHeaderView *header = m_ui->tasksTreeView->header();
    const bool byDeadline = Q::Sort(m_ui->sortComboBox->currentData().toInt()) == Q::Sort::Deadline;
    header->setSortIndicatorShown(byDeadline);
    header->setSortIndicator(byDeadline ? int(TaskListModel::DeadlineColumn) : -1,
                             Qt::AscendingOrder);
}

void TasksPane::refresh() {
    if (m_pickerFailed) {
        retry();
        return;
    }
    if (!m_started || waitsForPicker()) {
        applyQuery();
        return;
    }
    m_model->refresh();
}

void TasksPane::focusList() {
    QTreeView *tree = m_ui->tasksTreeView;
    // While the list loads (or is empty) it is hidden; it takes the keys when its rows come.
    m_focusListOnRows = m_ui->listStackedWidget->currentWidget() != m_ui->listPage;
    tree->setFocus(Qt::ShortcutFocusReason);
    if (!tree->currentIndex().isValid() && m_model->rowCount() > 0)
        tree->setCurrentIndex(m_model->index(0, 0));
}

void TasksPane::loadChoices() {
    const TaskListQuery saved = m_session.settings()->taskListChoices(m_session.organizationId());
    m_restoring = true;
    m_ui->showComboBox->setCurrentIndex(m_ui->showComboBox->findData(int(saved.show)));
    fillSorts();
    fillPickers();
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(saved.status)));
    const int sort = m_ui->sortComboBox->findData(int(saved.sort));
    m_ui->sortComboBox->setCurrentIndex(sort >= 0 ? sort : 0);
    m_restoring = false;
}

void TasksPane::resetColumnWidths() {
    // The widths depend on the list's width, known once it is on screen; until then they are
    // the columns' own, and set again when it shows (eventFilter()).
    QWidget *viewport = m_ui->tasksTreeView->viewport();
    QHeaderView *header = m_ui->tasksTreeView->header();
    m_columnsPending = !viewport->isVisible();
    TaskListColumns::setDefaults(*header, m_columnsPending ? 0 : viewport->width());
    if (!m_columnsPending)
        m_session.settings()->setTaskListHeader(header->saveState());
}

bool TasksPane::eventFilter(QObject *watched, QEvent *event) {
    if (m_columnsPending && watched == m_ui->tasksTreeView->viewport() &&
        (event->type() == QEvent::Show || event->type() == QEvent::Resize) &&
        m_ui->tasksTreeView->viewport()->isVisible()) {
        resetColumnWidths();
    }
    // Down in Search goes on to the list, as from a search field to its results.
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier && m_model->rowCount() > 0) {
        focusList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TasksPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_started)
        onSessionChanged();
}

void TasksPane::onSessionChanged() {
    if (!m_session.isReady()) {
        updateStates();
        return;
    }
    const QString organization = m_session.organizationId();
    if (organization == m_organization && m_started)
        return;
    m_organization = organization;
    m_started = false;
    m_session.cache()->ensure(DirectoryCache::What::Members);
    m_session.cache()->ensure(DirectoryCache::What::Groups);
    loadChoices();
    if (isVisible())
        applyQuery();
}

void TasksPane::onLoadingChanged(bool loading) {
    m_busy->setBusy(loading);
    if (loading)
        m_ui->errorFrame->hide();
    updateStates();
}

void TasksPane::onFailed(const ApiError &error, int pageNumber) {
    QString text = ApiErrorText::userText(error, m_session.organizationName());
    if (pageNumber > 1)
        text = tr("Could not load more tasks: %1").arg(text);
    else if (m_model->isRefreshing())
        text = tr("Could not refresh the list; the tasks shown are from before. %1").arg(text);
    m_ui->errorLabel->setText(text);
    m_ui->errorFrame->show();
    Q_EMIT statusMessage(text);
    updateStates();
}

QString TasksPane::emptyReason() const {
    using Situation = TaskListSentences::Situation;
    Situation situation;
    if (m_session.state() == Session::State::Resolving)
        situation.connection = Situation::Connection::Resolving;
    else if (!m_session.isReady())
        situation.connection = Situation::Connection::Unready;
    situation.query = query();
    const DirectoryCache *cache = m_session.cache();
    const std::optional<DirectoryCache::What> picker = pickerList(situation.query.show);
    situation.pickerLoading = picker && cache->isLoading(*picker);
    situation.noProcesses = cache->isLoaded(DirectoryCache::What::Runs) && cache->runs().isEmpty();
    situation.memberName = m_ui->memberComboBox->currentText();
    situation.loadedSearch = m_ui->searchLineEdit->text();
    situation.loading = !m_started || m_model->isLoading();
    situation.failed = m_model->lastError().has_value();
    situation.loaded = m_model->loadedCount();
    return TaskListSentences::emptyReason(situation);
}

void TasksPane::updateStates() {
    const int shown = m_model->rowCount();
    const int loaded = m_model->loadedCount();
    m_ui->listStackedWidget->setCurrentWidget(shown > 0 ? m_ui->listPage : m_ui->emptyPage);
    if (shown > 0 && std::exchange(m_focusListOnRows, false) && isVisible()) {
        // Unless the user has put the keys somewhere since (the tab bar is where Qt leaves them).
        const QWidget *focus = QApplication::focusWidget();
        if (focus == nullptr || qobject_cast<const QTabBar *>(focus) != nullptr)
            focusList();
    }
    m_ui->emptyLabel->setText(emptyReason());
    // Nothing loaded: the empty page says why ("Showing 0 of 0" would add nothing).
    const QString footer =
        m_started ? TaskListSentences::footer(shown, loaded, m_model->total(), m_model->atEnd())
                  : QString();
    m_ui->footerLabel->setText(footer);
    m_busy->setBusy(m_model->isLoading());
    if (!m_model->lastError() && !m_pickerFailed)
        m_ui->errorFrame->hide();
}

void TasksPane::updateSearchHint() {
    const QString text = m_ui->searchLineEdit->text().trimmed();
    QString hint;
    QString explained;
    if (text.isEmpty()) {
        // nothing to say
    } else if (query().show == Q::Show::All) {
        hint = tr("Searched by Tallyfy");
        explained = tr("Tallyfy searches the whole list for these words.");
    } else {
        hint = tr("Filters loaded tasks");
        explained = tr("This list has no search in Tallyfy: only the tasks loaded so far are "
                       "filtered.");
    }
    m_ui->searchHintLabel->setText(hint);
    m_ui->searchHintLabel->setToolTip(explained);
    m_ui->searchLineEdit->setAccessibleDescription(explained);
}

void TasksPane::openIndex(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const TaskListItem item = m_model->item(index.row());
    Q_EMIT openTaskRequested(item.id, item.runId);
}

void TasksPane::showTaskChanged(const Task &task) {
    m_model->updateTask(task);
}

QString TasksPane::footerText() const {
    return m_ui->footerLabel->text();
}

QString TasksPane::emptyText() const {
    return m_ui->listStackedWidget->currentWidget() == m_ui->emptyPage ? m_ui->emptyLabel->text()
                                                                       : QString();
}

QString TasksPane::errorText() const {
    return m_ui->errorFrame->isHidden() ? QString() : m_ui->errorLabel->text();
}
