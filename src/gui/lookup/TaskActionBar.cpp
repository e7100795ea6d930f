#include "gui/lookup/TaskActionBar.h"

#include "core/api/ApiErrorText.h"
#include "core/api/DirectoryApi.h"
#include "core/api/TaskActionsApi.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "core/session/TaskActionSubmitter.h"
#include "gui/widgets/StatusColors.h"
#include "models/DisplayFormat.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct ButtonSpec {
    TaskAction action;
    const char *objectName;
    const char *text; // with its Alt shortcut
};

// Reject and Reopen are never offered together, so they may share Alt+E.
constexpr ButtonSpec Specs[] = {
    {TaskAction::Complete, "completePushButton", QT_TRANSLATE_NOOP("TaskActionBar", "&Complete")},
    {TaskAction::Approve, "approvePushButton", QT_TRANSLATE_NOOP("TaskActionBar", "&Approve")},
    {TaskAction::Reject, "rejectPushButton", QT_TRANSLATE_NOOP("TaskActionBar", "R&eject")},
    {TaskAction::Acknowledge, "acknowledgePushButton",
     QT_TRANSLATE_NOOP("TaskActionBar", "Ac&knowledge")},
    {TaskAction::Reopen, "reopenPushButton", QT_TRANSLATE_NOOP("TaskActionBar", "R&eopen")},
};

} // namespace

TaskActionBar::TaskActionBar(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_submitter(new TaskActionSubmitter(session, this))
    , m_busyLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_whyLabel(new QLabel(this)) {
    setObjectName(u"taskActionBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const ButtonSpec &spec : Specs) {
        auto *button = new QPushButton(tr(spec.text), this);
        button->setObjectName(QString::fromLatin1(spec.objectName));
        button->hide();
        // Through trigger(): Alt+C clicks 100 ms after the key (an animated click), when the
        // action may be done and its button hidden; such a late click does nothing.
        connect(button, &QPushButton::clicked, this,
                [this, action = spec.action] { trigger(action); });
        layout->addWidget(button);
        m_buttons.insert(spec.action, button);
    }
    m_busyLabel->setObjectName(u"actionBusyLabel"_s);
    m_busyLabel->hide();
    layout->addWidget(m_busyLabel);
    m_messageLabel->setObjectName(u"actionMessageLabel"_s);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel, 1);
    m_whyLabel->setObjectName(u"actionWhyNotLabel"_s);
    m_whyLabel->setTextFormat(Qt::PlainText);
    m_whyLabel->setWordWrap(true);
    m_whyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_whyLabel->hide();
    layout->addWidget(m_whyLabel, 1);
    // Keeps the buttons at their natural width while there is no message.
    layout->addStretch();

    connect(m_submitter, &TaskActionSubmitter::stateChanged, this, &TaskActionBar::updateButtons);
    connect(m_submitter, &TaskActionSubmitter::finished, this, &TaskActionBar::onFinished);
    // Who the token's user is and the groups' members decide "only assignees" (see whyNot()).
    connect(m_session.cache(), &DirectoryCache::loaded, this, &TaskActionBar::updateButtons);
    connect(&m_session, &Session::targetChanged, this, [this] {
        m_me.cancel();
        m_myId.reset();
    });
    hide();
}

TaskActionBar::~TaskActionBar() = default;

void TaskActionBar::setTask(const Task &task) {
    const bool sameTask = m_task && m_task->id == task.id;
    m_task = task;
    m_readAt = QDateTime::currentDateTimeUtc();
    if (!sameTask)
        showMessage({}, false);
    if (task.canCompleteOnlyAssignees)
        learnWhoIAm();
    updateButtons();
}

void TaskActionBar::learnWhoIAm() {
    if (m_myId || m_me.isActive() || !m_session.isReady())
        return;
    m_session.cache()->ensure(DirectoryCache::What::Groups);
    m_me = m_session.directory()->me(this, [this](const Result<Me> &me) {
        m_me = {};
        if (!me.ok() && me.error().kind == ApiError::Kind::Cancelled)
            return;
        // Unknown after an error: the buttons stay, and the server has the last word.
        m_myId = me.ok() ? me.value().id : 0;
        updateButtons();
    });
}

QString TaskActionBar::whyNot() const {
    if (!m_task)
        return {};
    return TaskActionPlan::notAssignedReason(*m_task, m_myId.value_or(0),
                                             m_session.cache()->groups());
}

void TaskActionBar::clear() {
    m_task.reset();
    showMessage({}, false);
    updateButtons();
}

QString TaskActionBar::messageText() const {
    return m_messageLabel->isVisible() ? m_messageLabel->text() : QString();
}

