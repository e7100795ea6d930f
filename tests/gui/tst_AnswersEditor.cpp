#include "LookupFixture.h"
#include "Refusals.h"
#include "Settle.h"
#include "core/api/ApiClient.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "gui/answers/AnswerInput.h"
#include "gui/answers/AnswersEditor.h"
#include "gui/lookup/TaskView.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/widgets/ChipList.h"
#include "models/FormFieldsModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A process task with every field type answered.
const QString RichTask = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;
const QString Company = u"a1000000000000000000000000000001"_s;    // text, required
const QString Notes = u"a1000000000000000000000000000002"_s;      // textarea
const QString Start = u"a1000000000000000000000000000004"_s;      // date, required
const QString Engagement = u"a1000000000000000000000000000005"_s; // radio
const QString Mail = u"a1000000000000000000000000000006"_s;       // dropdown
const QString Chat = u"a1000000000000000000000000000007"_s;       // multiselect
const QString Equipment = u"a1000000000000000000000000000008"_s;  // table
const QString Manager = u"a1000000000000000000000000000009"_s;    // assignees_form
const QString Contract = u"a100000000000000000000000000000a"_s;   // file
// Not started, group-owned; the sandbox refuses completion while its required text is empty.
const QString SetupTask = u"4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4d"_s;
const QString SetupRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
const QString Domain = u"a2000000000000000000000000000001"_s; // text, required
const QString Tier = u"a2000000000000000000000000000002"_s;   // dropdown

} // namespace

