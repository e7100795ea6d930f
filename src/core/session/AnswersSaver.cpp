#include "core/session/AnswersSaver.h"

#include "core/api/ApiErrorText.h"
#include "core/api/TaskAnswersApi.h"
#include "core/api/TasksApi.h"
#include "core/session/Session.h"

using namespace Qt::StringLiterals;

AnswersSaver::AnswersSaver(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

AnswersSaver::~AnswersSaver() = default;

bool AnswersSaver::save(const TaskAnswersUpdate &update) {
    if (m_update || !update.hasChanges())
        return false;
    m_update = update;
    Q_EMIT savingChanged(true);
    m_call = m_session.answers()->save(update, this, [this](Result<TaskAnswersSaved> result) {
        m_call = {};
        if (result.ok()) {
            TaskAnswersSaved saved = result.value();
            Outcome outcome;
            outcome.taskId = m_update->taskId;
            outcome.task = saved.task;
            outcome.saved = !saved.dropped.has_value();
            outcome.error = saved.dropped;
            outcome.message =
                outcome.saved ? tr("The answers are saved.") : saved.dropped->userText();
            finish(std::move(outcome));
            return;
        }
        const ApiError error = result.error();
        if (error.mayHaveBeenProcessed()) {
            verify(error);
            return;
        }
        Outcome outcome;
        outcome.taskId = m_update->taskId;
        outcome.error = error;
        outcome.message = error.kind == ApiError::Kind::Validation
                              ? tr("Not saved: some answers need a change (see the fields).")
                              : tr("Not saved: %1").arg(error.userText());
        finish(std::move(outcome));
    });
    return true;
}

void AnswersSaver::verify(const ApiError &error) {
    // Read the task as it is now and look for the answers sent; never send them again.
    m_call = m_session.tasks()->getTask(
        m_update->taskId, {u"form_fields"_s}, m_update->runId, this,
        [this, error](Result<Task> read) {
            m_call = {};
            Outcome outcome;
            outcome.taskId = m_update->taskId;
            if (!read.ok()) {
                outcome.error = error;
                outcome.message =
                    tr("The answer was lost (%1), and the task could not be read to find out "
                       "whether the answers were saved. Nothing was sent again; your answers are "
                       "kept. Reload the task before saving again.")
                        .arg(ApiErrorText::whatHappened(error));
                finish(std::move(outcome));
                return;
            }
            outcome.task = read.value();
            outcome.saved = m_update->isCarriedBy(read.value());
            if (outcome.saved) {
                outcome.message = tr("The answers are saved.");
            } else {
                outcome.error = error;
                outcome.message = tr("Not saved: %1 The task does not carry your answers; "
                                     "nothing was sent again. Your answers are kept; save again.")
                                      .arg(ApiErrorText::whatHappened(error));
            }
            finish(std::move(outcome));
        });
}

void AnswersSaver::finish(Outcome outcome) {
    m_update.reset();
    Q_EMIT savingChanged(false);
    Q_EMIT finished(outcome);
}
