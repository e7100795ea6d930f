#include "SandboxWorld.h"
#include "Settle.h"
#include "core/session/Session.h"
#include "gui/tasks/TaskListDelegate.h"
#include "gui/tasks/TasksPane.h"
#include "models/TaskListModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

using Q = TaskListQuery;

/// The Tasks pane offscreen against the sandbox: the filter bar drives the query sent, the
/// list opens tasks, and the empty, error and remembered states.
class tst_TasksPane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        m_world->server().addGeneratedTasks(150);
        QVERIFY(m_world->startSandboxSession().isReady());
        makePane();
    }
    void cleanup() {
        m_pane.reset();
        m_world.reset();
    }

    void showsMyOpenTasksAtOnce() {
        QTRY_VERIFY(tree()->model()->rowCount() > 0);
        QCOMPARE(tree()->accessibleName(), u"Tasks"_s);
        const SandboxRequest sent = lastListRequest();
        QVERIFY(sent.path.endsWith(u"/me/tasks"_s));
        QCOMPARE(sent.query.queryItemValue(u"status"_s), u"active-visible"_s);
        QCOMPARE(sent.query.queryItemValue(u"sort"_s), u"deadline"_s);
        QTRY_VERIFY(m_pane->footerText().startsWith(u"Showing"_s));
        for (int i = 0; i < m_pane->model()->rowCount(); ++i)
            QVERIFY(!m_pane->model()->item(i).isCompleted());
    }

    void filtersChangeTheQuery() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        choose("showComboBox", int(Q::Show::All));
        choose("statusComboBox", int(Q::Status::Completed));
        choose("sortComboBox", int(Q::Sort::Newest));
        QTRY_VERIFY(!m_pane->model()->isLoading());
        const SandboxRequest sent = lastListRequest();
        QVERIFY(sent.path.endsWith(u"/organizations/"_s + m_world->server().orgId() + u"/tasks"_s));
        QCOMPARE(sent.query.queryItemValue(u"status"_s), u"complete"_s);
        QCOMPARE(sent.query.queryItemValue(u"sort"_s), u"newest"_s);
        QTRY_VERIFY(m_pane->model()->rowCount() > 0);
        for (int i = 0; i < m_pane->model()->rowCount(); ++i)
            QVERIFY(m_pane->model()->item(i).isCompleted());

        // The organization's list takes q: typed text goes to the server after a pause.
        auto *search = m_pane->findChild<QLineEdit *>(u"searchLineEdit"_s);
        QTest::keyClicks(search, u"Renew"_s);
        QTRY_COMPARE(lastListRequest().query.queryItemValue(u"q"_s), u"Renew"_s);
        QTRY_VERIFY(!m_pane->model()->isLoading());
        for (int i = 0; i < m_pane->model()->rowCount(); ++i)
            QVERIFY(m_pane->model()->item(i).title.contains(u"Renew"_s, Qt::CaseInsensitive));
    }

    // Only the server sorts (the list is paged); the Deadline header picks the deadline sort.
    void deadlineHeaderSortsOnTheServer() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        choose("sortComboBox", int(Q::Sort::Newest));
        QTRY_COMPARE(lastListRequest().query.queryItemValue(u"sort"_s), u"newest"_s);
        QTRY_VERIFY(!m_pane->model()->isLoading() && tree()->model()->rowCount() > 0);
        QHeaderView *header = tree()->header();
        QVERIFY(!header->isSortIndicatorShown());
        const int before = listRequests();
        // A column the server does not sort by changes nothing.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(TaskListModel::TitleColumn) + 5,
                                 header->height() / 2));
        QVERIFY(settle(m_world->session()));
        QCOMPARE(listRequests(), before);
        QVERIFY(!header->isSortIndicatorShown());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(TaskListModel::DeadlineColumn) + 5,
                                 header->height() / 2));
        QTRY_COMPARE(listRequests(), before + 1);
        QCOMPARE(lastListRequest().query.queryItemValue(u"sort"_s), u"deadline"_s);
        auto *sort = m_pane->findChild<QComboBox *>(u"sortComboBox"_s);
        QCOMPARE(sort->currentData().toInt(), int(Q::Sort::Deadline));
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), int(TaskListModel::DeadlineColumn));
    }

    // An empty list says what is empty in a sentence whatever the status, never a status label
    // dropped into one ("No has a problem tasks", "no all tasks").
    void emptyListSaysWhatIsEmpty_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("has a problem")
            << int(Q::Status::HasProblem) << u"No tasks with a problem match “zzqx”."_s;
        QTest::newRow("not started")
            << int(Q::Status::NotStarted) << u"No tasks that have not started match “zzqx”."_s;
        QTest::newRow("all") << int(Q::Status::All) << u"No tasks match “zzqx”."_s;
    }
    void emptyListSaysWhatIsEmpty() {
        QFETCH(int, status);
        QFETCH(QString, expected);
        QTRY_VERIFY(!m_pane->model()->isLoading());
        choose("showComboBox", int(Q::Show::All));
        choose("statusComboBox", status);
        auto *search = m_pane->findChild<QLineEdit *>(u"searchLineEdit"_s);
        QTest::keyClicks(search, u"zzqx"_s);
        QTRY_COMPARE(lastListRequest().query.queryItemValue(u"q"_s), u"zzqx"_s);
        QTRY_VERIFY(!m_pane->model()->isLoading());
        QCOMPARE(m_pane->model()->rowCount(), 0);
        QTRY_COMPARE(m_pane->emptyText(), expected);
        QVERIFY2(m_pane->footerText().isEmpty(), qPrintable(m_pane->footerText()));
    }

    // Each status has its own phrase.
    void everyStatusHasAPhrase() {
        QSet<QString> phrases;
        for (int status = int(Q::Status::Open); status <= int(Q::Status::All); ++status)
            phrases.insert(TasksPane::tasksPhrase(Q::Status(status)));
        QCOMPARE(phrases.size(), int(Q::Status::All) + 1);
        QCOMPARE(TasksPane::tasksPhrase(Q::Status::Open), u"open tasks"_s);
    }

    void myListIsSearchedLocally() {
        QTRY_VERIFY(tree()->model()->rowCount() > 0);
        const int requests = listRequests();
        auto *search = m_pane->findChild<QLineEdit *>(u"searchLineEdit"_s);
        QTest::keyClicks(search, u"zzz-nothing"_s);
        QCOMPARE(tree()->model()->rowCount(), 0);
        QVERIFY(m_pane->emptyText().contains(u"No loaded task matches"_s));
        QVERIFY(settle(m_world->session()));
        QCOMPARE(listRequests(), requests);
        search->clear();
        QVERIFY(tree()->model()->rowCount() > 0);
    }

    void enterOpensAndCtrlCCopies() {
        QTRY_VERIFY(tree()->model()->rowCount() > 0);
        QSignalSpy opened(m_pane.get(), &TasksPane::openTaskRequested);
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Down);
        const QString id = tree()->currentIndex().data(TaskListModel::TaskIdRole).toString();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(tree(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), id);
        QTest::keyClick(tree(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), id);
    }

    void errorInPlaceThenRetry() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        SandboxFault broken;
        broken.kind = SandboxFault::Kind::Html500;
        m_world->server().addFault(broken);
        choose("statusComboBox", int(Q::Status::All));
        QTRY_VERIFY(!m_pane->errorText().isEmpty());
        QVERIFY(m_pane->errorText().contains(u"Tallyfy"_s));
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"retryPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_pane->model()->rowCount() > 0);
        QVERIFY(m_pane->errorText().isEmpty());
    }

    void choicesAreKeptPerOrganization() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        choose("showComboBox", int(Q::Show::All));
        choose("statusComboBox", int(Q::Status::Overdue));
        makePane();
        QTRY_VERIFY(!m_pane->model()->isLoading());
        QCOMPARE(m_pane->query().show, Q::Show::All);
        QCOMPARE(m_pane->query().status, Q::Status::Overdue);
        QCOMPARE(lastListRequest().query.queryItemValue(u"status"_s), u"overdue"_s);
    }

    // Pages come as the list scrolls, and only then (a QTreeView asks for more on every layout).
    void loadsPagesAsTheListScrolls() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        choose("showComboBox", int(Q::Show::All));
        choose("statusComboBox", int(Q::Status::All));
        QTRY_VERIFY(m_pane->model()->pagesLoaded() == 1 && !m_pane->model()->isLoading());
        TaskListModel *model = m_pane->model();
        QVERIFY(model->total() > 100);
        tree()->viewport()->repaint(); // lays the rows out, as the first paint does
        QVERIFY(settle(m_world->session()));
        QVERIFY(!model->isLoading());
        QCOMPARE(model->pagesLoaded(), 1);
        QCOMPARE(model->rowCount(), 100);

        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(model->pagesLoaded(), 2);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), std::min(model->total(), 200));
    }

    // With no width saved, every column shows at the default size (nothing to scroll sideways),
    // the status, deadline and type columns hold their text (a status with a problem too), and
    // the title takes what the window gives.
    void columnsFitAndTheTitleFollowsTheWindow() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        choose("showComboBox", int(Q::Show::All));
        choose("statusComboBox", int(Q::Status::All));
        QTRY_VERIFY(m_pane->model()->pagesLoaded() == 1 && !m_pane->model()->isLoading());
        QHeaderView *header = tree()->header();
        QTRY_COMPARE(header->length(), tree()->viewport()->width());
        QVERIFY(!tree()->horizontalScrollBar()->isVisible());
        // The text of every loaded row, as drawn, with the cell's margins.
        const QFontMetrics metrics(tree()->font());
        const TaskListModel *model = m_pane->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex deadline = model->index(row, TaskListModel::DeadlineColumn);
            const QString deadlineText = TaskListDelegate::deadlineText(
                deadline.data().toString(),
                deadline.data(TaskListModel::DeadlineRole).toDateTime());
            const QString type = model->index(row, TaskListModel::TypeColumn).data().toString();
            const QString status = model->index(row, TaskListModel::StatusColumn).data().toString();
            QVERIFY2(metrics.horizontalAdvance(status) + 8 <=
                         header->sectionSize(TaskListModel::StatusColumn),
                     qPrintable(status));
            QVERIFY2(metrics.horizontalAdvance(deadlineText) + 8 <=
                         header->sectionSize(TaskListModel::DeadlineColumn),
                     qPrintable(deadlineText));
            QVERIFY2(metrics.horizontalAdvance(type) + 8 <=
                         header->sectionSize(TaskListModel::TypeColumn),
                     qPrintable(type));
        }
        QVERIFY(header->sectionSize(TaskListModel::TitleColumn) >=
                header->sectionSize(TaskListModel::ProcessColumn));

        const int title = header->sectionSize(TaskListModel::TitleColumn);
        const int deadline = header->sectionSize(TaskListModel::DeadlineColumn);
        m_pane->resize(1400, 600);
        QTRY_COMPARE(header->sectionSize(TaskListModel::TitleColumn), title + 300);
        QCOMPARE(header->sectionSize(TaskListModel::DeadlineColumn), deadline);
    }

    // The column titles' context menu puts the widths back as a new list has them, and keeps
    // them for the next start.
    void resetColumnWidthsFromTheHeader() {
        QHeaderView *header = tree()->header();
        const int deadline = header->sectionSize(TaskListModel::DeadlineColumn);
        header->resizeSection(TaskListModel::DeadlineColumn, deadline + 200);
        QCOMPARE(header->sectionSize(TaskListModel::DeadlineColumn), deadline + 200);
        QCOMPARE(m_world->session().settings()->taskListHeader(), header->saveState());

        QCOMPARE(header->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto *reset = header->findChild<QAction *>(u"resetColumnsAction"_s);
        QVERIFY(reset);
        QVERIFY(header->actions().contains(reset));
        reset->trigger();
        QCOMPARE(header->sectionSize(TaskListModel::DeadlineColumn), deadline);
        QCOMPARE(m_world->session().settings()->taskListHeader(), header->saveState());
    }

    void refreshKeyAsksAgain() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        const int before = listRequests();
        QTest::keyClick(m_pane.get(), Qt::Key_F5);
        QTRY_COMPARE(listRequests(), before + 1);
    }

private:
    void makePane() {
        m_pane.reset();
        m_pane = std::make_unique<TasksPane>(m_world->session());
        m_pane->resize(1100, 600);
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    }
    QTreeView *tree() const { return m_pane->findChild<QTreeView *>(u"tasksTreeView"_s); }
    void choose(const char *name, int value) {
        auto *box = m_pane->findChild<QComboBox *>(QString::fromLatin1(name));
        QVERIFY(box);
        const int index = box->findData(value);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
    int listRequests() const { return m_world->server().requestCount("GET", u"/tasks$"_s); }
    SandboxRequest lastListRequest() const {
        const QList<SandboxRequest> all = m_world->server().requests();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->path.endsWith(u"/tasks"_s))
                return *it;
        }
        return {};
    }

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<TasksPane> m_pane;
};

QTEST_MAIN(tst_TasksPane)
#include "tst_TasksPane.moc"
