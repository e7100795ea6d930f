#include "LookupFixture.h"
#include "NewTaskFixture.h"
#include "SandboxWorld.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiConfig.h"
#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"
#include "core/domain/Task.h"
#include "core/session/Conversation.h"
#include "core/session/TaskActionSubmitter.h"
#include "core/session/TaskSubmitter.h"
#include "core/settings/DraftStore.h"
#include "gui/answers/AnswerInput.h"
#include "gui/answers/AnswersEditor.h"
#include "gui/conversation/CommentsPanel.h"
#include "gui/lookup/TaskActionBar.h"
#include "gui/lookup/TaskView.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/tasks/TasksPane.h"
#include "gui/widgets/ChipList.h"
#include "gui/widgets/SafeTextBrowser.h"
#include "models/TaskListModel.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrlQuery>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// Per-attempt transfer timeout for the rows where the client has to give up (the sandbox
/// delays or never answers). Rows that do not wait for a timeout get a generous one, so that
/// a slow machine cannot turn them into timeouts.
constexpr int ShortTimeoutMs = 500;
constexpr int NormalTimeoutMs = 20000;
/// The Tasks list's later-page rows: the first page must load in time, the faulted one not.
constexpr int LaterPageTimeoutMs = 2000;
/// How long QTRY waits for an outcome; a hang row needs 5 x ShortTimeoutMs.
constexpr int OutcomeWaitMs = 30000;

} // namespace

/// What one sandbox fault is, and what each widget must make of it.
struct FaultRow {
    SandboxFault fault; ///< method and path are set per widget
    /// The sandbox delays or never answers: the client gives up after ShortTimeoutMs.
    bool waitsForTimeout = false;

    /// The lookup (a GET: retried on 429, 502-504 and transport errors). No value: the task
    /// is shown in the end.
    std::optional<ApiError::Kind> lookupError;
    int lookupStatus = 0;

    /// The create (a POST: retried on 429 only).
    TaskSubmitter::State createState = TaskSubmitter::State::Uncertain;
    ApiError::Kind createError = ApiError::Kind::Network; ///< unless Created
    int createStatus = 0;
    /// POSTs to the tasks endpoint for one Ctrl+Enter.
    int createPosts = 1;
    /// Tasks with the draft's title the sandbox holds once the outcome is known: 1 when the
    /// fault let the request be processed (or it succeeded), else 0. Never 2.
    int tasksAfterOutcome = 0;
};

Q_DECLARE_METATYPE(FaultRow)

namespace {

FaultRow makeRow(SandboxFault::Kind kind) {
    FaultRow r;
    r.fault.kind = kind;
    r.fault.times = -1; // every attempt fails unless the row says otherwise
    return r;
}

const QByteArray edgePage =
    QByteArrayLiteral("<html><head><title>Bad gateway</title></head><body><h1>Error</h1>"
                      "<p>The origin did not answer.</p></body></html>\n");

/// The error the widgets should have been given for `kind`: user texts are compared with
/// ApiError::userText() of this, so a wrong kind, status or wait shows as a wrong text.
ApiError expectedError(ApiError::Kind kind, int status, const FaultRow &r,
                       const QUrl &redirectTarget) {
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    if (kind == ApiError::Kind::RateLimited && !r.fault.retryAfter.isEmpty())
        error.retryAfterSeconds = r.fault.retryAfter.toInt();
    if (r.fault.kind == SandboxFault::Kind::RedirectToOtherHost) {
        error.code = ApiError::redirectRefusedCode();
        error.message = redirectTarget.toDisplayString();
    }
    if (r.fault.kind == SandboxFault::Kind::BadCompression)
        error.code = ApiError::decompressionFailedCode();
    return error;
}

/// Where the sandbox redirects a request for `path` (below /api) to.
QUrl otherHostUrl(const SandboxServer &server, const QString &path) {
    QUrl url = server.otherHostBaseUrl();
    url.setPath(url.path() + path);
    return url;
}

QString newTaskFormText(const char *sourceText) {
    return QCoreApplication::translate("NewTaskForm", sourceText);
}

/// Short timeouts where the row needs them, and retries without their real waits (the waits
/// reported for a countdown stay the logical ones).
void useFastClient(Session &session, int timeoutMs) {
    ApiClient *client = session.client();
    RetryPolicy policy = client->retryPolicy();
    policy.setTimeScale(0);
    client->setRetryPolicy(policy);
    ApiConfig config = client->config();
    config.timeoutMs = timeoutMs;
    client->setConfig(config);
}

/// Requests that reached the sandbox's second host (where RedirectToOtherHost points).
int requestsToOtherHost(const SandboxServer &server) {
    const QHostAddress other(u"127.0.0.2"_s);
    int count = 0;
    for (const SandboxRequest &request : server.requests()) {
        if (request.localAddress == other)
            ++count;
    }
    return count;
}

/// The tasks titled exactly `title` that the sandbox holds, read through its own API with a
/// network manager of the test's own: the sandbox's truth, whatever the client believes.
/// -1 when the listing failed.
int storedTasksTitled(const SandboxServer &server, const QString &title) {
    QNetworkAccessManager network;
    QUrl url = server.baseUrl();
    url.setPath(url.path() + u"/organizations/"_s + server.orgId() + u"/tasks"_s);
    QUrlQuery query;
    query.addQueryItem(u"q"_s, title);
    query.addQueryItem(u"without_pagination"_s, u"true"_s);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + server.token().toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Tallyfy-Client", "APIClient");
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(OutcomeWaitMs) || reply->error() != QNetworkReply::NoError) {
        reply->deleteLater();
        return -1;
    }
    const QJsonArray tasks =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toArray();
    reply->deleteLater();
    int count = 0;
    for (const QJsonValue task : tasks) {
        if (task.toObject().value(u"title"_s).toString() == title)
            ++count;
    }
    return count;
}

} // namespace

