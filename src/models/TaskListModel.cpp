#include "models/TaskListModel.h"

#include "core/api/TaskListApi.h"
#include "core/domain/TaskStatus.h"
#include "core/domain/TaskType.h"
#include "models/DisplayFormat.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTaskList, "taskdesk.models.tasklist", QtInfoMsg)

namespace {

// A list that never stops (a server that pages forever) stops here: 1,000,000 rows.
constexpr int MaxPages = 10000;
// The most rows reserved ahead from the server's `total`.
constexpr int ReserveRows = 200000;

} // namespace

TaskListModel::TaskListModel(TaskListApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_values{QString()}
    , m_owners{Owners{}} {}

TaskListModel::~TaskListModel() {
    m_call.cancel();
}

void TaskListModel::setQuery(const TaskListQuery &query) {
    reset(query);
    requestPage(1);
}

void TaskListModel::clear() {
    const bool wasLoading = isLoading();
    reset(m_query);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void TaskListModel::abandonCall() {
    ++m_generation; // answers to older questions are ignored from now on
    m_call.cancel();
    m_call = {};
}

void TaskListModel::reset(const TaskListQuery &query) {
    abandonCall();
    beginResetModel();
    m_query = query;
    // Assigned, not cleared: clear() would keep the room of a long list for the next one.
    m_rows = {};
    m_shown = {};
    m_ids = {};
    m_values = {QString()};
    m_valueIndex = {};
    m_owners = {Owners{}};
    m_ownersIndex = {};
    m_deadlineTexts = {};
    m_pagesLoaded = 0;
    m_failedPage = 0;
    m_total = -1;
    m_atEnd = false;
    m_refreshing = false;
    m_error.reset();
    endResetModel();
}

void TaskListModel::refresh() {
    if (m_rows.isEmpty()) {
        setQuery(m_query);
        return;
    }
    // The rows shown stay until the first page of the new answer replaces them, and stay with
    // the error if it fails (a refresh while offline loses nothing).
    abandonCall();
    m_error.reset();
    m_refreshing = true;
    requestPage(1);
}

void TaskListModel::retry() {
    if (!m_error || m_call.isActive())
        return;
    m_error.reset();
    requestPage(m_failedPage);
}

void TaskListModel::setDirectory(const NameDirectory &directory) {
    m_directory = directory;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AssigneesColumn), index(rowCount() - 1, AssigneesColumn));
}

void TaskListModel::setProcesses(const QList<Run> &runs) {
    m_processNames.clear();
    for (const Run &run : runs)
        m_processNames.insert(run.id, run.name);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ProcessColumn), index(rowCount() - 1, ProcessColumn));
}

void TaskListModel::requestPage(int pageNumber) {
    if (m_call.isActive())
        return;
    const quint64 generation = m_generation;
    m_call = m_api->page(m_query, pageNumber, this,
                         [this, generation, pageNumber](Result<TaskListPage> result) {
                             if (generation != m_generation)
                                 return; // an older query's answer
                             m_call = {};
                             if (!result.ok()) {
                                 if (result.error().kind != ApiError::Kind::Cancelled) {
                                     m_error = result.error();
                                     m_failedPage = pageNumber;
                                 }
                                 Q_EMIT loadingChanged(false);
                                 if (m_error)
                                     Q_EMIT failed(*m_error, pageNumber);
                                 return;
                             }
                             if (m_refreshing) {
                                 m_refreshing = false;
                                 reset(m_query); // the answer is in: the old rows go
                             }
                             takePage(pageNumber, result.value());
                             // A view that fetched more while the rows went in has started
                             // the next page; loading goes on then.
                             if (generation == m_generation && !m_call.isActive())
                                 Q_EMIT loadingChanged(false);
                         });
    Q_EMIT loadingChanged(true);
}

