#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/domain/Run.h"
#include "core/domain/Task.h"
#include "core/domain/TaskListItem.h"
#include "core/domain/TaskListQuery.h"
#include "models/NameDirectory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <limits>
#include <optional>

class TaskListApi;
struct TaskListPage;

/// One row as TaskListModel keeps it (internal to the model): a TaskListItem whose repeated
/// values (run, process name, status, type, assignees) are indexes into tables the rows share.
/// About 90 bytes plus the text of the ID and title, against 232 for a TaskListItem.
struct TaskListModelRow {
    static constexpr qint64 NoDeadline = std::numeric_limits<qint64>::min();
    QString id;
    QString title;
    qint64 deadlineMs = NoDeadline; ///< UTC milliseconds since the epoch
    quint32 runId = 0;              ///< indexes into TaskListModel's value table; 0 = empty
    quint32 processName = 0;
    quint32 status = 0;
    quint32 taskType = 0;
    quint32 owners = 0; ///< index into TaskListModel's owner lists; 0 = nobody
    bool oneOff = false;
    bool hasProblem = false;
    bool problemKnown = false;
};
Q_DECLARE_TYPEINFO(TaskListModelRow, Q_RELOCATABLE_TYPE);

/// The rows of one task list, loaded a page (100 rows) at a time as the view scrolls
/// (canFetchMore/fetchMore), under the stop rule of tallyfy-api-notes.md 6.3: stop when
/// current_page >= total_pages; otherwise on an empty page or one that brings no unseen ID;
/// past total_pages only while fewer unique rows than `total` arrived. Rows are de-duplicated
/// by ID, and a row that contradicts the filter the server claims to have applied is dropped.
///
/// setSearch() narrows the rows shown to those holding a text; rowCount(), index() and item()
/// speak of the rows shown, loadedCount() of all.
///
/// setQuery() cancels the request in flight and ignores any answer to an older query. A page
/// that fails keeps the rows loaded so far; retry() asks for it again. A page that adds no row
/// to show (every row dropped) but is not the end makes the model ask for the next one itself,
/// as no view would. Repeated values (status, type, run, process name, assignee lists) are
/// shared between rows, so that 100,000 rows stay in tens of megabytes.
class TaskListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        DeadlineColumn,
        AssigneesColumn,
        ProcessColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        RunIdRole,
        OverdueRole,
        DeadlineRole,
        StatusCodeRole ///< the task's own status value: not-started, in-progress, completed, ...
    };

    /// The status column's text: "In progress", "Approved", ..., with ", problem" while a
    /// problem is open.
    [[nodiscard]] static QString statusText(const QString &status, const QString &taskType,
                                            bool hasProblem);

    /// `api` is not owned and must outlive the model.
    explicit TaskListModel(TaskListApi *api, QObject *parent = nullptr);
    ~TaskListModel() override;

    /// Starts `query` from page 1 (also when it equals the current one: a refresh).
    void setQuery(const TaskListQuery &query);
    [[nodiscard]] const TaskListQuery &query() const { return m_query; }
    /// The same query from page 1. The rows loaded stay until its first page arrives and
    /// replaces them, and stay if it fails (lastError(), failed() for page 1; retry() goes on).
    void refresh();
    /// A refresh's first page is awaited (or failed) while the rows from before show.
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    /// No rows and no page in flight, until the next setQuery() or refresh(); query() stays.
    void clear();
    /// Asks again for the page that failed; the rows stay.
    void retry();
    /// Names for the assignee column.
    void setDirectory(const NameDirectory &directory);
    /// The processes whose names show for rows their page did not name: a process's own list
    /// is asked for without the run of each row (TaskListQuery::queryItems()).
    void setProcesses(const QList<Run> &runs);
    /// Shows `task` as it is now (after an action) in its row, when the list has it: status,
    /// title, deadline, problem. The row stays until the next refresh even when it no longer
    /// matches the filter, so that rows do not move under the reader. False when no row has it.
    bool updateTask(const Task &task);

    /// Shows only the loaded rows whose title or process name holds `text` (trimmed), ignoring
    /// case: Search over the rows already loaded, for the lists the server cannot search. Every
    /// row when empty. One layout change however many rows come and go (a view handles a
    /// removal or an insertion per run of rows, thousands on one keystroke); the current row
    /// and selection stay when they still match. Rows that arrive later are shown if they match.
    /// Kept across setQuery().
    void setSearch(const QString &text);
    [[nodiscard]] const QString &search() const { return m_search; }

    /// Shown row `row` as a TaskListItem (made from the compact row; cheap: its strings are
    /// shared).
    [[nodiscard]] TaskListItem item(int row) const;
    /// The rows loaded for the query, shown or not (rowCount() is the rows shown).
    [[nodiscard]] int loadedCount() const { return int(m_rows.size()); }
    /// canFetchMore() only while fewer than `rows` rows are shown; -1 (the default) for no
    /// limit. A QTreeView asks for more on every layout of its rows, whether or not its last row
    /// shows, so that with no limit a list would load page after page to its end; TaskListPager
    /// keeps the limit a screen below what the view shows.
    void setFetchLimit(int rows) { m_fetchLimit = rows; }
    [[nodiscard]] bool isLoading() const { return m_call.isActive(); }
    /// The server's `total` for the list; -1 when it did not say.
    [[nodiscard]] int total() const { return m_total; }
    /// No more pages will be asked for.
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    /// Pages answered so far for the current query.
    [[nodiscard]] int pagesLoaded() const { return m_pagesLoaded; }
    [[nodiscard]] const std::optional<ApiError> &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// True when a page is asked for; false once no page is in flight (after the rows of the
    /// last one went in, or it failed).
    void loadingChanged(bool loading);
    /// A page arrived (its rows, if any, are in the model).
    void pageLoaded(int pageNumber);
    /// Page `pageNumber` failed; the rows loaded so far are kept.
    void failed(const ApiError &error, int pageNumber);