/// The fault matrix of issue 7: the lookup pane, the new-task form, the Tasks list, an action
/// on a task, a comment and saving form answers against every fault the sandbox injects. For each
/// fault and each widget: the application stays responsive and the widget leaves its busy state,
/// the exact user text for that fault is shown (or the task, after a retry that succeeds), the
/// typed input survives, and a create, a completion or a comment never happens twice.
class tst_FaultMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lookupPane_data() { addRows(); }
    void lookupPane();
    void newTaskForm_data() { addRows(); }
    void newTaskForm();
    void tasksList_data();
    void tasksList();
    void taskAction_data() { addRows(); }
    void taskAction();
    void comment_data() { addRows(); }
    void comment();
    void answers_data() { addRows(); }
    void answers();

private:
    /// A LookupFixture's pane on screen, showing the seeded one-off task `taskId`.
    static bool showTask(LookupFixture &fx, const QString &taskId);
    /// The rows of every column; `bothPages` doubles each for the list (first and later page).
    static void addRows(bool bothPages = false);
    /// A zero-timer fires: the event loop turns.
    void expectEventLoopTurns();
    /// Chooses the first suggestion for `query` in a picker input with Enter.
    static void pick(QLineEdit *input, const QString &query) {
        NewTaskFixture::typeInto(input, query);
        QTest::keyClick(input, Qt::Key_Return);
    }
};