void TaskListModel::takePage(int pageNumber, const TaskListPage &page) {
    m_pagesLoaded = pageNumber;
    if (page.meta.total)
        m_total = *page.meta.total;
    if (pageNumber == 1 && m_total > 0) {
        // Room for the whole list at once: growing 100,000 rows (and their IDs' set) step by
        // step copies and rehashes them on the GUI thread several times. Untouched room costs
        // no resident memory; a `total` out of proportion gets no more than ReserveRows.
        const int rows = std::min(m_total, ReserveRows);
        m_rows.reserve(rows);
        m_ids.reserve(rows);
    }
    QList<TaskListModelRow> fresh;
    int unseen = 0;
    int contradicting = 0;
    for (const TaskListItem &item : page.items) {
        if (m_ids.contains(item.id))
            continue; // a duplicate across pages
        ++unseen;
        if (!m_query.matches(item)) {
            m_ids.insert(item.id);
            ++contradicting;
            continue;
        }
        TaskListModelRow row = compact(item);
        m_ids.insert(row.id); // the row's own copy: one per row, shared with the set
        fresh.append(std::move(row));
    }
    if (contradicting > 0) {
        // The server ignored a filter (tallyfy-api-notes.md 6.3): a 200 that looks like success.
        qCWarning(lcTaskList).nospace()
            << contradicting << " rows of page " << pageNumber << " of " << m_query.path()
            << " contradict status=" << TaskListQuery::statusCode(m_query.status)
            << " (or the type or one-off filter) and were dropped";
    }

    // The stop rule (section 6.3), decided before the rows go in: a view that asks for more
    // as soon as rows arrive must already see the end.
    const PageMeta &meta = page.meta;
    bool more = unseen > 0 && !page.items.isEmpty() && pageNumber < MaxPages;
    if (more && meta.currentPage && meta.totalPages && *meta.currentPage >= *meta.totalPages)
        more = m_total >= 0 && m_ids.size() < m_total;
    m_atEnd = !more;

    // While searching, only the fresh rows that hold the text are shown (at the end).
    QList<int> matching;
    if (!m_search.isEmpty()) {
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (matchesSearch(fresh.at(i)))
                matching.append(int(m_rows.size() + i));
        }
    }
    const auto added = int(m_search.isEmpty() ? fresh.size() : matching.size());
    if (added > 0)
        beginInsertRows({}, rowCount(), rowCount() + added - 1);
    m_rows.append(fresh);
    m_shown.append(matching);
    if (added > 0)
        endInsertRows();
    const quint64 generation = m_generation;
    Q_EMIT pageLoaded(pageNumber);
    // A page whose every row was dropped (or repeated) gives the view nothing to scroll to, so
    // the view would never ask for more: ask for the next page here.
    if (fresh.isEmpty() && !m_atEnd && generation == m_generation && !m_call.isActive())
        requestPage(pageNumber + 1);
}

quint32 TaskListModel::valueIndex(const QString &text) {
    if (text.isEmpty())
        return 0;
    const auto it = m_valueIndex.constFind(text);
    if (it != m_valueIndex.cend())
        return *it;
    const auto index = quint32(m_values.size());
    m_values.append(text);
    m_valueIndex.insert(text, index);
    return index;
}

TaskListModelRow TaskListModel::compact(const TaskListItem &item) {
    // Statuses, types, runs and owners repeat across rows: a row holds indexes into tables of
    // them, which keeps 100,000 rows in tens of megabytes.
    TaskListModelRow row;
    row.id = item.id;
    row.id.squeeze();
    row.title = item.title;
    row.title.squeeze();
    if (item.deadline.isValid())
        row.deadlineMs = item.deadline.toMSecsSinceEpoch();
    row.runId = valueIndex(item.runId);
    row.processName = valueIndex(item.processName);
    row.status = valueIndex(item.status);
    row.taskType = valueIndex(item.taskType);
    if (!item.userIds.isEmpty() || !item.groupIds.isEmpty() || !item.guestEmails.isEmpty()) {
        QStringList parts;
        for (const qint64 id : item.userIds)
            parts.append(QString::number(id));
        const QString key =
            parts.join(u',') + u'|' + item.groupIds.join(u',') + u'|' + item.guestEmails.join(u',');
        const auto it = m_ownersIndex.constFind(key);
        if (it != m_ownersIndex.cend()) {
            row.owners = *it;
        } else {
            row.owners = quint32(m_owners.size());
            m_owners.append(Owners{item.userIds, item.groupIds, item.guestEmails});
            m_ownersIndex.insert(key, row.owners);
        }
    }
    row.oneOff = item.oneOff;
    row.hasProblem = item.hasProblem;
    row.problemKnown = item.problemKnown;
    return row;
}