private:
    /// Cancels the page in flight; its answer, should it still come, is ignored.
    void abandonCall();
    /// Forgets the rows, the pages and any page in flight, for `query`.
    void reset(const TaskListQuery &query);
    void requestPage(int pageNumber);
    void takePage(int pageNumber, const TaskListPage &page);
    [[nodiscard]] QString assignees(const TaskListItem &item) const;
    /// The index of `text` in the value table, added when new.
    quint32 valueIndex(const QString &text);
    /// `item` as the model keeps it.
    TaskListModelRow compact(const TaskListItem &item);
    /// Whether `row` holds the search text in its title or process name.
    [[nodiscard]] bool matchesSearch(const TaskListModelRow &row) const;
    /// The index in m_rows of shown row `shownRow`.
    [[nodiscard]] int loadedRow(int shownRow) const;
    /// The shown row of m_rows[`row`], or -1 when the search hides it.
    [[nodiscard]] int shownRow(int row) const;
    [[nodiscard]] QString deadlineText(const QDateTime &deadline) const;
    /// The process name `row`'s page gave, else the one setProcesses() knows, else empty.
    [[nodiscard]] QString processName(const TaskListModelRow &row) const;

    TaskListApi *m_api;
    TaskListQuery m_query;
    NameDirectory m_directory;
    QHash<QString, QString> m_processNames; ///< by run ID
    struct Owners {
        QList<qint64> userIds;
        QStringList groupIds;
        QStringList guestEmails;
    };
    QList<TaskListModelRow> m_rows;
    QString m_search;
    QList<int> m_shown; ///< while searching: the indexes in m_rows shown, ascending
    QSet<QString> m_ids;
    QList<QString> m_values;              ///< status, type, run IDs and names; [0] is empty
    QHash<QString, quint32> m_valueIndex; ///< value -> index in m_values
    QList<Owners> m_owners;               ///< assignee lists; [0] is nobody
    QHash<QString, quint32> m_ownersIndex;
    /// Deadlines as shown, by milliseconds since the epoch: painting a screen of rows asked for a
    /// local-time conversion and a format per cell. Emptied with the list and when it grows
    /// past DeadlineTextCap (a long list has more deadlines than a screen shows).
    mutable QHash<qint64, QString> m_deadlineTexts;
    static constexpr qsizetype DeadlineTextCap = 2048;
    CallHandle m_call;
    quint64 m_generation = 0;
    int m_pagesLoaded = 0;
    int m_failedPage = 0;
    int m_total = -1;
    int m_fetchLimit = -1;
    bool m_atEnd = false;
    bool m_refreshing = false; ///< see refresh()
    std::optional<ApiError> m_error;
};