void tst_FaultMatrix::addRows(bool bothPages) {
    QTest::addColumn<FaultRow>("row");
    if (bothPages)
        QTest::addColumn<bool>("laterPage");
    const auto add = [bothPages](const QByteArray &tag, const FaultRow &row) {
        if (!bothPages) {
            QTest::newRow(tag.constData()) << row;
            return;
        }
        QTest::newRow(QByteArray(tag + ", first page").constData()) << row << false;
        QTest::newRow(QByteArray(tag + ", later page").constData()) << row << true;
    };
    using Kind = SandboxFault::Kind;
    using Error = ApiError::Kind;
    using State = TaskSubmitter::State;

    // Processed first (a POST creates its task), then the answer comes too late.
    FaultRow r = makeRow(Kind::Delay);
    r.fault.delayMs = 6 * ShortTimeoutMs;
    r.waitsForTimeout = true;
    r.lookupError = Error::Timeout;
    r.createError = Error::Timeout;
    r.tasksAfterOutcome = 1;
    add("delay beyond the timeout", r);

    r = makeRow(Kind::Reset);
    r.lookupError = Error::Network;
    r.createError = Error::Network;
    add("connection reset", r);

    r = makeRow(Kind::Html500);
    r.lookupError = Error::Server;
    r.lookupStatus = 500;
    r.createError = Error::Server;
    r.createStatus = 500;
    add("500 with HTML", r);

    // The body leaks SQLSTATE and Illuminate\ internals: the texts compared below have none.
    r = makeRow(Kind::Json500);
    r.lookupError = Error::Server;
    r.lookupStatus = 500;
    r.createError = Error::Server;
    r.createStatus = 500;
    add("500 with JSON", r);

    // A GET is retried and gets the task; a POST is never resent after a 5xx.
    for (const int status : {502, 503}) {
        r = makeRow(Kind::Status);
        r.fault.times = 1;
        r.fault.status = status;
        r.fault.body = edgePage;
        r.fault.contentType = "text/html";
        r.createError = Error::Server;
        r.createStatus = status;
        add(QByteArray::number(status) + " then success", r);
    }

    // Refused before processing: safe to resend, for a POST too.
    r = makeRow(Kind::RateLimit);
    r.fault.times = 1;
    r.fault.retryAfter = "1";
    r.createState = State::Created;
    r.createPosts = 2;
    r.tasksAfterOutcome = 1;
    add("429 then success", r);

    r = makeRow(Kind::RateLimit);
    r.fault.retryAfter = "3";
    r.lookupError = Error::RateLimited;
    r.lookupStatus = 429;
    r.createState = State::Refused;
    r.createError = Error::RateLimited;
    r.createStatus = 429;
    r.createPosts = 1 + RetryPolicy::DefaultMaxRetries;
    add("429 until retries run out", r);

    // Processed, then the answer cannot be read.
    for (const auto &[kind, tag] : {std::pair{Kind::MalformedJson, "malformed JSON"},
                                    std::pair{Kind::WrongContentType, "wrong content type"},
                                    std::pair{Kind::Empty200, "empty 200"}}) {
        r = makeRow(kind);
        r.lookupError = Error::InvalidResponse;
        r.createError = Error::InvalidResponse;
        r.tasksAfterOutcome = 1;
        add(tag, r);
    }

    // Processed, then the connection closes halfway through the body.
    r = makeRow(Kind::Truncated);
    r.lookupError = Error::Network;
    r.createError = Error::Network;
    r.tasksAfterOutcome = 1;
    add("body cut off halfway", r);

    // Processed, never answered.
    r = makeRow(Kind::Hang);
    r.waitsForTimeout = true;
    r.lookupError = Error::Timeout;
    r.createError = Error::Timeout;
    r.tasksAfterOutcome = 1;
    add("hang", r);

    // Processed, then the answer comes a byte at a time: never silent long enough for the
    // transfer timeout, so only the whole-request deadline ends it.
    r = makeRow(Kind::Trickle);
    r.fault.delayMs = ShortTimeoutMs / 5;
    r.waitsForTimeout = true;
    r.lookupError = Error::Timeout;
    r.createError = Error::Timeout;
    r.tasksAfterOutcome = 1;
    add("answer trickled byte by byte", r);

    // Processed, then the answer cannot be decompressed: a failed transfer, not bad JSON.
    r = makeRow(Kind::BadCompression);
    r.lookupError = Error::Network;
    r.createError = Error::Network;
    r.tasksAfterOutcome = 1;
    add("answer that cannot be decompressed", r);

    // Not followed (the token would go to another host); nothing processed.
    r = makeRow(Kind::RedirectToOtherHost);
    r.lookupError = Error::InvalidResponse;
    r.lookupStatus = 302;
    r.createError = Error::InvalidResponse;
    r.createStatus = 302;
    add("redirect to another host", r);
}

void tst_FaultMatrix::tasksList_data() {
    // The same faults, on the first page of a list and on a later one.
    addRows(true);
}

