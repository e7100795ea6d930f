#pragma once

#include "core/domain/Task.h"
#include "core/session/Conversation.h"
#include "models/NameDirectory.h"

#include <QTimer>

#include <QWidget>
#include <optional>
#include <utility>

class MentionCompleter;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SafeTextBrowser;
class Session;

/// The Comments section of the Look up view: a task's comments and problems (Conversation)
/// as safe rich text, and a box to add one.
///
/// - The thread is one read-only document (SafeTextBrowser over ConversationHtml): authors by
///   name, local times, badges; no remote image or script is loaded, and a link opens in the
///   browser only when clicked (http, https and mailto only).
/// - "Post comment" (Ctrl+Enter in the box), "Report a problem", and "Resolve" for the open
///   problem chosen beside it. Each press posts once; the buttons wait while a post is in
///   flight; the text stays in the box until it is known to have arrived.
/// - `@` in the box offers the organization's members and writes the `@[id]` form.
/// - The comments are read when the section is first shown (or come with the task).
/// - The unsent text is kept per task in the settings and comes back with the task, also
///   after a restart.
class CommentsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsPanel)

public:
    explicit CommentsPanel(Session &session, QWidget *parent = nullptr);
    ~CommentsPanel() override;

    /// Shows the task's comments: those of `task` when it was read with them, else read now.
    void setTask(const Task &task);
    void clear();
    /// Names for authors and mentions, and the members offered after `@`.
    void setDirectory(const NameDirectory &directory);

    [[nodiscard]] Conversation *conversation() const { return m_conversation; }
    [[nodiscard]] SafeTextBrowser *threadView() const { return m_threadView; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] QPushButton *postButton() const { return m_post; }
    [[nodiscard]] QPushButton *problemButton() const { return m_problem; }
    [[nodiscard]] QPushButton *resolveButton() const { return m_resolve; }
    [[nodiscard]] QComboBox *problemChooser() const { return m_problems; }
    [[nodiscard]] MentionCompleter *mentions() const { return m_mentions; }
    /// The outcome of the last post, or the reading state, as shown.
    [[nodiscard]] QString statusText() const;
    /// The number of comments shown (-1 before they are read).
    [[nodiscard]] int count() const;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /// The number of comments changed (-1: not read yet), for the tab's title.
    void countChanged(int count);
    void statusMessage(const QString &text);

private:
    void send(Conversation::Kind kind);
    void onSent(const QString &taskId, Conversation::Kind kind, bool posted,
                const QString &message);
    void render();
    void updateStatus();
    void updateButtons();
    void saveDraft();
    void openLink(const QUrl &url);

    Session &m_session;
    Conversation *m_conversation;
    NameDirectory m_directory;
    QLabel *m_statusLabel;
    QPushButton *m_retry;
    SafeTextBrowser *m_threadView;
    QPlainTextEdit *m_editor;
    MentionCompleter *m_mentions;
    QPushButton *m_post;
    QPushButton *m_problem;
    QComboBox *m_problems;
    QPushButton *m_resolve;
    QLabel *m_messageLabel;
    QTimer m_draftTimer;
    QString m_draftTaskId; ///< the task whose draft the box holds
    /// The task (and run) whose comments are read once the section is shown.
    std::optional<std::pair<QString, QString>> m_pending;
    bool m_restoring = false;
};