/// Answering form fields in the Look up view, offscreen against the sandbox: an input per field
/// type, checks before sending, one PUT with only the changed answers, Save and complete, 422s
/// under their fields, a lost answer never resent, drafts across a restart, and a question
/// before unsaved answers are left.
class tst_AnswersEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<LookupFixture>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(m_fixture->showActivePane({1100, 800}));
    }
    void cleanup() { m_fixture.reset(); }

    void f2OpensAnInputPerFieldType() {
        QVERIFY(m_fixture->lookUpAndWait(RichTask));
        QTreeView *tree = view()->formFieldsTree();
        view()->showSection(TaskView::Section::FormFields);
        selectField(Mail);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F2);
        QTRY_VERIFY(view()->isAnswersEditorShown());
        QVERIFY(!tree->isVisible());
        QCOMPARE(QApplication::focusWidget(), focusTargetOf(Mail));

        QCOMPARE(lineEdit(Company)->text(), u"Northwind Traders Ltd"_s);
        QCOMPARE(lineEdit(Company)->accessibleName(), u"Legal company name (required)"_s);
        QCOMPARE(editor()->input(Notes)->findChild<QPlainTextEdit *>()->toPlainText(),
                 u"Loading bay at the rear.\nAsk for Sam."_s);
        QDateTimeEdit *date = editor()->input(Start)->findChild<QDateTimeEdit *>();
        QVERIFY(date->isEnabled());
        QCOMPARE(date->dateTime().toUTC(), QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(checkedRadio(Engagement), u"Full-time"_s);
        QCOMPARE(combo(Mail)->currentText(), u"Office 365"_s);
        QStringList chosen;
        for (QCheckBox *box : editor()->input(Chat)->findChildren<QCheckBox *>()) {
            if (box->isChecked())
                chosen.append(box->text());
        }
        QCOMPARE(chosen.size(), 2);
        QVERIFY(chosen.contains(u"Slack"_s));
        QTableWidget *table = editor()->input(Equipment)->findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"Laptop"_s);
        auto *picker = editor()->input(Manager)->findChild<AssigneePicker *>();
        QCOMPARE(picker->users().size(), 1);
        QCOMPARE(picker->users().constFirst().id, qint64(1002));
        QVERIFY(!editor()->input(Contract)->isEditable());
        const QString fileText =
            editor()->input(Contract)->findChild<QLabel *>(u"readOnlyAnswerLabel"_s)->text();
        QVERIFY2(fileText.contains(u"cannot upload"_s), qPrintable(fileText));
        QVERIFY(!editor()->hasUnsavedAnswers());

        // Close: the tree again, with the focus in it.
        QTest::mouseClick(editor()->closeButton(), Qt::LeftButton);
        QVERIFY(!view()->isAnswersEditorShown());
        QVERIFY(tree->isVisible());
    }

    void ctrlSSavesOnlyTheChangedAnswersOnce() {
        openEditor(RichTask);
        QLineEdit *company = lineEdit(Company);
        company->setFocus();
        company->selectAll();
        QTest::keyClicks(company, u"Northwind Holdings plc"_s);
        combo(Mail)->setFocus();
        QTest::keyClick(combo(Mail), Qt::Key_Up); // Office 365 -> Google Workspace
        QCOMPARE(combo(Mail)->currentText(), u"Google Workspace"_s);
        QVERIFY(editor()->hasUnsavedAnswers());
        QTest::keyClick(combo(Mail), Qt::Key_S, Qt::ControlModifier);
        QTest::keyClick(combo(Mail), Qt::Key_S, Qt::ControlModifier); // in flight: nothing more
        // Saved, then read again: the tree shows the answers the server kept.
        QTRY_VERIFY_WITH_TIMEOUT(!view()->isAnswersEditorShown(), 10000);
        QTRY_COMPARE(answerShown(Company), u"Northwind Holdings plc"_s);
        QCOMPARE(answerShown(Mail), u"Google Workspace"_s);
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(puts(RichTask), 1);
        const QJsonObject taskdata = lastPutBody().value("taskdata"_L1).toObject();
        QCOMPARE(taskdata.keys(), (QStringList{Company, Mail}));
        QCOMPARE(taskdata.value(Mail).toObject(),
                 (QJsonObject{{u"id"_s, 1}, {u"text"_s, u"Google Workspace"_s}}));
        QVERIFY(m_fixture->settings().answersDraft(RichTask).isEmpty());
    }

    void everyTypeIsSentInItsShape() {
        openEditor(RichTask);
        editor()->input(Notes)->findChild<QPlainTextEdit *>()->setPlainText(u"Gate 4\nRing"_s);
        for (QRadioButton *button : editor()->input(Engagement)->findChildren<QRadioButton *>()) {
            if (button->text() == u"Part-time"_s)
                button->click();
        }
        for (QCheckBox *box : editor()->input(Chat)->findChildren<QCheckBox *>())
            box->setChecked(box->text() == u"Zoom"_s);
        QTableWidget *table = editor()->input(Equipment)->findChild<QTableWidget *>();
        table->item(0, 1)->setText(u"3"_s);
        QDateTimeEdit *date = editor()->input(Start)->findChild<QDateTimeEdit *>();
        date->setDateTime(QDateTime(QDate(2026, 11, 2), QTime(14, 30), Qt::UTC).toLocalTime());
        auto *picker = editor()->input(Manager)->findChild<AssigneePicker *>();
        QVERIFY(picker->addGuest(u"Ops@Northwind.example"_s));
        QVERIFY(editor()->save(false));
        QTRY_VERIFY_WITH_TIMEOUT(!view()->isAnswersEditorShown(), 10000);
        QVERIFY(settle(m_fixture->session()));
        const QJsonObject taskdata = lastPutBody().value("taskdata"_L1).toObject();
        QCOMPARE(taskdata.value(Notes).toString(), u"Gate 4\nRing"_s);
        QCOMPARE(taskdata.value(Engagement).toString(), u"Part-time"_s);
        const QJsonArray chat = taskdata.value(Chat).toArray();
        QCOMPARE(chat.size(), 1);
        QCOMPARE(chat.at(0).toObject().value("text"_L1).toString(), u"Zoom"_s);
        QCOMPARE(chat.at(0).toObject().value("selected"_L1).toBool(), true);
        QCOMPARE(taskdata.value(Equipment).toArray(), (QJsonArray{u"Laptop"_s, u"3"_s}));
        QCOMPARE(taskdata.value(Start).toString(), u"2026-11-02T14:30:00Z"_s);
        const QJsonObject manager = taskdata.value(Manager).toObject();
        QCOMPARE(manager.value("users"_L1).toArray(), QJsonArray{1002});
        QCOMPARE(manager.value("guests"_L1).toArray(), QJsonArray{u"ops@northwind.example"_s});
        QVERIFY(!taskdata.contains(Contract));
        QVERIFY(!taskdata.contains(Company));
        QCOMPARE(puts(RichTask), 1);
    }

    void requiredAnswersAreCheckedBeforeSaveAndComplete() {
        openEditor(SetupTask, SetupRun);
        QVERIFY(!editor()->save(true)); // the required domain is empty
        QVERIFY2(!editor()->messages(Domain).isEmpty(), "no message under the required field");
        QCOMPARE(QApplication::focusWidget(), focusTargetOf(Domain));
        QVERIFY(editor()->messageText().startsWith(u"Not sent"_s));
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(puts(SetupTask), 0);

        combo(Tier)->setCurrentIndex(1); // another field: the domain's problem stays
        QVERIFY(!editor()->messages(Domain).isEmpty());
        QTest::keyClicks(lineEdit(Domain), u"northwind.example"_s);
        QVERIFY(editor()->messages(Domain).isEmpty()); // typing clears its old message
        QTest::mouseClick(editor()->saveAndCompleteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->stored(SetupTask).value("status"_L1).toString(),
                                  u"completed"_s, 15000);
        QCOMPARE(puts(SetupTask), 1);
        QTRY_COMPARE(answerShown(Domain), u"northwind.example"_s);
    }

    void aRefusalIsShownUnderItsFieldAndNothingIsLost() {
        openEditor(RichTask);
        m_fixture->server().addFault(validationRefusal("PUT", u"taskdata."_s + Company,
                                                       u"That name is already registered."_s));
        lineEdit(Company)->setText(u"Contoso"_s);
        Q_EMIT editor()->input(Company)->changed();
        QVERIFY(editor()->save(false));
        QTRY_VERIFY(!editor()->saver()->isSaving());
        QCOMPARE(editor()->messages(Company), QStringList{u"That name is already registered."_s});
        QVERIFY(view()->isAnswersEditorShown());
        QCOMPARE(lineEdit(Company)->text(), u"Contoso"_s);
        QCOMPARE(m_fixture->settings().answersDraft(RichTask).value(Company).toString(),
                 u"Contoso"_s);
        QCOMPARE(lineEdit(Company)->accessibleDescription().contains(u"already registered"_s),
                 true);
    }

    void aTimeoutIsCheckedNotResent_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("saved");
        QTest::newRow("stored, answer lost") << int(SandboxFault::Kind::Hang) << true;
        QTest::newRow("connection cut") << int(SandboxFault::Kind::Reset) << false;
    }
    void aTimeoutIsCheckedNotResent() {
        QFETCH(int, fault);
        QFETCH(bool, saved);
        openEditor(RichTask);
        ApiConfig config = m_fixture->session().client()->config();
        config.timeoutMs = 500;
        m_fixture->session().client()->setConfig(config);
        SandboxFault lost;
        lost.kind = SandboxFault::Kind(fault);
        lost.method = "PUT";
        lost.times = -1;
        m_fixture->server().addFault(lost);
        lineEdit(Company)->setText(u"Lost & Found Ltd"_s);
        Q_EMIT editor()->input(Company)->changed();
        QVERIFY(editor()->save(false));
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->saver()->isSaving(), 10000);
        if (saved) {
            QTRY_VERIFY(!view()->isAnswersEditorShown());
            QVERIFY(m_fixture->settings().answersDraft(RichTask).isEmpty());
        } else {
            QVERIFY(view()->isAnswersEditorShown());
            QVERIFY2(editor()->messageText().contains(u"nothing was sent again"_s),
                     qPrintable(editor()->messageText()));
            QCOMPARE(lineEdit(Company)->text(), u"Lost & Found Ltd"_s);
            QVERIFY(!m_fixture->settings().answersDraft(RichTask).isEmpty());
        }
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(puts(RichTask), 1);
    }

    void unsavedAnswersSurviveARestart() {
        openEditor(SetupTask, SetupRun);
        QTest::keyClicks(lineEdit(Domain), u"half-typed.example"_s);
        combo(Tier)->setCurrentIndex(3); // Enterprise
        m_fixture->settings().sync();
        m_fixture->recreatePane(); // as after a restart
        QVERIFY(m_fixture->showActivePane({1100, 800}));
        openEditor(SetupTask, SetupRun);
        QCOMPARE(lineEdit(Domain)->text(), u"half-typed.example"_s);
        QCOMPARE(combo(Tier)->currentText(), u"Enterprise"_s);
        QVERIFY(editor()->messageText().contains(u"unsaved answers are back"_s));
        QVERIFY(editor()->hasUnsavedAnswers());
        QTest::mouseClick(editor()->discardButton(), Qt::LeftButton);
        QVERIFY(lineEdit(Domain)->text().isEmpty());
        QVERIFY(m_fixture->settings().answersDraft(SetupTask).isEmpty());
        QCOMPARE(puts(SetupTask), 0);
    }

    void leavingUnsavedAnswersAsksFirst() {
        openEditor(SetupTask, SetupRun);
        QTest::keyClicks(lineEdit(Domain), u"keep.example"_s);
        answerQuestionWith(u"stayPushButton"_s);
        m_fixture->pane().lookUp(RichTask);
        QVERIFY(m_asked);
        QCOMPARE(view()->task()->id, SetupTask);
        QVERIFY(view()->isAnswersEditorShown());
        QTRY_COMPARE(QApplication::focusWidget(), lineEdit(Domain));
        // The inputs name the task shown, not the one the user stayed away from.
        QCOMPARE(m_fixture->pane().findChild<QLineEdit *>(u"taskIdLineEdit"_s)->text(), SetupTask);
        QCOMPARE(m_fixture->pane().findChild<QLineEdit *>(u"runIdLineEdit"_s)->text(), SetupRun);

        answerQuestionWith(u"keepDraftPushButton"_s);
        m_fixture->pane().lookUp(RichTask);
        QVERIFY(m_asked);
        QTRY_COMPARE_WITH_TIMEOUT(view()->task()->id, RichTask, 10000);
        QCOMPARE(m_fixture->settings().answersDraft(SetupTask).value(Domain).toString(),
                 u"keep.example"_s);
    }