void tst_FaultMatrix::tasksList() {
    QFETCH(FaultRow, row);
    QFETCH(bool, laterPage);
    SandboxWorld world;
    QVERIFY(world.isValid());
    world.server().addGeneratedTasks(150);
    Session &session = world.startSandboxSession();
    QVERIFY(session.isReady());
    // A later page's fault: the page is asked for as soon as the list is scrolled, so the
    // timeout is set once, long enough for the first page on a slow (sanitized) build and
    // still well short of the faults' delays.
    useFastClient(session, !row.waitsForTimeout ? NormalTimeoutMs
                           : laterPage          ? LaterPageTimeoutMs
                                                : ShortTimeoutMs);
    TaskListQuery everything; // the organization's whole list: more than one page
    everything.show = TaskListQuery::Show::All;
    everything.status = TaskListQuery::Status::All;
    world.settings().setTaskListChoices(session.organizationId(), everything);
    TasksPane pane(session);
    pane.resize(1000, 600);
    TaskListModel *model = pane.model();
    SandboxFault fault = row.fault;
    fault.method = "GET";
    fault.pathPattern = u"/tasks$"_s;
    if (laterPage) {
        // The first page passes untouched (a zero delay); the fault hits the pages after it.
        SandboxFault firstPage;
        firstPage.kind = SandboxFault::Kind::Delay;
        firstPage.method = "GET";
        firstPage.pathPattern = fault.pathPattern;
        world.server().addFault(firstPage);
    }
    world.server().addFault(fault);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    if (laterPage) {
        QTRY_VERIFY_WITH_TIMEOUT(model->pagesLoaded() >= 1, OutcomeWaitMs);
        // The reader scrolls to the end of the rows: the next page is asked for.
        pane.findChild<QTreeView *>(u"tasksTreeView"_s)->scrollToBottom();
    }
    const int keptRows = laterPage ? 100 : 0;
    if (!row.lookupError) {
        // Retried until it worked: the page arrives.
        QTRY_VERIFY_WITH_TIMEOUT(model->pagesLoaded() >= (laterPage ? 2 : 1), OutcomeWaitMs);
        QVERIFY(pane.errorText().isEmpty());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!pane.errorText().isEmpty(), OutcomeWaitMs);
    expectEventLoopTurns();
    QVERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), keptRows);
    QCOMPARE(model->lastError()->kind, *row.lookupError);
    QVERIFY(!pane.errorText().contains(u"SQLSTATE"_s));
    QVERIFY(!pane.errorText().contains(u"<html"_s));
    // Retry, with the fault gone, carries on where it failed.
    world.server().clearFaults();
    useFastClient(session, NormalTimeoutMs);
    QTest::mouseClick(pane.findChild<QPushButton *>(u"retryPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->pagesLoaded() >= (laterPage ? 2 : 1), OutcomeWaitMs);
    QVERIFY(model->rowCount() > keptRows);
    QVERIFY(pane.errorText().isEmpty());
}

void tst_FaultMatrix::expectEventLoopTurns() {
    bool fired = false;
    QTimer::singleShot(0, this, [&fired] { fired = true; });
    QTRY_VERIFY(fired);
}

void tst_FaultMatrix::lookupPane() {
    QFETCH(FaultRow, row);
    LookupFixture fx;
    QVERIFY(fx.isValid());
    if (row.fault.kind == SandboxFault::Kind::RedirectToOtherHost)
        QVERIFY(!fx.server().otherHostBaseUrl().isEmpty());
    TaskLookupPane &pane = fx.pane();
    QVERIFY(fx.showActivePane({1000, 700}));
    useFastClient(fx.session(), row.waitsForTimeout ? ShortTimeoutMs : NormalTimeoutMs);

    const QString id = fx.server().seededTasks().constFirst().id;
    SandboxFault fault = row.fault;
    fault.method = "GET";
    fault.pathPattern = u"/organizations/[0-9a-f]{32}/tasks/[0-9a-f]{32}$"_s;
    fx.server().addFault(fault);

    // Typed as it might be pasted: padded and in capitals. The pane reads it, never rewrites it.
    const QString typed = u"  "_s + id.toUpper() + u" "_s;
    QLineEdit *input = fx.taskIdLineEdit();
    input->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(input, typed);
    QCOMPARE(input->text(), typed);

    QSignalSpy shown(&pane, &TaskLookupPane::taskShown);
    QSignalSpy failed(&pane, &TaskLookupPane::lookupFailed);
    int turnsWhileBusy = 0;
    QTimer turns;
    turns.setInterval(0);
    connect(&turns, &QTimer::timeout, this, [&turnsWhileBusy, &pane] {
        if (pane.isBusy())
            ++turnsWhileBusy;
    });
    turns.start();
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(pane.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() + failed.size() > 0, OutcomeWaitMs);
    turns.stop();

    // 1. Alive: the event loop turned while the lookup ran, and the pane is no longer busy.
    QVERIFY(turnsWhileBusy > 0);
    QVERIFY(!pane.isBusy());
    QVERIFY(!fx.cancelButton()->isVisible());
    QVERIFY(!pane.findChild<QProgressBar *>(u"busyProgressBar"_s)->isVisible());
    QVERIFY(input->isEnabled());
    expectEventLoopTurns();

    // 2. The text for this fault, or the task after a retry that succeeded.
    if (row.lookupError) {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(shown.size(), 0);
        const QUrl target = otherHostUrl(fx.server(), u"/organizations/"_s + fx.server().orgId() +
                                                          u"/tasks/"_s + id);
        const ApiError expected = expectedError(*row.lookupError, row.lookupStatus, row, target);
        QVERIFY(!expected.userText().isEmpty());
        QCOMPARE(pane.errorText(), expected.userText());
        QVERIFY(!pane.taskView()->task().has_value());
        // Not even the technical details repeat what a 500 leaks.
        const QString details = pane.findChild<QLabel *>(u"errorDetailsLabel"_s)->text();
        QVERIFY(!details.isEmpty());
        QVERIFY(!details.contains(u"SQLSTATE"_s));
        QVERIFY(!details.contains(u"Illuminate\\"_s));
    } else {
        // The first answer was the fault, the retry got the task.
        QCOMPARE(fx.taskRequestCount(), 2);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().constFirst().toString(), id);
        QCOMPARE(pane.taskView()->task()->id, id);
        QCOMPARE(pane.errorText(), QString());
    }

    // 3. The input is as typed.
    QCOMPARE(input->text(), typed);

    // A refused redirect sent nothing to the other host: the token stayed home.
    QCOMPARE(requestsToOtherHost(fx.server()), 0);

    // Nothing is stuck: with the fault gone, Enter again shows the task and clears the error.
    fx.server().clearFaults();
    useFastClient(fx.session(), NormalTimeoutMs);
    shown.clear();
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, OutcomeWaitMs);
    QCOMPARE(pane.taskView()->task()->id, id);
    QCOMPARE(pane.errorText(), QString());
    QCOMPARE(input->text(), typed);
}

