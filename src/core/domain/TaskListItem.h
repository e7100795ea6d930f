#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One row of a task list: only what the list shows, plus the IDs to open the task (the whole
/// task is fetched when it is opened). Small on purpose: 100,000 rows must fit in tens of MB.
struct TaskListItem final {
    QString id;    ///< 32 hex
    QString runId; ///< empty for a one-off task without a process
    QString title;
    QString status;     ///< the task's own status: not-started, in-progress, completed, ...
    QString taskType;   ///< task, approval, expiring, email, expiring_email, ...
    QDateTime deadline; ///< UTC; invalid when none
    QList<qint64> userIds;
    QStringList groupIds;
    QStringList guestEmails;
    QString processName; ///< the run's name when the list sent it
    bool oneOff = false;
    bool hasProblem = false;
    bool problemKnown = false; ///< the item carried `has_issues` or `problem` at all

    [[nodiscard]] bool isCompleted() const;
    /// Open and past its deadline at `now`.
    [[nodiscard]] bool isOverdue(const QDateTime &now) const;

    /// A list item (a task object, owners as IDs or objects, the run include wrapped or not);
    /// nullopt without a valid ID.
    static std::optional<TaskListItem> fromJson(const QJsonObject &object);
};
// Every member is relocatable: a list of 100,000 rows grows by realloc, not row by row.
Q_DECLARE_TYPEINFO(TaskListItem, Q_RELOCATABLE_TYPE);