private:
    void openEditor(const QString &taskId, const QString &runId = {}) {
        QVERIFY(m_fixture->lookUpAndWait(taskId, runId));
        QVERIFY(view()->editAnswersAction()->isEnabled());
        view()->editAnswersAction()->trigger();
        QTRY_VERIFY(view()->isAnswersEditorShown());
        QCOMPARE(editor()->taskId(), taskId);
    }
    void selectField(const QString &fieldId) {
        QTreeView *tree = view()->formFieldsTree();
        const QAbstractItemModel *model = tree->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(FormFieldsModel::FieldIdRole).toString() == fieldId)
                tree->setCurrentIndex(index);
        }
    }
    QString answerShown(const QString &fieldId) const {
        const QAbstractItemModel *model = view()->formFieldsTree()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(FormFieldsModel::FieldIdRole).toString() == fieldId)
                return model->index(row, FormFieldsModel::AnswerColumn).data().toString();
        }
        return {};
    }
    void answerQuestionWith(const QString &buttonName) {
        m_asked = false;
        QTimer::singleShot(0, this, [this, buttonName] { clickInBox(buttonName, 50); });
    }
    void clickInBox(const QString &buttonName, int triesLeft) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                QTimer::singleShot(20, this, [this, buttonName, triesLeft] {
                    clickInBox(buttonName, triesLeft - 1);
                });
            return;
        }
        m_asked = box->objectName() == u"unsavedAnswersMessageBox"_s;
        if (auto *button = box->findChild<QPushButton *>(buttonName))
            button->click();
        else
            box->reject();
    }
    TaskView *view() const { return m_fixture->pane().taskView(); }
    AnswersEditor *editor() const { return m_fixture->pane().answersEditor(); }
    QWidget *focusTargetOf(const QString &fieldId) const {
        const AnswerInput *input = editor()->input(fieldId);
        return input != nullptr ? input->focusTarget() : nullptr;
    }
    QLineEdit *lineEdit(const QString &fieldId) const {
        return editor()->input(fieldId)->findChild<QLineEdit *>();
    }
    QComboBox *combo(const QString &fieldId) const {
        return editor()->input(fieldId)->findChild<QComboBox *>();
    }
    QString checkedRadio(const QString &fieldId) const {
        for (QRadioButton *button : editor()->input(fieldId)->findChildren<QRadioButton *>()) {
            if (button->isChecked())
                return button->text();
        }
        return {};
    }
    int puts(const QString &taskId) const {
        return m_fixture->server().requestCount("PUT", u"/tasks/"_s + taskId);
    }
    QJsonObject lastPutBody() const {
        const QList<SandboxRequest> requests = m_fixture->server().requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->method == "PUT")
                return QJsonDocument::fromJson(it->body).object();
        }
        return {};
    }

    std::unique_ptr<LookupFixture> m_fixture;
    bool m_asked = false;
};

QTEST_MAIN(tst_AnswersEditor)
#include "tst_AnswersEditor.moc"
