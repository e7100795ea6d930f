#pragma once

#include "core/domain/TaskActionPlan.h"
#include "core/domain/TaskListQuery.h"
#include "core/session/DirectoryCache.h"

#include <QWidget>

#include <memory>
#include <optional>

class BusyIndicator;
class QModelIndex;
class Session;
class TaskListModel;
struct ApiError;

namespace Ui {
class TasksPane;
}

/// The Tasks pane: what is on the user's plate. A filter bar (Show, Status, Sort by, Type,
/// One-off only, Search) edits a TaskListQuery; the list below loads it a page at a time as it
/// scrolls (TaskListModel); Enter or a double click opens a task in the Look up view.
///
/// Every change of a filter starts the query again and drops the answer of the old one. The
/// Show, Status and Sort choices are kept per organization. Search goes to the server where the
/// list takes it (All tasks) and otherwise filters the rows loaded; a hint says which. Errors
/// stay in place with a Retry, above the rows loaded so far.
class TasksPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPane)

public:
    explicit TasksPane(Session &session, QWidget *parent = nullptr);
    ~TasksPane() override;

    [[nodiscard]] TaskListModel *model() const { return m_model; }
    /// The query the filter bar shows.
    [[nodiscard]] TaskListQuery query() const;
    /// Loads the list again from the first page (F5).
    void refresh();
    /// Puts the keyboard focus on the list, on its first row when none is current.
    void focusList();
    /// The text of the footer ("Showing 100 of 1,234") and of the empty state, as shown.
    [[nodiscard]] QString footerText() const;
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] QString errorText() const;

    /// Shows `task` as it is now (after an action elsewhere) in its row, when listed.
    void showTaskChanged(const Task &task);

Q_SIGNALS:
    /// The user opened the task `taskId` (of process `runId`, empty for none).
    void openTaskRequested(const QString &taskId, const QString &runId);
    /// The user chose `action` on the task from the list's context menu: open it and act.
    void actionRequested(const QString &taskId, const QString &runId, TaskAction action);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFilters();
    void setUpList();
    /// The default column widths for the list's width ("Reset column widths"), kept.
    void resetColumnWidths();
    void loadChoices();
    void fillSorts();
    void fillPickers();
    void applyQuery();
    /// A click on a column header: the sort of that column where the server has one.
    void sortByColumn(int column);
    void updateSortIndicator();
    void onSessionChanged();
    void onLoadingChanged(bool loading);
    void onFailed(const ApiError &error, int pageNumber);
    /// The member or process list behind "Assigned to…" or "In a process…" arrived or failed.
    void onPickerLoaded(DirectoryCache::What what);
    void onPickerFailed(DirectoryCache::What what, const ApiError &error);
    /// The list shown needs a member or process that is not chosen yet (its picker is loading,
    /// or failed to load).
    [[nodiscard]] bool waitsForPicker() const;
    /// Retry: the picker's list when that failed, else the page that failed.
    void retry();
    void updateStates();
    void updateSearchHint();
    void openIndex(const QModelIndex &index);
    [[nodiscard]] QString emptyReason() const;

    std::unique_ptr<Ui::TasksPane> m_ui;
    Session &m_session;
    TaskListModel *m_model;
    BusyIndicator *m_busy = nullptr;
    QString m_organization;
    bool m_started = false;
    /// focusList() came while the list was hidden: it takes the keys when its rows come.
    bool m_focusListOnRows = false;
    bool m_restoring = false;
    /// The default column widths wait for the list to show (its width is not known yet).
    bool m_columnsPending = false;
    /// The picker list that failed to load, while its error shows.
    std::optional<DirectoryCache::What> m_pickerFailed;
};
