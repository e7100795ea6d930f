#include "core/session/TaskLookup.h"

#include "core/api/TasksApi.h"
#include "core/session/Session.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTaskLookup, "taskdesk.session.lookup", QtInfoMsg)

TaskLookup::TaskLookup(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &Session::stateChanged, this, &TaskLookup::onSessionStateChanged);
}

TaskLookup::~TaskLookup() {
    m_call.cancel();
}

void TaskLookup::start(const Request &request) {
    m_request = request;
    send();
}

void TaskLookup::send() {
    const quint64 serial = ++m_serial;
    m_call.cancel();
    m_call = {};
    switch (m_session.state()) {
    case Session::State::Resolving:
        m_waitingForToken = true;
        setBusy(true);
        Q_EMIT waitingForToken();
        return;
    case Session::State::NotConfigured:
        m_waitingForToken = false;
        setBusy(false);
        Q_EMIT notConnected();
        return;
    case Session::State::Ready:
        break;
    }
    m_waitingForToken = false;
    setBusy(true);
    qCDebug(lcTaskLookup) << "looking up" << m_request.taskId << "with" << m_request.includes
                          << "run" << m_request.runId;
    const Request request = m_request;
    Q_EMIT sent(request); // before any answer, however soon it comes
    m_call = m_session.tasks()->getTask(
        request.taskId, request.includes, request.runId, this,
        [this, serial, request](const Result<Task> &result) { onAnswer(serial, request, result); });
}

void TaskLookup::onAnswer(quint64 serial, const Request &request, const Result<Task> &result) {
    if (serial != m_serial)
        return; // replaced by a newer lookup, or cancelled
    m_call = {};
    setBusy(false);
    if (result.ok()) {
        Q_EMIT found(result.value(), request);
        return;
    }
    qCInfo(lcTaskLookup) << "lookup failed:" << ApiError::kindName(result.error().kind)
                         << result.error().httpStatus;
    Q_EMIT failed(result.error(), request);
}

bool TaskLookup::cancel() {
    if (!m_busy)
        return false;
    ++m_serial;
    m_call.cancel();
    m_call = {};
    m_waitingForToken = false;
    setBusy(false);
    return true;
}

void TaskLookup::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void TaskLookup::onSessionStateChanged() {
    if (m_waitingForToken && m_session.state() != Session::State::Resolving)
        send();
}
