#include "gui/lookup/TaskHeader.h"

#include "ui_TaskHeader.h"

#include "core/domain/Task.h"
#include "gui/widgets/RelativeTime.h"
#include "gui/widgets/StatusColors.h"
#include "models/DisplayFormat.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace {

constexpr int TickMs = 30 * 1000;

StatusColors::Tone statusColoursFor(TaskHeader::Tone tone) {
    switch (tone) {
    case TaskHeader::Tone::Info:
        return StatusColors::Tone::Info;
    case TaskHeader::Tone::Progress:
        return StatusColors::Tone::Warning;
    case TaskHeader::Tone::Success:
        return StatusColors::Tone::Success;
    case TaskHeader::Tone::Danger:
        return StatusColors::Tone::Error;
    case TaskHeader::Tone::Neutral:
        break;
    }
    return StatusColors::Tone::Neutral;
}

} // namespace

TaskHeader::TaskHeader(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TaskHeader>()) {
    m_ui->setupUi(this);
    setObjectName(u"taskHeader"_s);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setAccessibleDescription(tr("Task title"));

    m_ui->statusBadgeLabel->setAccessibleDescription(tr("Status"));
    m_ui->referenceLabel->setForegroundRole(QPalette::PlaceholderText);
    applyBadgeStyle(m_ui->archivedBadgeLabel, Tone::Neutral);

    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &TaskHeader::refreshRelativeTimes);
    clear();
}

TaskHeader::~TaskHeader() = default;

TaskHeader::Tone TaskHeader::statusTone(const Task &task) {
    if (task.status == "completed"_L1)
        return task.isApproved == false ? Tone::Danger : Tone::Success;
    if (task.status == "active"_L1)
        return Tone::Info;
    if (task.status == "in-progress"_L1)
        return Tone::Progress;
    return Tone::Neutral;
}

QString TaskHeader::kindText(const Task &task) {
    const QString runName = task.run ? task.run->name : QString();
    if (task.isOneoff) {
        if (task.runId.isEmpty())
            return tr("One-off task");
        if (!runName.isEmpty())
            return tr("One-off task in process “%1”").arg(runName);
        return tr("One-off task in a process");
    }
    if (!runName.isEmpty())
        return tr("Process task in “%1”").arg(runName);
    return tr("Process task");
}

void TaskHeader::setTask(const Task &task) {
    // Labels get a bounded text: laying out a title of millions of characters would freeze the
    // window. The whole title stays in the details tree and the raw JSON.
    m_ui->titleLabel->setText(task.title.isEmpty() ? tr("(untitled task)")
                                                   : DisplayFormat::elided(task.title));
    // A screen reader reads a label's name, so the names carry the values, not only captions.
    m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());

    m_statusTone = statusTone(task);
    const QString status = DisplayFormat::elided(task.statusDisplayText());
    m_ui->statusBadgeLabel->setText(status);
    m_ui->statusBadgeLabel->setToolTip(DisplayFormat::toolTip(tr("Status: %1").arg(task.status)));
    m_ui->statusBadgeLabel->setAccessibleName(tr("Status: %1").arg(status));
    applyBadgeStyle(m_ui->statusBadgeLabel, m_statusTone);
    m_ui->archivedBadgeLabel->setVisible(task.isArchived());
    if (task.isArchived())
        m_ui->archivedBadgeLabel->setToolTip(
            tr("Archived %1").arg(DisplayFormat::dateTime(task.archivedAt)));

    m_ui->typeLabel->setText(tr("Type: %1").arg(DisplayFormat::elided(task.typeDisplayText())));
    m_ui->kindLabel->setText(DisplayFormat::elided(kindText(task)));
    m_ui->kindLabel->setToolTip(task.runId.isEmpty()
                                    ? QString()
                                    : DisplayFormat::toolTip(tr("Process ID: %1").arg(task.runId)));

    m_ui->referenceLabel->setText(DisplayFormat::elided(
        task.incrementId ? tr("#%1 · %2").arg(*task.incrementId).arg(task.id) : task.id));
    m_ui->referenceLabel->setToolTip(tr("Task ID"));

    m_deadline = task.deadline;
    // A task skipped by rules is as finished as a completed one: no "overdue" phrase for it.
    m_completed = task.isCompleted() || task.status == "auto-skipped"_L1;
    m_ui->deadlineLabel->setText(task.deadline.isValid() ? DisplayFormat::dateTime(task.deadline)
                                                         : tr("No deadline"));
    m_ui->startedLabel->setText(DisplayFormat::dateTime(task.startedAt));
    const bool showCompleted = task.completedAt.isValid() || m_completed;
    m_ui->completedCaptionLabel->setVisible(showCompleted);
    m_ui->completedLabel->setVisible(showCompleted);
    m_ui->completedLabel->setText(DisplayFormat::dateTime(task.completedAt));
    m_ui->deadlineLabel->setAccessibleName(tr("Due: %1").arg(m_ui->deadlineLabel->text()));
    m_ui->startedLabel->setAccessibleName(tr("Started: %1").arg(m_ui->startedLabel->text()));
    m_ui->completedLabel->setAccessibleName(tr("Completed: %1").arg(m_ui->completedLabel->text()));

    refreshRelativeTimes();
    m_tick.start();
}

void TaskHeader::clear() {
    m_tick.stop();
    m_deadline = {};
    m_completed = false;
    m_ui->titleLabel->clear();
    m_ui->statusBadgeLabel->clear();
    m_ui->archivedBadgeLabel->hide();
    m_ui->typeLabel->clear();
    m_ui->kindLabel->clear();
    m_ui->referenceLabel->clear();
    m_ui->deadlineLabel->clear();
    m_ui->deadlinePhraseLabel->clear();
    m_ui->startedLabel->clear();
    m_ui->completedLabel->clear();
    m_ui->titleLabel->setAccessibleName(tr("Task title"));
    m_ui->deadlineLabel->setAccessibleName(tr("Deadline"));
    m_ui->startedLabel->setAccessibleName(tr("Started"));
    m_ui->completedLabel->setAccessibleName(tr("Completed"));
}

void TaskHeader::refreshRelativeTimes() {
    QLabel *phrase = m_ui->deadlinePhraseLabel;
    if (!m_deadline.isValid() || m_completed) {
        phrase->clear();
        phrase->hide();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    phrase->setText(u"(%1)"_s.arg(RelativeTime::deadline(m_deadline, now)));
    phrase->show();
    QFont font = phrase->font();
    const bool overdue = RelativeTime::isOverdue(m_deadline, now);
    font.setBold(overdue);
    phrase->setFont(font);
    QPalette palette = this->palette();
    if (overdue)
        palette.setColor(QPalette::WindowText, StatusColors::errorText(palette));
    phrase->setPalette(palette);
}

void TaskHeader::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyBadgeStyle(m_ui->statusBadgeLabel, m_statusTone);
        applyBadgeStyle(m_ui->archivedBadgeLabel, Tone::Neutral);
        refreshRelativeTimes(); // the overdue red follows the palette too
    }
    QWidget::changeEvent(event);
}

void TaskHeader::applyBadgeStyle(QLabel *label, Tone tone) {
    // The light or dark variant, after the header's palette.
    const StatusColors::Set colours = StatusColors::of(statusColoursFor(tone), palette());
    const QString sheet =
        u"QLabel { background-color: %1; color: %2; border: 1px solid %3; border-radius: 9px; "
        "padding: 1px 9px; font-weight: 600; }"_s.arg(colours.background.name(),
                                                      colours.text.name(), colours.border.name());
    if (label->styleSheet() != sheet)
        label->setStyleSheet(sheet);
}
