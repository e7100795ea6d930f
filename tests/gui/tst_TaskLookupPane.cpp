#include "LookupFixture.h"
#include "ShownText.h"

#include "core/api/ApiClient.h"
#include "core/api/RetryPolicy.h"
#include "core/api/TasksApi.h"
#include "core/domain/TaskIncludes.h"
#include "core/session/DirectoryCache.h"
#include "core/settings/RecentLookups.h"
#include "core/settings/Validators.h"
#include "gui/lookup/IncludeChooser.h"
#include "gui/lookup/RecentLookupsView.h"
#include "gui/lookup/TaskHeader.h"
#include "gui/lookup/TaskView.h"
#include "gui/widgets/SafeTextBrowser.h"
#include "models/DisplayFormat.h"
#include "models/FormFieldsModel.h"
#include "models/OwnersModel.h"
#include "models/RecentLookupsModel.h"
#include "models/TaskDetailsModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString unknownTaskId = u"0123456789abcdef0123456789abcdef"_s;

/// The first row under `parent` (recursively) whose JsonKeyRole is `key`.
QModelIndex findByJsonKey(const QAbstractItemModel *model, const QString &key,
                          const QModelIndex &parent = {}) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(TaskDetailsModel::JsonKeyRole).toString() == key)
            return index;
        if (index.data(TaskDetailsModel::NodeKindRole).toInt() ==
            int(TaskDetailsModel::NodeKind::Section)) {
            const QModelIndex found = findByJsonKey(model, key, index);
            if (found.isValid())
                return found;
        }
    }
    return {};
}

QModelIndex findSection(const QAbstractItemModel *model, TaskDetailsModel::Section section) {
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(TaskDetailsModel::SectionRole).toInt() == int(section))
            return index;
    }
    return {};
}

} // namespace

class tst_TaskLookupPane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typedIdShowsEveryModelledValue();
    void ownersAreNamedFromTheDirectory();
    void unansweredRequiredFieldIsMarked();
    void pastedLinkIsLookedUp_data();
    void pastedLinkIsLookedUp();
    void runIdUsesTheRunScopedEndpoint();
    void openedFromElsewhereTheRunFieldShowsTheIdsStart();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void notFoundNamesTheOrganizationAndKeepsThePreviousTask();
    void forbiddenIsExplained();
    void unauthorizedIsShownInThePane();
    void failuresAreExplainedInThePane_data();
    void failuresAreExplainedInThePane();
    void escapeCancelsALookupInFlight();
    void cancelTakesTheFocusFromLookUp();
    void withoutAConnectionItSaysWhereToConnect();
    void largeTaskLoadsWhileTheEventLoopTurns();
    void recentLookupsAreSavedAndReopened();
    void recentLookupsFilterByTyping();
    void copyActions();
    void copyAsCurlHidesTheToken();
    void includesAreRememberedAndSent();
    void ctrlLFocusesTheInput();
    void showTaskSendsNoRequest();
    void overdueOnlyWhileTheTaskIsOpen_data();
    void overdueOnlyWhileTheTaskIsOpen();
    void rawJsonIsPrettyPrintedAndSearchable();
    void closedWhileTheRawJsonIsBuilt();
    void descriptionLoadsNoResources();
    void serverTextIsShownLiterally();
    void longTitleIsCappedInLabelsAndWholeInTheTree();

