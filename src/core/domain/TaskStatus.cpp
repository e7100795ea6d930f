#include "core/domain/TaskStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TaskStatus {

QString displayText(const QString &status, const QString &statusLabel, const QString &taskType,
                    std::optional<bool> isApproved) {
    if (status == "not-started"_L1)
        return QCoreApplication::translate("TaskStatus", "Not started");
    if (status == "active"_L1)
        return QCoreApplication::translate("TaskStatus", "Active");
    if (status == "in-progress"_L1)
        return QCoreApplication::translate("TaskStatus", "In progress");
    if (status == "auto-skipped"_L1)
        return QCoreApplication::translate("TaskStatus", "Skipped by rules");
    if (status == "completed"_L1) {
        if (taskType == "approval"_L1 && isApproved.has_value()) {
            return *isApproved ? QCoreApplication::translate("TaskStatus", "Approved")
                               : QCoreApplication::translate("TaskStatus", "Rejected");
        }
        if (taskType == "expiring"_L1) {
            return isApproved == std::optional<bool>(false)
                       ? QCoreApplication::translate("TaskStatus", "Expired")
                       : QCoreApplication::translate("TaskStatus", "Acknowledged");
        }
        return QCoreApplication::translate("TaskStatus", "Completed");
    }
    if (!statusLabel.trimmed().isEmpty())
        return statusLabel.trimmed();
    return status;
}

} // namespace TaskStatus
