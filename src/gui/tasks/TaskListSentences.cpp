#include "gui/tasks/TaskListSentences.h"

#include <QLocale>

using Q = TaskListQuery;

QString TaskListSentences::emptyReason(const Situation &situation) {
    using Connection = Situation::Connection;
    if (situation.connection == Connection::Resolving)
        return tr("Loading tasks…"); // the token is being read, or the sandbox is starting
    if (situation.connection == Connection::Unready)
        return tr("Connect to Tallyfy in Settings, or try the sandbox, to see your tasks.");
    const TaskListQuery &q = situation.query;
    if (q.lacksSubject() && q.show == Q::Show::Member) {
        return situation.pickerLoading ? tr("Loading members…")
                                       : tr("Choose a member to see the tasks assigned to them.");
    }
    if (q.lacksSubject()) {
        if (situation.pickerLoading)
            return tr("Loading processes…");
        return situation.noProcesses ? tr("The organization has no processes to choose from.")
                                     : tr("Choose a process to see its tasks.");
    }
    if (situation.loading)
        return tr("Loading tasks…");
    if (situation.failed)
        return tr("No tasks could be loaded.");
    if (situation.loaded > 0)
        return tr("No loaded task matches “%1”.").arg(situation.loadedSearch.trimmed());
    const QString tasks = tasksPhrase(q.status);
    switch (q.show) {
    case Q::Show::Mine:
        return tr("No %1 are assigned to you.").arg(tasks);
    case Q::Show::Member:
        return tr("No %1 are assigned to %2.").arg(tasks, situation.memberName);
    case Q::Show::Run:
        return tr("This process has no %1.").arg(tasks);
    case Q::Show::All:
        break;
    }
    return q.search.isEmpty() ? tr("The organization has no %1.").arg(tasks)
                              : tr("No %1 match “%2”.").arg(tasks, q.search);
}

QString TaskListSentences::tasksPhrase(TaskListQuery::Status status) {
    // Each phrase follows "no" in the sentences of emptyReason(): "No open tasks are assigned
    // to you", "The organization has no tasks with a problem".
    switch (status) {
    case Q::Status::Open:
        return tr("open tasks", "after \"no\"");
    case Q::Status::NotStarted:
        return tr("tasks that have not started", "after \"no\"");
    case Q::Status::InProgress:
        return tr("tasks in progress", "after \"no\"");
    case Q::Status::Overdue:
        return tr("overdue tasks", "after \"no\"");
    case Q::Status::DueSoon:
        return tr("tasks due soon", "after \"no\"");
    case Q::Status::HasProblem:
        return tr("tasks with a problem", "after \"no\"");
    case Q::Status::Completed:
        return tr("completed tasks", "after \"no\"");
    case Q::Status::All:
        break;
    }
    return tr("tasks", "after \"no\"");
}

QString TaskListSentences::footer(int shown, int loaded, int total, bool atEnd) {
    if (loaded == 0)
        return {};
    if (shown != loaded)
        return tr("%1 of %n loaded task(s) match", nullptr, loaded).arg(QLocale().toString(shown));
    if (total >= 0)
        return tr("Showing %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total));
    return atEnd ? tr("%n task(s)", nullptr, loaded) : tr("%n loaded, more…", nullptr, loaded);
}
