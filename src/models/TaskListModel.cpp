#include "models/TaskListModel.h"

#include "core/api/TaskListApi.h"
#include "core/domain/TaskStatus.h"
#include "core/domain/TaskType.h"
#include "models/DisplayFormat.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTaskList, "taskdesk.models.tasklist")

namespace {

// A list that never stops (a server that pages forever) stops here: 1,000,000 rows.
constexpr int MaxPages = 10000;

} // namespace

TaskListModel::TaskListModel(TaskListApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api) {}

TaskListModel::~TaskListModel() {
    m_call.cancel();
}

void TaskListModel::setQuery(const TaskListQuery &query) {
    ++m_generation; // answers to older queries are ignored from now on
    m_call.cancel();
    m_call = {};
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_ids.clear();
    m_strings.clear();
    m_userLists.clear();
    m_pagesLoaded = 0;
    m_failedPage = 0;
    m_total = -1;
    m_atEnd = false;
    m_error.reset();
    endResetModel();
    requestPage(1);
}

void TaskListModel::refresh() {
    setQuery(m_query);
}

void TaskListModel::retry() {
    if (!m_error || m_call.isActive())
        return;
    m_error.reset();
    requestPage(m_failedPage);
}

void TaskListModel::setDirectory(const NameDirectory &directory) {
    m_directory = directory;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AssigneesColumn), index(rowCount() - 1, AssigneesColumn));
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
    QList<TaskListItem> fresh;
    int unseen = 0;
    int contradicting = 0;
    for (const TaskListItem &item : page.items) {
        if (m_ids.contains(item.id))
            continue; // a duplicate across pages
        TaskListItem row = compact(item);
        m_ids.insert(row.id); // the row's own copy: one per row, shared with the set
        ++unseen;
        if (!m_query.matches(row)) {
            ++contradicting;
            continue;
        }
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

    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    const quint64 generation = m_generation;
    Q_EMIT pageLoaded(pageNumber);
    // A page whose every row was dropped (or repeated) gives the view nothing to scroll to, so
    // the view would never ask for more: ask for the next page here.
    if (fresh.isEmpty() && !m_atEnd && generation == m_generation && !m_call.isActive())
        requestPage(pageNumber + 1);
}

QString TaskListModel::intern(const QString &text) {
    if (text.isEmpty())
        return {};
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

TaskListItem TaskListModel::compact(const TaskListItem &item) {
    // Statuses, types, runs and owners repeat across rows: each row shares one copy of each
    // value instead of holding its own, which keeps 100,000 rows in tens of megabytes.
    TaskListItem out = item;
    out.status = intern(item.status);
    out.taskType = intern(item.taskType);
    out.runId = intern(item.runId);
    out.processName = intern(item.processName);
    if (!item.userIds.isEmpty()) {
        const auto it = m_userLists.constFind(item.userIds);
        if (it != m_userLists.cend())
            out.userIds = *it;
        else
            m_userLists.insert(item.userIds);
    }
    out.id.squeeze();
    out.title.squeeze();
    return out;
}

int TaskListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
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

QString TaskListModel::statusText(const TaskListItem &item) const {
    return TaskStatus::displayText(item.status, {}, item.taskType, std::nullopt);
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskListItem &item = m_rows.at(index.row());
    switch (role) {
    case TaskIdRole:
        return item.id;
    case RunIdRole:
        return item.runId;
    case OverdueRole:
        return item.isOverdue(QDateTime::currentDateTimeUtc());
    case SearchTextRole:
        return QString(item.title + u'\n' + item.processName);
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
            text = statusText(item);
            if (item.hasProblem)
                text = tr("%1, problem reported").arg(text);
            break;
        case DeadlineColumn:
            text = item.deadline.isValid() ? DisplayFormat::dateTime(item.deadline) : QString();
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
    return !parent.isValid() && m_pagesLoaded > 0 && !m_atEnd && !m_error && !m_call.isActive();
}

void TaskListModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        requestPage(m_pagesLoaded + 1);
}
