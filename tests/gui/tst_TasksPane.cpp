#include "SandboxWorld.h"
#include "Settle.h"
#include "core/session/DirectoryCache.h"
#include "core/session/Session.h"
#include "gui/tasks/TaskListDelegate.h"
#include "gui/tasks/TaskListSentences.h"
#include "gui/tasks/TasksPane.h"
#include "models/TaskListModel.h"
#include "sandbox/SandboxStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
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
            phrases.insert(TaskListSentences::tasksPhrase(Q::Status(status)));
        QCOMPARE(phrases.size(), int(Q::Status::All) + 1);
        QCOMPARE(TaskListSentences::tasksPhrase(Q::Status::Open), u"open tasks"_s);
    }

    // "Assigned to…" shows a member picker, by name, and asks for that member's list.
    void assignedToAMemberAsksTheirList() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        auto *members = m_pane->findChild<QComboBox *>(u"memberComboBox"_s);
        QVERIFY(members && !members->isVisible());
        choose("showComboBox", int(Q::Show::Member));
        QVERIFY(members->isVisible());
        QCOMPARE(members->accessibleName(), u"Member"_s);
        QTRY_VERIFY(members->count() > 1);
        const qint64 current = m_world->server().store().currentUserId();
        int other = -1;
        for (int i = 0; i < members->count() && other < 0; ++i) {
            if (members->itemData(i).toLongLong() != current)
                other = i;
        }
        QVERIFY(other >= 0);
        const qint64 id = members->itemData(other).toLongLong();
        QVERIFY(!members->itemText(other).isEmpty());
        QVERIFY(members->itemText(other) != QString::number(id)); // a name, not a number
        choose("memberComboBox", int(id));
        QTRY_VERIFY(lastListRequest().path.endsWith(u"/users/%1/tasks"_s.arg(id)));
        QTRY_VERIFY(!m_pane->model()->isLoading());
        QVERIFY(m_pane->model()->rowCount() > 0);
        QSet<QString> theirGroups;
        for (const QJsonObject &group : m_world->server().store().groups()) {
            if (group.value("members"_L1).toArray().contains(id))
                theirGroups.insert(group.value("id"_L1).toString());
        }
        for (int i = 0; i < m_pane->model()->rowCount(); ++i) {
            const TaskListItem row = m_pane->model()->item(i);
            bool theirs = row.userIds.contains(id);
            for (const QString &group : row.groupIds)
                theirs = theirs || theirGroups.contains(group);
            QVERIFY2(theirs, qPrintable(row.title));
        }
    }

    // "In a process…" shows a process picker, by name; until the processes arrive the list shows
    // nothing of the list before, then it shows the first process's tasks, and any other chosen.
    void inAProcessAsksItsTasks() {
        QTRY_VERIFY(tree()->model()->rowCount() > 0);
        QVERIFY(!m_world->session().cache()->isLoaded(DirectoryCache::What::Runs));
        const int before = listRequests();
        auto *runs = m_pane->findChild<QComboBox *>(u"runComboBox"_s);
        QVERIFY(runs && !runs->isVisible());
        choose("showComboBox", int(Q::Show::Run));
        QVERIFY(runs->isVisible());
        QCOMPARE(runs->accessibleName(), u"Process"_s);
        QCOMPARE(tree()->model()->rowCount(), 0);
        QCOMPARE(m_pane->emptyText(), u"Loading processes…"_s);
        QCOMPARE(listRequests(), before);

        QTRY_VERIFY(runs->count() > 1);
        const QString first = runs->itemData(0).toString();
        QTRY_VERIFY(lastListRequest().path.endsWith(u"/runs/"_s + first + u"/tasks"_s));
        QCOMPARE(listRequests(), before + 1);

        const int last = runs->count() - 1;
        const QString runId = runs->itemData(last).toString();
        QVERIFY(!runId.isEmpty());
        QVERIFY(runs->itemText(last) != runId); // a name, not an ID
        runs->setCurrentIndex(last);
        Q_EMIT runs->activated(last);
        QTRY_VERIFY(lastListRequest().path.endsWith(u"/runs/"_s + runId + u"/tasks"_s));
        QTRY_VERIFY(!m_pane->model()->isLoading());
        QVERIFY(m_pane->model()->rowCount() > 0);
        for (int i = 0; i < m_pane->model()->rowCount(); ++i)
            QCOMPARE(m_pane->model()->item(i).runId, runId);
        QCOMPARE(tree()->model()->index(0, TaskListModel::ProcessColumn).data().toString(),
                 runs->itemText(last));
    }

    // A process list that cannot be had says so in place; Retry asks for it again.
    void aPickerThatFailsSaysSoAndRetries() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        SandboxFault refused;
        refused.kind = SandboxFault::Kind::Status;
        refused.status = 403;
        refused.pathPattern = u"/runs$"_s;
        refused.contentType = "application/json";
        refused.body = R"({"error":"This action is unauthorized."})";
        m_world->server().addFault(refused);
        choose("showComboBox", int(Q::Show::Run));
        QTRY_VERIFY(m_pane->errorText().startsWith(u"Could not load the processes: "_s));
        QCOMPARE(tree()->model()->rowCount(), 0);
        QCOMPARE(m_pane->emptyText(), u"Choose a process to see its tasks."_s);
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"retryPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(lastListRequest().path.contains(u"/runs/"_s));
        QTRY_VERIFY(tree()->model()->rowCount() > 0);
        QVERIFY(m_pane->errorText().isEmpty());
    }

    // The row's context menu: Open and Copy ID act on that row; a sandbox has no web app, so
    // Copy link and Open in browser are there but off.
    void contextMenuOpensAndCopies() {
        QTRY_VERIFY(tree()->model()->rowCount() > 1);
        const QModelIndex second = tree()->model()->index(1, 0);
        const QString id = second.data(TaskListModel::TaskIdRole).toString();
        QSignalSpy opened(m_pane.get(), &TasksPane::openTaskRequested);
        QApplication::clipboard()->clear();
        QStringList offered;
        const auto pick = [&](const QString &text) {
            QTimer::singleShot(0, this, [&offered, text] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                offered.clear();
                QAction *wanted = nullptr;
                for (QAction *action : menu->actions()) {
                    if (action->isSeparator())
                        continue;
                    offered << action->text() + (action->isEnabled() ? u""_s : u" (off)"_s);
                    if (action->text() == text)
                        wanted = action;
                }
                QVERIFY(wanted);
                menu->setActiveAction(wanted);
                QTest::keyClick(menu, Qt::Key_Return);
            });
            Q_EMIT tree()->customContextMenuRequested(tree()->visualRect(second).center());
        };
        pick(u"Copy &ID"_s);
        QCOMPARE(QApplication::clipboard()->text(), id);
        QCOMPARE(tree()->currentIndex().row(), 1);
        QCOMPARE(offered.mid(0, 4), (QStringList{u"&Open"_s, u"Copy &ID"_s, u"Copy &link (off)"_s,
                                                 u"Open in &browser (off)"_s}));
        pick(u"&Open"_s);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), id);
    }

    // The hint beside Search says which search it was, and appearing moves no filter.
    void searchSaysWhichItDidInPlace() {
        QTRY_VERIFY(!m_pane->model()->isLoading());
        auto *search = m_pane->findChild<QLineEdit *>(u"searchLineEdit"_s);
        auto *hint = m_pane->findChild<QLabel *>(u"searchHintLabel"_s);
        QWidget *sort = m_pane->findChild<QComboBox *>(u"sortComboBox"_s);
        QWidget *type = m_pane->findChild<QComboBox *>(u"typeComboBox"_s);
        const QRect sortAt = sort->geometry();
        const QRect typeAt = type->geometry();
        QTest::keyClicks(search, u"onboarding"_s);
        QCOMPARE(hint->text(), u"Filters loaded tasks"_s);
        QVERIFY(search->accessibleDescription().contains(u"only the tasks loaded"_s));
        QVERIFY(QFontMetrics(hint->font()).horizontalAdvance(hint->text()) <= hint->width());
        QCoreApplication::processEvents(); // the layout's pass
        QCOMPARE(sort->geometry(), sortAt);
        QCOMPARE(type->geometry(), typeAt);
        // Nor would a longer hint (a translation): the label takes only the room it is given.
        const QString shown = hint->text();
        hint->setText(shown.repeated(4));
        QCoreApplication::processEvents();
        QCOMPARE(sort->geometry(), sortAt);
        hint->setText(shown);

        choose("showComboBox", int(Q::Show::All));
        QCOMPARE(hint->text(), u"Searched by Tallyfy"_s);
        QVERIFY(search->accessibleDescription().contains(u"searches the whole list"_s));
        search->clear();
        QVERIFY(hint->text().isEmpty());
        QVERIFY(search->accessibleDescription().isEmpty());
    }

    // The footer says how many in each case, and nothing under an empty list.
    void footerSaysHowMany() {
        using S = TaskListSentences;
        QCOMPARE(S::footer(0, 0, -1, true), QString());
        QCOMPARE(S::footer(100, 100, 12345, false),
                 u"Showing 100 of "_s + QLocale().toString(12345));
        // (Without the English plural forms, which the application loads, "%n task(s)".)
        QVERIFY(S::footer(12, 100, 12345, false).startsWith(u"12 of 100 loaded task"_s));
        QVERIFY(S::footer(1, 1, -1, true).startsWith(u"1 task"_s));
        QVERIFY(S::footer(100, 100, -1, true).startsWith(u"100 task"_s));
        QCOMPARE(S::footer(100, 100, -1, false), u"100 loaded, more…"_s);
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

    // F5 while the server is failing keeps the list shown, says so, and Retry refreshes it.
    void aFailedRefreshKeepsTheList() {
        QTRY_VERIFY(tree()->model()->rowCount() > 0 && !m_pane->model()->isLoading());
        const int rows = tree()->model()->rowCount();
        SandboxFault broken;
        broken.kind = SandboxFault::Kind::Html500;
        m_world->server().addFault(broken);
        QTest::keyClick(m_pane.get(), Qt::Key_F5);
        QTRY_VERIFY(m_pane->errorText().startsWith(u"Could not refresh the list"_s));
        QCOMPARE(tree()->model()->rowCount(), rows);
        QVERIFY(tree()->isVisible());
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"retryPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_pane->errorText().isEmpty() && !m_pane->model()->isLoading());
        QCOMPARE(tree()->model()->rowCount(), rows);
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
        // A page of rows is taller than the list: the widths below are measured once the view
        // has laid them out with its vertical scroll bar (a later scroll bar took its width from
        // the title between the two measurements on a loaded machine).
        QTRY_VERIFY(tree()->verticalScrollBar()->isVisible());
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

    // In a narrow window (or a language with longer words) the names and the deadline give way
    // so that the title keeps a quarter of the list; status and type keep their labels.
    void aNarrowListLeavesTheTitleAQuarter() {
        QTRY_VERIFY(tree()->isVisible());
        QHeaderView *header = tree()->header();
        const int wideProcess = header->sectionSize(TaskListModel::ProcessColumn);
        const int wideType = header->sectionSize(TaskListModel::TypeColumn);
        // (A quarter of the width the list had before its rows brought a vertical scroll bar.)
        const int slack = tree()->verticalScrollBar()->sizeHint().width() / 4;
        QVERIFY(header->sectionSize(TaskListModel::TitleColumn) >=
                tree()->viewport()->width() / 4 - slack);

        m_pane.reset();
        m_world->session().settings()->setTaskListHeader({}); // a new list
        m_pane = std::make_unique<TasksPane>(m_world->session());
        m_pane->resize(760, 500);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_VERIFY(tree()->isVisible());
        header = tree()->header();
        const int width = tree()->viewport()->width();
        QTRY_COMPARE(header->length(), width);
        QVERIFY2(header->sectionSize(TaskListModel::TitleColumn) >= width / 4 - slack,
                 qPrintable(QString::number(header->sectionSize(TaskListModel::TitleColumn))));
        QVERIFY(header->sectionSize(TaskListModel::ProcessColumn) < wideProcess);
        QCOMPARE(header->sectionSize(TaskListModel::TypeColumn), wideType);
        QCOMPARE(keptWidths(), widths(*header));
    }

    // The column titles' context menu puts the widths back as a new list has them, and keeps
    // them for the next start.
    void resetColumnWidthsFromTheHeader() {
        QTRY_VERIFY(tree()->isVisible()); // its width is known
        QHeaderView *header = tree()->header();
        const int deadline = header->sectionSize(TaskListModel::DeadlineColumn);
        header->resizeSection(TaskListModel::DeadlineColumn, deadline + 200);
        QCOMPARE(header->sectionSize(TaskListModel::DeadlineColumn), deadline + 200);
        QCOMPARE(keptWidths(), widths(*header));

        QCOMPARE(header->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto *reset = header->findChild<QAction *>(u"resetColumnsAction"_s);
        QVERIFY(reset);
        QVERIFY(header->actions().contains(reset));
        reset->trigger();
        QCOMPARE(header->sectionSize(TaskListModel::DeadlineColumn), deadline);
        QCOMPARE(keptWidths(), widths(*header));
    }

    // Ctrl+F from the list goes to Search with its text selected; Down goes back to the list.
    void ctrlFGoesToSearch() {
        QTRY_VERIFY(tree()->model()->rowCount() > 0);
        auto *search = m_pane->findChild<QLineEdit *>(u"searchLineEdit"_s);
        search->setText(u"old words"_s);
        tree()->setFocus();
        QVERIFY(tree()->hasFocus());
        QTest::keyClick(tree(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QCOMPARE(search->selectedText(), u"old words"_s);
        search->clear();
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(tree()->hasFocus());
        QVERIFY(tree()->currentIndex().isValid());
    }

    // Tab goes through the filter bar as it reads, left to right and row by row, then into the
    // list.
    void tabFollowsTheFilterBar() {
        QTRY_VERIFY(tree()->model()->rowCount() > 0);
        auto *show = m_pane->findChild<QComboBox *>(u"showComboBox"_s);
        show->setFocus(Qt::TabFocusReason);
        QStringList order{show->objectName()};
        for (int i = 0; i < 10 && QApplication::focusWidget() != tree(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, (QStringList{u"showComboBox"_s, u"statusComboBox"_s, u"sortComboBox"_s,
                                     u"typeComboBox"_s, u"searchLineEdit"_s, u"oneOffCheckBox"_s,
                                     u"refreshPushButton"_s, u"tasksTreeView"_s}));
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
    /// The widths of the columns after the title (the title takes what is left).
    static QList<int> widths(const QHeaderView &header) {
        QList<int> sizes;
        for (int column = TaskListModel::StatusColumn; column < TaskListModel::ColumnCount;
             ++column)
            sizes << header.sectionSize(column);
        return sizes;
    }
    /// The same, from the header kept in the settings for the next start.
    QList<int> keptWidths() const {
        QHeaderView kept(Qt::Horizontal);
        kept.setModel(tree()->model());
        if (!kept.restoreState(m_world->session().settings()->taskListHeader()))
            return {};
        return widths(kept);
    }
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
