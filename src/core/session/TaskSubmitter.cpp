#include "core/session/TaskSubmitter.h"

#include "core/api/ApiClient.h"
#include "core/api/DirectoryApi.h"
#include "core/api/TasksApi.h"
#include "core/session/Session.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSubmit, "taskdesk.session.create", QtInfoMsg)

TaskSubmitter::TaskSubmitter(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &TaskSubmitter::tick);
}

TaskSubmitter::~TaskSubmitter() = default;

bool TaskSubmitter::submit(const OneOffTaskDraft &draft) {
    if (isBusy() || outcomeUnknown()) {
        qCDebug(lcSubmit) << "Create refused: busy or outcome unknown, state" << m_state;
        return false;
    }
    send(draft);
    return true;
}

bool TaskSubmitter::sendAgain(const OneOffTaskDraft &draft) {
    if (isBusy() || m_state == State::Uncertain)
        return false;
    send(draft);
    return true;
}

bool TaskSubmitter::check() {
    if (!outcomeUnknown() || m_state == State::Checking)
        return false;
    m_matches.clear();
    m_checkError.reset();
    setState(State::Checking);
    // The check looks for tasks this user started; who that is comes from GET /me. Without it
    // (an error), every one-off task with the title counts.
    m_checkCall = m_session.directory()->me(this, [this](const Result<Me> &me) {
        if (!me.ok() && me.error().kind == ApiError::Kind::Cancelled)
            return;
        findMatches(me.ok() ? me.value().id : 0);
    });
    return true;
}

void TaskSubmitter::reset() {
    m_checkCall.cancel();
    m_fanOutCall.cancel();
    m_error.reset();
    m_matches.clear();
    m_checkError.reset();
    m_fanOut.reset();
    m_fanOutError.reset();
    if (m_state != State::Sending)
        setState(State::Idle);
}

void TaskSubmitter::refreshFanOut() {
    if (!m_created.has_value() || m_created->runId.isEmpty() || m_fanOutCall.isActive())
        return;
    m_fanOutError.reset();
    m_fanOutCall = m_session.tasks()->listRunTasks(
        m_created->runId, {}, this, [this](const Result<QList<Task>> &result) {
            if (!result.ok() && result.error().kind == ApiError::Kind::Cancelled)
                return;
            if (result.ok())
                m_fanOut = result.value();
            else
                m_fanOutError = result.error();
            Q_EMIT fanOutChanged();
        });
    Q_EMIT fanOutChanged();
}

bool TaskSubmitter::isBusy() const {
    return m_state == State::Sending || m_state == State::Checking;
}

bool TaskSubmitter::outcomeUnknown() const {
    return m_state == State::Uncertain || m_state == State::Checking || m_state == State::Checked;
}

int TaskSubmitter::retrySecondsLeft() const {
    if (!m_retryAt.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void TaskSubmitter::send(const OneOffTaskDraft &draft) {
    m_sent = draft;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_error.reset();
    m_created.reset();
    m_matches.clear();
    m_checkError.reset();
    m_fanOut.reset();
    m_fanOutError.reset();
    m_retryAt = {};
    setState(State::Sending);
    qCInfo(lcSubmit) << "Creating a one-off task";
    m_createCall = m_session.tasks()->createOneOffTask(
        draft, this, [this](const Result<Task> &result) { finished(result); });
    // Only this create's own retries start the countdown, never another request's.
    m_createCall.onRetryScheduled(
        this, [this](int, double waitSeconds) { onRetryScheduled(waitSeconds); });
}

void TaskSubmitter::finished(const Result<Task> &result) {
    m_retryAt = {};
    m_countdown.stop();
    if (m_lastCountdown != 0) {
        m_lastCountdown = 0;
        Q_EMIT retryCountdown(0);
    }
    if (result.ok()) {
        m_created = result.value();
        qCInfo(lcSubmit) << "Created task" << m_created->id;
        setState(State::Created);
        Q_EMIT created(*m_created);
        if (m_sent.separateTaskForEachAssignee && !m_created->runId.isEmpty())
            refreshFanOut();
        return;
    }
    const ApiError &error = result.error();
    qCInfo(lcSubmit) << "Create failed:" << ApiError::kindName(error.kind) << error.httpStatus;
    if (error.kind == ApiError::Kind::Cancelled) {
        setState(State::Idle);
        return;
    }
    m_error = error;
    setState(error.mayHaveBeenProcessed() ? State::Uncertain : State::Refused);
}

void TaskSubmitter::onRetryScheduled(double waitSeconds) {
    if (m_state != State::Sending)
        return;
    m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(qint64(std::ceil(waitSeconds * 1000)));
    m_countdown.start();
    tick();
}

void TaskSubmitter::tick() {
    const int left = retrySecondsLeft();
    if (left == 0) {
        m_countdown.stop();
        m_retryAt = {};
    }
    if (left != m_lastCountdown || left == 0) {
        m_lastCountdown = left;
        Q_EMIT retryCountdown(left);
    }
}

void TaskSubmitter::findMatches(qint64 starterId) {
    const QDateTime since = m_sentAt.addSecs(-qint64(CheckWindowMinutes) * 60);
    m_checkCall = m_session.tasks()->findRecentOneOffTasks(
        m_sent.title, since, starterId, this, [this, since](const Result<QList<Task>> &result) {
            if (!result.ok()) {
                if (result.error().kind == ApiError::Kind::Cancelled)
                    return;
                m_checkError = result.error();
                setState(State::Checked);
                return;
            }
            QList<Task> matches;
            for (const Task &task : result.value()) {
                if (!task.createdAt.isValid() || task.createdAt >= since)
                    matches.append(task);
            }
            std::stable_sort(matches.begin(), matches.end(), [](const Task &a, const Task &b) {
                return a.createdAt > b.createdAt;
            });
            m_matches = matches;
            setState(State::Checked);
        });
}

void TaskSubmitter::setState(State state) {
    if (m_state == state) {
        Q_EMIT stateChanged(state); // details (error, matches) may have changed
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}
