#include "core/domain/TaskType.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<TaskType> TaskType::all() {
    return {
        {u"task"_s, QCoreApplication::translate("TaskType", "Task"),
         QCoreApplication::translate("TaskType", "A piece of work that assignees mark as "
                                                 "complete.")},
        {u"approval"_s, QCoreApplication::translate("TaskType", "Approve/Reject"),
         QCoreApplication::translate("TaskType", "Assignees approve or reject it; completing it "
                                                 "records the decision.")},
        {u"expiring"_s, QCoreApplication::translate("TaskType", "Expiring"),
         QCoreApplication::translate("TaskType", "Assignees acknowledge it; it completes itself "
                                                 "at the deadline.")},
        {u"email"_s, QCoreApplication::translate("TaskType", "Email draft"),
         QCoreApplication::translate("TaskType", "An email that an assignee reviews and sends "
                                                 "by hand.")},
        {u"expiring_email"_s, QCoreApplication::translate("TaskType", "Email auto-send"),
         QCoreApplication::translate("TaskType", "An email that is sent automatically at the "
                                                 "deadline.")},
    };
}

bool TaskType::isKnown(const QString &key) {
    return key == "task"_L1 || key == "approval"_L1 || key == "expiring"_L1 || key == "email"_L1 ||
           key == "expiring_email"_L1;
}

QString TaskType::displayName(const QString &key) {
    const QList<TaskType> types = all();
    for (const TaskType &type : types) {
        if (type.key == key)
            return type.name;
    }
    return key;
}

QString TaskType::defaultKey() {
    return u"task"_s;
}
