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
        m_ids.insert(item.id);
        ++unseen;
        if (!m_query.matches(item)) {
            ++contradicting;
            continue;
        }
        fresh.append(item);
    }
    if (contradicting > 0) {
        qCWarning(lcTaskList) << contradicting << "rows contradict the filter"
                              << TaskListQuery::statusCode(m_query.status) << "and were dropped";
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
    Q_EMIT pageLoaded(pageNumber);
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