private:
    void typeAndEnter(const QString &text);
    void lookUpAndWait(const QString &taskId);
    void watchModels();
    /// The last single-task GET the sandbox received (names are fetched after it).
    [[nodiscard]] SandboxRequest lastTaskRequest() const;
    [[nodiscard]] static QSet<QString> asSet(const QStringList &list) {
        return QSet<QString>(list.begin(), list.end());
    }
    [[nodiscard]] TaskView *view() const { return m_fixture->pane().taskView(); }
    [[nodiscard]] QString shownTaskId() const {
        return view()->task() ? view()->task()->id : QString();
    }

    std::unique_ptr<LookupFixture> m_fixture;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void tst_TaskLookupPane::init() {
    m_fixture = std::make_unique<LookupFixture>();
    QVERIFY(m_fixture->isValid());
    TaskLookupPane &pane = m_fixture->pane();
    pane.resize(1200, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // Shortcuts (Esc, Ctrl+L, Ctrl+F, ...) only reach an active window.
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    watchModels();
}

void tst_TaskLookupPane::cleanup() {
    m_testers.clear();
    m_fixture.reset();
}

void tst_TaskLookupPane::watchModels() {
    m_testers.clear();
    for (QAbstractItemModel *model : {view()->detailsTree()->model(), view()->ownersTree()->model(),
                                      view()->formFieldsTree()->model(),
                                      m_fixture->pane().recentLookupsView()->listView()->model()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

SandboxRequest tst_TaskLookupPane::lastTaskRequest() const {
    static const QRegularExpression task(u"/tasks/[0-9a-f]{32}$"_s);
    const QList<SandboxRequest> requests = m_fixture->server().requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (task.match(it->path).hasMatch())
            return *it;
    }
    return {};
}

void tst_TaskLookupPane::typeAndEnter(const QString &text) {
    QLineEdit *edit = m_fixture->taskIdLineEdit();
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void tst_TaskLookupPane::lookUpAndWait(const QString &taskId) {
    typeAndEnter(taskId);
    QTRY_COMPARE(shownTaskId(), taskId);
    QVERIFY(!m_fixture->pane().isBusy());
}

void tst_TaskLookupPane::typedIdShowsEveryModelledValue() {
    const QString id = m_fixture->richTaskId();
    const QJsonObject stored = m_fixture->stored(id);
    QVERIFY(!stored.isEmpty());
    lookUpAndWait(id);
    QCOMPARE(m_fixture->taskRequestCount(), 1);
    QVERIFY(m_fixture->pane().errorText().isEmpty());

    // The request: org-level path, the default includes.
    const SandboxRequest request = lastTaskRequest();
    QVERIFY(request.path.endsWith(u"/organizations/"_s + m_fixture->server().orgId() +
                                  u"/tasks/"_s + id));
    QCOMPARE(asSet(request.query.queryItemValue(u"with"_s).split(u',')),
             asSet(TaskIncludes::defaults()));

    // Header.
    auto *title = view()->header()->findChild<QLabel *>(u"titleLabel"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), stored.value(u"title"_s).toString());
    auto *deadline = view()->header()->findChild<QLabel *>(u"deadlineLabel"_s);
    QVERIFY(deadline);
    QVERIFY(!deadline->text().isEmpty());

    // Form fields: one row per entry, in order, labels and IDs as sent.
    const QJsonArray fields = stored.value(u"form_fields"_s).toArray();
    QVERIFY(fields.size() >= 10);
    const QAbstractItemModel *formFields = view()->formFieldsTree()->model();
    QCOMPARE(formFields->rowCount(), fields.size());
    for (int row = 0; row < fields.size(); ++row) {
        const QJsonObject field = fields.at(row).toObject();
        const QModelIndex label = formFields->index(row, FormFieldsModel::LabelColumn);
        QCOMPARE(label.data().toString(), field.value(u"label"_s).toString());
        QCOMPARE(label.data(FormFieldsModel::FieldIdRole).toString(),
                 field.value(u"id"_s).toString());
        QCOMPARE(label.data(FormFieldsModel::FieldTypeNameRole).toString(),
                 field.value(u"field_type"_s).toString());
        const QString answer =
            formFields->index(row, FormFieldsModel::AnswerColumn).data().toString();
        QVERIFY2(!answer.isEmpty(), qPrintable(field.value(u"label"_s).toString()));
    }

    // Owners: the three categories with the counts the task has.
    const QJsonObject owners = stored.value(u"owners"_s).toObject();
    const QAbstractItemModel *ownersModel = view()->ownersTree()->model();
    QCOMPARE(ownersModel->rowCount(), 3);
    const QStringList buckets{u"users"_s, u"guests"_s, u"groups"_s};
    for (int row = 0; row < 3; ++row) {
        const QModelIndex category = ownersModel->index(row, 0);
        QCOMPARE(ownersModel->rowCount(category), owners.value(buckets.at(row)).toArray().size());
        QCOMPARE(category.data(OwnersModel::CountRole).toInt(),
                 owners.value(buckets.at(row)).toArray().size());
    }

    // Details: modelled fields and the relations that were included.
    const QAbstractItemModel *details = view()->detailsTree()->model();
    const QModelIndex titleRow = findByJsonKey(details, u"title"_s);
    QVERIFY(titleRow.isValid());
    QCOMPARE(titleRow.siblingAtColumn(TaskDetailsModel::ValueColumn).data().toString(),
             stored.value(u"title"_s).toString());
    QVERIFY(findSection(details, TaskDetailsModel::Section::Identity).isValid());
    QVERIFY(findSection(details, TaskDetailsModel::Section::Dates).isValid());
    const QModelIndex run = findSection(details, TaskDetailsModel::Section::Run);
    QVERIFY(run.isValid());
    const QModelIndex tags = findSection(details, TaskDetailsModel::Section::Tags);
    QVERIFY(tags.isValid());
    QCOMPARE(details->rowCount(tags), stored.value(u"tags"_s).toArray().size());
    // Small sections are open, so a glance shows the values.
    QVERIFY(view()->detailsTree()->isExpanded(
        findSection(details, TaskDetailsModel::Section::Identity)));

    // The lookup is remembered.
    const QList<RecentLookup> recent = m_fixture->settings().recentLookups();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().taskId, id);
    QCOMPARE(recent.first().title, stored.value(u"title"_s).toString());
}

void tst_TaskLookupPane::ownersAreNamedFromTheDirectory() {
    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    DirectoryCache *cache = m_fixture->session().cache();
    QTRY_VERIFY(cache->isLoaded(DirectoryCache::What::Members));
    QTRY_VERIFY(cache->isLoaded(DirectoryCache::What::Groups));

    const QAbstractItemModel *owners = view()->ownersTree()->model();
    const QModelIndex users = owners->index(0, 0);
    QVERIFY(owners->rowCount(users) > 0);
    for (int row = 0; row < owners->rowCount(users); ++row) {
        const QModelIndex user = owners->index(row, OwnersModel::NameColumn, users);
        const qint64 memberId = user.data(OwnersModel::IdRole).toLongLong();
        const std::optional<Member> member = cache->member(memberId);
        QVERIFY(member);
        QTRY_COMPARE(user.data().toString(), member->displayName());
        QCOMPARE(owners->index(row, OwnersModel::IdColumn, users).data().toString(),
                 QString::number(memberId));
    }
    const QModelIndex groups = owners->index(2, 0);
    for (int row = 0; row < owners->rowCount(groups); ++row) {
        const QModelIndex group = owners->index(row, OwnersModel::NameColumn, groups);
        const std::optional<Group> known = cache->group(group.data(OwnersModel::IdRole).toString());
        QVERIFY(known);
        QTRY_COMPARE(group.data().toString(), known->name);
    }

    // "Refresh names" fetches the lists again.
    const int before = m_fixture->server().requestCount("GET", u"/users"_s);
    auto *refresh = view()->findChild<QPushButton *>(u"refreshNamesPushButton"_s);
    QVERIFY(refresh);
    view()->showSection(TaskView::Section::Owners);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY(m_fixture->server().requestCount("GET", u"/users"_s) > before);
}

void tst_TaskLookupPane::unansweredRequiredFieldIsMarked() {
    // Find a seeded task with a required field and no answer.
    QString taskId;
    QString fieldId;
    for (const SandboxServer::TaskInfo &info : m_fixture->server().seededTasks()) {
        for (const QJsonValue &value :
             m_fixture->stored(info.id).value(u"form_fields"_s).toArray()) {
            const QJsonObject field = value.toObject();
            const QJsonValue answer = field.contains(u"field_value"_s)
                                          ? field.value(u"field_value"_s)
                                          : field.value(u"value"_s);
            if (field.value(u"required"_s).toBool() && (answer.isNull() || answer.isUndefined())) {
                taskId = info.id;
                fieldId = field.value(u"id"_s).toString();
                break;
            }
        }
        if (!taskId.isEmpty())
            break;
    }
    QVERIFY2(!taskId.isEmpty(), "the seed has an unanswered required field");
    lookUpAndWait(taskId);
    const QAbstractItemModel *fields = view()->formFieldsTree()->model();
    bool seen = false;
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QModelIndex index = fields->index(row, 0);
        const bool missing = index.data(FormFieldsModel::IsMissingRequiredRole).toBool();
        if (index.data(FormFieldsModel::FieldIdRole).toString() == fieldId) {
            QVERIFY(missing);
            QVERIFY(!fields->index(row, FormFieldsModel::AnswerColumn).data().toString().isEmpty());
            seen = true;
        } else if (index.data(FormFieldsModel::IsAnsweredRole).toBool()) {
            QVERIFY(!missing);
        }
    }
    QVERIFY(seen);
}

void tst_TaskLookupPane::pastedLinkIsLookedUp_data() {
    QTest::addColumn<QString>("linkTemplate");
    QTest::newRow("web app link") << u"https://go.tallyfy.com/%1/tasks/%2"_s;
    QTest::newRow("link with query and fragment")
        << u"https://go.tallyfy.com/%1/tasks/%2/?view=form#top"_s;
    QTest::newRow("process link") << u"https://go.tallyfy.com/%1/processes/%3/tasks/%2"_s;
    QTest::newRow("upper case with spaces") << u"  HTTPS://GO.TALLYFY.COM/%1/TASKS/%2  "_s;
    QTest::newRow("bare ID with spaces") << u"  %2 "_s;
}

void tst_TaskLookupPane::pastedLinkIsLookedUp() {
    QFETCH(QString, linkTemplate);
    const QString id = m_fixture->richTaskId();
    const QString runId = m_fixture->stored(id).value(u"run_id"_s).toString();
    QString link = linkTemplate;
    link.replace(u"%1"_s, m_fixture->server().orgId()).replace(u"%2"_s, id).replace(u"%3"_s, runId);
    if (linkTemplate.startsWith(u"  HTTPS"_s))
        link = link.toUpper();
    // A paste, as a user would: the whole text at once.
    QLineEdit *edit = m_fixture->taskIdLineEdit();
    edit->setFocus();
    edit->setText(link);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(shownTaskId(), id);
    QCOMPARE(m_fixture->taskRequestCount(), 1);
    QVERIFY(m_fixture->pane().inputErrorText().isEmpty());
}

void tst_TaskLookupPane::runIdUsesTheRunScopedEndpoint() {
    const QString id = m_fixture->richTaskId();
    const QString runId = m_fixture->stored(id).value(u"run_id"_s).toString();
    QVERIFY(!runId.isEmpty());
    QTest::keyClicks(m_fixture->runIdLineEdit(), runId.toUpper());
    lookUpAndWait(id);
    QCOMPARE(m_fixture->server().requestCount("GET", u"/runs/%1/tasks/%2$"_s.arg(runId, id)), 1);
}

// The Tasks list and the recent lookups fill the run field: it shows the ID from its first
// character (the end of a 32-character ID alone reads like another ID).
void tst_TaskLookupPane::openedFromElsewhereTheRunFieldShowsTheIdsStart() {
    const QString id = m_fixture->richTaskId();
    const QString runId = m_fixture->stored(id).value(u"run_id"_s).toString();
    QVERIFY(m_fixture->lookUpAndWait(id, runId));
    QCOMPARE(m_fixture->runIdLineEdit()->text(), runId);
    QCOMPARE(m_fixture->runIdLineEdit()->cursorPosition(), 0);
}

void tst_TaskLookupPane::invalidInputSendsNothing_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("runId");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"   "_s << QString();
    QTest::newRow("words") << u"my task"_s << QString();
    QTest::newRow("31 hex") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9"_s << QString();
    QTest::newRow("33 hex") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f900"_s << QString();
    QTest::newRow("not hex") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7fzz"_s << QString();
    QTest::newRow("link without a task")
        << u"https://go.tallyfy.com/0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b/processes"_s << QString();
    QTest::newRow("bad run ID") << u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s << u"run-1"_s;
}

