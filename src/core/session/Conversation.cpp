#include "core/session/Conversation.h"

#include "core/api/ApiErrorText.h"
#include "core/api/TaskActionsApi.h"
#include "core/api/TasksApi.h"
#include "core/domain/CommentText.h"
#include "core/session/Session.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The words of comment HTML, to recognise a post the server may have reformatted: tags
// dropped, the entities CommentText writes decoded, white space collapsed.
QString wordsOf(const QString &html) {
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.replace(tags, u" "_s);
    text.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    return text.simplified();
}

} // namespace

Conversation::Conversation(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

Conversation::~Conversation() {
    m_load.cancel();
    m_post.cancel();
}

void Conversation::setTask(const QString &taskId, const QString &runId,
                           const std::optional<QList<Thread>> &threads) {
    m_load.cancel();
    m_load = {};
    const bool sameTask = taskId == m_taskId;
    m_taskId = taskId;
    m_runId = runId;
    if (threads) {
        m_threads = *threads;
        m_loadError.clear();
        setLoadState(LoadState::Loaded);
        Q_EMIT threadsChanged();
        return;
    }
    if (!sameTask && !m_threads.isEmpty()) {
        m_threads.clear();
        Q_EMIT threadsChanged();
    }
    load();
}

void Conversation::clear() {
    m_load.cancel();
    m_load = {};
    m_taskId.clear();
    m_runId.clear();
    m_loadError.clear();
    if (!m_threads.isEmpty()) {
        m_threads.clear();
        Q_EMIT threadsChanged();
    }
    setLoadState(LoadState::NoTask);
}

void Conversation::reload() {
    if (m_taskId.isEmpty())
        return;
    m_load.cancel();
    load();
}

void Conversation::load() {
    if (m_taskId.isEmpty()) {
        setLoadState(LoadState::NoTask);
        return;
    }
    m_loadError.clear();
    setLoadState(LoadState::Loading);
    m_load = m_session.tasks()->getTask(
        m_taskId, {u"threads"_s}, m_runId, this, [this](Result<Task> read) {
            m_load = {};
            if (!read.ok()) {
                if (read.error().kind == ApiError::Kind::Cancelled)
                    return;
                m_loadError = ApiErrorText::userText(read.error(), m_session.organizationName());
                setLoadState(LoadState::Failed);
                return;
            }
            m_threads = read.value().threads;
            setLoadState(LoadState::Loaded);
            Q_EMIT threadsChanged();
        });
}

void Conversation::setLoadState(LoadState state) {
    if (m_loadState == state)
        return;
    m_loadState = state;
    Q_EMIT loadStateChanged(state);
}

QList<Thread> Conversation::openProblems() const {
    QList<Thread> open;
    std::copy_if(m_threads.cbegin(), m_threads.cend(), std::back_inserter(open),
                 [](const Thread &thread) { return thread.isOpenProblem(); });
    return open;
}

bool Conversation::send(Kind kind, const QString &text, const QString &problemId) {
    const QString html = CommentText::toHtml(text);
    if (m_sending || m_taskId.isEmpty() || html.isEmpty())
        return false;
    if (kind == Kind::Resolution) {
        const QList<Thread> open = openProblems();
        if (std::none_of(open.cbegin(), open.cend(),
                         [&problemId](const Thread &t) { return t.id == problemId; }))
            return false;
    }
    Sending sending{m_taskId, m_runId, kind, html, {}, problemId};
    for (const Thread &thread : std::as_const(m_threads))
        sending.known.insert(thread.id);
    m_sending = sending;
    Q_EMIT sendingChanged(true);

    auto answer = [this](Result<Thread> posted) {
        m_post = {};
        if (posted.ok()) {
            onPosted(posted.value());
            return;
        }
        const ApiError &error = posted.error();
        if (error.mayHaveBeenProcessed()) { // a re-read tells
            verify(error);
            return;
        }
        QStringList problems;
        for (const QStringList &messages : error.fieldErrors)
            problems += messages;
        finishSend(false, error.kind == ApiError::Kind::Validation && !problems.isEmpty()
                              ? tr("Tallyfy refused it: %1").arg(problems.join(u' '))
                              : ApiErrorText::userText(error));
    };
    TaskActionsApi *api = m_session.actions();
    switch (kind) {
    case Kind::Comment:
        m_post = api->comment(m_taskId, text, this, answer);
        break;
    case Kind::Problem:
        m_post = api->reportProblem(m_taskId, text, this, answer);
        break;
    case Kind::Resolution:
        m_post = api->resolveProblem(m_taskId, problemId, text, this, answer);
        break;
    }
    return true;
}

void Conversation::onPosted(const Thread &thread) {
    if (m_sending->taskId == m_taskId) {
        if (m_sending->kind == Kind::Resolution) {
            for (Thread &problem : m_threads) {
                if (problem.id == m_sending->problemId)
                    problem.resolveId = thread.id;
            }
        }
        m_threads.append(thread);
        Q_EMIT threadsChanged();
    }
    finishSend(true, postedText(m_sending->kind));
}

void Conversation::verify(const ApiError &error) {
    // Read the threads of the task the post was made on, and look for a new one with the text.
    m_post = m_session.tasks()->getTask(
        m_sending->taskId, {u"threads"_s}, m_sending->runId, this,
        [this, error](Result<Task> read) {
            m_post = {};
            if (!read.ok()) {
                finishSend(false, tr("The answer was lost (%1), and the comments could not be "
                                     "read to find out whether it arrived. Nothing was sent "
                                     "again; reload the comments before sending it again.")
                                      .arg(ApiErrorText::whatHappened(error)));
                return;
            }
            const QList<Thread> threads = read.value().threads;
            const bool arrived =
                std::any_of(threads.cbegin(), threads.cend(), [this](const Thread &thread) {
                    return !m_sending->known.contains(thread.id) &&
                           wordsOf(thread.content) == wordsOf(m_sending->html);
                });
            if (m_sending->taskId == m_taskId) {
                m_threads = threads;
                Q_EMIT threadsChanged();
            }
            if (arrived)
                finishSend(true, postedText(m_sending->kind));
            else
                finishSend(false, tr("Not sent: %1 Nothing arrived; your text is kept, send it "
                                     "again.")
                                      .arg(ApiErrorText::whatHappened(error)));
        });
}

void Conversation::finishSend(bool posted, const QString &message) {
    const Sending done = *m_sending;
    m_sending.reset();
    Q_EMIT sendingChanged(false);
    Q_EMIT sent(done.taskId, done.kind, posted, message);
}

QString Conversation::postedText(Kind kind) const {
    switch (kind) {
    case Kind::Comment:
        return tr("Comment posted.");
    case Kind::Problem:
        return tr("Problem reported.");
    case Kind::Resolution:
        return tr("Problem resolved.");
    }
    return {};
}