void tst_FaultMatrix::newTaskForm() {
    QFETCH(FaultRow, row);
    using State = TaskSubmitter::State;
    NewTaskFixture fx;
    QVERIFY(fx.isValid());
    if (row.fault.kind == SandboxFault::Kind::RedirectToOtherHost)
        QVERIFY(!fx.server().otherHostBaseUrl().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(fx.directoryLoaded(), OutcomeWaitMs);
    useFastClient(fx.session(), row.waitsForTimeout ? ShortTimeoutMs : NormalTimeoutMs);
    NewTaskForm &form = fx.form();

    // Typed with the keyboard: title, a member and a guest picked, a description.
    const QString title = u"Fault matrix: "_s + QString::fromUtf8(QTest::currentDataTag());
    const QString description = u"Bring the signed copy.\nAsk for Sam."_s;
    form.focusTitle();
    QTest::keyClicks(fx.title(), title);
    pick(fx.assigneeInput(), u"ana ru"_s);
    pick(fx.assigneeInput(), u"guest@partner.example"_s);
    NewTaskFixture::typeInto(fx.description(), u"Bring the signed copy."_s);
    QTest::keyClick(fx.description(), Qt::Key_Return);
    QTest::keyClicks(fx.description(), u"Ask for Sam."_s);
    const OneOffTaskDraft typed = form.draft();
    QCOMPARE(typed.title, title);
    QCOMPARE(typed.summary, description);
    QCOMPARE(typed.users.size(), 1);
    QCOMPARE(typed.guests, QStringList{u"guest@partner.example"_s});
    QVERIFY(fx.createButton()->isEnabled());
    QCOMPARE(storedTasksTitled(fx.server(), title), 0);

    SandboxFault fault = row.fault;
    fault.method = "POST";
    fault.pathPattern = u"/organizations/[0-9a-f]{32}/tasks$"_s;
    fx.server().addFault(fault);

    QSignalSpy created(&form, &NewTaskForm::taskCreated);
    int turnsWhileSending = 0;
    QTimer turns;
    turns.setInterval(0);
    connect(&turns, &QTimer::timeout, this, [&turnsWhileSending, &form] {
        if (form.isSending())
            ++turnsWhileSending;
    });
    turns.start();
    fx.title()->setFocus(Qt::OtherFocusReason);
    fx.pressCtrlEnter(); // one press
    QVERIFY(form.isSending());
    QTRY_VERIFY_WITH_TIMEOUT(!form.isSending(), OutcomeWaitMs);
    turns.stop();

    // 1. Alive: the event loop turned while the create ran; the form is no longer busy and
    // its inputs take the keyboard again.
    QVERIFY(turnsWhileSending > 0);
    QCOMPARE(form.submitter()->state(), row.createState);
    QVERIFY(!form.findChild<QProgressBar *>(u"sendProgressBar"_s)->isVisible());
    QVERIFY(fx.title()->isEnabled());
    QVERIFY(fx.description()->isEnabled());
    expectEventLoopTurns();

    // 2. The text for this fault, or the created task and no error.
    auto *resultFrame = form.findChild<QFrame *>(u"resultFrame"_s);
    if (row.createState == State::Created) {
        QCOMPARE(created.size(), 1);
        const Task task = created.constFirst().constFirst().value<Task>();
        QCOMPARE(task.title, title);
        QCOMPARE(form.resultText().section(u'\n', 0, 0),
                 newTaskFormText("Created \u201c%1\u201d. Task ID: %2").arg(task.title, task.id));
        QCOMPARE(resultFrame->property("tone").toString(), u"ok"_s);
        QVERIFY(!form.submitter()->lastError().has_value());
    } else {
        QCOMPARE(created.size(), 0);
        const QUrl target =
            otherHostUrl(fx.server(), u"/organizations/"_s + fx.server().orgId() + u"/tasks"_s);
        const ApiError error = expectedError(row.createError, row.createStatus, row, target);
        QVERIFY(!error.userText().isEmpty());
        // An unknown outcome gets no "try again" advice: sending again could create it twice.
        const QString expected =
            row.createState == State::Uncertain
                ? newTaskFormText("%1 The task may have been created anyway, so nothing was sent "
                                  "again. Check whether it exists before sending it again.")
                      .arg(error.whatHappened())
                : newTaskFormText("The task was not created: %1").arg(error.userText());
        if (row.createState == State::Uncertain)
            QVERIFY2(!expected.contains(u"try again"_s, Qt::CaseInsensitive), qPrintable(expected));
        QCOMPARE(form.resultText(), expected);
    }

    // 3. What was typed is still there (and on disk), unless the task was created: then it
    // is in the task, and the form starts over.
    if (row.createState == State::Created) {
        const Task task = created.constFirst().constFirst().value<Task>();
        const QJsonObject stored = fx.server().storedTask(task.id);
        QCOMPARE(stored.value(u"title"_s).toString(), title);
        QCOMPARE(stored.value(u"summary"_s).toString(), description);
        QCOMPARE(fx.title()->text(), QString());
    } else {
        QCOMPARE(form.draft(), typed);
        QCOMPARE(fx.title()->text(), title);
        QCOMPARE(fx.description()->toPlainText(), description);
        QCOMPARE(fx.assignees()->chipList()->count(), 2);
        const std::optional<OneOffTaskDraft> onDisk = form.draftStore()->load();
        QVERIFY(onDisk.has_value());
        QCOMPARE(*onDisk, typed);
    }

    // 4. No duplicate: the POSTs one press may cause, and what the sandbox really holds.
    QCOMPARE(fx.createRequestCount(), row.createPosts);
    QCOMPARE(storedTasksTitled(fx.server(), title), row.tasksAfterOutcome);
    QCOMPARE(requestsToOtherHost(fx.server()), 0);
    if (row.createState == State::Uncertain) {
        // Another Ctrl+Enter while the outcome is unknown sends nothing.
        fx.pressCtrlEnter();
        QVERIFY(!form.isSending());
        QCOMPARE(form.submitter()->state(), State::Uncertain);
    }

    // The way out the form offers ends with exactly one task: "Check" finds the processed
    // one to open, or finds none and offers "Send again"; a refusal may simply be sent again.
    fx.server().clearFaults();
    useFastClient(fx.session(), NormalTimeoutMs);
    if (row.createState == State::Uncertain) {
        QPushButton *check = fx.button(u"checkPushButton"_s);
        QVERIFY(check->isVisible());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(form.submitter()->state(), State::Checked, OutcomeWaitMs);
        QVERIFY(!form.submitter()->checkError().has_value());
        QCOMPARE(form.submitter()->matches().size(), row.tasksAfterOutcome);
        if (row.tasksAfterOutcome == 1) {
            QPushButton *open = fx.button(u"openFoundPushButton"_s);
            QVERIFY(open->isVisible());
            QTest::mouseClick(open, Qt::LeftButton);
        } else {
            QPushButton *again = fx.button(u"sendAgainPushButton"_s);
            QVERIFY(again->isVisible());
            QTest::mouseClick(again, Qt::LeftButton);
        }
    } else if (row.createState == State::Refused) {
        QVERIFY(fx.createButton()->isEnabled());
        fx.title()->setFocus(Qt::OtherFocusReason);
        fx.pressCtrlEnter();
    }
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, OutcomeWaitMs);
    QCOMPARE(created.constFirst().constFirst().value<Task>().title, title);
    QCOMPARE(storedTasksTitled(fx.server(), title), 1);
}