void tst_TaskLookupPane::invalidInputSendsNothing() {
    QFETCH(QString, input);
    QFETCH(QString, runId);
    QTest::keyClicks(m_fixture->runIdLineEdit(), runId);
    typeAndEnter(input);
    QVERIFY(!m_fixture->pane().inputErrorText().isEmpty());
    QVERIFY(!m_fixture->pane().isBusy());
    // Give any request a chance to leave before counting.
    QCoreApplication::processEvents();
    QCOMPARE(m_fixture->taskRequestCount(), 0);
    QVERIFY(!view()->task());
    // The explanation goes away as soon as the input is edited.
    QTest::keyClick(m_fixture->taskIdLineEdit(), Qt::Key_A);
    QVERIFY(m_fixture->pane().inputErrorText().isEmpty());
}

void tst_TaskLookupPane::notFoundNamesTheOrganizationAndKeepsThePreviousTask() {
    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    QSignalSpy failed(&m_fixture->pane(), &TaskLookupPane::lookupFailed);
    typeAndEnter(unknownTaskId);
    QTRY_COMPARE(failed.size(), 1);
    const QString text = m_fixture->pane().errorText();
    QString organization = m_fixture->session().organizationName();
    if (organization.isEmpty())
        organization = m_fixture->server().orgId();
    QCOMPARE(text, u"No task with this ID in organization %1."_s.arg(organization));
    auto *requestId = m_fixture->pane().findChild<QLabel *>(u"requestIdLabel"_s);
    QVERIFY(requestId && requestId->isVisible());
    QVERIFY(requestId->text().startsWith(u"Request ID: "_s));
    QVERIFY(requestId->text().size() > u"Request ID: "_s.size());
    // The task shown before is still there.
    QCOMPARE(shownTaskId(), id);
    // A new success replaces the message.
    typeAndEnter(id);
    QTRY_VERIFY(m_fixture->pane().errorText().isEmpty());
}