bool TaskListModel::updateTask(const Task &task) {
    if (!m_ids.contains(task.id))
        return false;
    const auto found =
        std::find_if(m_rows.begin(), m_rows.end(),
                     [&task](const TaskListModelRow &row) { return row.id == task.id; });
    if (found == m_rows.end())
        return false;
    found->status = valueIndex(task.status);
    if (!task.title.isEmpty())
        found->title = task.title;
    found->deadlineMs =
        task.deadline.isValid() ? task.deadline.toMSecsSinceEpoch() : TaskListModelRow::NoDeadline;
    found->hasProblem = task.problem;
    found->problemKnown = true;
    // Shown as it was found, even when it no longer holds the search text: rows do not move.
    const int row = shownRow(int(found - m_rows.begin()));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void TaskListModel::setSearch(const QString &text) {
    const QString search = text.trimmed();
    if (search.compare(m_search, Qt::CaseInsensitive) == 0) {
        m_search = search; // the same rows: only the text as typed changes
        return;
    }
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<int> rowsBefore;
    rowsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        rowsBefore.append(loadedRow(index.row()));
    m_search = search;
    m_shown = {};
    if (!m_search.isEmpty()) {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (matchesSearch(m_rows.at(row)))
                m_shown.append(int(row));
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = shownRow(rowsBefore.at(i));
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

bool TaskListModel::matchesSearch(const TaskListModelRow &row) const {
    return row.title.contains(m_search, Qt::CaseInsensitive) ||
           processName(row).contains(m_search, Qt::CaseInsensitive);
}

QString TaskListModel::processName(const TaskListModelRow &row) const {
    const QString &named = m_values.at(row.processName);
    return named.isEmpty() && row.runId != 0 ? m_processNames.value(m_values.at(row.runId)) : named;
}

int TaskListModel::loadedRow(int shownRow) const {
    return m_search.isEmpty() ? shownRow : m_shown.at(shownRow);
}

int TaskListModel::shownRow(int row) const {
    if (m_search.isEmpty())
        return row;
    const auto found = std::lower_bound(m_shown.cbegin(), m_shown.cend(), row);
    return found != m_shown.cend() && *found == row ? int(found - m_shown.cbegin()) : -1;
}

TaskListItem TaskListModel::item(int row) const {
    const TaskListModelRow &r = m_rows.at(loadedRow(row));
    TaskListItem out;
    out.id = r.id;
    out.title = r.title;
    if (r.deadlineMs != TaskListModelRow::NoDeadline)
        out.deadline = QDateTime::fromMSecsSinceEpoch(r.deadlineMs, Qt::UTC);
    out.runId = m_values.at(r.runId);
    out.processName = processName(r);
    out.status = m_values.at(r.status);
    out.taskType = m_values.at(r.taskType);
    const Owners &owners = m_owners.at(r.owners);
    out.userIds = owners.userIds;
    out.groupIds = owners.groupIds;
    out.guestEmails = owners.guestEmails;
    out.oneOff = r.oneOff;
    out.hasProblem = r.hasProblem;
    out.problemKnown = r.problemKnown;
    return out;
}

int TaskListModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return int(m_search.isEmpty() ? m_rows.size() : m_shown.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskListModel::assignees(const TaskListItem &item) const {
    QStringList names;
    for (const qint64 id : item.userIds)
        names.append(m_directory.member(id).text);
    for (const QString &id : item.groupIds)
        names.append(m_directory.group(id).text);
    names += item.guestEmails;
    return names.join(u", "_s);
}

QString TaskListModel::statusText(const QString &status, const QString &taskType, bool hasProblem) {
    const QString text = TaskStatus::displayText(status, {}, taskType, std::nullopt);
    return hasProblem ? tr("%1, problem").arg(text) : text;
}

QString TaskListModel::deadlineText(const QDateTime &deadline) const {
    if (!deadline.isValid())
        return {};
    const qint64 key = deadline.toMSecsSinceEpoch();
    if (const auto found = m_deadlineTexts.constFind(key); found != m_deadlineTexts.cend())
        return *found;
    if (m_deadlineTexts.size() >= DeadlineTextCap)
        m_deadlineTexts.clear();
    return *m_deadlineTexts.insert(key, DisplayFormat::dateTime(deadline));
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // A view asks for many roles a cell; only these are worth building the row for.
    switch (role) {
    case TaskIdRole:
    case RunIdRole:
    case OverdueRole:
    case DeadlineRole:
    case StatusCodeRole:
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const TaskListItem item = this->item(index.row());
    switch (role) {
    case TaskIdRole:
        return item.id;
    case RunIdRole:
        return item.runId;
    case OverdueRole:
        return item.isOverdue(QDateTime::currentDateTimeUtc());
    case DeadlineRole:
        return item.isCompleted() ? QDateTime() : item.deadline;
    case StatusCodeRole:
        return item.status;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text;
        switch (index.column()) {
        case TitleColumn:
            text = item.title;
            break;
        case StatusColumn:
            text = statusText(item.status, item.taskType, item.hasProblem);
            break;
        case DeadlineColumn:
            text = deadlineText(item.deadline);
            break;
        case AssigneesColumn:
            text = assignees(item);
            break;
        case ProcessColumn:
            text = item.runId.isEmpty() ? tr("One-off") : item.processName;
            if (text.isEmpty())
                text = tr("Process");
            break;
        case TypeColumn:
            text = TaskType::displayName(item.taskType);
            break;
        default:
            break;
        }
        return DisplayFormat::forView(role, text);
    }
    default:
        return {};
    }
}

QModelIndex TaskListModel::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const {
    // Every row alike, answered without the base class's index check: a QTreeView asks for
    // the flags of every row each time it lays the list out.
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case AssigneesColumn:
        return tr("Assignees");
    case ProcessColumn:
        return tr("Process");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

bool TaskListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_pagesLoaded > 0 && !m_atEnd && !m_error && !m_refreshing &&
           !m_call.isActive() && (m_fetchLimit < 0 || rowCount() < m_fetchLimit);
}

void TaskListModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        requestPage(m_pagesLoaded + 1);
}