QTEST_MAIN(tst_FaultMatrix)
#include "tst_FaultMatrix.moc"

bool tst_FaultMatrix::showTask(LookupFixture &fx, const QString &taskId) {
    if (!fx.showActivePane({1000, 700}))
        return false;
    useFastClient(fx.session(), NormalTimeoutMs);
    return fx.lookUpAndWait(taskId);
}

void tst_FaultMatrix::taskAction() {
    QFETCH(FaultRow, row);
    LookupFixture fx;
    QVERIFY(fx.isValid());
    const QString id = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s; // one-off, active, no run
    QVERIFY(showTask(fx, id));
    TaskLookupPane &pane = fx.pane();
    TaskActionSubmitter *submitter = pane.actionBar()->submitter();
    useFastClient(fx.session(), row.waitsForTimeout ? ShortTimeoutMs : NormalTimeoutMs);
    SandboxFault fault = row.fault;
    fault.method = "POST";
    fault.pathPattern = u"/completed-tasks$"_s;
    fx.server().addFault(fault);

    // A double click: the second press comes while the first is in flight and sends nothing.
    auto *complete = pane.actionBar()->findChild<QPushButton *>(u"completePushButton"_s);
    QTest::mouseClick(complete, Qt::LeftButton);
    QTest::mouseClick(complete, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!submitter->isBusy() &&
                                 submitter->state() != TaskActionSubmitter::State::Idle,
                             OutcomeWaitMs);
    expectEventLoopTurns();

    // Never twice: the completion event fired once when the fault let it through, else never.
    QCOMPARE(fx.server().requestCount("POST", u"/completed-tasks$"_s), row.createPosts);
    QCOMPARE(fx.server().store().eventCount(u"task.completed"_s, id), row.tasksAfterOutcome);
    QVERIFY(!pane.actionBar()->messageText().isEmpty());
    if (row.tasksAfterOutcome == 1) {
        QCOMPARE(submitter->state(), TaskActionSubmitter::State::Done);
    } else {
        QVERIFY2(
            submitter->state() == TaskActionSubmitter::State::Failed ||
                submitter->state() == TaskActionSubmitter::State::Refused,
            QMetaEnum::fromType<TaskActionSubmitter::State>().valueToKey(int(submitter->state())));
    }
    QCOMPARE(requestsToOtherHost(fx.server()), 0);
}

