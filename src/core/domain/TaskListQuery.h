#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

struct TaskListItem;

/// One question to a task list (tallyfy-api-notes.md 6.3): which list, which status, which
/// order, and what to search for. A value; it builds the path and the query, and checks rows
/// against itself.
///
/// The `status` sent comes only from a fixed table of hyphenated codes, never from user text:
/// the server answers an unknown or misspelt status (and `completed`) with every task and a
/// 200. It is always sent, even where the server has a default. User text goes only into `q`
/// on the organization's list, URL-encoded by the request; the other lists are searched on the
/// rows already loaded.
class TaskListQuery final {
public:
    enum class Show { Mine, All, Member, Run };
    enum class Status {
        Open,
        NotStarted,
        InProgress,
        Overdue,
        DueSoon,
        HasProblem,
        Completed,
        All
    };
    enum class Sort { Deadline, Newest, Problems, CompletedNewest, Position };
    enum class Type { Any, Task, Approval, Expiring, Email };
    enum class SearchMode { None, Server, Local };

    Show show = Show::Mine;
    qint64 memberId = 0; ///< Show::Member
    QString runId;       ///< Show::Run
    Status status = Status::Open;
    Sort sort = Sort::Deadline;
    Type type = Type::Any;
    bool oneOffOnly = false;
    QString search;

    /// The status code sent for `status` (Open -> active-visible, Completed -> complete, ...).
    static QString statusCode(Status status);
    /// The sort orders the server offers on the list `show` picks, in menu order.
    static QList<Sort> sortsFor(Show show);
    /// The `sort` value for `sort`.
    static QString sortCode(Sort sort);

    /// Where the search runs: on the server (the organization's list takes `q`) or on the rows
    /// loaded; None without search text.
    [[nodiscard]] SearchMode searchMode() const;
    /// Whether the list takes `is_oneoff` (the organization's list).
    [[nodiscard]] bool oneOffFilterOnServer() const;
    /// A member's list without its member, or a process's without its process: nothing to ask
    /// for until one is chosen.
    [[nodiscard]] bool lacksSubject() const;
    /// The sort in force: `sort` when the list offers it, else the list's first.
    [[nodiscard]] Sort effectiveSort() const;
    /// Path below /organizations/{org}/: "me/tasks", "tasks", "users/5/tasks", "runs/<id>/tasks".
    [[nodiscard]] QStringList pathSegments() const;
    /// pathSegments() joined with '/' (for logs and tests; requests take the segments).
    [[nodiscard]] QString path() const;
    /// The query of page `page`: status, sort, per_page, page, `with=run` (the process name)
    /// except on a process's own list, and q / is_oneoff where taken.
    [[nodiscard]] QList<std::pair<QString, QString>> queryItems(int page, int perPage) const;
    /// Whether a row the server sent belongs in this list: the status it claims to filter, the
    /// type and one-off. A row the server should not have sent (an ignored filter looks like
    /// success) is dropped by the caller. Local search is the view's (matchesSearch()).
    [[nodiscard]] bool matches(const TaskListItem &item) const;
    /// matches() at the time `now` (UTC): overdue and due-soon rows are checked against it,
    /// with an hour's grace for a clock that differs from the server's.
    [[nodiscard]] bool matches(const TaskListItem &item, const QDateTime &now) const;
    /// Whether `item` matches the search text alone (case-insensitive, in title and process):
    /// the local search of lists that take no `q`.
    [[nodiscard]] bool matchesSearch(const TaskListItem &item) const;

    bool operator==(const TaskListQuery &) const = default;
};
