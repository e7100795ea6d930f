#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/domain/Thread.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class Session;

/// The comments of one task (tallyfy-api-notes.md 6.6), widget-free: reads the task's threads
/// on the route its kind takes (run-scoped when it has a run, else the organization's), and
/// posts a comment, a problem report or a problem's resolution, once per call.
///
/// - send() is single-flight and never resends: a post that fails after it may have reached
///   the server (timeout, cut connection, 5xx, unreadable answer) is followed by a re-read of the
///   threads, and the result says whether the text is there. A 429 is retried by the ApiClient.
/// - A post that succeeds appears in threads() at once; a resolution closes its problem there.
/// - Changing the task cancels a read in flight, never a post: that one still ends with sent()
///   for the task it was made on.
class Conversation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Conversation)

public:
    enum class Kind { Comment, Problem, Resolution };
    Q_ENUM(Kind)
    enum class LoadState { NoTask, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    explicit Conversation(Session &session, QObject *parent = nullptr);
    ~Conversation() override;

    /// Shows the task `taskId` (of the run `runId`, or none). `threads`, when the task was read
    /// with them, are used as they are; otherwise they are read.
    void setTask(const QString &taskId, const QString &runId,
                 const std::optional<QList<Thread>> &threads = std::nullopt);
    void clear();
    /// Reads the threads of the current task again.
    void reload();

    [[nodiscard]] QString taskId() const { return m_taskId; }
    [[nodiscard]] const QList<Thread> &threads() const { return m_threads; }
    [[nodiscard]] QList<Thread> openProblems() const;
    [[nodiscard]] LoadState loadState() const { return m_loadState; }
    /// Why the last read failed, for the user; empty otherwise.
    [[nodiscard]] QString loadError() const { return m_loadError; }

    /// Posts `text` (plain text, mentions as `@[id]`) as `kind` on the current task;
    /// `problemId` names the open problem a Resolution closes. False, and nothing sent, while a
    /// post is in flight, without a task, for blank text, or for a Resolution of no open problem.
    bool send(Kind kind, const QString &text, const QString &problemId = {});
    [[nodiscard]] bool isSending() const { return m_sending.has_value(); }

Q_SIGNALS:
    void threadsChanged();
    void loadStateChanged(Conversation::LoadState state);
    void sendingChanged(bool sending);
    /// A post ended. `posted`: the text is on the task (answered, or found by the re-read);
    /// otherwise `message` says why and that nothing was sent again.
    void sent(const QString &taskId, Conversation::Kind kind, bool posted, const QString &message);

private:
    struct Sending final {
        QString taskId;
        QString runId;
        Kind kind = Kind::Comment;
        QString html;        ///< the content as sent, to find it again
        QSet<QString> known; ///< thread IDs known before the post
        QString problemId;
    };

    void load();
    void setLoadState(LoadState state);
    void onPosted(const Thread &thread);
    void verify(const ApiError &error);
    void finishSend(bool posted, const QString &message);
    [[nodiscard]] QString postedText(Kind kind) const;

    Session &m_session;
    QString m_taskId;
    QString m_runId;
    QList<Thread> m_threads;
    LoadState m_loadState = LoadState::NoTask;
    QString m_loadError;
    CallHandle m_load;
    std::optional<Sending> m_sending;
    CallHandle m_post;
};
