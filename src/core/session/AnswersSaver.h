#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/domain/Task.h"
#include "core/domain/TaskAnswersUpdate.h"

#include <QObject>
#include <QString>

#include <optional>

class Session;

/// Saves the form answers of one task at a time, widget-free (tallyfy-api-notes.md 10).
///
/// - save() is single-flight: a second call while one is in flight is refused, so a double
///   press sends one PUT.
/// - An update is never sent again by the app. When the answer to the PUT is lost after it may
///   have reached the server (timeout, cut connection, 5xx, unreadable body), the task is read
///   again and its answers compared with the ones sent: all there means saved; otherwise the
///   outcome says that nothing was sent again, and the user's answers stay with the caller.
/// - A 422 (or the local check before sending) ends as refused, with the field errors in
///   `error`, keyed `taskdata.<field ID>` (TaskAnswersUpdate::errorsByField() regroups them).
class AnswersSaver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswersSaver)

public:
    struct Outcome final {
        QString taskId;
        /// The answers are on the task (the server said so, or the re-read showed them).
        bool saved = false;
        /// The task as the server returned it (or as re-read); empty when not known.
        std::optional<Task> task;
        /// Why it did not save; for a save whose answer was lost, the original error.
        std::optional<ApiError> error;
        /// One sentence for the user.
        QString message;
    };

    explicit AnswersSaver(Session &session, QObject *parent = nullptr);
    ~AnswersSaver() override;

    /// Sends `update` once; false (nothing sent) while a save is in flight or when it has no
    /// changes.
    bool save(const TaskAnswersUpdate &update);
    [[nodiscard]] bool isSaving() const { return m_update.has_value(); }

Q_SIGNALS:
    void savingChanged(bool saving);
    /// A save ended (exactly once per save() that returned true).
    void finished(const AnswersSaver::Outcome &outcome);

private:
    void verify(const ApiError &error);
    void finish(Outcome outcome);

    Session &m_session;
    std::optional<TaskAnswersUpdate> m_update;
    CallHandle m_call;
};

Q_DECLARE_METATYPE(AnswersSaver::Outcome)
