#pragma once

#include "core/domain/TaskListQuery.h"

#include <QCoreApplication>
#include <QString>

/// What the Tasks list says about itself: the sentence on an empty list ("No open tasks are
/// assigned to you") and the footer under a full one ("Showing 300 of 12,345"). Plain functions
/// of the list's situation, so that every sentence reads right whatever the filter.
class TaskListSentences final {
    Q_DECLARE_TR_FUNCTIONS(TaskListSentences)

public:
    /// What the empty list's sentence depends on.
    struct Situation final {
        enum class Connection { Resolving, Unready, Ready };
        Connection connection = Connection::Ready;
        TaskListQuery query;        ///< as the filter bar has it
        QString memberName;         ///< the member picked for "Assigned to…"
        QString loadedSearch;       ///< Search's text, over the rows loaded
        bool pickerLoading = false; ///< the member or process list the query needs is loading
        bool noProcesses = false;   ///< the process list is loaded, and empty
        bool loading = false;       ///< the list has not started, or a page is awaited
        bool failed = false;        ///< the last page asked for failed
        int loaded = 0;             ///< rows loaded, shown or not
    };

    TaskListSentences() = delete;

    /// Why the list shows no row.
    [[nodiscard]] static QString emptyReason(const Situation &situation);
    /// "open tasks", "tasks with a problem", ...: the tasks of `status`, as they follow "no" in
    /// the empty list's sentences.
    [[nodiscard]] static QString tasksPhrase(TaskListQuery::Status status);
    /// "Showing 300 of 12,345", "12 of 300 loaded tasks match", "300 loaded, more…", or empty
    /// when nothing is loaded (the empty list says why). `total` is -1 when the server did not
    /// say.
    [[nodiscard]] static QString footer(int shown, int loaded, int total, bool atEnd);
};