void tst_TaskLookupPane::forbiddenIsExplained() {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.pathPattern = u"/tasks/"_s;
    fault.status = 403;
    fault.body = R"({"message": "This action is unauthorized."})";
    fault.contentType = "application/json";
    m_fixture->server().addFault(fault);
    typeAndEnter(m_fixture->richTaskId());
    QTRY_VERIFY(!m_fixture->pane().errorText().isEmpty());
    QCOMPARE(m_fixture->pane().errorText(), u"You do not have access to this task."_s);
}

void tst_TaskLookupPane::unauthorizedIsShownInThePane() {
    QSignalSpy unauthorized(&m_fixture->session(), &Session::unauthorized);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.pathPattern = u"/tasks/"_s;
    fault.status = 401;
    fault.body = R"({"message": "Unauthenticated."})";
    fault.contentType = "application/json";
    m_fixture->server().addFault(fault);
    typeAndEnter(m_fixture->richTaskId());
    QTRY_VERIFY(!m_fixture->pane().errorText().isEmpty());
    QVERIFY2(m_fixture->pane().errorText().contains(u"rejected the token"_s),
             qPrintable(m_fixture->pane().errorText()));
    QCOMPARE(unauthorized.size(), 1);
    QCOMPARE(m_fixture->taskRequestCount(), 1); // a 401 is never retried
    QVERIFY(!view()->task());
}

void tst_TaskLookupPane::failuresAreExplainedInThePane_data() {
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorKind");
    using Fault = SandboxFault::Kind;
    using Kind = ApiError::Kind;
    QTest::newRow("HTML 500") << int(Fault::Html500) << 0 << QByteArray() << int(Kind::Server);
    QTest::newRow("malformed JSON")
        << int(Fault::MalformedJson) << 0 << QByteArray() << int(Kind::InvalidResponse);
    QTest::newRow("captive portal page")
        << int(Fault::WrongContentType) << 0 << QByteArray() << int(Kind::InvalidResponse);
    QTest::newRow("connection reset")
        << int(Fault::Reset) << 0 << QByteArray() << int(Kind::Network);
    QTest::newRow("rate limited") << int(Fault::RateLimit) << 0 << QByteArray()
                                  << int(Kind::RateLimited);
    QTest::newRow("unknown route")
        << int(Fault::Status) << 404
        << QByteArray(R"({"error": true, "message": "API endpoint not found", )"
                      R"("code": "ENDPOINT_NOT_FOUND"})")
        << int(Kind::EndpointNotFound);
}

void tst_TaskLookupPane::failuresAreExplainedInThePane() {
    QFETCH(int, faultKind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, errorKind);
    // Retries happen (GET), but without the real waits.
    RetryPolicy fast = m_fixture->session().client()->retryPolicy();
    fast.setTimeScale(0);
    m_fixture->session().client()->setRetryPolicy(fast);

    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind(faultKind);
    fault.pathPattern = u"/tasks/"_s;
    fault.times = -1;
    fault.status = status;
    fault.body = body;
    fault.contentType = "application/json";
    m_fixture->server().addFault(fault);

    QSignalSpy failed(&m_fixture->pane(), &TaskLookupPane::lookupFailed);
    typeAndEnter(id);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.constFirst().constFirst().value<ApiError>();
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(ApiError::Kind(errorKind)));
    QCOMPARE(m_fixture->pane().errorText(), error.userText());
    QVERIFY(!m_fixture->pane().errorText().isEmpty());
    QVERIFY(!m_fixture->pane().isBusy());
    // The task shown before stays.
    QCOMPARE(shownTaskId(), id);
}

void tst_TaskLookupPane::escapeCancelsALookupInFlight() {
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    hang.pathPattern = u"/tasks/"_s;
    m_fixture->server().addFault(hang);
    QSignalSpy messages(&m_fixture->pane(), &TaskLookupPane::statusMessage);

    const QString id = m_fixture->richTaskId();
    const QRect idleInput = m_fixture->taskIdLineEdit()->geometry();
    const QRect idleLookupButton = m_fixture->lookupButton()->geometry();
    typeAndEnter(id);
    QVERIFY(m_fixture->pane().isBusy());
    // The progress bar and Cancel wait a moment (a lookup that answers at once shows neither),
    // then show while it runs.
    auto *bar = m_fixture->pane().findChild<QProgressBar *>(u"busyProgressBar"_s);
    QVERIFY(!m_fixture->cancelButton()->isVisible());
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(m_fixture->cancelButton()->isVisible());
    QVERIFY(bar->isVisible());
    // Cancel takes Look up's place and the bar has a row of its own: nothing in the lookup bar
    // moves or narrows.
    QVERIFY(!m_fixture->lookupButton()->isVisible());
    QCOMPARE(m_fixture->cancelButton()->geometry(), idleLookupButton);
    QCOMPARE(m_fixture->taskIdLineEdit()->geometry(), idleInput);
    QTRY_COMPARE(m_fixture->taskRequestCount(), 1);

    QTest::keyClick(m_fixture->taskIdLineEdit(), Qt::Key_Escape);
    QVERIFY(!m_fixture->pane().isBusy());
    QVERIFY(!m_fixture->cancelButton()->isVisible());
    QVERIFY(m_fixture->lookupButton()->isVisible());
    QVERIFY(!bar->isVisible());
    QVERIFY(m_fixture->pane().errorText().isEmpty());
    QVERIFY(!view()->task());
    QCOMPARE(messages.constLast().first().toString(), u"Lookup cancelled"_s);

    // Esc works before the indicator shows, and the indicator does not show afterwards.
    m_fixture->server().clearFaults();
    m_fixture->server().addFault(hang);
    typeAndEnter(id);
    QVERIFY(m_fixture->pane().isBusy());
    QTest::keyClick(m_fixture->taskIdLineEdit(), Qt::Key_Escape);
    QVERIFY(!m_fixture->pane().isBusy());
    bool later = false;
    QTimer::singleShot(1000, this, [&later] { later = true; }); // well after the delay's end
    QTRY_VERIFY(later);
    QVERIFY(!m_fixture->cancelButton()->isVisible());
    QVERIFY(!bar->isVisible());
    m_fixture->server().clearFaults();

    // Nothing is stuck: the next lookup goes through.
    const int sent = m_fixture->taskRequestCount();
    lookUpAndWait(id);
    QCOMPARE(m_fixture->taskRequestCount(), sent + 1);
    QVERIFY(m_fixture->pane().errorText().isEmpty());
}