void tst_FaultMatrix::comment() {
    QFETCH(FaultRow, row);
    LookupFixture fx;
    QVERIFY(fx.isValid());
    const QString id = u"1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"_s; // one comment in the seed
    QVERIFY(showTask(fx, id));
    TaskLookupPane &pane = fx.pane();
    pane.taskView()->showSection(TaskView::Section::Comments);
    CommentsPanel *panel = pane.comments();
    QTRY_COMPARE_WITH_TIMEOUT(panel->count(), 1, OutcomeWaitMs);
    useFastClient(fx.session(), row.waitsForTimeout ? ShortTimeoutMs : NormalTimeoutMs);
    SandboxFault fault = row.fault;
    fault.method = "POST";
    fault.pathPattern = u"/comment$"_s;
    fx.server().addFault(fault);

    const QString typed = u"Checked against the fault matrix"_s;
    QPlainTextEdit *editor = panel->editor();
    editor->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(editor, typed);
    QSignalSpy sent(panel->conversation(), &Conversation::sent);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // in flight: nothing more
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, OutcomeWaitMs);
    expectEventLoopTurns();
    QVERIFY(!panel->conversation()->isSending());

    // Never twice, and stored once when the fault let it through.
    QCOMPARE(fx.server().requestCount("POST", u"/comment$"_s), row.createPosts);
    int stored = 0;
    for (const QJsonValue thread :
         fx.server().store().task(id)->relations.value("threads"_L1).toArray()) {
        if (thread.toObject().value("content"_L1).toString().contains(typed))
            ++stored;
    }
    QCOMPARE(stored, row.tasksAfterOutcome);
    // Nothing lost: the text is on the task and shown, or still in the box with a reason.
    const bool posted = sent.constFirst().at(2).toBool();
    QCOMPARE(posted, row.tasksAfterOutcome == 1);
    if (posted) {
        QVERIFY(editor->toPlainText().isEmpty());
        QVERIFY(panel->threadView()->toPlainText().contains(typed));
    } else {
        QCOMPARE(editor->toPlainText(), typed);
        QVERIFY(!panel->statusText().isEmpty());
        QTRY_COMPARE(fx.settings().commentDraft(id), typed); // kept across a restart too
    }
    QCOMPARE(requestsToOtherHost(fx.server()), 0);
}

