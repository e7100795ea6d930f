#include "LookupFixture.h"
#include "Settle.h"
#include "core/settings/Settings.h"
#include "gui/conversation/CommentsPanel.h"
#include "gui/conversation/MentionCompleter.h"
#include "gui/lookup/TaskView.h"
#include "gui/widgets/SafeTextBrowser.h"
#include "sandbox/SandboxStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString OneOffTask = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s; // one comment, by member 1003
const QString RunTask = u"6c8e0a2b4d6f8c0e2a4b6d8f0c2e4a6b"_s;    // an open problem
const QString RunOfRunTask = u"b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6"_s;

} // namespace

/// The Comments section of the Look up view, offscreen against the sandbox: read when shown,
/// posted by keyboard once, mentions written as @[id], problems reported and resolved, and the
/// unsent text kept per task across a restart.
class tst_CommentsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<LookupFixture>();
        QVERIFY(m_fixture->isValid());
        showPane();
    }
    void cleanup() { m_fixture.reset(); }

    void readWhenShownWithNamesAndCount() {
        show(OneOffTask);
        // Not read before the section is looked at: the lookup is one request.
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(threadReads(), 0);
        QCOMPARE(tabText(), u"Comme&nts"_s);
        m_fixture->pane().taskView()->showSection(TaskView::Section::Comments);
        QTRY_COMPARE(panel()->count(), 1);
        QCOMPARE(threadReads(), 1);
        QCOMPARE(tabText(), u"Comme&nts (1)"_s);
        const QString shown = panel()->threadView()->toPlainText();
        QVERIFY2(shown.contains(u"Quote from Halden Mutual is 8% cheaper."_s), qPrintable(shown));
        QTRY_VERIFY2(panel()->threadView()->toPlainText().contains(u"Zoë Núñez-Øst"_s),
                     qPrintable(panel()->threadView()->toPlainText()));
        QCOMPARE(panel()->threadView()->accessibleName(), u"Comments"_s);
        QVERIFY(panel()->statusText().contains(u"1 comment"_s));
    }

    void ctrlEnterPostsOnceAndClearsTheBox() {
        openComments(OneOffTask);
        QPlainTextEdit *editor = panel()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, u"Signed & sent <today>"_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // in flight: nothing more
        QTRY_COMPARE(panel()->count(), 2);
        QTRY_VERIFY(editor->toPlainText().isEmpty());
        QVERIFY(panel()->threadView()->toPlainText().contains(u"Signed & sent <today>"_s));
        QCOMPARE(tabText(), u"Comme&nts (2)"_s);
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(posts(u"comment"_s), 1);
        const QJsonObject body = QJsonDocument::fromJson(lastBody(u"/comment"_s)).object();
        QCOMPARE(body.value(u"content"_s).toString(), u"<p>Signed &amp; sent &lt;today&gt;</p>"_s);
        QCOMPARE(m_fixture->settings().commentDraft(OneOffTask), QString());
    }

    void mentionIsWrittenAsMemberId() {
        openComments(OneOffTask);
        QPlainTextEdit *editor = panel()->editor();
        editor->setFocus();
        QTRY_VERIFY(panel()->mentions()->completer()->model()->rowCount() > 0);
        QTest::keyClicks(editor, u"Thanks @Ben"_s);
        QAbstractItemView *popup = panel()->mentions()->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(editor->toPlainText(), u"Thanks @[1002] "_s);
        QVERIFY(!popup->isVisible());
        QTest::keyClicks(editor, u"for it"_s);
        QCOMPARE(MentionCompleter::mentionedIds(editor->toPlainText()), QList<qint64>{1002});
        QTest::mouseClick(panel()->postButton(), Qt::LeftButton);
        QTRY_COMPARE(panel()->count(), 2);
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(QJsonDocument::fromJson(lastBody(u"/comment"_s)).object().value(u"content"_s),
                 u"<p>Thanks @[1002] for it</p>"_s);
        // Shown with the member's name, not the number.
        QVERIFY(panel()->threadView()->toPlainText().contains(u"Thanks @Ben Okafor for it"_s));
    }

    void draftSurvivesARestartPerTask() {
        openComments(OneOffTask);
        QTest::keyClicks(panel()->editor(), u"Half a thought"_s);
        openComments(RunTask, RunOfRunTask);
        QVERIFY(panel()->editor()->toPlainText().isEmpty());
        QTest::keyClicks(panel()->editor(), u"About the refunds"_s);

        m_fixture->recreatePane(); // as after a restart
        showPane();
        openComments(OneOffTask);
        QCOMPARE(panel()->editor()->toPlainText(), u"Half a thought"_s);
        openComments(RunTask, RunOfRunTask);
        QCOMPARE(panel()->editor()->toPlainText(), u"About the refunds"_s);
        QCOMPARE(posts(u"comment"_s), 0);
    }

    void problemReportedThenResolved() {
        openComments(RunTask, RunOfRunTask);
        QTRY_VERIFY(panel()->resolveButton()->isVisibleTo(panel()));
        QCOMPARE(panel()->problemChooser()->count(), 1);

        QTest::keyClicks(panel()->editor(), u"Statement is missing page 2."_s);
        QTest::mouseClick(panel()->problemButton(), Qt::LeftButton);
        QTRY_COMPARE(panel()->problemChooser()->count(), 2);
        QVERIFY(panel()->threadView()->toPlainText().contains(u"[Problem]"_s));

        // Resolve the seeded problem (the first) with a resolution text.
        panel()->problemChooser()->setCurrentIndex(0);
        const QString problemId = panel()->problemChooser()->currentData().toString();
        QTest::keyClicks(panel()->editor(), u"Refunds found."_s);
        QTest::keyClick(&m_fixture->pane(), Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(panel()->problemChooser()->count(), 1);
        QVERIFY(panel()->threadView()->toPlainText().contains(u"[Resolved problem]"_s));
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(posts(u"problem"_s), 1);
        QCOMPARE(posts(u"resolved-threads"_s), 1);
        QCOMPARE(QJsonDocument::fromJson(lastBody(u"/resolved-threads"_s))
                     .object()
                     .value(u"thread_id"_s)
                     .toString(),
                 problemId);
    }

    void aFailedPostKeepsTheText() {
        openComments(OneOffTask);
        SandboxFault refused;
        refused.kind = SandboxFault::Kind::Status;
        refused.status = 403;
        refused.method = "POST";
        refused.contentType = "application/json";
        refused.body = R"({"message":"Guests may not comment on this task."})";
        m_fixture->server().addFault(refused);
        panel()->editor()->setFocus();
        QTest::keyClicks(panel()->editor(), u"Keep me"_s);
        QTest::keyClick(panel()->editor(), Qt::Key_Enter, Qt::ControlModifier);
        QTRY_VERIFY(!panel()->statusText().isEmpty() &&
                    panel()->statusText() != panel()->conversation()->loadError() &&
                    !panel()->conversation()->isSending());
        QCOMPARE(panel()->editor()->toPlainText(), u"Keep me"_s);
        QCOMPARE(panel()->count(), 1);
        QVERIFY(settle(m_fixture->session()));
        QCOMPARE(posts(u"comment"_s), 1);
        QTRY_COMPARE(m_fixture->settings().commentDraft(OneOffTask), u"Keep me"_s);
    }

    void hostileCommentLoadsNothing() {
        SandboxStore &store = m_fixture->server().store();
        QJsonArray threads = store.task(OneOffTask)->relations.value("threads"_L1).toArray();
        threads.append(QJsonObject{
            {u"id"_s, u"e0000000000000000000000000000001"_s},
            {u"content"_s, u"<p>Look<img src=\"http://127.0.0.1:9/pixel.gif\"><script>x()</script>"
                           u"<a href=\"javascript:alert(1)\">here</a></p>"_s},
            {u"label"_s, u"comment"_s},
            {u"author_id"_s, 1001}});
        store.mutableTask(OneOffTask)->relations.insert(u"threads"_s, threads);
        openComments(OneOffTask);
        QTRY_COMPARE(panel()->count(), 2);
        const QString html = panel()->threadView()->toHtml();
        QVERIFY(!html.contains(u"javascript"_s));
        QVERIFY(!html.contains(u"pixel.gif"_s));
        QVERIFY(panel()->threadView()->toPlainText().contains(u"[image]"_s));
        QCOMPARE(panel()->threadView()->blockedResourceCount(), 0);
    }

private:
    void showPane() { QVERIFY(m_fixture->showActivePane({1100, 760})); }
    void show(const QString &taskId, const QString &runId = {}) {
        QVERIFY(m_fixture->lookUpAndWait(taskId, runId));
    }
    void openComments(const QString &taskId, const QString &runId = {}) {
        show(taskId, runId);
        m_fixture->pane().taskView()->showSection(TaskView::Section::Comments);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel()->count() >= 0 && panel()->conversation()->taskId() == taskId, 20000);
    }
    CommentsPanel *panel() const { return m_fixture->pane().comments(); }
    QString tabText() const {
        auto *tabs = m_fixture->pane().taskView()->findChild<QTabWidget *>(u"sectionTabWidget"_s);
        return tabs->tabText(tabs->indexOf(panel()));
    }
    int threadReads() const {
        int reads = 0;
        for (const SandboxRequest &request : m_fixture->server().requests()) {
            if (request.method == "GET" && request.query.queryItemValue(u"with"_s) == "threads"_L1)
                ++reads;
        }
        return reads;
    }
    int posts(const QString &what) const {
        return m_fixture->server().requestCount("POST", u"/"_s + what + u'$');
    }
    QByteArray lastBody(const QString &pathEnd) const {
        const QList<SandboxRequest> requests = m_fixture->server().requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->path.endsWith(pathEnd))
                return it->body;
        }
        return {};
    }

    std::unique_ptr<LookupFixture> m_fixture;
};

QTEST_MAIN(tst_CommentsPanel)
#include "tst_CommentsPanel.moc"
