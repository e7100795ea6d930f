#include "gui/newtask/NewTaskResultPanel.h"

#include "ui_NewTaskResultPanel.h"

#include "gui/newtask/NewTaskResult.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"

#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// A tinted frame per outcome, in the variant that suits the palette.
QString toneStyle() {
    using Tone = StatusColors::Tone;
    const auto frame = [](NewTaskResult::Tone tone) {
        return u"QFrame#resultFrame[tone=\"%1\"]"_s.arg(NewTaskResult::toneName(tone));
    };
    return StatusColors::frameStyle(frame(NewTaskResult::Tone::Ok), Tone::Success) +
           StatusColors::frameStyle(frame(NewTaskResult::Tone::Error), Tone::Error) +
           StatusColors::frameStyle(frame(NewTaskResult::Tone::Warning), Tone::Warning) +
           StatusColors::frameStyle(frame(NewTaskResult::Tone::Info), Tone::Info);
}

void repolish(QWidget *widget) {
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

NewTaskResultPanel::NewTaskResultPanel(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::NewTaskResultPanel>()) {
    m_ui->setupUi(this);
    setObjectName(u"resultFrame"_s);
    PaletteFollower::follow(this, [this] { setStyleSheet(toneStyle()); });
    m_ui->dismissResultToolButton->setAccessibleName(tr("Dismiss"));
    m_ui->dismissResultToolButton->setToolTip(tr("Dismiss"));
    m_ui->checkPushButton->setToolTip(
        tr("Look for a task with this title created in the last few minutes"));
    m_ui->sendAgainPushButton->setToolTip(
        tr("Send the draft again: this may create a second task"));

    connect(m_ui->checkPushButton, &QPushButton::clicked, this,
            &NewTaskResultPanel::checkRequested);
    connect(m_ui->openFoundPushButton, &QPushButton::clicked, this,
            &NewTaskResultPanel::openFoundRequested);
    connect(m_ui->sendAgainPushButton, &QPushButton::clicked, this,
            &NewTaskResultPanel::sendAgainRequested);
    connect(m_ui->copyIdPushButton, &QPushButton::clicked, this,
            &NewTaskResultPanel::copyIdRequested);
    connect(m_ui->refreshRunPushButton, &QPushButton::clicked, this,
            &NewTaskResultPanel::refreshRequested);
    connect(m_ui->dismissResultToolButton, &QToolButton::clicked, this,
            &NewTaskResultPanel::dismissRequested);
    hide();
}

NewTaskResultPanel::~NewTaskResultPanel() = default;

void NewTaskResultPanel::setResult(const NewTaskResult &result) {
    m_ui->resultLabel->setText(result.text);
    setVisible(!result.text.isEmpty());
    setAccessibleName(result.text);
    const QString tone = NewTaskResult::toneName(result.tone);
    if (property("tone").toString() != tone) {
        setProperty("tone", tone);
        repolish(this);
        for (QWidget *child : findChildren<QWidget *>())
            repolish(child);
    }
    m_ui->checkPushButton->setVisible(result.check);
    m_ui->checkPushButton->setEnabled(result.checkEnabled);
    m_ui->checkPushButton->setText(result.checkText);
    m_ui->openFoundPushButton->setVisible(result.openFound);
    m_ui->sendAgainPushButton->setVisible(result.sendAgain);
    m_ui->copyIdPushButton->setVisible(result.copyId);
    m_ui->refreshRunPushButton->setVisible(result.refresh);
    m_ui->refreshRunPushButton->setEnabled(result.refreshEnabled);
    m_ui->dismissResultToolButton->setVisible(result.dismissable);
}

QString NewTaskResultPanel::text() const {
    return isHidden() ? QString() : m_ui->resultLabel->text();
}

QLabel *NewTaskResultPanel::label() const {
    return m_ui->resultLabel;
}

QPushButton *NewTaskResultPanel::checkButton() const {
    return m_ui->checkPushButton;
}
