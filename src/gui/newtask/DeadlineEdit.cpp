#include "gui/newtask/DeadlineEdit.h"

#include "ui_DeadlineEdit.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime atEndOfDay(QDate date) {
    return QDateTime(date, QTime(DeadlineEdit::EndOfDayHour, 0));
}

QDateTime minutePrecision(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    const QTime time = local.time();
    return QDateTime(local.date(), QTime(time.hour(), time.minute()));
}

} // namespace

DeadlineEdit::DeadlineEdit(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeadlineEdit>()) {
    m_ui->setupUi(this);
    m_ui->dateTimeEdit->setTimeSpec(Qt::LocalTime);
    m_ui->dateTimeEdit->setDateTime(nextWorkingDay(QDateTime::currentDateTime()));
    m_ui->enabledCheckBox->hide();
    m_ui->zoneLabel->setText(
        tr("Local time (%1)")
            .arg(QTimeZone::systemTimeZone().abbreviation(QDateTime::currentDateTime())));
    m_ui->zoneLabel->setToolTip(tr("Dates are entered in this computer's time zone and sent to "
                                   "Tallyfy in UTC."));

    const auto tip = [](const QDateTime &dateTime) {
        return QLocale().toString(dateTime, QLocale::LongFormat);
    };
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->todayToolButton->setToolTip(tip(todayEndOfDay(now)));
    m_ui->tomorrowToolButton->setToolTip(tip(tomorrowEndOfDay(now)));
    m_ui->nextWeekToolButton->setToolTip(tip(nextWeekEndOfDay(now)));

    connect(m_ui->dateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateParts();
        Q_EMIT changed();
    });
    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_ui->dateTimeEdit->dateTime() < QDateTime::currentDateTime().addDays(-1)) {
            const QSignalBlocker blocker(m_ui->dateTimeEdit);
            m_ui->dateTimeEdit->setDateTime(minutePrecision(QDateTime::currentDateTime()));
        }
        updateParts();
        Q_EMIT changed();
    });
    connect(m_ui->todayToolButton, &QToolButton::clicked, this,
            [this] { choose(todayEndOfDay(QDateTime::currentDateTime())); });
    connect(m_ui->tomorrowToolButton, &QToolButton::clicked, this,
            [this] { choose(tomorrowEndOfDay(QDateTime::currentDateTime())); });
    connect(m_ui->nextWeekToolButton, &QToolButton::clicked, this,
            [this] { choose(nextWeekEndOfDay(QDateTime::currentDateTime())); });
    updateParts();
}

DeadlineEdit::~DeadlineEdit() = default;

void DeadlineEdit::setOptional(bool optional, const QString &checkText) {
    m_optional = optional;
    m_ui->enabledCheckBox->setVisible(optional);
    if (!checkText.isEmpty())
        m_ui->enabledCheckBox->setText(checkText);
    updateParts();
}

void DeadlineEdit::setQuickChoicesVisible(bool visible) {
    m_ui->todayToolButton->setVisible(visible);
    m_ui->tomorrowToolButton->setVisible(visible);
    m_ui->nextWeekToolButton->setVisible(visible);
}

void DeadlineEdit::setZoneVisible(bool visible) {
    m_ui->zoneLabel->setVisible(visible);
}

QDateTime DeadlineEdit::dateTime() const {
    if (m_optional && !m_ui->enabledCheckBox->isChecked())
        return {};
    return minutePrecision(m_ui->dateTimeEdit->dateTime());
}

void DeadlineEdit::setDateTime(const QDateTime &dateTime) {
    const QSignalBlocker blockEdit(m_ui->dateTimeEdit);
    const QSignalBlocker blockCheck(m_ui->enabledCheckBox);
    if (dateTime.isValid())
        m_ui->dateTimeEdit->setDateTime(minutePrecision(dateTime));
    if (m_optional)
        m_ui->enabledCheckBox->setChecked(dateTime.isValid());
    updateParts();
}

QDateTime DeadlineEdit::nextWorkingDay(const QDateTime &now) {
    QDate date = now.toLocalTime().date().addDays(1);
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return atEndOfDay(date);
}

QDateTime DeadlineEdit::todayEndOfDay(const QDateTime &now) {
    return atEndOfDay(now.toLocalTime().date());
}

QDateTime DeadlineEdit::tomorrowEndOfDay(const QDateTime &now) {
    return atEndOfDay(now.toLocalTime().date().addDays(1));
}

QDateTime DeadlineEdit::nextWeekEndOfDay(const QDateTime &now) {
    const QDate today = now.toLocalTime().date();
    return atEndOfDay(today.addDays(8 - today.dayOfWeek()));
}

QDateTimeEdit *DeadlineEdit::dateTimeEdit() const {
    return m_ui->dateTimeEdit;
}
QCheckBox *DeadlineEdit::enabledCheckBox() const {
    return m_ui->enabledCheckBox;
}
QToolButton *DeadlineEdit::todayButton() const {
    return m_ui->todayToolButton;
}
QToolButton *DeadlineEdit::tomorrowButton() const {
    return m_ui->tomorrowToolButton;
}
QToolButton *DeadlineEdit::nextWeekButton() const {
    return m_ui->nextWeekToolButton;
}

void DeadlineEdit::choose(const QDateTime &dateTime) {
    {
        const QSignalBlocker blockEdit(m_ui->dateTimeEdit);
        const QSignalBlocker blockCheck(m_ui->enabledCheckBox);
        m_ui->dateTimeEdit->setDateTime(dateTime);
        m_ui->enabledCheckBox->setChecked(true);
    }
    updateParts();
    Q_EMIT changed();
}

void DeadlineEdit::updateParts() {
    const bool on = !m_optional || m_ui->enabledCheckBox->isChecked();
    m_ui->dateTimeEdit->setEnabled(on);
    const QDateTime value = m_ui->dateTimeEdit->dateTime();
    m_ui->weekdayLabel->setText(
        on ? QLocale().dayName(value.date().dayOfWeek(), QLocale::ShortFormat) : QString());
}
