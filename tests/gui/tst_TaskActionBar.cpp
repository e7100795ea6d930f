#include "LookupFixture.h"
#include "Settle.h"
#include "core/session/TaskActionSubmitter.h"
#include "gui/lookup/TaskActionBar.h"
#include "gui/lookup/TaskView.h"

#include <QApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString OneOffTask = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s;      // task, active
const QString OneOffApproval = u"5f7b9d1e3a5c7f9b1d3e5c7a9f1b3d5e"_s;  // approval, active
const QString CompletedOneOff = u"7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a"_s; // task, completed

} // namespace

/// The action row of the Look up view, offscreen against the sandbox: the buttons a task
/// offers, one request per press, the confirmation and the reason, and the new state shown.
class tst_TaskActionBar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<LookupFixture>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(m_fixture->showActivePane({1100, 700}));
    }
    void cleanup() { m_fixture.reset(); }

    void buttonsFollowTheTask() {
        show(OneOffTask);
        QVERIFY(visible(u"completePushButton"_s));
        QVERIFY(!visible(u"approvePushButton"_s));
        QVERIFY(!visible(u"reopenPushButton"_s));
        QCOMPARE(button(u"completePushButton"_s)->text(), u"&Complete"_s);
        show(OneOffApproval);
        QVERIFY(visible(u"approvePushButton"_s));
        QVERIFY(visible(u"rejectPushButton"_s));
        QVERIFY(!visible(u"completePushButton"_s));
        show(CompletedOneOff);
        QVERIFY(visible(u"reopenPushButton"_s));
        QVERIFY(!visible(u"completePushButton"_s));
    }

    void completeByKeyboardSendsOnceAndShowsTheNewState() {
        show(OneOffTask);
        QSignalSpy clicks(button(u"completePushButton"_s), &QPushButton::clicked);
        // Alt+C, then a click while it is in flight: one request.
        QTest::keyClick(&m_fixture->pane(), Qt::Key_C, Qt::AltModifier);
        QTest::mouseClick(button(u"completePushButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bar()->messageText().contains(u"now complete"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(visible(u"reopenPushButton"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->pane().taskView()->task()->isCompleted(), 20000);
        // Alt+C clicks the button as an animation, 100 ms after the key: by then the task may be
        // complete already, and that late click must not replace the outcome.
        QTRY_COMPARE_WITH_TIMEOUT(clicks.count(), 2, 20000);
        QVERIFY(settle(m_fixture->session()));
        QVERIFY(bar()->messageText().contains(u"now complete"_s));
        QCOMPARE(m_fixture->server().requestCount("POST", u"completed-tasks$"_s), 1);
    }

    void onlyAssigneesIsExplainedBeforeThePress() {
        // Assigned to 1005 and 1007, completable by its assignees only; the sandbox user is 1001.
        const QString onlyAssignees = u"3d5f7b9c1e3a5d7f9b1c3e5a7d9f1b3c"_s;
        show(onlyAssignees);
        QPushButton *complete = button(u"completePushButton"_s);
        QVERIFY(visible(u"completePushButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!complete->isEnabled(), 20000);
        QVERIFY(complete->toolTip().contains(u"Only the task's assignees"_s));
        QCOMPARE(complete->accessibleDescription(), complete->toolTip());
        auto *why = bar()->findChild<QLabel *>(u"actionWhyNotLabel"_s);
        QVERIFY(why && why->isVisibleTo(bar()));
        QCOMPARE(why->text(), bar()->whyNot());
        QTest::keyClick(&m_fixture->pane(), Qt::Key_C, Qt::AltModifier);
        QTest::mouseClick(complete, Qt::LeftButton);
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(m_fixture->server().requestCount("POST", u"completed-tasks$"_s), 0);
        // An assigned task next: the buttons work again.
        show(OneOffTask);
        QVERIFY(button(u"completePushButton"_s)->isEnabled());
        QVERIFY(bar()->whyNot().isEmpty());
    }

    void rejectAsksFirst() {
        show(OneOffApproval);
        QTest::mouseClick(button(u"rejectPushButton"_s), Qt::LeftButton);
        auto *box = m_fixture->pane().findChild<QMessageBox *>(u"rejectMessageBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(m_fixture->server().requestCount("POST", u"completed-tasks$"_s), 0);

        QTest::mouseClick(button(u"rejectPushButton"_s), Qt::LeftButton);
        auto *again = m_fixture->pane().findChild<QMessageBox *>(u"rejectMessageBox"_s);
        QVERIFY(again);
        QPushButton *confirm = again->findChild<QPushButton *>(u"confirmRejectPushButton"_s);
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(bar()->messageText().contains(u"now rejected"_s), 20000);
        const QJsonObject body = QJsonDocument::fromJson(lastBody("completed-tasks")).object();
        QCOMPARE(body.value(u"is_approved"_s), QJsonValue(false));
        QCOMPARE(m_fixture->server().requestCount("POST", u"completed-tasks$"_s), 1);
    }

    void reopenPostsTheReasonAsAComment() {
        show(CompletedOneOff);
        QTest::mouseClick(button(u"reopenPushButton"_s), Qt::LeftButton);
        auto *dialog = m_fixture->pane().findChild<QInputDialog *>(u"reopenReasonDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setTextValue(u"The log for Friday is missing."_s);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(bar()->messageText().contains(u"reason was posted"_s), 20000);
        QCOMPARE(m_fixture->server().requestCount("DELETE", u"completed-tasks/"_s), 1);
        QCOMPARE(m_fixture->server().requestCount("POST", u"/comment$"_s), 1);
        QVERIFY(QString::fromUtf8(lastBody("/comment"))
                    .contains(u"<p>The log for Friday is missing.</p>"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->pane().taskView()->task()->isCompleted(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(visible(u"completePushButton"_s), 20000);
    }

    void refusalIsShownInPlace() {
        show(OneOffTask);
        SandboxFault refused;
        refused.kind = SandboxFault::Kind::Status;
        refused.status = 422;
        refused.method = "POST";
        refused.contentType = "application/json";
        refused.body = R"({"message":"The given data was invalid.","errors":{"taskdata":)"
                       R"(["The <b>Invoice</b> field is required."]}})";
        m_fixture->server().addFault(refused);
        QTest::mouseClick(button(u"completePushButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(bar()->submitter()->state(), TaskActionSubmitter::State::Refused,
                                  20000);
        auto *label = bar()->findChild<QLabel *>(u"actionMessageLabel"_s);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->text().contains(u"The <b>Invoice</b> field is required."_s));
        QVERIFY(button(u"completePushButton"_s)->isEnabled());
        QVERIFY(visible(u"completePushButton"_s));
    }

private:
    void show(const QString &taskId) { QVERIFY(m_fixture->lookUpAndWait(taskId)); }
    TaskActionBar *bar() const { return m_fixture->pane().actionBar(); }
    QPushButton *button(const QString &name) const { return bar()->findChild<QPushButton *>(name); }
    bool visible(const QString &name) const {
        QPushButton *found = button(name);
        return found && found->isVisibleTo(&m_fixture->pane());
    }
    QByteArray lastBody(const char *pathEnd) const {
        const QList<SandboxRequest> requests = m_fixture->server().requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->path.contains(QLatin1String(pathEnd)))
                return it->body;
        }
        return {};
    }

    std::unique_ptr<LookupFixture> m_fixture;
};

QTEST_MAIN(tst_TaskActionBar)
#include "tst_TaskActionBar.moc"
