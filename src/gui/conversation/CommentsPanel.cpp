#include "gui/conversation/CommentsPanel.h"

#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "gui/conversation/MentionCompleter.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/SafeTextBrowser.h"
#include "gui/widgets/StatusColors.h"
#include "models/ConversationHtml.h"
#include "models/DisplayFormat.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int DraftDelayMs = 300;

QString colorName(const QColor &color) {
    return color.name(QColor::HexRgb);
}

} // namespace

CommentsPanel::CommentsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_conversation(new Conversation(session, this))
    , m_statusLabel(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_threadView(new SafeTextBrowser(this))
    , m_editor(new QPlainTextEdit(this))
    , m_mentions(new MentionCompleter(m_editor))
    , m_post(new QPushButton(tr("Post comment"), this))
    , m_problem(new QPushButton(tr("Report a pro&blem"), this))
    , m_problems(new QComboBox(this))
    , m_resolve(new QPushButton(tr("Resol&ve"), this))
    , m_messageLabel(new QLabel(this)) {
    setObjectName(u"commentsPanel"_s);
    auto *layout = new QVBoxLayout(this);

    auto *statusRow = new QHBoxLayout;
    m_statusLabel->setObjectName(u"commentsStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    statusRow->addWidget(m_statusLabel, 1);
    m_retry->setObjectName(u"commentsRetryPushButton"_s);
    m_retry->hide();
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    m_threadView->setObjectName(u"commentsTextBrowser"_s);
    m_threadView->setAccessibleName(tr("Comments"));
    layout->addWidget(m_threadView, 1);

    auto *editorLabel = new QLabel(tr("&Write a comment:"), this);
    editorLabel->setBuddy(m_editor);
    layout->addWidget(editorLabel);
    m_editor->setObjectName(u"commentPlainTextEdit"_s);
    m_editor->setAccessibleName(tr("Write a comment"));
    m_editor->setAccessibleDescription(
        tr("Ctrl+Enter posts it. Type @ and a name to mention a member."));
    m_editor->setPlaceholderText(tr("Ctrl+Enter posts; @ mentions a member"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_editor);

    auto *buttons = new QHBoxLayout;
    m_post->setObjectName(u"postCommentPushButton"_s);
    m_post->setToolTip(tr("Post the comment (Ctrl+Enter)"));
    buttons->addWidget(m_post);
    m_problem->setObjectName(u"reportProblemPushButton"_s);
    m_problem->setToolTip(tr("Post the text as a problem on the task"));
    buttons->addWidget(m_problem);
    m_problems->setObjectName(u"openProblemsComboBox"_s);
    m_problems->setAccessibleName(tr("Open problem to resolve"));
    m_problems->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_problems->setMinimumContentsLength(40);
    buttons->addWidget(m_problems);
    m_resolve->setObjectName(u"resolveProblemPushButton"_s);
    m_resolve->setToolTip(tr("Resolve the chosen problem, with the text as its resolution"));
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_messageLabel->setObjectName(u"commentsMessageLabel"_s);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    // Ctrl+Enter (both Enter keys) posts from the box.
    auto *postAction = new QAction(tr("Post comment"), this);
    postAction->setObjectName(u"postCommentAction"_s);
    postAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    postAction->setShortcutContext(Qt::WidgetShortcut);
    m_editor->addAction(postAction);
    connect(postAction, &QAction::triggered, this, [this] { send(Conversation::Kind::Comment); });
    connect(m_post, &QPushButton::clicked, this, [this] { send(Conversation::Kind::Comment); });
    connect(m_problem, &QPushButton::clicked, this, [this] { send(Conversation::Kind::Problem); });
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { send(Conversation::Kind::Resolution); });
    connect(m_retry, &QPushButton::clicked, m_conversation, &Conversation::reload);
    connect(m_threadView, &QTextBrowser::anchorClicked, this, &CommentsPanel::openLink);

    connect(m_conversation, &Conversation::threadsChanged, this, &CommentsPanel::render);
    connect(m_conversation, &Conversation::loadStateChanged, this, &CommentsPanel::updateStatus);
    connect(m_conversation, &Conversation::sendingChanged, this, &CommentsPanel::updateButtons);
    connect(m_conversation, &Conversation::sent, this, &CommentsPanel::onSent);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CommentsPanel::saveDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_restoring)
            m_draftTimer.start();
        updateButtons();
    });
    PaletteFollower::follow(this, [this] { render(); });
    updateStatus();
    updateButtons();
}