// From the keyboard: Space on Look up starts a lookup; when Cancel takes its place it takes the
// focus too (a second Space cancels), and after Cancel the focus goes back to the input.
void tst_TaskLookupPane::cancelTakesTheFocusFromLookUp() {
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    hang.pathPattern = u"/tasks/"_s;
    m_fixture->server().addFault(hang);
    m_fixture->taskIdLineEdit()->setText(m_fixture->richTaskId());
    m_fixture->lookupButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(m_fixture->lookupButton(), Qt::Key_Space);
    QVERIFY(m_fixture->pane().isBusy());
    QTRY_VERIFY(m_fixture->cancelButton()->isVisible());
    QVERIFY(m_fixture->cancelButton()->hasFocus());

    QTest::keyClick(m_fixture->cancelButton(), Qt::Key_Space);
    QVERIFY(!m_fixture->pane().isBusy());
    QVERIFY(m_fixture->lookupButton()->isVisible());
    QVERIFY(m_fixture->taskIdLineEdit()->hasFocus());
    QCOMPARE(m_fixture->taskIdLineEdit()->text(), m_fixture->richTaskId());
    m_fixture->server().clearFaults();
}

// With nothing to connect with, a lookup sends nothing (the pane is not busy) and says in the
// pane where to connect; the input stays.
void tst_TaskLookupPane::withoutAConnectionItSaysWhereToConnect() {
    m_fixture->session().leaveSandbox();
    QCOMPARE(m_fixture->session().state(), Session::State::NotConfigured);
    QSignalSpy messages(&m_fixture->pane(), &TaskLookupPane::statusMessage);
    const QString id = m_fixture->richTaskId();
    typeAndEnter(id);
    QVERIFY(!m_fixture->pane().isBusy());
    QVERIFY(!m_fixture->cancelButton()->isVisible());
    const QString error = m_fixture->pane().errorText();
    QVERIFY2(error.endsWith(u"Open Settings to connect."_s), qPrintable(error));
    QCOMPARE(messages.constLast().first().toString(), error);
    QCOMPARE(m_fixture->taskIdLineEdit()->text(), id);
    QVERIFY(!view()->task());
}

void tst_TaskLookupPane::largeTaskLoadsWhileTheEventLoopTurns() {
    const QString id = m_fixture->server().addLargeTask(5000);
    TasksApi *tasks = m_fixture->session().tasks();
    const int parsedBefore = tasks->backgroundParseCount();

    int ticks = 0;
    int ticksWhileBusy = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        if (m_fixture->pane().isBusy())
            ++ticksWhileBusy;
    });
    ticker.start();

    typeAndEnter(id);
    QTRY_VERIFY_WITH_TIMEOUT(shownTaskId() == id, 120000);
    QVERIFY(ticksWhileBusy > 0);
    QCOMPARE(tasks->backgroundParseCount(), parsedBefore + 1);

    QCOMPARE(view()->formFieldsTree()->model()->rowCount(), 5000);
    QVERIFY(view()->formFieldsTree()->uniformRowHeights());
    // The 5,000 entries stay folded in the details tree.
    const QAbstractItemModel *details = view()->detailsTree()->model();
    const QModelIndex formFields = findSection(details, TaskDetailsModel::Section::FormFields);
    QVERIFY(formFields.isValid());
    QCOMPARE(details->rowCount(formFields), 5000);
    QVERIFY(!view()->detailsTree()->isExpanded(formFields));

    // The 20 MB of pretty-printed JSON are built off the GUI thread too.
    const int ticksBeforeJson = ticks;
    view()->showSection(TaskView::Section::RawJson);
    QVERIFY(!view()->isRawJsonShown());
    QTRY_VERIFY_WITH_TIMEOUT(view()->isRawJsonShown(), 120000);
    QVERIFY(ticks > ticksBeforeJson);
    QVERIFY(view()->rawJsonEdit()->document()->characterCount() > 20 * 1000 * 1000);
}

void tst_TaskLookupPane::recentLookupsAreSavedAndReopened() {
    const QList<SandboxServer::TaskInfo> seeded = m_fixture->server().seededTasks();
    QVERIFY(seeded.size() >= 2);
    const QString first = seeded.at(0).id;
    const QString second = seeded.at(1).id;
    lookUpAndWait(first);
    lookUpAndWait(second);

    RecentLookupsView *recent = m_fixture->pane().recentLookupsView();
    QCOMPARE(recent->shownCount(), 2);
    QCOMPARE(recent->shownTaskId(0), second);
    QCOMPARE(recent->shownTaskId(1), first);

    // Saved: a fresh Settings over the same file reads them back.
    m_fixture->settings().sync();
    const std::unique_ptr<Settings> reread = Settings::forTesting(m_fixture->settingsDirectory());
    const QList<RecentLookup> saved = reread->recentLookups();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).taskId, second);
    QCOMPARE(saved.at(0).title, seeded.at(1).title);
    QCOMPARE(saved.at(1).taskId, first);

    // Enter on an entry looks it up again.
    QListView *list = recent->listView();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(shownTaskId(), first);
    QCOMPARE(m_fixture->server().requestCount("GET", u"/tasks/%1$"_s.arg(first)), 2);
    QCOMPARE(recent->shownTaskId(0), first);

    // A double-click does the same.
    const QModelIndex other = list->model()->index(1, 0);
    QCOMPARE(other.data(RecentLookupsModel::TaskIdRole).toString(), second);
    const QPoint centre = list->visualRect(other).center();
    // QTest sends a lone double-click event; a real one follows a press on the same row.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(shownTaskId(), second);

    // After a restart the list is still there.
    m_testers.clear(); // they watch the models of the pane about to go
    m_fixture->recreatePane();
    QCOMPARE(m_fixture->pane().recentLookupsView()->shownCount(), 2);
}

