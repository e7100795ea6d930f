#include "NewTaskFixture.h"

#include "core/api/ApiClient.h"
#include "core/session/DirectoryCache.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/newtask/DeadlineEdit.h"
#include "gui/newtask/FormFieldsEditor.h"
#include "gui/newtask/RunPicker.h"
#include "gui/newtask/TagPicker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

NewTaskFixture::NewTaskFixture(int generatedMembers)
    : m_world(SandboxWorld::Options{generatedMembers, true}) {
    if (m_world.isValid())
        startApp();
}

NewTaskFixture::~NewTaskFixture() {
    m_form.reset(); // before the session it uses
}

void NewTaskFixture::startApp() {
    Session &session = m_world.startSandboxSession();
    m_form = std::make_unique<NewTaskForm>(session);
    showForm();
    m_valid = session.isReady();
}

void NewTaskFixture::showForm() {
    m_form->resize(900, 1000);
    m_form->show();
    // Shortcuts (Ctrl+Enter) and the pickers' suggestions need an active window with focus.
    m_form->activateWindow();
    if (!QTest::qWaitForWindowActive(m_form.get()))
        qWarning("The form's window did not become active");
}

void NewTaskFixture::recreateForm() {
    m_form.reset();
    m_form = std::make_unique<NewTaskForm>(m_world.session());
    showForm();
}

void NewTaskFixture::restartApp() {
    m_form.reset();
    m_world.restart();
    startApp();
}

void NewTaskFixture::setTimeoutMs(int milliseconds) {
    ApiConfig config = m_world.session().client()->config();
    config.timeoutMs = milliseconds;
    m_world.session().client()->setConfig(config);
}

bool NewTaskFixture::directoryLoaded() const {
    const DirectoryCache *cache = m_world.session().cache();
    for (const DirectoryCache::What what : DirectoryCache::all()) {
        if (!cache->isLoaded(what))
            return false;
    }
    return true;
}

int NewTaskFixture::createRequestCount() const {
    return m_world.server().requestCount("POST", u"/organizations/[0-9a-f]{32}/tasks$"_s);
}

QJsonObject NewTaskFixture::lastCreateBody() const {
    const QList<SandboxRequest> requests = m_world.server().requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->method == "POST" && it->path.endsWith(u"/tasks"_s))
            return QJsonDocument::fromJson(it->body).object();
    }
    return {};
}

QLineEdit *NewTaskFixture::title() const {
    return m_form->findChild<QLineEdit *>(u"titleLineEdit"_s);
}
QComboBox *NewTaskFixture::taskType() const {
    return m_form->findChild<QComboBox *>(u"taskTypeComboBox"_s);
}
QPlainTextEdit *NewTaskFixture::description() const {
    return m_form->findChild<QPlainTextEdit *>(u"descriptionPlainTextEdit"_s);
}
AssigneePicker *NewTaskFixture::assignees() const {
    return m_form->findChild<AssigneePicker *>(u"assigneePicker"_s);
}
QLineEdit *NewTaskFixture::assigneeInput() const {
    return m_form->findChild<QLineEdit *>(u"assigneeLineEdit"_s);
}
DeadlineEdit *NewTaskFixture::deadline() const {
    return m_form->findChild<DeadlineEdit *>(u"deadlineEdit"_s);
}
QDateTimeEdit *NewTaskFixture::deadlineInput() const {
    return m_form->findChild<QDateTimeEdit *>(u"deadlineDateTimeEdit"_s);
}
DeadlineEdit *NewTaskFixture::start() const {
    return m_form->findChild<DeadlineEdit *>(u"startEdit"_s);
}
QDateTimeEdit *NewTaskFixture::startInput() const {
    return m_form->findChild<QDateTimeEdit *>(u"startDateTimeEdit"_s);
}
QCheckBox *NewTaskFixture::startCheck() const {
    return m_form->findChild<QCheckBox *>(u"startCheckBox"_s);
}
TagPicker *NewTaskFixture::tags() const {
    return m_form->findChild<TagPicker *>(u"tagPicker"_s);
}
QLineEdit *NewTaskFixture::tagInput() const {
    return m_form->findChild<QLineEdit *>(u"tagLineEdit"_s);
}
QToolButton *NewTaskFixture::moreOptions() const {
    return m_form->findChild<QToolButton *>(u"moreOptionsToolButton"_s);
}
QCheckBox *NewTaskFixture::checkBox(const QString &objectName) const {
    return m_form->findChild<QCheckBox *>(objectName);
}
QSpinBox *NewTaskFixture::maxAssignees() const {
    return m_form->findChild<QSpinBox *>(u"maxAssigneesSpinBox"_s);
}
QLineEdit *NewTaskFixture::webhook() const {
    return m_form->findChild<QLineEdit *>(u"webhookLineEdit"_s);
}
RunPicker *NewTaskFixture::run() const {
    return m_form->findChild<RunPicker *>(u"runComboBox"_s);
}
FormFieldsEditor *NewTaskFixture::formFields() const {
    return m_form->findChild<FormFieldsEditor *>(u"formFieldsEditor"_s);
}
QPushButton *NewTaskFixture::button(const QString &objectName) const {
    return m_form->findChild<QPushButton *>(objectName);
}
QPushButton *NewTaskFixture::createButton() const {
    return button(u"createPushButton"_s);
}

void NewTaskFixture::typeDateTime(QDateTimeEdit *edit, const QDateTime &dateTime) {
    edit->setFocus(Qt::TabFocusReason);
    const QList<std::pair<QDateTimeEdit::Section, QString>> sections{
        {QDateTimeEdit::YearSection, dateTime.toString(u"yyyy"_s)},
        {QDateTimeEdit::MonthSection, dateTime.toString(u"MM"_s)},
        {QDateTimeEdit::DaySection, dateTime.toString(u"dd"_s)},
        {QDateTimeEdit::HourSection, dateTime.toString(u"HH"_s)},
        {QDateTimeEdit::MinuteSection, dateTime.toString(u"mm"_s)},
    };
    for (const auto &[section, text] : sections) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, text);
    }
}

void NewTaskFixture::typeInto(QWidget *widget, const QString &text) {
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(widget, text);
}

void NewTaskFixture::pressCtrlEnter() {
    QWidget *target = QApplication::focusWidget();
    if (target == nullptr || !m_form->isAncestorOf(target))
        target = m_form.get();
    QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
}
