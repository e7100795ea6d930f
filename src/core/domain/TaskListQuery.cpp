#include "core/domain/TaskListQuery.h"

#include "core/domain/TaskListItem.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The codes the server filters by (tallyfy-api-notes.md 6.3), in the order of Status. Never
// "completed": the server ignores it and answers with every task.
constexpr std::array StatusCodes{"active-visible", "not-started", "in-progress", "overdue",
                                 "due-soon",       "has-problem", "complete",    "all"};
// The `sort` values, in the order of Sort.
constexpr std::array SortCodes{"deadline", "newest", "problems", "completed_newest", "position"};

static_assert(StatusCodes.size() == std::size_t(TaskListQuery::Status::All) + 1);
static_assert(SortCodes.size() == std::size_t(TaskListQuery::Sort::Position) + 1);

} // namespace

QString TaskListQuery::statusCode(Status status) {
    return QString::fromLatin1(StatusCodes.at(std::size_t(status)));
}

QList<TaskListQuery::Sort> TaskListQuery::sortsFor(Show show) {
    switch (show) {
    case Show::All:
        return {Sort::Deadline, Sort::Newest, Sort::Problems, Sort::CompletedNewest};
    case Show::Run:
        return {Sort::Position, Sort::Deadline};
    case Show::Mine:
    case Show::Member:
        return {Sort::Deadline, Sort::Newest};
    }
    return {Sort::Deadline};
}

QString TaskListQuery::sortCode(Sort sort) {
    return QString::fromLatin1(SortCodes.at(std::size_t(sort)));
}

TaskListQuery::SearchMode TaskListQuery::searchMode() const {
    if (search.trimmed().isEmpty())
        return SearchMode::None;
    return show == Show::All ? SearchMode::Server : SearchMode::Local;
}

bool TaskListQuery::oneOffFilterOnServer() const {
    return show == Show::All;
}

bool TaskListQuery::lacksSubject() const {
    return (show == Show::Member && memberId == 0) || (show == Show::Run && runId.isEmpty());
}

TaskListQuery::Sort TaskListQuery::effectiveSort() const {
    const QList<Sort> offered = sortsFor(show);
    return offered.contains(sort) ? sort : offered.constFirst();
}

QStringList TaskListQuery::pathSegments() const {
    switch (show) {
    case Show::Mine:
        return {u"me"_s, u"tasks"_s};
    case Show::All:
        return {u"tasks"_s};
    case Show::Member:
        return {u"users"_s, QString::number(memberId), u"tasks"_s};
    case Show::Run:
        return {u"runs"_s, runId, u"tasks"_s};
    }
    return {u"tasks"_s};
}

QString TaskListQuery::path() const {
    return pathSegments().join(u'/');
}

QList<std::pair<QString, QString>> TaskListQuery::queryItems(int page, int perPage) const {
    QList<std::pair<QString, QString>> items{
        {u"status"_s, statusCode(status)},
        {u"sort"_s, sortCode(effectiveSort())},
        {u"per_page"_s, QString::number(perPage)},
        {u"page"_s, QString::number(page)},
    };
    // The process name of each row; a process's own list knows it already.
    if (show != Show::Run)
        items.append({u"with"_s, u"run"_s});
    if (searchMode() == SearchMode::Server)
        items.append({u"q"_s, search.trimmed()});
    if (oneOffOnly && oneOffFilterOnServer())
        items.append({u"is_oneoff"_s, u"true"_s});
    return items;
}

namespace {

bool isOpen(const QString &status) {
    return status == "not-started"_L1 || status == "in-progress"_L1 || status == "active"_L1;
}

bool typeMatches(TaskListQuery::Type type, const QString &taskType) {
    switch (type) {
    case TaskListQuery::Type::Any:
        return true;
    case TaskListQuery::Type::Task:
        return taskType == "task"_L1;
    case TaskListQuery::Type::Approval:
        return taskType == "approval"_L1;
    case TaskListQuery::Type::Expiring:
        return taskType == "expiring"_L1 || taskType == "expiring_email"_L1;
    case TaskListQuery::Type::Email:
        return taskType == "email"_L1 || taskType == "expiring_email"_L1;
    }
    return true;
}

} // namespace

bool TaskListQuery::matchesSearch(const TaskListItem &item) const {
    const QString text = search.trimmed();
    return text.isEmpty() || item.title.contains(text, Qt::CaseInsensitive) ||
           item.processName.contains(text, Qt::CaseInsensitive);
}

bool TaskListQuery::matches(const TaskListItem &item) const {
    return matches(item, QDateTime::currentDateTimeUtc());
}

bool TaskListQuery::matches(const TaskListItem &item, const QDateTime &now) const {
    // Only what the row itself shows is checked, and only where it shows it: a row without a
    // deadline or a problem flag is taken on the server's word. The grace keeps a row the
    // server judged by a clock a little ahead of or behind ours.
    constexpr qint64 GraceSecs = 3600;
    const bool hasDeadline = item.deadline.isValid();
    switch (status) {
    case Status::Open:
        if (!isOpen(item.status))
            return false;
        break;
    case Status::NotStarted:
        if (item.status != "not-started"_L1)
            return false;
        break;
    case Status::InProgress: // `active` may be an older name of the same state (2.2)
        if (item.status != "in-progress"_L1 && item.status != "active"_L1)
            return false;
        break;
    case Status::Overdue:
        if (!isOpen(item.status) || (hasDeadline && item.deadline > now.addSecs(GraceSecs)))
            return false;
        break;
    case Status::DueSoon:
        if (!isOpen(item.status) ||
            (hasDeadline && item.deadline > now.addSecs(24 * 3600 + GraceSecs)))
            return false;
        break;
    case Status::Completed:
        if (!item.isCompleted())
            return false;
        break;
    case Status::HasProblem:
        if (item.problemKnown && !item.hasProblem)
            return false;
        break;
    case Status::All:
        break;
    }
    if (!typeMatches(type, item.taskType))
        return false;
    return !oneOffOnly || item.oneOff;
}