void tst_FaultMatrix::answers() {
    QFETCH(FaultRow, row);
    LookupFixture fx;
    QVERIFY(fx.isValid());
    const QString id = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s; // every field type, answered
    const QString company = u"a1000000000000000000000000000001"_s;
    QVERIFY(showTask(fx, id));
    TaskLookupPane &pane = fx.pane();
    pane.taskView()->editAnswersAction()->trigger();
    AnswersEditor *editor = pane.answersEditor();
    QVERIFY(pane.taskView()->isAnswersEditorShown());
    useFastClient(fx.session(), row.waitsForTimeout ? ShortTimeoutMs : NormalTimeoutMs);
    SandboxFault fault = row.fault;
    fault.method = "PUT";
    fx.server().addFault(fault);

    const QString typed = u"Checked against the fault matrix"_s;
    auto *input = editor->input(company)->findChild<QLineEdit *>();
    input->setFocus(Qt::OtherFocusReason);
    input->selectAll();
    QTest::keyClicks(input, typed);
    QSignalSpy finished(editor->saver(), &AnswersSaver::finished);
    QTest::keyClick(input, Qt::Key_S, Qt::ControlModifier);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton); // in flight: nothing more
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, OutcomeWaitMs);
    expectEventLoopTurns();
    QVERIFY(!editor->saver()->isSaving());

    // Never twice, and stored once when the fault let it through.
    QCOMPARE(fx.server().requestCount("PUT", u"/tasks/"_s + id), row.createPosts);
    QString storedAnswer;
    for (const QJsonValue field : fx.stored(id).value("form_fields"_L1).toArray()) {
        if (field.toObject().value("id"_L1).toString() == company)
            storedAnswer = field.toObject().value("field_value"_L1).toString();
    }
    QCOMPARE(storedAnswer == typed, row.tasksAfterOutcome == 1);
    // Nothing lost: saved and shown, or still in the editor and the draft, with a reason.
    const auto outcome = finished.constFirst().at(0).value<AnswersSaver::Outcome>();
    QCOMPARE(outcome.saved, row.tasksAfterOutcome == 1);
    if (outcome.saved) {
        QTRY_VERIFY(!pane.taskView()->isAnswersEditorShown());
        QVERIFY(fx.settings().answersDraft(id).isEmpty());
    } else {
        QVERIFY(pane.taskView()->isAnswersEditorShown());
        QCOMPARE(editor->input(company)->findChild<QLineEdit *>()->text(), typed);
        QVERIFY(!editor->messageText().isEmpty());
        QCOMPARE(fx.settings().answersDraft(id).value(company).toString(), typed);
    }
    QCOMPARE(requestsToOtherHost(fx.server()), 0);
}