CommentsPanel::~CommentsPanel() {
    if (m_draftTimer.isActive())
        saveDraft();
}

void CommentsPanel::setTask(const Task &task) {
    if (task.id != m_draftTaskId) {
        if (m_draftTimer.isActive()) {
            m_draftTimer.stop();
            saveDraft();
        }
        m_draftTaskId = task.id;
        m_restoring = true;
        m_editor->setPlainText(m_session.settings()->commentDraft(task.id));
        m_restoring = false;
        m_messageLabel->hide();
    }
    // Read with the task: shown at once. Otherwise read when the section is first shown, so
    // that a lookup costs one request until the comments are looked at.
    if (task.threadsIncluded) {
        m_pending.reset();
        m_conversation->setTask(task.id, task.runId, task.threads);
    } else if (isVisible()) {
        m_pending.reset();
        m_conversation->setTask(task.id, task.runId);
    } else {
        m_pending = std::pair(task.id, task.runId);
        if (m_conversation->taskId() != task.id)
            m_conversation->clear();
    }
    updateButtons();
}

void CommentsPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_pending) {
        const auto [taskId, runId] = *m_pending;
        m_pending.reset();
        m_conversation->setTask(taskId, runId);
    }
}

void CommentsPanel::clear() {
    if (m_draftTimer.isActive()) {
        m_draftTimer.stop();
        saveDraft();
    }
    m_draftTaskId.clear();
    m_pending.reset();
    m_restoring = true;
    m_editor->clear();
    m_restoring = false;
    m_messageLabel->hide();
    m_conversation->clear();
}

void CommentsPanel::setDirectory(const NameDirectory &directory) {
    m_directory = directory;
    m_mentions->setMembers(directory.members().values());
    render();
}

QString CommentsPanel::statusText() const {
    return m_messageLabel->isVisible() ? m_messageLabel->text() : m_statusLabel->text();
}

int CommentsPanel::count() const {
    return m_conversation->loadState() == Conversation::LoadState::Loaded
               ? int(m_conversation->threads().size())
               : -1;
}

void CommentsPanel::send(Conversation::Kind kind) {
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_messageLabel->setText(tr("Write something first."));
        m_messageLabel->show();
        m_editor->setFocus();
        return;
    }
    const QString problemId = m_problems->currentData().toString();
    if (!m_conversation->send(kind, text, problemId))
        return; // a post is in flight, or nothing to resolve: the buttons say so
    m_messageLabel->hide();
    Q_EMIT statusMessage(kind == Conversation::Kind::Comment   ? tr("Posting the comment…")
                         : kind == Conversation::Kind::Problem ? tr("Reporting the problem…")
                                                               : tr("Resolving the problem…"));
}

void CommentsPanel::onSent(const QString &taskId, Conversation::Kind kind, bool posted,
                           const QString &message) {
    Q_UNUSED(kind)
    if (posted) {
        // The text arrived: its draft goes, in the box when the task is still shown.
        if (taskId == m_draftTaskId) {
            m_draftTimer.stop();
            m_restoring = true;
            m_editor->clear();
            m_restoring = false;
        }
        m_session.settings()->setCommentDraft(taskId, {});
    }
    if (taskId == m_draftTaskId) {
        m_messageLabel->setText(message);
        m_messageLabel->setPalette(StatusColors::outcomePalette(palette(), !posted));
        m_messageLabel->show();
    }
    Q_EMIT statusMessage(message);
}

