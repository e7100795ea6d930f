#include "NewTaskFixture.h"
#include "Settle.h"
#include "ShownText.h"

#include "core/domain/Task.h"
#include "core/session/DirectoryCache.h"
#include "core/session/TaskSubmitter.h"
#include "core/settings/DraftStore.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/newtask/DeadlineEdit.h"
#include "gui/newtask/FormFieldEditor.h"
#include "gui/newtask/FormFieldsEditor.h"
#include "gui/newtask/OptionsEditor.h"
#include "gui/newtask/RunPicker.h"
#include "gui/newtask/TagPicker.h"
#include "gui/widgets/ChipList.h"
#include "gui/widgets/FieldMessage.h"
#include "models/DisplayFormat.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString anaId = u"1001"_s;
const QString clientSuccessGroup = u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_s;
const QString priorityTag = u"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s;
const QString clientFacingTag = u"2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e"_s;
const QString northwindRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
const QString quarterlyCloseRun = u"b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6"_s; // can_add_oot false

QString apiDate(const QDateTime &local) {
    return local.toUTC().toString(Qt::ISODate);
}

/// A draft that passes every check: one member, a deadline far ahead.
OneOffTaskDraft validDraft() {
    OneOffTaskDraft draft = NewTaskForm::freshDraft();
    draft.title = u"Renew the office lease"_s;
    draft.users = {OneOffTaskDraft::User{1001, u"Ana Ruiz"_s}};
    draft.deadline = QDateTime(QDate(2031, 3, 14), QTime(17, 0));
    return draft;
}

/// A fault that answers `method` requests to `path` with `status` and a JSON `body`.
SandboxFault jsonAnswer(const QByteArray &method, const QString &path, int status,
                        const QJsonObject &body) {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.method = method;
    fault.pathPattern = path;
    fault.status = status;
    fault.contentType = "application/json";
    fault.body = QJsonDocument(body).toJson();
    return fault;
}

QString messageText(NewTaskForm &form, const QString &path) {
    FieldMessage *message = form.messageFor(path);
    return message == nullptr ? QString() : message->text();
}

} // namespace

