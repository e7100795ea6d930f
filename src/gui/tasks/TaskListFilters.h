#pragma once

#include "core/domain/TaskListQuery.h"

#include <QCoreApplication>

class DirectoryCache;
class QComboBox;

/// The choices of the Tasks list's filter bar, in the language shown. Each function fills a box
/// with the choices' texts and their TaskListQuery values as item data, and keeps the choice
/// made before when it is still offered.
class TaskListFilters final {
    Q_DECLARE_TR_FUNCTIONS(TaskListFilters)

public:
    TaskListFilters() = delete;

    /// My tasks, All tasks, Assigned to…, In a process….
    static void fillShows(QComboBox &box);
    static void fillStatuses(QComboBox &box);
    static void fillTypes(QComboBox &box);
    /// The orders the server offers for the list `show`.
    static void fillSorts(QComboBox &box, TaskListQuery::Show show);
    /// The members for "Assigned to…" (their IDs as data), or one entry saying that they are
    /// loading or that there are none (data 0).
    static void fillMembers(QComboBox &box, const DirectoryCache &cache);
    /// The processes for "In a process…" (their IDs as data), or one entry saying that they are
    /// loading or that there are none (an empty ID).
    static void fillRuns(QComboBox &box, const DirectoryCache &cache);
};