void tst_TaskLookupPane::recentLookupsFilterByTyping() {
    const QList<SandboxServer::TaskInfo> seeded = m_fixture->server().seededTasks();
    constexpr int looked = 5;
    for (int i = 0; i < looked; ++i)
        lookUpAndWait(seeded.at(i).id);
    RecentLookupsView *recent = m_fixture->pane().recentLookupsView();
    QCOMPARE(recent->shownCount(), looked);

    // Typing into the list goes to the filter.
    const QString word = u"Northwind"_s;
    int expected = 0;
    for (int i = 0; i < looked; ++i)
        expected += seeded.at(i).title.contains(word, Qt::CaseInsensitive) ? 1 : 0;
    QVERIFY(expected > 0 && expected < looked);
    QListView *list = recent->listView();
    list->setFocus();
    QTest::keyClicks(list, word.toLower());
    QCOMPARE(recent->filterText(), word.toLower());
    QCOMPARE(recent->shownCount(), expected);
    for (int row = 0; row < recent->shownCount(); ++row)
        QVERIFY(list->model()->index(row, 0).data().toString().contains(word));

    // Enter in the filter opens the first match.
    auto *filter = recent->findChild<QLineEdit *>(u"filterLineEdit"_s);
    QVERIFY(filter && filter->hasFocus());
    const QString firstMatch = recent->shownTaskId(0);
    const int before = m_fixture->taskRequestCount();
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_fixture->taskRequestCount(), before + 1);
    QTRY_COMPARE(shownTaskId(), firstMatch);
}

void tst_TaskLookupPane::copyActions() {
    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    QClipboard *clipboard = QGuiApplication::clipboard();

    clipboard->clear();
    view()->copyIdAction()->trigger();
    QCOMPARE(clipboard->text(), id);

    // The keyboard works from the lookup bar too.
    clipboard->setText(u"something else"_s);
    m_fixture->taskIdLineEdit()->setFocus();
    QTest::keyClick(m_fixture->taskIdLineEdit(), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(), id);

    view()->copyJsonAction()->trigger();
    QJsonParseError error{};
    const QJsonDocument copied = QJsonDocument::fromJson(clipboard->text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(copied.object().value(u"id"_s).toString(), id);
    QCOMPARE(copied.object().value(u"title"_s).toString(),
             m_fixture->stored(id).value(u"title"_s).toString());
    QVERIFY(clipboard->text().contains(u"\n    \"id\""_s)); // pretty-printed

    // No web link is known for the sandbox, so "Open in browser" is not offered.
    QVERIFY(!view()->openInBrowserAction()->isVisible());
}

void tst_TaskLookupPane::copyAsCurlHidesTheToken() {
    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    const SandboxRequest sent = lastTaskRequest();
    QVERIFY(!sent.path.isEmpty());
    view()->copyCurlAction()->trigger();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl"_s), qPrintable(curl));
    QVERIFY(curl.contains(u"$TALLYFY_API_TOKEN"_s));
    QVERIFY(!curl.contains(m_fixture->server().token()));
    // The same request that fetched the task.
    QVERIFY2(curl.contains(sent.path), qPrintable(curl));
    QVERIFY2(curl.contains(u"?with="_s + sent.query.queryItemValue(u"with"_s) + u"'"_s),
             qPrintable(curl));
    QVERIFY(curl.contains(u"X-Tallyfy-Client: APIClient"_s));

    // The run-scoped lookup gives the run-scoped command.
    const QString runId = m_fixture->stored(id).value(u"run_id"_s).toString();
    QTest::keyClicks(m_fixture->runIdLineEdit(), runId);
    typeAndEnter(id);
    QTRY_COMPARE(m_fixture->taskRequestCount(), 2);
    QTRY_VERIFY(!m_fixture->pane().isBusy());
    view()->copyCurlAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"/runs/%1/tasks/%2"_s.arg(runId, id)));
}

void tst_TaskLookupPane::includesAreRememberedAndSent() {
    IncludeChooser *chooser = m_fixture->pane().includeChooser();
    QCOMPARE(asSet(chooser->includes()), asSet(TaskIncludes::defaults()));

    chooser->showPopup();
    QVERIFY(chooser->isPopupVisible());
    QListWidget *list = chooser->listWidget();
    QCOMPARE(list->count(), 15);
    // Untick "step", tick "threads", with the keyboard.
    for (int row = 0; row < list->count(); ++row) {
        const QString name = list->item(row)->text();
        if (name == "step"_L1 || name == "threads"_L1) {
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
        }
    }
    QTest::keyClick(list, Qt::Key_Escape);
    QVERIFY(!chooser->isPopupVisible());

    const QStringList expected{u"run"_s, u"form_fields"_s, u"tags"_s, u"threads"_s, u"summary"_s};
    QStringList chosen = chooser->includes();
    QCOMPARE(asSet(chosen), asSet(expected));
    const QStringList stored = m_fixture->settings().includes();
    QCOMPARE(asSet(stored), asSet(expected));

    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    const QStringList sent = lastTaskRequest().query.queryItemValue(u"with"_s).split(u',');
    QCOMPARE(asSet(sent), asSet(expected));
    QVERIFY(
        findSection(view()->detailsTree()->model(), TaskDetailsModel::Section::Threads).isValid());

    // Remembered by a new pane.
    m_testers.clear(); // they watch the models of the pane about to go
    m_fixture->recreatePane();
    chosen = m_fixture->pane().includeChooser()->includes();
    QCOMPARE(asSet(chosen), asSet(expected));
}

void tst_TaskLookupPane::ctrlLFocusesTheInput() {
    lookUpAndWait(m_fixture->richTaskId());
    QTreeView *tree = view()->detailsTree();
    tree->setFocus();
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_fixture->taskIdLineEdit()->hasFocus());
    QCOMPARE(m_fixture->taskIdLineEdit()->selectedText(), m_fixture->richTaskId());
}