/// The new-task form offscreen against the sandbox: keyboard input to exact request body,
/// every validation rule at its input, 422 mapping, single flight, timeouts and the check,
/// drafts that survive, and the result after a 201.
class tst_NewTaskForm : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<NewTaskFixture> m_fixture;

    NewTaskFixture &fx() { return *m_fixture; }

    void waitForDirectory() { QTRY_VERIFY_WITH_TIMEOUT(fx().directoryLoaded(), 10000); }

    /// Chooses the first suggestion for `query` in a picker input with Enter.
    static void pick(QLineEdit *input, const QString &query) {
        NewTaskFixture::typeInto(input, query);
        QTest::keyClick(input, Qt::Key_Return);
    }

    /// Sets the draft through the form, then waits until no save is pending.
    void useDraft(const OneOffTaskDraft &draft) {
        fx().form().setDraft(draft);
        fx().form().draftStore()->flush();
    }

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<NewTaskFixture>();
        QVERIFY(fx().isValid());
    }
    void cleanup() { m_fixture.reset(); }

    // The task type's explanation is quieter than the labels, yet readable: an enabled label
    // whose text keeps a 4.5:1 contrast with the window, in the light and the dark palette.
    void typeExplanationIsReadable() {
        auto *label = fx().form().findChild<QLabel *>(u"taskTypeExplanationLabel"_s);
        QVERIFY(label);
        QVERIFY(label->isEnabled());
        QVERIFY(!label->text().isEmpty());
        const auto luminance = [](const QColor &colour) {
            const auto channel = [](double value) {
                return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
                   0.0722 * channel(colour.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a);
            const double lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        const QPalette light = QGuiApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        for (const QPalette &palette : {light, dark}) {
            QApplication::setPalette(palette);
            QCoreApplication::processEvents();
            const QColor text = label->palette().color(QPalette::WindowText);
            const QColor window = label->palette().color(QPalette::Window);
            QVERIFY2(contrast(text, window) >= 4.5, qPrintable(text.name()));
            QVERIFY(text != palette.color(QPalette::WindowText)); // quieter than a label
        }
        QApplication::setPalette(light);
    }

    void labelsAndAccessibleNames() {
        const QList<std::pair<QString, QString>> inputs{
            {u"titleLineEdit"_s, u"Title"_s},
            {u"taskTypeComboBox"_s, u"Task type"_s},
            {u"descriptionPlainTextEdit"_s, u"Description"_s},
            {u"assigneeLineEdit"_s, u"Assignees"_s},
            {u"deadlineDateTimeEdit"_s, u"Deadline"_s},
            {u"startDateTimeEdit"_s, u"Start"_s},
            {u"tagLineEdit"_s, u"Tags"_s},
            {u"maxAssigneesSpinBox"_s, u"Maximum assignees"_s},
            {u"webhookLineEdit"_s, u"Webhook URL"_s},
            {u"runComboBox"_s, u"Attach to process"_s},
            {u"createPushButton"_s, u"Create task"_s},
        };
        for (const auto &[name, accessible] : inputs) {
            QWidget *widget = fx().form().findChild<QWidget *>(name);
            QVERIFY2(widget != nullptr, qPrintable(name));
            QCOMPARE(widget->accessibleName(), accessible);
        }
        // Visible labels say the same and point at their inputs.
        const QList<std::pair<QString, QString>> labels{
            {u"titleLabel"_s, u"titleLineEdit"_s},
            {u"taskTypeLabel"_s, u"taskTypeComboBox"_s},
            {u"descriptionLabel"_s, u"descriptionPlainTextEdit"_s},
            {u"assigneesLabel"_s, u"assigneeLineEdit"_s},
            {u"deadlineLabel"_s, u"deadlineDateTimeEdit"_s},
            {u"tagsLabel"_s, u"tagLineEdit"_s},
            {u"webhookLabel"_s, u"webhookLineEdit"_s},
            {u"runLabel"_s, u"runComboBox"_s},
        };
        for (const auto &[labelName, inputName] : labels) {
            auto *label = fx().form().findChild<QLabel *>(labelName);
            QVERIFY2(label != nullptr, qPrintable(labelName));
            QCOMPARE(label->buddy(), fx().form().findChild<QWidget *>(inputName));
            QCOMPARE(label->text().remove(u'&'), label->buddy()->accessibleName());
        }
        // The five task types, each explained.
        QCOMPARE(fx().taskType()->count(), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!fx().taskType()->itemData(i, Qt::ToolTipRole).toString().isEmpty());
        auto *explanation = fx().form().findChild<QLabel *>(u"taskTypeExplanationLabel"_s);
        QVERIFY(!explanation->text().isEmpty());
        const QString before = explanation->text();
        fx().taskType()->setFocus();
        QTest::keyClick(fx().taskType(), Qt::Key_Down);
        QCOMPARE(fx().taskType()->currentData().toString(), u"approval"_s);
        QVERIFY(explanation->text() != before);
    }

    void defaultsOfAFreshForm() {
        const QDateTime deadline = fx().deadline()->dateTime();
        QCOMPARE(deadline, DeadlineEdit::nextWorkingDay(QDateTime::currentDateTime()));
        QCOMPARE(deadline.time(), QTime(17, 0));
        QVERIFY(deadline.date().dayOfWeek() <= 5);
        QVERIFY(deadline.date() > QDate::currentDate());
        QVERIFY(!fx().start()->dateTime().isValid());
        QCOMPARE(fx().taskType()->currentData().toString(), u"task"_s);
        QVERIFY(!fx().createButton()->isEnabled());
        QVERIFY(fx().createButton()->toolTip().contains(u"Enter a title."_s));
        QVERIFY(fx().form().summaryText().contains(u"Enter a title."_s));
        // Errors of inputs nobody has touched yet are in the summary, not under the inputs,
        // and the summary says what is needed without the error colour.
        QVERIFY(messageText(fx().form(), u"title"_s).isEmpty());
        auto *summary = fx().form().findChild<QLabel *>(u"validationSummaryLabel"_s);
        QVERIFY(summary);
        QVERIFY2(fx().form().summaryText().startsWith(u"To create the task:"_s),
                 qPrintable(fx().form().summaryText()));
        QCOMPARE(summary->property("hasErrors").toBool(), false);
        QVERIFY(summary->styleSheet().isEmpty());
        // A press of Create shows them as errors, under the inputs and in the summary.
        QVERIFY(!fx().form().submit());
        QVERIFY(!messageText(fx().form(), u"title"_s).isEmpty());
        QCOMPARE(summary->property("hasErrors").toBool(), true);
        QVERIFY(!summary->styleSheet().isEmpty());
        QVERIFY2(fx().form().summaryText().startsWith(u"2 problem"_s),
                 qPrintable(fx().form().summaryText()));
        // An untouched form stores no draft.
        fx().form().draftStore()->flush();
        QVERIFY(fx().settings().newTaskDraft().isEmpty());
    }

    void quickChoicesSetTheDeadline() {
        const QDateTime now = QDateTime::currentDateTime();
        QToolButton *today = fx().deadline()->todayButton();
        today->setFocus();
        QTest::keyClick(today, Qt::Key_Space);
        QCOMPARE(fx().deadline()->dateTime(), DeadlineEdit::todayEndOfDay(now));
        QTest::keyClick(fx().deadline()->tomorrowButton(), Qt::Key_Space);
        QCOMPARE(fx().deadline()->dateTime(), DeadlineEdit::tomorrowEndOfDay(now));
        QTest::keyClick(fx().deadline()->nextWeekButton(), Qt::Key_Space);
        const QDateTime nextWeek = fx().deadline()->dateTime();
        QCOMPARE(nextWeek, DeadlineEdit::nextWeekEndOfDay(now));
        QCOMPARE(nextWeek.date().dayOfWeek(), 1);
        QVERIFY(nextWeek.date() > now.date());
        QVERIFY(nextWeek.date() <= now.date().addDays(7));
        QCOMPARE(fx().form().draft().deadline, nextWeek);
    }

    void fillEverythingWithTheKeyboardAndSend() {
        waitForDirectory();
        NewTaskForm &form = fx().form();
        QSignalSpy created(&form, &NewTaskForm::taskCreated);
        QSignalSpy status(&form, &NewTaskForm::statusMessage);

        form.focusTitle();
        QTest::keyClicks(fx().title(), u"Approve Q4 hardware budget"_s);
        QTest::keyClick(fx().title(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), fx().taskType());
        QTest::keyClick(fx().taskType(), Qt::Key_Down); // Approve/Reject
        QTest::keyClick(fx().taskType(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), fx().description());
        QTest::keyClicks(fx().description(), u"Check the quote first."_s);
        QTest::keyClick(fx().description(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), fx().assigneeInput());

        QTest::keyClicks(fx().assigneeInput(), u"ana ru"_s);
        QTest::keyClick(fx().assigneeInput(), Qt::Key_Return);
        QTest::keyClicks(fx().assigneeInput(), u"client su"_s);
        QTest::keyClick(fx().assigneeInput(), Qt::Key_Return);
        QTest::keyClicks(fx().assigneeInput(), u"  Pat.Lee@Partner.example "_s);
        QTest::keyClick(fx().assigneeInput(), Qt::Key_Return);
        QCOMPARE(fx().assignees()->chipList()->count(), 3);
        QVERIFY(fx().assigneeInput()->text().isEmpty());

        const QDateTime deadline(QDate(2030, 6, 21), QTime(16, 30));
        const QDateTime start(QDate(2030, 6, 14), QTime(9, 5));
        NewTaskFixture::typeDateTime(fx().deadlineInput(), deadline);
        QCOMPARE(fx().deadline()->dateTime(), deadline);
        fx().startCheck()->setFocus();
        QTest::keyClick(fx().startCheck(), Qt::Key_Space);
        NewTaskFixture::typeDateTime(fx().startInput(), start);
        QCOMPARE(fx().start()->dateTime(), start);

        pick(fx().tagInput(), u"prio"_s);
        pick(fx().tagInput(), u"client-f"_s);
        QCOMPARE(fx().tags()->chipList()->count(), 2);

        fx().moreOptions()->setFocus();
        QTest::keyClick(fx().moreOptions(), Qt::Key_Space);
        QVERIFY(fx().moreOptions()->isChecked());
        for (const QString &name : {u"everyoneMustCompleteCheckBox"_s, u"onlyAssigneesCheckBox"_s,
                                    u"preventGuestCommentCheckBox"_s, u"topSecretCheckBox"_s}) {
            QCheckBox *box = fx().checkBox(name);
            QVERIFY(box->isVisible());
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY2(box->isChecked(), qPrintable(name));
        }
        fx().maxAssignees()->setFocus();
        fx().maxAssignees()->selectAll();
        QTest::keyClicks(fx().maxAssignees(), u"5"_s);
        NewTaskFixture::typeInto(fx().webhook(), u"https://hooks.example.com/done"_s);
        fx().run()->setFocus();
        QCOMPARE(fx().run()->offeredCount(), 1); // only the run that accepts one-off tasks
        QTest::keyClick(fx().run(), Qt::Key_Down);
        QCOMPARE(fx().run()->runId(), northwindRun);

        // Form fields: a radio with two options and a table with two columns.
        QPushButton *addField = fx().formFields()->addButton();
        addField->setFocus();
        QTest::keyClick(addField, Qt::Key_Space);
        FormFieldEditor *first = fx().formFields()->editor(0);
        QVERIFY(first != nullptr);
        QCOMPARE(QApplication::focusWidget(), first->labelLineEdit());
        QTest::keyClicks(first->labelLineEdit(), u"Budget source"_s);
        QTest::keyClick(first->labelLineEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), first->typeComboBox());
        QTest::keyClick(first->typeComboBox(), Qt::Key_Down);
        QTest::keyClick(first->typeComboBox(), Qt::Key_Down);
        QCOMPARE(first->typeComboBox()->currentData().toString(), u"radio"_s);
        QTest::keyClick(first->typeComboBox(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), first->requiredCheckBox());
        QTest::keyClick(first->requiredCheckBox(), Qt::Key_Space);
        QTest::keyClick(first->requiredCheckBox(), Qt::Key_Tab);
        QTest::keyClicks(first->guidanceLineEdit(), u"Where the money comes from"_s);
        QTest::keyClick(first->guidanceLineEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), first->optionsEditor()->addButton());
        QTest::keyClick(first->optionsEditor()->addButton(), Qt::Key_Space);
        QTest::keyClicks(QApplication::focusWidget(), u"Operating"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), u"Capital"_s);
        QCOMPARE(first->optionsEditor()->items(), QStringList({u"Operating"_s, u"Capital"_s}));

        addField->setFocus();
        QTest::keyClick(addField, Qt::Key_Space);
        FormFieldEditor *second = fx().formFields()->editor(1);
        QTest::keyClicks(second->labelLineEdit(), u"Delivery split"_s);
        second->typeComboBox()->setFocus();
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(second->typeComboBox(), Qt::Key_Down);
        QCOMPARE(second->typeComboBox()->currentData().toString(), u"table"_s);
        QVERIFY(second->columnsEditor()->isVisible());
        QVERIFY(!second->optionsEditor()->isVisible());
        second->columnsEditor()->addButton()->setFocus();
        QTest::keyClick(second->columnsEditor()->addButton(), Qt::Key_Space);
        QTest::keyClicks(QApplication::focusWidget(), u"Site"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), u"Units"_s);

        QVERIFY2(fx().createButton()->isEnabled(), qPrintable(fx().createButton()->toolTip()));
        QVERIFY(form.summaryText().startsWith(u"Ready to create"_s));

        fx().pressCtrlEnter();
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(fx().createRequestCount(), 1);

        const QJsonObject expected{
            {u"title"_s, u"Approve Q4 hardware budget"_s},
            {u"task_type"_s, u"approval"_s},
            {u"description"_s, u"Check the quote first."_s},
            {u"summary"_s, u"Check the quote first."_s},
            {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{1001}},
                                      {u"guests"_s, QJsonArray{u"pat.lee@partner.example"_s}},
                                      {u"groups"_s, QJsonArray{clientSuccessGroup}}}},
            {u"deadline"_s, apiDate(deadline)},
            {u"started_at"_s, apiDate(start)},
            {u"separate_task_for_each_assignee"_s, false},
            {u"max_assignable"_s, 5},
            {u"everyone_must_complete"_s, true},
            {u"can_complete_only_assignees"_s, true},
            {u"prevent_guest_comment"_s, true},
            {u"top_secret"_s, true},
            {u"tags"_s, QJsonArray{priorityTag, clientFacingTag}},
            {u"webhook"_s, u"https://hooks.example.com/done"_s},
            {u"run_id"_s, northwindRun},
            {u"form_fields"_s,
             QJsonArray{
                 QJsonObject{{u"label"_s, u"Budget source"_s},
                             {u"field_type"_s, u"radio"_s},
                             {u"required"_s, true},
                             {u"guidance"_s, u"Where the money comes from"_s},
                             {u"options"_s,
                              QJsonArray{QJsonObject{{u"id"_s, 1}, {u"text"_s, u"Operating"_s}},
                                         QJsonObject{{u"id"_s, 2}, {u"text"_s, u"Capital"_s}}}}},
                 QJsonObject{{u"label"_s, u"Delivery split"_s},
                             {u"field_type"_s, u"table"_s},
                             {u"required"_s, false},
                             {u"columns"_s,
                              QJsonArray{QJsonObject{{u"id"_s, 1}, {u"label"_s, u"Site"_s}},
                                         QJsonObject{{u"id"_s, 2}, {u"label"_s, u"Units"_s}}}}},
             }},
        };
        const QJsonObject sent = fx().lastCreateBody();
        if (sent != expected) {
            qWarning().noquote() << "sent:    "
                                 << QJsonDocument(sent).toJson(QJsonDocument::Compact);
            qWarning().noquote() << "expected:"
                                 << QJsonDocument(expected).toJson(QJsonDocument::Compact);
        }
        QCOMPARE(sent, expected);
        // The IDs are JSON integers, not strings.
        const QJsonValue optionId = sent.value(u"form_fields"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"options"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"id"_s);
        QVERIFY(optionId.isDouble());
        QVERIFY(sent.value(u"owners"_s).toObject().value(u"users"_s).toArray().at(0).isDouble());

        // The task as returned goes to the main window; the form says so and starts over.
        const Task task = created.at(0).at(0).value<Task>();
        QCOMPARE(task.title, u"Approve Q4 hardware budget"_s);
        QVERIFY(!fx().server().storedTask(task.id).isEmpty());
        QVERIFY(form.resultText().contains(task.id));
        // A 201 without `summary` (the create page's own example) proves nothing: no warning.
        QVERIFY(!task.raw.contains(u"summary"_s));
        QVERIFY2(!form.resultText().contains(u"description may not have been saved"_s),
                 qPrintable(form.resultText()));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(task.id));
        QPushButton *copy = fx().button(u"copyIdPushButton"_s);
        QVERIFY(copy->isVisible());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), task.id);
        QVERIFY(fx().title()->text().isEmpty());
        QCOMPARE(fx().assignees()->chipList()->count(), 0);
        QCOMPARE(fx().formFields()->count(), 0);
        QVERIFY(fx().settings().newTaskDraft().isEmpty());
        QVERIFY(!fx().createButton()->isEnabled());
    }

    void deadlineMovedByTheServerIsShown() {
        OneOffTaskDraft draft = validDraft();
        // A Saturday: the sandbox, like Tallyfy, moves it into the working week.
        draft.deadline = QDateTime(QDate(2031, 3, 15), QTime(12, 0));
        useDraft(draft);
        QSignalSpy created(&fx().form(), &NewTaskForm::taskCreated);
        QVERIFY(fx().form().submit());
        QTRY_COMPARE(created.size(), 1);
        const Task task = created.at(0).at(0).value<Task>();
        QVERIFY(task.deadline.isValid());
        QVERIFY(task.deadline != draft.deadline);
        QVERIFY2(fx().form().resultText().contains(u"moved the deadline"_s),
                 qPrintable(fx().form().resultText()));
    }

    void validationRules_data() {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("title empty") << 0 << u"title"_s << u"Enter a title."_s;
        QTest::newRow("title too long") << 1 << u"title"_s << u"the limit is 600"_s;
        QTest::newRow("no assignee") << 2 << u"owners"_s << u"at least one member"_s;
        QTest::newRow("guest without member")
            << 3 << u"owners.users"_s << u"also needs at least one member"_s;
        QTest::newRow("guest email invalid")
            << 4 << u"owners.guests.0"_s << u"is not a valid email address"_s;
        QTest::newRow("guest is a member") << 5 << u"owners.guests.0"_s << u"belongs to a member"_s;
        QTest::newRow("start after deadline")
            << 6 << u"started_at"_s << u"cannot be after the deadline"_s;
        QTest::newRow("webhook not https") << 7 << u"webhook"_s << u"https://"_s;
        QTest::newRow("radio one option")
            << 8 << u"form_fields.0.options"_s << u"at least two options"_s;
        QTest::newRow("dropdown no option")
            << 9 << u"form_fields.0.options"_s << u"Add at least one option"_s;
        QTest::newRow("table no column")
            << 10 << u"form_fields.0.columns"_s << u"at least one column"_s;
        QTest::newRow("label empty") << 11 << u"form_fields.0.label"_s << u"Enter a label"_s;
        QTest::newRow("option twice")
            << 12 << u"form_fields.0.options.1.text"_s << u"listed twice"_s;
        QTest::newRow("run refuses one-off tasks")
            << 13 << u"run_id"_s << u"does not allow one-off tasks"_s;
    }

    void validationRules() {
        QFETCH(int, rule);
        QFETCH(QString, path);
        QFETCH(QString, message);
        waitForDirectory();
        NewTaskForm &form = fx().form();
        OneOffTaskDraft draft = validDraft();
        switch (rule) {
        case 5:
            draft.guests = {u"ben.okafor@brightwater.example"_s};
            break;
        case 13:
            draft.runId = quarterlyCloseRun;
            draft.runName = u"Quarterly close - Q3 2026"_s;
            break;
        default:
            break;
        }
        useDraft(draft);
        if (rule != 5 && rule != 13)
            QVERIFY2(fx().createButton()->isEnabled(), qPrintable(fx().createButton()->toolTip()));

        // Break one rule with the keyboard.
        switch (rule) {
        case 0:
            fx().title()->setFocus();
            fx().title()->selectAll();
            QTest::keyClick(fx().title(), Qt::Key_Backspace);
            break;
        case 1:
            fx().title()->setFocus();
            fx().title()->end(false);
            QTest::keyClicks(fx().title(), QString(600, u'x'));
            break;
        case 2: {
            QToolButton *remove =
                fx().assignees()->chipList()->removeButton(AssigneePicker::userKey(1001));
            remove->setFocus();
            QTest::keyClick(remove, Qt::Key_Delete);
            QCOMPARE(QApplication::focusWidget(), fx().assigneeInput());
            break;
        }
        case 3: {
            pick(fx().assigneeInput(), u"visitor@elsewhere.example"_s);
            QToolButton *remove =
                fx().assignees()->chipList()->removeButton(AssigneePicker::userKey(1001));
            remove->setFocus();
            QTest::keyClick(remove, Qt::Key_Backspace);
            break;
        }
        case 4:
            pick(fx().assigneeInput(), u"not-an-address@"_s);
            break;
        case 6:
            fx().startCheck()->setFocus();
            QTest::keyClick(fx().startCheck(), Qt::Key_Space);
            NewTaskFixture::typeDateTime(fx().startInput(), draft.deadline.addDays(1));
            break;
        case 7:
            fx().moreOptions()->setChecked(true);
            NewTaskFixture::typeInto(fx().webhook(), u"http://hooks.example.com/x"_s);
            break;
        case 8:
        case 9:
        case 10:
        case 11:
        case 12: {
            QPushButton *add = fx().formFields()->addButton();
            add->setFocus();
            QTest::keyClick(add, Qt::Key_Space);
            FormFieldEditor *field = fx().formFields()->editor(0);
            if (rule != 11)
                QTest::keyClicks(field->labelLineEdit(), u"Choice"_s);
            const int downs = rule == 8 || rule == 12 ? 2 : rule == 9 ? 3 : rule == 10 ? 7 : 0;
            field->typeComboBox()->setFocus();
            for (int i = 0; i < downs; ++i)
                QTest::keyClick(field->typeComboBox(), Qt::Key_Down);
            if (rule == 8 || rule == 12) {
                OptionsEditor *options = field->optionsEditor();
                options->addButton()->setFocus();
                QTest::keyClick(options->addButton(), Qt::Key_Space);
                QTest::keyClicks(QApplication::focusWidget(), u"Yes"_s);
                if (rule == 12) {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                    QTest::keyClicks(QApplication::focusWidget(), u"Yes"_s);
                }
            }
            break;
        }
        case 5:
        case 13:
            break; // broken by the restored draft itself
        default:
            QFAIL("unknown rule");
        }

        const QString shown = messageText(form, path);
        QVERIFY2(shown.contains(message), qPrintable(path + u" shows: "_s + shown));
        FieldMessage *label = form.messageFor(path);
        QVERIFY(label->hasError());
        QVERIFY(label->isVisible());
        QVERIFY(label->input() != nullptr);
        QVERIFY(label->input()->accessibleDescription().contains(message));
        QVERIFY(!fx().createButton()->isEnabled());
        QVERIFY(fx().createButton()->toolTip().contains(message));
        QVERIFY(form.summaryText().contains(message) || form.summaryText().contains(u"\u2026"_s));

        // Neither Ctrl+Enter nor the button sends anything.
        fx().pressCtrlEnter();
        QTest::mouseClick(fx().createButton(), Qt::LeftButton);
        QVERIFY(!form.submit());
        QVERIFY(settle(fx().session()));
        QCOMPARE(fx().createRequestCount(), 0);
    }

    void problemsOfAChipAreMarkedOnIt() {
        waitForDirectory();
        OneOffTaskDraft draft = validDraft();
        draft.guests = {u"ben.okafor@brightwater.example"_s};
        useDraft(draft);
        ChipList *chips = fx().assignees()->chipList();
        QVERIFY(chips->chipProblem(AssigneePicker::guestKey(u"ben.okafor@brightwater.example"_s))
                    .contains(u"belongs to a member"_s));
        QVERIFY(chips->chipProblem(AssigneePicker::userKey(1001)).isEmpty());
    }

    void warningsDoNotBlock() {
        OneOffTaskDraft draft = validDraft();
        draft.deadline = QDateTime::currentDateTime().addDays(-2);
        useDraft(draft);
        QVERIFY(messageText(fx().form(), u"deadline"_s).contains(u"in the past"_s));
        QVERIFY(!fx().form().messageFor(u"deadline"_s)->hasError());
        QVERIFY(fx().createButton()->isEnabled());
        QVERIFY(fx().form().summaryText().contains(u"in the past"_s));
    }

    void serverValidationErrorsLandOnTheirInputs() {
        waitForDirectory();
        OneOffTaskDraft draft = validDraft();
        draft.guests = {u"pat@partner.example"_s};
        DraftFormField field;
        field.label = u"Budget source"_s;
        field.fieldType = u"radio"_s;
        field.options = {u"Operating"_s, u"Capital"_s};
        draft.formFields = {field};
        draft.webhook = u"https://hooks.example.com/x"_s;
        useDraft(draft);
        QVERIFY(fx().createButton()->isEnabled());

        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Status;
        fault.method = "POST";
        fault.pathPattern = u"/tasks$"_s;
        fault.status = 422;
        fault.contentType = "application/json";
        fault.body =
            QJsonDocument(
                QJsonObject{{u"message"_s, u"The given data was invalid."_s},
                            {u"errors"_s,
                             QJsonObject{
                                 {u"title"_s, QJsonArray{u"The title has already been used."_s}},
                                 {u"owners.users.0"_s,
                                  QJsonArray{u"The selected owners.users.0 is invalid."_s}},
                                 {u"owners.guests.0"_s,
                                  QJsonArray{u"The owners.guests.0 cannot be invited."_s}},
                                 {u"form_fields.0.options"_s,
                                  QJsonArray{u"The form_fields.0.options are invalid."_s}},
                                 {u"form_fields.0.options.1.text"_s,
                                  QJsonArray{u"The form_fields.0.options.1.text is taken."_s}},
                                 {u"webhook"_s, u"The webhook format is invalid."_s},
                                 {u"mystery"_s, QJsonArray{u"Something else went wrong."_s}},
                             }}})
                .toJson();
        fx().server().addFault(fault);

        NewTaskForm &form = fx().form();
        QVERIFY(form.submit());
        QTRY_COMPARE(form.submitter()->state(), TaskSubmitter::State::Refused);
        QCOMPARE(fx().createRequestCount(), 1);

        QVERIFY(messageText(form, u"title"_s).contains(u"already been used"_s));
        QVERIFY(messageText(form, u"owners.users.0"_s).contains(u"owners.users.0 is invalid"_s));
        QVERIFY(messageText(form, u"webhook"_s).contains(u"format is invalid"_s));
        QVERIFY(fx().moreOptions()->isChecked()); // opened to show the webhook's error
        FormFieldEditor *editor = fx().formFields()->editor(0);
        QVERIFY(editor->choicesMessage()->text().contains(u"options are invalid"_s));
        QVERIFY(editor->choicesMessage()->text().contains(u"Option 2"_s));
        QVERIFY(editor->optionsEditor()->itemLineEdit(1)->property("invalid").toBool());
        QVERIFY(!editor->optionsEditor()->itemLineEdit(0)->property("invalid").toBool());
        ChipList *chips = fx().assignees()->chipList();
        QVERIFY(chips->chipProblem(AssigneePicker::userKey(1001)).contains(u"invalid"_s));
        QVERIFY(chips->chipProblem(AssigneePicker::guestKey(u"pat@partner.example"_s))
                    .contains(u"cannot be invited"_s));
        // What no input shows is in the summary.
        QVERIFY(form.resultText().contains(u"refused"_s));
        QVERIFY(form.resultText().contains(u"Something else went wrong."_s));
        QVERIFY(!fx().createButton()->isEnabled());
        QVERIFY(fx().createButton()->toolTip().contains(u"already been used"_s));
        QCOMPARE(QApplication::focusWidget(), fx().title());

        // Editing an input clears the server's word on it, and only on it.
        QTest::keyClicks(fx().title(), u" (2)"_s);
        QVERIFY(!messageText(form, u"title"_s).contains(u"already been used"_s));
        QVERIFY(messageText(form, u"webhook"_s).contains(u"format is invalid"_s));
        // Nothing was resent.
        QVERIFY(settle(fx().session()));
        QCOMPARE(fx().createRequestCount(), 1);
    }

    void doubleCtrlEnterSendsOneRequest() {
        useDraft(validDraft());
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Delay;
        slow.method = "POST";
        slow.pathPattern = u"/tasks$"_s;
        slow.delayMs = 400;
        fx().server().addFault(slow);
        QSignalSpy created(&fx().form(), &NewTaskForm::taskCreated);

        fx().title()->setFocus();
        fx().pressCtrlEnter();
        QVERIFY(fx().form().isSending());
        QVERIFY(!fx().createButton()->isEnabled());
        QCOMPARE(fx().createButton()->text(), u"Creating\u2026"_s);
        fx().pressCtrlEnter();
        QTest::mouseClick(fx().createButton(), Qt::LeftButton);
        QVERIFY(!fx().form().submit());
        QTRY_COMPARE(created.size(), 1);
        QVERIFY(settle(fx().session()));
        QCOMPARE(fx().createRequestCount(), 1);
        QCOMPARE(created.size(), 1);
    }

    void timeoutSendsNothingAgainAndCheckFindsTheTask_data() {
        QTest::addColumn<int>("faultKind");
        QTest::addColumn<int>("waitMs");
        // Both let the sandbox create the task before the answer is lost.
        QTest::newRow("hang") << int(SandboxFault::Kind::Hang) << 700;
        QTest::newRow("late answer") << int(SandboxFault::Kind::Delay) << 1600;
    }

    void timeoutSendsNothingAgainAndCheckFindsTheTask() {
        QFETCH(int, faultKind);
        QFETCH(int, waitMs);
        useDraft(validDraft());
        fx().setTimeoutMs(500);
        SandboxFault lost;
        lost.kind = SandboxFault::Kind(faultKind);
        lost.method = "POST";
        lost.pathPattern = u"/tasks$"_s;
        lost.delayMs = 1500;
        fx().server().addFault(lost);
        NewTaskForm &form = fx().form();
        QSignalSpy created(&form, &NewTaskForm::taskCreated);

        QVERIFY(form.submit());
        QTRY_COMPARE_WITH_TIMEOUT(form.submitter()->state(), TaskSubmitter::State::Uncertain, 5000);
        QVERIFY(form.resultText().contains(u"may have been created"_s));
        QVERIFY(!fx().createButton()->isEnabled());
        QVERIFY(fx().button(u"checkPushButton"_s)->isVisible());
        // Nothing goes again on its own, nor by Ctrl+Enter or the button.
        fx().pressCtrlEnter();
        QTest::mouseClick(fx().createButton(), Qt::LeftButton);
        // A resend would come from a retry timer, so give one the time it would take; then a
        // request queued after everything else has been answered before the count is taken.
        QTest::qWait(waitMs);
        QVERIFY(settle(fx().session()));
        QCOMPARE(fx().createRequestCount(), 1);
        // The draft is still there.
        QCOMPARE(fx().title()->text(), u"Renew the office lease"_s);

        fx().setTimeoutMs(5000);
        QTest::mouseClick(fx().button(u"checkPushButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(form.submitter()->state(), TaskSubmitter::State::Checked, 5000);
        QVERIFY(fx().server().requestCount("GET", u"/organizations/[0-9a-f]{32}/tasks$"_s) >= 1);
        QCOMPARE(form.submitter()->matches().size(), 1);
        const QString foundId = form.submitter()->matches().first().id;
        QCOMPARE(fx().server().storedTask(foundId).value(u"title"_s).toString(),
                 u"Renew the office lease"_s);
        QVERIFY(form.resultText().contains(foundId));
        QPushButton *open = fx().button(u"openFoundPushButton"_s);
        QVERIFY(open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).value<Task>().id, foundId);
        QVERIFY(fx().title()->text().isEmpty());
        QCOMPARE(fx().createRequestCount(), 1);
    }

    void lostConnectionThenCheckFindsNothingThenSendAgain() {
        useDraft(validDraft());
        SandboxFault reset;
        reset.kind = SandboxFault::Kind::Reset; // nothing is processed
        reset.method = "POST";
        reset.pathPattern = u"/tasks$"_s;
        fx().server().addFault(reset);
        NewTaskForm &form = fx().form();
        QSignalSpy created(&form, &NewTaskForm::taskCreated);

        QVERIFY(form.submit());
        QTRY_COMPARE(form.submitter()->state(), TaskSubmitter::State::Uncertain);
        QVERIFY(!fx().button(u"sendAgainPushButton"_s)->isVisible());
        form.checkCreated();
        QTRY_COMPARE(form.submitter()->state(), TaskSubmitter::State::Checked);
        QVERIFY(form.submitter()->matches().isEmpty());
        QVERIFY(form.resultText().contains(u"safe to send it again"_s));
        QVERIFY(!fx().button(u"openFoundPushButton"_s)->isVisible());
        QCOMPARE(fx().createRequestCount(), 1);
        QPushButton *again = fx().button(u"sendAgainPushButton"_s);
        QVERIFY(again->isVisible());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(fx().createRequestCount(), 2);
    }

    void rateLimitShowsACountdownAndRetries() {
        useDraft(validDraft());
        SandboxFault limited;
        limited.kind = SandboxFault::Kind::RateLimit;
        limited.method = "POST";
        limited.pathPattern = u"/tasks$"_s;
        limited.retryAfter = "2";
        fx().server().addFault(limited);
        NewTaskForm &form = fx().form();
        QSignalSpy created(&form, &NewTaskForm::taskCreated);
        QSignalSpy countdown(form.submitter(), &TaskSubmitter::retryCountdown);

        QVERIFY(form.submit());
        QTRY_VERIFY(form.resultText().contains(u"slow down"_s));
        QVERIFY(!countdown.isEmpty());
        QVERIFY(countdown.first().at(0).toInt() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QCOMPARE(fx().createRequestCount(), 2); // the refused one and the retry
    }

    void separateTasksAreCounted() {
        waitForDirectory();
        OneOffTaskDraft draft = validDraft();
        draft.groups = {
            OneOffTaskDraft::Group{u"8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f"_s, u"Finance"_s}};
        draft.separateTaskForEachAssignee = true;
        useDraft(draft);
        QVERIFY(fx().moreOptions()->isChecked()); // a draft using an option shows the options
        QSignalSpy created(&fx().form(), &NewTaskForm::taskCreated);
        QVERIFY(fx().form().submit());
        QTRY_COMPARE(created.size(), 1);
        const Task task = created.at(0).at(0).value<Task>();
        QVERIFY(!task.runId.isEmpty());
        QTRY_VERIFY(fx().form().submitter()->fanOutTasks().has_value());
        // Ana, plus the Finance group expanded to its two members.
        QCOMPARE(fx().form().submitter()->fanOutTasks()->size(), 3);
        QVERIFY2(fx().form().resultText().contains(u"3 task"_s),
                 qPrintable(fx().form().resultText()));
        QVERIFY(fx().form().resultText().contains(task.runId));
        QVERIFY(fx().button(u"refreshRunPushButton"_s)->isVisible());
        QVERIFY(fx().server().requestCount("GET", u"/runs/"_s + task.runId + u"/tasks$"_s) >= 1);
    }

    void draftSurvivesRecreatingTheForm() {
        waitForDirectory();
        fx().form().focusTitle();
        QTest::keyClicks(fx().title(), u"Half-typed title"_s);
        pick(fx().assigneeInput(), u"ana ru"_s);
        pick(fx().assigneeInput(), u"guest@partner.example"_s);
        fx().formFields()->addButton()->setFocus();
        QTest::keyClick(fx().formFields()->addButton(), Qt::Key_Space);
        QTest::keyClicks(QApplication::focusWidget(), u"Notes"_s);
        // Saved on its own after a short pause (no need to close anything).
        QTRY_VERIFY(!fx().settings().newTaskDraft().isEmpty());
        QVERIFY(fx().settings().newTaskDraft().contains("Half-typed title"));
        const OneOffTaskDraft before = fx().form().draft();

        fx().recreateForm();
        QCOMPARE(fx().form().draft(), before);
        QCOMPARE(fx().title()->text(), u"Half-typed title"_s);
        QCOMPARE(fx().assignees()->chipList()->count(), 2);
        QCOMPARE(fx().formFields()->count(), 1);
        QVERIFY(fx().form().findChild<QLabel *>(u"restoredLabel"_s)->isVisible());

        // The last keystrokes before closing are not lost either.
        QTest::keyClicks(fx().title(), u"!"_s);
        fx().recreateForm();
        QCOMPARE(fx().title()->text(), u"Half-typed title!"_s);
    }

    void draftSurvivesARestart() {
        fx().form().focusTitle();
        QTest::keyClicks(fx().title(), u"Typed before a restart"_s);
        NewTaskFixture::typeInto(fx().description(), u"Line one"_s);
        fx().restartApp();
        QVERIFY(fx().isValid());
        QCOMPARE(fx().title()->text(), u"Typed before a restart"_s);
        QCOMPARE(fx().description()->toPlainText(), u"Line one"_s);
    }

    void discardDraftAsksFirst() {
        fx().form().focusTitle();
        QTest::keyClicks(fx().title(), u"Maybe not"_s);
        fx().form().draftStore()->flush();
        QVERIFY(!fx().settings().newTaskDraft().isEmpty());

        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box != nullptr);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QTest::mouseClick(fx().button(u"discardDraftPushButton"_s), Qt::LeftButton);
        QCOMPARE(fx().title()->text(), u"Maybe not"_s);
        QVERIFY(!fx().settings().newTaskDraft().isEmpty());

        answer(QMessageBox::Discard);
        QTest::mouseClick(fx().button(u"discardDraftPushButton"_s), Qt::LeftButton);
        QVERIFY(fx().title()->text().isEmpty());
        QVERIFY(fx().settings().newTaskDraft().isEmpty());
        fx().recreateForm();
        QVERIFY(fx().title()->text().isEmpty());
    }

    void formFieldsReorderAndRemoveWithTheKeyboard() {
        FormFieldsEditor *fields = fx().formFields();
        for (const QString &label : {u"First"_s, u"Second"_s, u"Third"_s}) {
            fields->addButton()->setFocus();
            QTest::keyClick(fields->addButton(), Qt::Key_Space);
            QTest::keyClicks(QApplication::focusWidget(), label);
        }
        QCOMPARE(fields->count(), 3);
        QToolButton *down = fields->editor(0)->moveDownButton();
        down->setFocus();
        QTest::keyClick(down, Qt::Key_Space);
        QCOMPARE(fields->editor(0)->labelLineEdit()->text(), u"Second"_s);
        QCOMPARE(fields->editor(1)->labelLineEdit()->text(), u"First"_s);
        QToolButton *remove = fields->editor(2)->removeButton();
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(fields->count(), 2);
        QCOMPARE(fx().form().draft().formFields.size(), 2);
        QCOMPARE(fx().form().draft().formFields.at(1).label, u"First"_s);
        // The email type is never offered.
        QVERIFY(fields->editor(0)->typeComboBox()->findData(u"email"_s) < 0);
        QCOMPARE(fields->editor(0)->typeComboBox()->count(), 9);
    }

    void theFocusedInputIsScrolledIntoView() {
        fx().form().resize(900, 300);
        auto *scroll = fx().form().findChild<QScrollArea *>(u"scrollArea"_s);
        QPushButton *add = fx().formFields()->addButton();
        const auto inView = [scroll](QWidget *widget) {
            const QRect rect(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
            return scroll->viewport()->rect().contains(rect);
        };
        QVERIFY(!inView(add));
        add->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(inView(add));
        fx().form().focusTitle();
        QTRY_VERIFY(inView(fx().title()));
    }

    void tabOrderFollowsTheForm() {
        waitForDirectory();
        pick(fx().assigneeInput(), u"ana ru"_s);
        fx().moreOptions()->setChecked(true);
        fx().formFields()->addButton()->setFocus();
        QTest::keyClick(fx().formFields()->addButton(), Qt::Key_Space);
        // Walk the focus chain as Tab does (skipping what cannot take the focus).
        QList<QWidget *> chain;
        QWidget *widget = fx().title();
        for (int i = 0; i < 5000 && (chain.isEmpty() || widget != fx().title()); ++i) {
            if (widget->focusPolicy() & Qt::TabFocus && widget->isVisibleTo(&fx().form()) &&
                widget->isEnabled())
                chain.append(widget);
            widget = widget->nextInFocusChain();
        }
        const QList<QWidget *> expected{
            fx().title(),
            fx().taskType(),
            fx().description(),
            fx().assigneeInput(),
            fx().assignees()->chipList()->removeButton(AssigneePicker::userKey(1001)),
            fx().deadlineInput(),
            fx().deadline()->todayButton(),
            fx().startCheck(),
            fx().tagInput(),
            fx().moreOptions(),
            fx().checkBox(u"separateTaskCheckBox"_s),
            fx().webhook(),
            fx().run(),
            fx().formFields()->addButton(),
            fx().formFields()->editor(0)->labelLineEdit(),
            fx().formFields()->editor(0)->removeButton(),
            fx().button(u"discardDraftPushButton"_s),
        };
        qsizetype last = -1;
        for (QWidget *w : expected) {
            const qsizetype at = chain.indexOf(w);
            QVERIFY2(at > last, qPrintable(w->objectName()));
            last = at;
        }
    }

    void serverTextIsShownLiterally() {
        waitForDirectory();
        // Members whose names and emails hold markup.
        const QString name = u"<b>Ana</b> <img src=\"x\" width=\"15000\">"_s;
        const QString email = u"ana&lt;b&gt;@example.com"_s;
        fx().server().addFault(jsonAnswer(
            "GET", u"/users$"_s, 200,
            {{u"data"_s, QJsonArray{QJsonObject{
                             {u"id"_s, 1001}, {u"email"_s, email}, {u"full_name"_s, name}}}}}));
        DirectoryCache *cache = fx().session().cache();
        cache->refresh(DirectoryCache::What::Members);
        QTRY_VERIFY(cache->isLoaded(DirectoryCache::What::Members) &&
                    cache->member(1001).has_value() && cache->member(1001)->displayName() == name);

        // The chip of a chosen member: its name and its tooltip (the email) as written.
        pick(fx().assigneeInput(), u"ana"_s);
        ChipList *chips = fx().assignees()->chipList();
        QCOMPARE(chips->keys(), QStringList{AssigneePicker::userKey(1001)});
        auto *chipLabel = chips->findChild<QLabel *>(u"chipLabel"_s);
        QVERIFY(chipLabel);
        QCOMPARE(ShownText::ofLabel(chipLabel), name);
        QCOMPARE(ShownText::ofToolTip(chipLabel->parentWidget()->toolTip()), email);

        // Loading messages that quote the server.
        const QString message = u"<b>boom</b> <img src=\"x\" width=\"15000\">"_s;
        for (const QString &path : {u"/users$"_s, u"/tags$"_s})
            fx().server().addFault(jsonAnswer("GET", path, 422, {{u"message"_s, message}}));
        cache->refresh(DirectoryCache::What::Members);
        cache->refresh(DirectoryCache::What::Tags);
        QTRY_VERIFY(fx().assignees()->loadingText().contains(message));
        auto *peopleNote = fx().assignees()->findChild<QLabel *>(u"loadingLabel"_s);
        QVERIFY(peopleNote);
        QVERIFY2(ShownText::ofLabel(peopleNote).contains(message),
                 qPrintable(ShownText::ofLabel(peopleNote)));
        auto *tagNote = fx().tags()->findChild<QLabel *>(u"loadingLabel"_s);
        QVERIFY(tagNote);
        QTRY_VERIFY(tagNote->text().contains(message));
        QVERIFY(ShownText::ofLabel(tagNote).contains(message));

        // A 422 whose messages hold markup: under the input, in the summary, in the result
        // panel and in the Create button's tooltip, all as written.
        const QString titleError = u"<b>Title</b> is <i>taken</i>"_s;
        const QString leftover = u"<img src=\"x\" width=\"15000\"> elsewhere"_s;
        fx().server().addFault(
            jsonAnswer("POST", u"/tasks$"_s, 422,
                       {{u"message"_s, u"<h1>Invalid</h1>"_s},
                        {u"errors"_s, QJsonObject{{u"title"_s, QJsonArray{titleError}},
                                                  {u"mystery"_s, QJsonArray{leftover}}}}}));
        useDraft(validDraft());
        QVERIFY(fx().form().submit());
        QTRY_COMPARE(fx().form().submitter()->state(), TaskSubmitter::State::Refused);
        FieldMessage *titleMessage = fx().form().messageFor(u"title"_s);
        QVERIFY(titleMessage);
        QVERIFY(ShownText::ofLabel(titleMessage).contains(titleError));
        auto *result = fx().form().findChild<QLabel *>(u"resultLabel"_s);
        QVERIFY(result);
        QVERIFY2(ShownText::ofLabel(result).contains(leftover), qPrintable(result->text()));
        auto *summary = fx().form().findChild<QLabel *>(u"validationSummaryLabel"_s);
        QVERIFY(summary);
        QVERIFY2(ShownText::ofLabel(summary).contains(titleError), qPrintable(summary->text()));
        QVERIFY(ShownText::ofToolTip(fx().createButton()->toolTip()).contains(titleError));
        // No label of the form renders markup, whatever it shows.
        for (const QLabel *label : fx().form().findChildren<QLabel *>())
            QCOMPARE(ShownText::ofLabel(label), label->text());
    }

    void longServerTextsAreCappedInLabels() {
        // A 201 whose title is a million characters: the result panel and the status bar get
        // a bounded text.
        useDraft(validDraft());
        fx().server().addFault(
            jsonAnswer("POST", u"/tasks$"_s, 201,
                       {{u"data"_s, QJsonObject{{u"id"_s, u"0123456789abcdef0123456789abcdef"_s},
                                                {u"title"_s, QString(1000000, u't')}}}}));
        QSignalSpy messages(&fx().form(), &NewTaskForm::statusMessage);
        QSignalSpy done(&fx().form(), &NewTaskForm::taskCreated);
        QVERIFY(fx().form().submit());
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).value<Task>().title.size(), 1000000);
        QVERIFY(!fx().form().resultText().isEmpty());
        QVERIFY2(fx().form().resultText().size() < 3 * DisplayFormat::MaxShownLength,
                 qPrintable(QString::number(fx().form().resultText().size())));
        QVERIFY(!messages.isEmpty());
        for (const QList<QVariant> &message : std::as_const(messages))
            QVERIFY(message.at(0).toString().size() < 2 * DisplayFormat::MaxShownLength);
    }
};

QTEST_MAIN(tst_NewTaskForm)
#include "tst_NewTaskForm.moc"
