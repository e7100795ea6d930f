#include "gui/newtask/NewTaskResult.h"

#include "core/domain/Task.h"
#include "core/session/TaskSubmitter.h"
#include "models/DisplayFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

/// A title as a sentence quotes it: cut to what a label can show.
QString quoted(const QString &title) {
    return DisplayFormat::elided(title);
}

} // namespace

QString NewTaskResult::localText(const QDateTime &dateTime) {
    //: A QLocale::toString() date and time pattern
    return QLocale().toString(dateTime.toLocalTime(), tr("ddd yyyy-MM-dd HH:mm"));
}

QString NewTaskResult::toneName(Tone tone) {
    // In the order of Tone.
    static constexpr QLatin1StringView names[] = {"ok"_L1, "info"_L1, "warning"_L1, "error"_L1};
    return names[int(tone)];
}

NewTaskResult NewTaskResult::describe(const TaskSubmitter &submitter, const QString &note,
                                      bool hasTaskId, const QString &unplacedErrors) {
    using State = TaskSubmitter::State;
    const State state = submitter.state();
    const QString title = quoted(submitter.sentDraft().title.trimmed());
    NewTaskResult result;
    result.checkEnabled = state != State::Checking;
    result.checkText = state == State::Checked ? tr("Check again") : tr("Check");
    result.refreshEnabled = !submitter.isListingFanOut();
    result.dismissable = state == State::Created || state == State::Refused || state == State::Idle;

    switch (state) {
    case State::Idle:
        result.text = note;
        result.tone = Tone::Ok;
        result.copyId = !note.isEmpty() && hasTaskId;
        break;
    case State::Sending: {
        const int left = submitter.retrySecondsLeft();
        if (left > 0) {
            result.text = tr("Tallyfy asked to slow down (rate limit). The task was not created "
                             "yet; sending it again in %n second(s)\u2026",
                             nullptr, left);
            result.tone = Tone::Warning;
        } else {
            result.text = tr("Creating \u201c%1\u201d\u2026").arg(title);
        }
        break;
    }
    case State::Created: {
        const Task &task = *submitter.createdTask();
        QStringList lines;
        lines.append(tr("Created \u201c%1\u201d. Task ID: %2").arg(quoted(task.title), task.id));
        const OneOffTaskDraft &sent = submitter.sentDraft();
        if (task.deadline.isValid() && sent.deadline.isValid() &&
            task.deadline.toSecsSinceEpoch() != sent.deadline.toSecsSinceEpoch())
            lines.append(tr("Tallyfy moved the deadline to %1 (the organization's working "
                            "hours).")
                             .arg(localText(task.deadline)));
        if (sent.descriptionLostIn(task.raw))
            lines.append(tr("The description may not have been saved: Tallyfy returned none."));
        if (sent.separateTaskForEachAssignee && !task.runId.isEmpty()) {
            result.refresh = true;
            if (submitter.isListingFanOut())
                lines.append(tr("Counting the tasks created for each assignee\u2026"));
            else if (const auto &tasks = submitter.fanOutTasks())
                lines.append(tr("%n task(s) were created, one per assignee, in process %1. The "
                                "list can lag for a moment after a create: Refresh counts again.",
                                nullptr, int(tasks->size()))
                                 .arg(task.runId));
            else if (const auto &error = submitter.fanOutError())
                lines.append(tr("Could not list the tasks of process %1: %2")
                                 .arg(task.runId, error->userText()));
        }
        result.text = lines.join(u'\n');
        result.tone = Tone::Ok;
        result.copyId = true;
        break;
    }
    case State::Refused: {
        const ApiError &error = *submitter.lastError();
        if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
            result.text = tr("Tallyfy refused the task: %n field(s) need attention. Nothing was "
                             "created.",
                             nullptr, int(error.fieldErrors.size()));
            if (!unplacedErrors.isEmpty())
                result.text += u'\n' + DisplayFormat::elided(unplacedErrors);
        } else {
            result.text = tr("The task was not created: %1").arg(error.userText());
        }
        result.tone = Tone::Error;
        break;
    }
    case State::Uncertain:
        // The error's own advice ("try again") would be wrong here: sending again could create
        // the task twice.
        result.text = tr("%1 The task may have been created anyway, so nothing was sent again. "
                         "Check whether it exists before sending it again.")
                          .arg(submitter.lastError()->whatHappened());
        result.tone = Tone::Warning;
        result.check = true;
        break;
    case State::Checking:
        result.text = tr("Looking for \u201c%1\u201d among the one-off tasks created in the last "
                         "minutes\u2026")
                          .arg(title);
        result.tone = Tone::Warning;
        result.check = true;
        break;
    case State::Checked:
        if (const auto &error = submitter.checkError()) {
            result.text = tr("Could not check whether the task exists: %1").arg(error->userText());
            result.check = true;
            result.sendAgain = true;
        } else if (!submitter.matches().isEmpty()) {
            const Task &match = submitter.matches().first();
            result.text = tr("Found it: \u201c%1\u201d was created at %2 (task ID %3). Your "
                             "request did reach Tallyfy.")
                              .arg(quoted(match.title),
                                   match.createdAt.isValid() ? localText(match.createdAt) : tr("?"),
                                   match.id);
            if (submitter.matches().size() > 1)
                result.text += u'\n' + tr("%n task(s) with this title were created in the last "
                                          "minutes; the newest is shown.",
                                          nullptr, int(submitter.matches().size()));
            result.openFound = true;
            result.sendAgain = true;
        } else {
            result.text = tr("No task called \u201c%1\u201d was created in the last %2 minutes. "
                             "It is safe to send it again.")
                              .arg(title)
                              .arg(TaskSubmitter::CheckWindowMinutes);
            result.check = true;
            result.sendAgain = true;
        }
        result.tone = Tone::Warning;
        break;
    }
    return result;
}