void tst_TaskLookupPane::showTaskSendsNoRequest() {
    const QString id = m_fixture->richTaskId();
    const std::optional<Task> task = Task::fromJson(m_fixture->stored(id));
    QVERIFY(task);
    QSignalSpy shown(&m_fixture->pane(), &TaskLookupPane::taskShown);
    m_fixture->pane().showTask(*task);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shownTaskId(), id);
    QCOMPARE(m_fixture->taskRequestCount(), 0);
    QCOMPARE(m_fixture->settings().recentLookups().constFirst().taskId, id);
}

void tst_TaskLookupPane::overdueOnlyWhileTheTaskIsOpen_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("in progress") << u"in-progress"_s << true;
    QTest::newRow("not started") << u"not-started"_s << true;
    QTest::newRow("completed") << u"completed"_s << false;
    QTest::newRow("skipped by rules") << u"auto-skipped"_s << false;
}

void tst_TaskLookupPane::overdueOnlyWhileTheTaskIsOpen() {
    QFETCH(QString, status);
    QFETCH(bool, overdue);
    const QString id = m_fixture->richTaskId();
    std::optional<Task> task = Task::fromJson(m_fixture->stored(id));
    QVERIFY(task);
    task->status = status;
    task->deadline = QDateTime::currentDateTimeUtc().addDays(-3);
    m_fixture->pane().showTask(*task);
    auto *phrase = m_fixture->pane().findChild<QLabel *>(u"deadlinePhraseLabel"_s);
    QVERIFY(phrase != nullptr);
    QCOMPARE(phrase->isVisibleTo(&m_fixture->pane()), overdue);
    if (overdue)
        QVERIFY2(phrase->text().contains(u"overdue"_s), qPrintable(phrase->text()));
}

