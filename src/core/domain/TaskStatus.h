#pragma once

#include <QString>

#include <optional>

/// Display text for a task's `status` (tallyfy-api-notes.md 2.2), through
/// QCoreApplication::translate("TaskStatus", ...).
namespace TaskStatus {

/// not-started -> "Not started", active -> "Active", in-progress -> "In progress",
/// auto-skipped -> "Skipped by rules"; completed is refined: approval true -> "Approved",
/// approval false -> "Rejected", expiring false -> "Expired", expiring otherwise ->
/// "Acknowledged", other types -> "Completed". Anything else: `statusLabel`, else the raw value.
QString displayText(const QString &status, const QString &statusLabel, const QString &taskType,
                    std::optional<bool> isApproved);

} // namespace TaskStatus