bool TaskActionBar::trigger(TaskAction action) {
    QPushButton *pressed = m_buttons.value(action);
    if (!pressed || pressed->isHidden() || !pressed->isEnabled())
        return false;
    press(action);
    return true;
}

void TaskActionBar::press(TaskAction action) {
    if (!m_task || m_submitter->isBusy())
        return;
    if (action == TaskAction::Reject)
        confirmReject();
    else if (action == TaskAction::Reopen)
        askReopenReason();
    else
        send(action);
}

void TaskActionBar::confirmReject() {
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reject the task?"),
                                tr("Reject “%1”? Everyone involved is told it was rejected.")
                                    .arg(DisplayFormat::elided(m_task->title, 200)),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"rejectMessageBox"_s);
    box->setTextFormat(Qt::PlainText);
    QPushButton *reject = box->addButton(tr("Reject"), QMessageBox::AcceptRole);
    reject->setObjectName(u"confirmRejectPushButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reject](QAbstractButton *clicked) {
        if (clicked == reject)
            send(TaskAction::Reject);
    });
    box->open();
}

void TaskActionBar::askReopenReason() {
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"reopenReasonDialog"_s);
    dialog->setWindowTitle(tr("Reopen the task"));
    dialog->setLabelText(tr("Why is it reopened? (optional; posted as a comment)"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("Reopen"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        m_reopenReason = reason.trimmed();
        send(TaskAction::Reopen);
    });
    dialog->open();
}

void TaskActionBar::send(TaskAction action) {
    if (!m_task)
        return;
    if (action != TaskAction::Reopen)
        m_reopenReason.clear();
    showMessage({}, false);
    if (!m_submitter->start(action, *m_task, m_readAt))
        return;
    Q_EMIT statusMessage(tr("Sending “%1”…").arg(TaskActionPlan::label(action)));
}

void TaskActionBar::onFinished() {
    const TaskActionSubmitter::State state = m_submitter->state();
    const bool done = state == TaskActionSubmitter::State::Done;
    showMessage(m_submitter->message(), !done);
    Q_EMIT statusMessage(m_submitter->message());
    if (m_submitter->task() && state != TaskActionSubmitter::State::Refused &&
        state != TaskActionSubmitter::State::Unknown) {
        m_task = m_submitter->task();
        m_readAt = QDateTime::currentDateTimeUtc();
        Q_EMIT taskChanged(*m_task);
    }
    if (done && m_submitter->action() == TaskAction::Reopen && !m_reopenReason.isEmpty())
        postReason(m_task->id, std::exchange(m_reopenReason, {}));
    updateButtons();
}

void TaskActionBar::postReason(const QString &taskId, const QString &reason) {
    // Sent once; if it fails the task stays reopened and the reason is shown for copying.
    m_session.actions()->comment(taskId, reason, this, [this, reason](Result<Thread> posted) {
        if (posted.ok()) {
            showMessage(tr("The task is open again; your reason was posted as a comment."), false);
            return;
        }
        showMessage(tr("The task is open again, but the reason was not saved (%1). Your "
                       "reason: %2")
                        .arg(ApiErrorText::whatHappened(posted.error()), reason),
                    true);
    });
}

void TaskActionBar::showMessage(const QString &text, bool problem) {
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    m_messageLabel->setPalette(StatusColors::outcomePalette(palette(), problem));
}

void TaskActionBar::updateButtons() {
    const bool busy = m_submitter->isBusy();
    const QList<TaskAction> available =
        m_task ? TaskActionPlan::available(*m_task) : QList<TaskAction>{};
    const QString why = whyNot();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        // Shown but disabled, with the reason, where the user may not do it.
        const bool blocked = !why.isEmpty() && it.key() != TaskAction::Reopen;
        it.value()->setVisible(available.contains(it.key()));
        it.value()->setEnabled(!busy && !blocked);
        it.value()->setToolTip(blocked ? why : QString());
        it.value()->setAccessibleDescription(blocked ? why : QString());
    }
    const bool blocksShown =
        !why.isEmpty() && std::any_of(available.cbegin(), available.cend(), [](TaskAction action) {
            return action != TaskAction::Reopen;
        });
    m_whyLabel->setText(blocksShown ? why : QString());
    m_whyLabel->setVisible(blocksShown && m_messageLabel->text().isEmpty());
    if (busy) {
        m_busyLabel->setText(m_submitter->state() == TaskActionSubmitter::State::Verifying
                                 ? tr("The answer was lost; checking the task…")
                                 : tr("Sending…"));
    }
    m_busyLabel->setVisible(busy);
    setVisible(m_task.has_value() && (!available.isEmpty() || !m_messageLabel->text().isEmpty()));
}