void tst_TaskLookupPane::rawJsonIsPrettyPrintedAndSearchable() {
    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    QVERIFY(!view()->isRawJsonShown()); // built only when looked at
    m_fixture->taskIdLineEdit()->setFocus();
    QTest::keyClick(m_fixture->taskIdLineEdit(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(view()->currentSection(), TaskView::Section::RawJson);
    QTRY_VERIFY(view()->isRawJsonShown());
    const QString text = view()->rawJsonEdit()->toPlainText();
    QVERIFY(text.contains(u"\"id\": \"%1\""_s.arg(id)));
    QVERIFY(view()->rawJsonEdit()->isReadOnly());

    auto *find = view()->findChild<QLineEdit *>(u"findLineEdit"_s);
    QVERIFY(find && find->hasFocus());
    const QString label = m_fixture->stored(id)
                              .value(u"form_fields"_s)
                              .toArray()
                              .last()
                              .toObject()
                              .value(u"label"_s)
                              .toString();
    QTest::keyClicks(find, label);
    QCOMPARE(view()->rawJsonEdit()->textCursor().selectedText(), label);
    // Esc closes the find bar without cancelling anything, and gives the text the focus.
    QTest::keyClick(find, Qt::Key_Escape);
    QVERIFY(!find->isVisible());
    QVERIFY(view()->rawJsonEdit()->hasFocus());
}

// A view closed while its raw JSON is still being built (seconds for a large task) is not called
// back, and nothing fails when the build ends.
void tst_TaskLookupPane::closedWhileTheRawJsonIsBuilt() {
    std::optional<Task> task = Task::fromJson(m_fixture->stored(m_fixture->richTaskId()));
    QVERIFY(task.has_value());
    QJsonArray padding; // enough to keep the pool thread busy after the view is gone
    for (int i = 0; i < 20000; ++i)
        padding.append(QJsonObject{{u"n"_s, i}, {u"text"_s, u"line of padding %1"_s.arg(i)}});
    task->raw.insert(u"padding"_s, padding);
    auto view = std::make_unique<TaskView>();
    view->setTask(*task);
    view->show();
    view->showSection(TaskView::Section::RawJson);
    QVERIFY(!view->isRawJsonShown());
    view.reset();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    QCoreApplication::processEvents(); // any answer that was on its way
}

void tst_TaskLookupPane::descriptionLoadsNoResources() {
    const QString id = m_fixture->richTaskId();
    QJsonObject raw = m_fixture->stored(id);
    const QString pixel = m_fixture->server().baseUrl().toString() + u"/pixel.png"_s;
    // A real image on disk: shown if the browser read local files.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString localImage = folder.filePath(u"local.png"_s);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(localImage));
    const QUrl localUrl = QUrl::fromLocalFile(localImage);
    raw[u"summary"_s] = u"<p>Read <b>this</b> first.</p><img src=\"%1\"><img src=\"%2\">"
                        "<a href=\"file:///etc/passwd\">x</a>"_s.arg(pixel, localUrl.toString());
    const std::optional<Task> task = Task::fromJson(raw);
    QVERIFY(task);
    m_fixture->pane().showTask(*task);
    view()->showSection(TaskView::Section::Description);
    auto *browser = qobject_cast<SafeTextBrowser *>(view()->descriptionBrowser());
    QVERIFY(browser);
    QVERIFY(browser->toPlainText().contains(u"Read this first."_s));
    QVERIFY(browser->blockedResourceCount() >= 2);
    QCoreApplication::processEvents();
    QCOMPARE(m_fixture->server().requestCount("", u"pixel"_s), 0);
    QVERIFY(browser->document()
                ->resource(QTextDocument::ImageResource, localUrl)
                .value<QImage>()
                .isNull());
    QVERIFY(browser->document()
                ->resource(QTextDocument::ImageResource, localUrl)
                .toByteArray()
                .isEmpty());

    auto *source = view()->findChild<QCheckBox *>(u"showSourceCheckBox"_s);
    QVERIFY(source);
    source->setChecked(true);
    QVERIFY(browser->toPlainText().contains(u"<b>this</b>"_s));
}

void tst_TaskLookupPane::serverTextIsShownLiterally() {
    const QString id = m_fixture->richTaskId();
    const QJsonObject stored = m_fixture->stored(id);
    // The organization's members, as the server sends them, with markup in their names.
    const QString name = u"<b>Ana</b> <img src=\"x\" width=\"15000\">"_s;
    QJsonArray members;
    for (const QJsonValue &userId : stored.value(u"owners"_s)[u"users"_s].toArray()) {
        const qint64 memberId = userId.toInteger();
        members.append(QJsonObject{{u"id"_s, memberId},
                                   {u"email"_s, u"<i>m%1</i>@example.com"_s.arg(memberId)},
                                   {u"full_name"_s, name}});
    }
    QVERIFY(!members.isEmpty());
    SandboxFault names;
    names.kind = SandboxFault::Kind::Status;
    names.method = "GET";
    names.pathPattern = u"/users$"_s;
    names.times = -1;
    names.status = 200;
    names.contentType = "application/json";
    names.body = QJsonDocument(QJsonObject{{u"data"_s, members}}).toJson();
    m_fixture->server().addFault(names);

    std::optional<Task> task = Task::fromJson(stored);
    QVERIFY(task);
    const QString title = u"<b>Bold</b> &amp; <img src=\"x\" width=\"15000\">"_s;
    const QString status = u"<i>odd</i>"_s;
    task->title = title;
    task->status = status;
    m_fixture->pane().showTask(*task);

    TaskHeader *header = view()->header();
    auto *titleLabel = header->findChild<QLabel *>(u"titleLabel"_s);
    QVERIFY(titleLabel);
    QCOMPARE(ShownText::ofLabel(titleLabel), title);
    auto *badge = header->findChild<QLabel *>(u"statusBadgeLabel"_s);
    QVERIFY(badge);
    QCOMPARE(ShownText::ofToolTip(badge->toolTip()), u"Status: "_s + status);
    // No label of the header renders markup, whatever it shows.
    for (const QLabel *label : header->findChildren<QLabel *>())
        QCOMPARE(ShownText::ofLabel(label), label->text());

    // Names from the directory: literal in the tree and in its tooltips.
    DirectoryCache *cache = m_fixture->session().cache();
    QTRY_VERIFY(cache->isLoaded(DirectoryCache::What::Members));
    const QAbstractItemModel *owners = view()->ownersTree()->model();
    const QModelIndex users = owners->index(0, 0);
    QVERIFY(owners->rowCount(users) > 0);
    const QModelIndex first = owners->index(0, OwnersModel::NameColumn, users);
    QTRY_COMPARE(first.data().toString(), name);
    const qint64 firstId = first.data(OwnersModel::IdRole).toLongLong();
    QCOMPARE(ShownText::ofToolTip(first.data(Qt::ToolTipRole).toString()),
             u"<i>m%1</i>@example.com"_s.arg(firstId));

    // The recent lookups list names the task by its title, as written.
    const QAbstractItemModel *recent = m_fixture->pane().recentLookupsView()->listView()->model();
    QCOMPARE(recent->index(0, 0).data().toString(), title);
}

void tst_TaskLookupPane::longTitleIsCappedInLabelsAndWholeInTheTree() {
    const QString id = m_fixture->richTaskId();
    lookUpAndWait(id);
    // The same task again, now with a title of three million characters (a hostile or broken
    // server): the GET answers with it.
    QJsonObject raw = view()->task()->raw;
    QString title = u"<b>Start</b> "_s;
    title += QString(3000000, u'l');
    title += u" end"_s;
    raw[u"title"_s] = title;
    SandboxFault longTitle;
    longTitle.kind = SandboxFault::Kind::Status;
    longTitle.method = "GET";
    longTitle.pathPattern = u"/tasks/"_s + id + u"$"_s;
    longTitle.status = 200;
    longTitle.contentType = "application/json";
    longTitle.body = QJsonDocument(QJsonObject{{u"data"_s, raw}}).toJson(QJsonDocument::Compact);
    m_fixture->server().addFault(longTitle);

    QSignalSpy shown(&m_fixture->pane(), &TaskLookupPane::taskShown);
    QSignalSpy messages(&m_fixture->pane(), &TaskLookupPane::statusMessage);
    int ticksWhileBusy = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (m_fixture->pane().isBusy())
            ++ticksWhileBusy;
    });
    ticker.start();
    typeAndEnter(id);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
    QVERIFY(ticksWhileBusy > 0); // the event loop turned while the answer was read
    QCOMPARE(view()->task()->title, title);

    // Labels show a few thousand characters at most, plain.
    auto *titleLabel = view()->header()->findChild<QLabel *>(u"titleLabel"_s);
    QVERIFY(titleLabel);
    QVERIFY2(titleLabel->text().size() <= DisplayFormat::MaxShownLength + 1,
             qPrintable(QString::number(titleLabel->text().size())));
    QVERIFY(ShownText::ofLabel(titleLabel).startsWith(u"<b>Start</b> lll"_s));
    QVERIFY(titleLabel->accessibleName().size() <= DisplayFormat::MaxShownLength + 1);
    for (const QList<QVariant> &message : std::as_const(messages))
        QVERIFY(message.at(0).toString().size() <= DisplayFormat::MaxShownLength + 100);
    // A layout pass over the pane stays bounded too (it would take minutes over the title).
    QVERIFY(titleLabel->sizeHint().isValid());

    // The tree holds the whole value; it shows a bounded text.
    const QAbstractItemModel *details = view()->detailsTree()->model();
    const QModelIndex titleRow = findByJsonKey(details, u"title"_s);
    QVERIFY(titleRow.isValid());
    QCOMPARE(titleRow.data(TaskDetailsModel::RawValueRole).value<QJsonValue>().toString(), title);
    QVERIFY(titleRow.siblingAtColumn(TaskDetailsModel::ValueColumn).data().toString().size() <=
            DisplayFormat::MaxShownLength + 1);
    // So does the raw JSON ("Copy JSON" copies it whole).
    QVERIFY(view()->prettyJson().contains(title));

    // The recent lookups keep a short title, and the settings file stays small.
    const QList<RecentLookup> recent = m_fixture->settings().recentLookups();
    QCOMPARE(recent.first().taskId, id);
    QCOMPARE(recent.first().title.size(), RecentLookups::MaxTitleLength);
    m_fixture->settings().sync();
    const qint64 size = QFileInfo(m_fixture->settings().fileName()).size();
    QVERIFY2(size < 16 * 1024, qPrintable(QString::number(size)));
}

QTEST_MAIN(tst_TaskLookupPane)
#include "tst_TaskLookupPane.moc"
