#include "core/domain/TaskReference.h"

#include "core/domain/Json.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool isContainerKeyword(const QString &segment) {
    return segment == "tasks"_L1 || segment == "processes"_L1 || segment == "runs"_L1;
}

bool isRunKeyword(const QString &segment) {
    return segment == "processes"_L1 || segment == "runs"_L1;
}

} // namespace

QString TaskReference::errorText() const {
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("TaskReference",
                                           "Enter a task ID or paste a link to a task.");
    case Problem::NotTaskId:
        return QCoreApplication::translate("TaskReference",
                                           "A task ID is 32 hexadecimal characters (0-9, a-f).");
    case Problem::LinkWithoutTaskId:
        return QCoreApplication::translate("TaskReference",
                                           "This link does not contain a task ID.");
    }
    return {};
}

TaskReference TaskReference::parse(const QString &text) {
    TaskReference ref;
    const QString input = text.trimmed().toLower();
    if (input.isEmpty()) {
        ref.problem = Problem::Empty;
        return ref;
    }
    if (Json::isHexId(input)) {
        ref.taskId = input;
        ref.problem = Problem::None;
        return ref;
    }

    const bool looksLikeLink = input.contains(u'/');
    if (!looksLikeLink) {
        ref.problem = Problem::NotTaskId;
        return ref;
    }

    // Path, query and fragment are all searched: the web app may route inside the fragment.
    static const QRegularExpression separators(u"[/?#&=]+"_s);
    const QStringList segments = input.split(separators, Qt::SkipEmptyParts);
    qsizetype taskIndex = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments.at(i) == "tasks"_L1 && Json::isHexId(segments.at(i + 1))) {
            taskIndex = i + 1;
            break;
        }
    }
    if (taskIndex < 0) {
        ref.problem = Problem::LinkWithoutTaskId;
        return ref;
    }
    ref.taskId = segments.at(taskIndex);
    ref.problem = Problem::None;

    const qsizetype keywordIndex = taskIndex - 1; // "tasks"
    if (keywordIndex >= 2 && isRunKeyword(segments.at(keywordIndex - 2)) &&
        Json::isHexId(segments.at(keywordIndex - 1)))
        ref.runId = segments.at(keywordIndex - 1);

    for (qsizetype j = 0; j < keywordIndex; ++j) {
        const QString &segment = segments.at(j);
        if (!Json::isHexId(segment))
            continue;
        const QString previous = j > 0 ? segments.at(j - 1) : QString();
        if (previous == "organizations"_L1) {
            ref.orgId = segment;
            break;
        }
        if (!isRunKeyword(previous) && previous != "tasks"_L1 &&
            isContainerKeyword(segments.at(j + 1))) {
            ref.orgId = segment;
            break;
        }
    }
    return ref;
}
