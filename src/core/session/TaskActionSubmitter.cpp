#include "core/session/TaskActionSubmitter.h"

#include "core/api/ApiErrorText.h"
#include "core/api/TaskActionsApi.h"
#include "core/api/TasksApi.h"
#include "core/session/Session.h"

using namespace Qt::StringLiterals;

TaskActionSubmitter::TaskActionSubmitter(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

TaskActionSubmitter::~TaskActionSubmitter() {
    m_call.cancel();
}

bool TaskActionSubmitter::isBusy() const {
    return m_state == State::Rereading || m_state == State::Sending || m_state == State::Verifying;
}

bool TaskActionSubmitter::start(TaskAction action, const Task &task, const QDateTime &readAt) {
    if (isBusy())
        return false;
    m_action = action;
    m_task = task;
    m_error.reset();
    m_message.clear();
    const bool stale =
        !readAt.isValid() || readAt.secsTo(QDateTime::currentDateTimeUtc()) > StaleAfterSeconds;
    if (!stale) {
        send();
        return true;
    }
    setState(State::Rereading);
    m_call = m_session.tasks()->getTask(task.id, {}, task.runId, this, [this](Result<Task> read) {
        m_call = {};
        if (!read.ok()) {
            m_error = read.error();
            end(State::Refused, ApiErrorText::userText(read.error()));
            return;
        }
        m_task = read.value();
        send();
    });
    return true;
}

void TaskActionSubmitter::send() {
    QString whyNot;
    const auto plan = TaskActionPlan::make(*m_action, *m_task, &whyNot);
    if (!plan) {
        end(State::NotApplicable, tr("Nothing was sent: %1").arg(whyNot));
        return;
    }
    setState(State::Sending);
    m_call = m_session.actions()->perform(*plan, this, [this](Result<Task> answer) {
        m_call = {};
        if (answer.ok()) {
            m_task = answer.value();
            end(State::Done, doneText());
            return;
        }
        m_error = answer.error();
        if (answer.error().kind == ApiError::Kind::Cancelled) {
            end(State::Unknown, tr("Cancelled while the answer was awaited."));
            return;
        }
        if (answer.error().mayHaveBeenProcessed()) { // a re-read tells
            verify();
            return;
        }
        end(State::Refused, refusalText(answer.error()));
    });
}

QString TaskActionSubmitter::refusalText(const ApiError &error) const {
    // A 422 names what is missing (e.g. required form fields): say exactly that.
    QStringList problems;
    for (const QStringList &messages : error.fieldErrors)
        problems += messages;
    if (error.kind == ApiError::Kind::Validation && !problems.isEmpty())
        return tr("Tallyfy refused it: %1").arg(problems.join(u' '));
    return ApiErrorText::userText(error);
}

void TaskActionSubmitter::verify() {
    setState(State::Verifying);
    m_call =
        m_session.tasks()->getTask(m_task->id, {}, m_task->runId, this, [this](Result<Task> read) {
            m_call = {};
            if (!read.ok()) {
                end(State::Unknown, tr("The answer was lost, and the task could "
                                       "not be read to find out whether it "
                                       "changed. Look it up again before "
                                       "trying again."));
                return;
            }
            m_task = read.value();
            if (TaskActionPlan::tookEffect(*m_action, *m_task))
                end(State::Done, doneText());
            else
                end(State::Failed, notDoneText());
        });
}

QString TaskActionSubmitter::doneText() const {
    switch (*m_action) {
    case TaskAction::Complete:
        return tr("The task is now complete.");
    case TaskAction::Approve:
        return tr("The task is now approved.");
    case TaskAction::Reject:
        return tr("The task is now rejected.");
    case TaskAction::Acknowledge:
        return tr("The task is now acknowledged.");
    case TaskAction::Reopen:
        return tr("The task is open again.");
    }
    return {};
}

QString TaskActionSubmitter::notDoneText() const {
    const QString why = m_error ? ApiErrorText::whatHappened(*m_error) : QString();
    switch (*m_action) {
    case TaskAction::Reopen:
        return tr("Not reopened: %1 Try again.").arg(why);
    default:
        return tr("Not done: %1 The task is unchanged; try again.").arg(why);
    }
}

void TaskActionSubmitter::end(State state, const QString &message) {
    m_message = message;
    setState(state);
    Q_EMIT finished(state);
}

void TaskActionSubmitter::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
