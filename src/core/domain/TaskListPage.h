#pragma once

#include "core/domain/PageMeta.h"
#include "core/domain/TaskListItem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// One page of a task list as the server sent it: the rows that parsed and the pagination.
struct TaskListPage final {
    QList<TaskListItem> items;
    PageMeta meta;
    int skipped = 0; ///< items that were not task objects

    /// `{"data": [...], "meta": {...}}`; nullopt (and `error`) when the body is not that.
    static std::optional<TaskListPage> fromResponseBody(const QByteArray &body,
                                                        QString *error = nullptr);
};