void CommentsPanel::render() {
    const QPalette palette = this->palette();
    ConversationHtml::Colors colors;
    colors.problem = colorName(StatusColors::of(StatusColors::Tone::Error, palette).accent);
    colors.resolved = colorName(StatusColors::of(StatusColors::Tone::Success, palette).accent);
    colors.other = colorName(StatusColors::of(StatusColors::Tone::Info, palette).accent);
    colors.muted = colorName(palette.color(QPalette::PlaceholderText));
    const int scroll = m_threadView->verticalScrollBar()->value();
    const bool atEnd = scroll == m_threadView->verticalScrollBar()->maximum();
    m_threadView->setHtml(ConversationHtml::render(m_conversation->threads(), m_directory, colors));
    // Newest at the bottom: stay there, or where the reader was.
    QScrollBar *bar = m_threadView->verticalScrollBar();
    bar->setValue(atEnd ? bar->maximum() : scroll);

    const QString current = m_problems->currentData().toString();
    m_problems->clear();
    for (const Thread &problem : m_conversation->openProblems()) {
        // The words first: the start of the text tells problems apart, the date is a detail.
        m_problems->addItem(
            tr("“%1” (%2)")
                .arg(DisplayFormat::firstLine(DisplayFormat::plainText(problem.content), 48),
                     DisplayFormat::dateTime(problem.createdAt)),
            problem.id);
    }
    const int keep = m_problems->findData(current);
    if (keep >= 0)
        m_problems->setCurrentIndex(keep);
    updateStatus();
    updateButtons();
}

void CommentsPanel::updateStatus() {
    const auto state = m_conversation->loadState();
    QString text;
    switch (state) {
    case Conversation::LoadState::NoTask:
        break;
    case Conversation::LoadState::Loading:
        text = tr("Loading the comments…");
        break;
    case Conversation::LoadState::Failed:
        text = tr("The comments could not be loaded: %1").arg(m_conversation->loadError());
        break;
    case Conversation::LoadState::Loaded: {
        const int problems = int(m_conversation->openProblems().size());
        text = m_conversation->threads().isEmpty()
                   ? tr("No comments yet.")
                   : tr("%n comment(s).", nullptr, int(m_conversation->threads().size()));
        if (problems > 0)
            text += u' ' + tr("%n open problem(s).", nullptr, problems);
        break;
    }
    }
    m_statusLabel->setText(text);
    m_statusLabel->setPalette(
        StatusColors::outcomePalette(palette(), state == Conversation::LoadState::Failed));
    m_retry->setVisible(state == Conversation::LoadState::Failed);
    m_threadView->setAccessibleDescription(text);
    Q_EMIT countChanged(count());
}

void CommentsPanel::updateButtons() {
    const bool sending = m_conversation->isSending();
    const bool hasTask = !m_conversation->taskId().isEmpty();
    const bool hasText = !m_editor->toPlainText().trimmed().isEmpty();
    const bool hasProblem = m_problems->count() > 0;
    m_post->setEnabled(hasTask && hasText && !sending);
    m_problem->setEnabled(hasTask && hasText && !sending);
    m_problems->setVisible(hasProblem);
    m_resolve->setVisible(hasProblem);
    m_resolve->setEnabled(hasTask && hasText && !sending);
    m_post->setText(sending ? tr("Posting…") : tr("Post comment"));
}

void CommentsPanel::saveDraft() {
    m_session.settings()->setCommentDraft(m_draftTaskId, m_editor->toPlainText());
}

void CommentsPanel::openLink(const QUrl &url) {
    if (SafeTextBrowser::openClickedLink(url)) {
        Q_EMIT statusMessage(tr("Opened %1 in the browser").arg(url.toDisplayString()));
        return;
    }
    Q_EMIT statusMessage(tr("Not opened: only web and email links open from a comment."));
}
