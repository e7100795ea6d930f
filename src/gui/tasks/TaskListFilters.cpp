#include "gui/tasks/TaskListFilters.h"

#include "core/session/DirectoryCache.h"

#include <QComboBox>

#include <utility>

using Q = TaskListQuery;

namespace {

/// Fills `box` with `choices`, keeping the current one when it is among them (else the first).
void fill(QComboBox &box, const QList<std::pair<QString, QVariant>> &choices) {
    const QVariant kept = box.currentData();
    const QSignalBlocker block(&box);
    box.clear();
    for (const auto &[text, value] : choices)
        box.addItem(text, value);
    const int index = kept.isValid() ? box.findData(kept) : -1;
    box.setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

void TaskListFilters::fillShows(QComboBox &box) {
    fill(box, {{tr("My tasks"), int(Q::Show::Mine)},
               {tr("All tasks"), int(Q::Show::All)},
               {tr("Assigned to…"), int(Q::Show::Member)},
               {tr("In a process…"), int(Q::Show::Run)}});
}

void TaskListFilters::fillStatuses(QComboBox &box) {
    fill(box, {{tr("Open"), int(Q::Status::Open)},
               {tr("Not started"), int(Q::Status::NotStarted)},
               {tr("In progress"), int(Q::Status::InProgress)},
               {tr("Overdue"), int(Q::Status::Overdue)},
               {tr("Due soon"), int(Q::Status::DueSoon)},
               {tr("Has a problem"), int(Q::Status::HasProblem)},
               {tr("Completed"), int(Q::Status::Completed)},
               {tr("All"), int(Q::Status::All)}});
}

void TaskListFilters::fillTypes(QComboBox &box) {
    fill(box, {{tr("Any"), int(Q::Type::Any)},
               {tr("Task"), int(Q::Type::Task)},
               {tr("Approval"), int(Q::Type::Approval)},
               {tr("Expiring"), int(Q::Type::Expiring)},
               {tr("Email"), int(Q::Type::Email)}});
}

void TaskListFilters::fillSorts(QComboBox &box, TaskListQuery::Show show) {
    QList<std::pair<QString, QVariant>> choices;
    for (const Q::Sort sort : Q::sortsFor(show)) {
        QString text;
        switch (sort) {
        case Q::Sort::Deadline:
            text = tr("Deadline");
            break;
        case Q::Sort::Newest:
            text = tr("Newest");
            break;
        case Q::Sort::Problems:
            text = tr("Problems first");
            break;
        case Q::Sort::CompletedNewest:
            text = tr("Recently completed");
            break;
        case Q::Sort::Position:
            text = tr("Order in the process");
            break;
        }
        choices.append({text, int(sort)});
    }
    fill(box, choices);
}

void TaskListFilters::fillMembers(QComboBox &box, const DirectoryCache &cache) {
    QList<std::pair<QString, QVariant>> choices;
    for (const Member &member : cache.members())
        choices.append({member.displayName(), member.id});
    if (choices.isEmpty()) {
        choices.append({cache.isLoaded(DirectoryCache::What::Members) ? tr("No members")
                                                                      : tr("Loading members…"),
                        qint64(0)});
    }
    fill(box, choices);
}

void TaskListFilters::fillRuns(QComboBox &box, const DirectoryCache &cache) {
    QList<std::pair<QString, QVariant>> choices;
    for (const Run &run : cache.runs())
        choices.append({run.name, run.id});
    if (choices.isEmpty()) {
        choices.append({cache.isLoaded(DirectoryCache::What::Runs) ? tr("No processes")
                                                                   : tr("Loading processes…"),
                        QString()});
    }
    fill(box, choices);
}
