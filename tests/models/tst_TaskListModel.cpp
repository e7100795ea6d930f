#include "SandboxWorld.h"
#include "Settle.h"
#include "core/api/ApiClient.h"
#include "core/session/Session.h"
#include "models/TaskListModel.h"
#include "sandbox/SandboxStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Q = TaskListQuery;

namespace {

constexpr int Generated = 250;

Q everything();

} // namespace

Q_DECLARE_METATYPE(QList<QList<int>>)

namespace {

Q everything() {
    Q query;
    query.show = Q::Show::All;
    query.status = Q::Status::All;
    return query;
}

QByteArray pageBody(const QJsonArray &items, int currentPage, int totalPages, int total) {
    return QJsonDocument(
               QJsonObject{{u"data"_s, items},
                           {u"meta"_s, QJsonObject{{u"pagination"_s,
                                                    QJsonObject{{u"total"_s, total},
                                                                {u"count"_s, items.size()},
                                                                {u"per_page"_s, 100},
                                                                {u"current_page"_s, currentPage},
                                                                {u"total_pages"_s, totalPages},
                                                                {u"links"_s, QJsonArray()}}}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject row(const QString &id, const QString &status) {
    return QJsonObject{{u"id"_s, id},
                       {u"title"_s, QString(u"Row "_s + id.left(4))},
                       {u"status"_s, status},
                       {u"task_type"_s, u"task"_s},
                       {u"run_id"_s, QJsonValue()},
                       {u"owners"_s, QJsonObject()}};
}

QString fakeId(int n) {
    return QString::number(n, 16).rightJustified(32, u'0');
}

/// Rows fakeId(from) .. fakeId(to - 1), all with `status`.
QJsonArray rows(int from, int to, const QString &status = u"not-started"_s) {
    QJsonArray items;
    for (int n = from; n < to; ++n)
        items.append(row(fakeId(n), status));
    return items;
}

/// A fault that answers the next list request with `body`.
SandboxFault answer(const QByteArray &body) {
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 200;
    fault.contentType = "application/json";
    fault.pathPattern = u"/tasks$"_s;
    fault.body = body;
    return fault;
}

} // namespace

/// The task list model against the sandbox over loopback, under QAbstractItemModelTester:
/// pages of 100 as the view asks, the stop rule, duplicates, stale answers, failures and retry.
class tst_TaskListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_world = std::make_unique<SandboxWorld>();
        QVERIFY(m_world->isValid());
        m_world->server().addGeneratedTasks(Generated);
        QVERIFY(m_world->startSandboxSession().isReady());
        m_model = std::make_unique<TaskListModel>(m_world->session().taskLists());
    }
    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_world.reset();
    }

    void pagesUntilTheStopRule() {
        QSignalSpy pages(m_model.get(), &TaskListModel::pageLoaded);
        m_model->setQuery(everything());
        watch(); // from here on the tester may fetch more by itself; counted below
        QVERIFY(m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({}));
        QTRY_VERIFY(pages.size() >= 1);
        QVERIFY(m_model->rowCount() >= 100);
        const int total = m_model->total();
        // Full pages of 100 until the last (the tester may have fetched more already).
        QCOMPARE(m_model->rowCount(), std::min(total, 100 * m_model->pagesLoaded()));
        QVERIFY(total > Generated);
        for (int guard = 0; guard < 10 && !m_model->atEnd(); ++guard) {
            m_model->fetchMore({});
            QTRY_VERIFY(!m_model->isLoading());
        }
        QVERIFY(m_model->atEnd());
        const int expectedPages = int(pages.size());
        QCOMPARE(m_model->rowCount(), total);
        QCOMPARE(expectedPages, (total + 99) / 100);
        QCOMPARE(m_world->server().requestCount("GET", u"/tasks$"_s), expectedPages);
        // Exactly the query of the fixed table, the page and 100 rows.
        const SandboxRequest last = m_world->server().requests().constLast();
        QCOMPARE(last.query.queryItemValue(u"status"_s), u"all"_s);
        QCOMPARE(last.query.queryItemValue(u"per_page"_s), u"100"_s);
        QCOMPARE(last.query.queryItemValue(u"page"_s), QString::number(expectedPages));
        QSet<QString> ids;
        for (int i = 0; i < m_model->rowCount(); ++i)
            ids.insert(m_model->data(m_model->index(i, 0), TaskListModel::TaskIdRole).toString());
        QCOMPARE(ids.size(), total);
    }

    void aPageWithNothingNewStops() {
        // A server that repeats the first page (no unseen ID) ends the list, even though its
        // pagination says there is more.
        m_model->setQuery(everything());
        QTRY_COMPARE(m_model->pagesLoaded(), 1);
        QJsonArray again;
        for (int i = 0; i < 3; ++i)
            again.append(row(m_model->item(i).id, m_model->item(i).status));
        SandboxFault repeat;
        repeat.kind = SandboxFault::Kind::Status;
        repeat.status = 200;
        repeat.contentType = "application/json";
        repeat.body = pageBody(again, 2, 50, 5000);
        m_world->server().addFault(repeat);
        m_model->fetchMore({});
        QTRY_COMPARE(m_model->pagesLoaded(), 2);
        QCOMPARE(m_model->rowCount(), 100);
        QVERIFY(m_model->atEnd());
        QVERIFY(!m_model->canFetchMore({}));
    }

    void stopRule_data() {
        // Pages as the server sends them: rows (first, end), current_page, total_pages, total.
        QTest::addColumn<QList<QList<int>>>("pages");
        QTest::addColumn<int>("requests"); // pages asked for before the model stops
        QTest::addColumn<int>("rowsLoaded");
        QTest::newRow("last page by total_pages")
            << QList<QList<int>>{{1, 101, 1, 2, 150}, {101, 151, 2, 2, 150}} << 2 << 150;
        QTest::newRow("an empty page ends it")
            << QList<QList<int>>{{1, 101, 1, 5, 500}, {1, 1, 2, 5, 500}} << 2 << 100;
        QTest::newRow("a page of duplicates ends it")
            << QList<QList<int>>{{1, 101, 1, 5, 500}, {1, 101, 2, 5, 500}} << 2 << 100;
        QTest::newRow("duplicates across pages dropped")
            << QList<QList<int>>{{1, 101, 1, 2, 150}, {51, 151, 2, 2, 150}} << 2 << 150;
        // total_pages counted with the server's own page size: read on while fewer unique IDs
        // than `total` arrived, and stop once they have.
        QTest::newRow("past total_pages while short of total")
            << QList<QList<int>>{{1, 101, 1, 1, 250}, {101, 201, 2, 1, 250}, {201, 251, 3, 1, 250}}
            << 3 << 250;
        QTest::newRow("past total_pages until an empty page")
            << QList<QList<int>>{{1, 101, 1, 1, 250}, {1, 1, 2, 1, 250}} << 2 << 100;
        QTest::newRow("no total_pages: until an empty page")
            << QList<QList<int>>{{1, 101, 1, -1, -1}, {101, 201, 2, -1, -1}, {1, 1, 3, -1, -1}} << 3
            << 200;
    }
    void stopRule() {
        QFETCH(QList<QList<int>>, pages);
        QFETCH(int, requests);
        QFETCH(int, rowsLoaded);
        for (const QList<int> &p : pages) {
            QJsonObject pagination{{u"current_page"_s, p.at(2)}, {u"per_page"_s, 100}};
            if (p.at(3) >= 0)
                pagination.insert(u"total_pages"_s, p.at(3));
            if (p.at(4) >= 0)
                pagination.insert(u"total"_s, p.at(4));
            const QJsonObject body{{u"data"_s, rows(p.at(0), p.at(1))},
                                   {u"meta"_s, QJsonObject{{u"pagination"_s, pagination}}}};
            m_world->server().addFault(answer(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        m_model->setQuery(everything());
        watch(); // the tester asks for more by itself, as a view would
        QTRY_VERIFY(m_model->atEnd());
        QVERIFY(!m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(m_model->rowCount(), rowsLoaded);
        QCOMPARE(m_model->pagesLoaded(), requests);
        // Settled: no request after the stop.
        QVERIFY(settle(m_world->session()));
        QCOMPARE(m_world->server().requestCount("GET", u"/tasks$"_s), requests);
        QSet<QString> ids;
        for (int i = 0; i < m_model->rowCount(); ++i)
            ids.insert(m_model->item(i).id);
        QCOMPARE(ids.size(), rowsLoaded);
        for (int i = 0; i < m_model->rowCount(); ++i)
            QCOMPARE(m_model->item(i).id, fakeId(i + 1)); // in the server's order
    }

    void aPageWithNothingToShowAsksForTheNext() {
        // The first page's rows all contradict the filter: no row goes in, so no view would
        // scroll and ask for more; the model asks itself.
        m_world->server().addFault(answer(pageBody(rows(1, 101, u"completed"_s), 1, 2, 150)));
        m_world->server().addFault(answer(pageBody(rows(101, 151), 2, 2, 150)));
        QSignalSpy pages(m_model.get(), &TaskListModel::pageLoaded);
        m_model->setQuery(Q()); // my open tasks
        QTRY_VERIFY(m_model->atEnd());
        QCOMPARE(pages.size(), 2);
        QCOMPARE(m_model->rowCount(), 50);
        QCOMPARE(m_model->item(0).id, fakeId(101));
        watch();
        QVERIFY(!m_model->isLoading());
    }

    void setQueryCancelsTheCallInFlight() {
        SandboxFault hang;
        hang.kind = SandboxFault::Kind::Hang;
        hang.pathPattern = u"/tasks$"_s;
        m_world->server().addFault(hang);
        QSignalSpy loading(m_model.get(), &TaskListModel::loadingChanged);
        QSignalSpy failures(m_model.get(), &TaskListModel::failed);
        m_model->setQuery(everything());
        QTRY_COMPARE(m_world->server().requestCount("GET", u"/tasks$"_s), 1);
        QVERIFY(m_model->isLoading());
        QCOMPARE(m_world->session().client()->inFlightCount(), 1);
        m_model->setQuery(Q()); // my open tasks
        QTRY_VERIFY(m_model->pagesLoaded() == 1 && !m_model->isLoading());
        QTRY_COMPARE(m_world->session().client()->inFlightCount(), 0);
        QVERIFY(m_model->rowCount() > 0);
        QCOMPARE(m_world->server().requestCount("GET", u"/me/tasks$"_s), 1);
        QCOMPARE(failures.size(), 0); // a cancelled call is no failure
        QVERIFY(!m_model->lastError());
        QCOMPARE(loading.constLast().at(0).toBool(), false);
    }

    void aFailedFirstPageRetries() {
        SandboxFault notFound;
        notFound.kind = SandboxFault::Kind::Status;
        notFound.status = 404;
        notFound.contentType = "application/json";
        notFound.body = R"({"message":"No query results"})";
        notFound.pathPattern = u"/tasks$"_s;
        m_world->server().addFault(notFound);
        QSignalSpy failures(m_model.get(), &TaskListModel::failed);
        watch();
        m_model->setQuery(everything());
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(1).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(!m_model->atEnd());
        m_model->retry();
        QTRY_VERIFY(m_model->pagesLoaded() >= 1);
        QVERIFY(m_model->rowCount() >= 100);
        QVERIFY(!m_model->lastError());
    }

    void rowsThatContradictTheFilterAreDropped() {
        // The server ignoring a filter looks like success: rows are checked against it.
        SandboxFault ignored;
        ignored.kind = SandboxFault::Kind::Status;
        ignored.status = 200;
        ignored.contentType = "application/json";
        ignored.body =
            pageBody(QJsonArray{row(u"0123456789abcdef0123456789abcdef"_s, u"completed"_s),
                                row(u"fedcba9876543210fedcba9876543210"_s, u"in-progress"_s)},
                     1, 1, 2);
        m_world->server().addFault(ignored);
        m_model->setQuery(Q()); // my open tasks
        QTRY_COMPARE(m_model->pagesLoaded(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->item(0).status, u"in-progress"_s);
        QVERIFY(m_model->atEnd());
    }

    void anAnswerToAnOlderQueryIsIgnored() {
        SandboxFault slow;
        slow.kind = SandboxFault::Kind::Delay;
        slow.pathPattern = u"/tasks$"_s;
        slow.delayMs = 300;
        m_world->server().addFault(slow);
        Q completed = everything();
        completed.status = Q::Status::Completed;
        m_model->setQuery(completed); // answered late
        Q open = everything();
        open.status = Q::Status::Open;
        QSignalSpy pages(m_model.get(), &TaskListModel::pageLoaded);
        m_model->setQuery(open);
        QTRY_COMPARE(pages.size(), 1);
        // An answer later than the dropped one is the sign that it had its chance to arrive.
        SandboxFault later = slow;
        later.pathPattern = u"/me$"_s;
        later.delayMs = 2 * slow.delayMs;
        m_world->server().addFault(later);
        QVERIFY(settle(m_world->session()));
        QCOMPARE(pages.size(), 1);
        QVERIFY(m_model->rowCount() > 0);
        for (int i = 0; i < m_model->rowCount(); ++i)
            QVERIFY(!m_model->item(i).isCompleted());
    }

    void aFailedPageKeepsTheRowsAndRetries() {
        QSignalSpy failures(m_model.get(), &TaskListModel::failed);
        m_model->setQuery(everything());
        QTRY_COMPARE(m_model->pagesLoaded(), 1);
        SandboxFault broken;
        broken.kind = SandboxFault::Kind::Html500;
        m_world->server().addFault(broken);
        m_model->fetchMore({});
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(1).toInt(), 2);
        QCOMPARE(m_model->rowCount(), 100);
        QVERIFY(m_model->lastError().has_value());
        QCOMPARE(m_model->lastError()->kind, ApiError::Kind::Server);
        QVERIFY(!m_model->canFetchMore({}));
        m_model->retry();
        QTRY_COMPARE(m_model->pagesLoaded(), 2);
        QCOMPARE(m_model->rowCount(), 200);
        QVERIFY(!m_model->lastError().has_value());
    }

    // A refresh keeps the rows shown until its first page replaces them; when it fails they
    // stay, with the error, and Retry finishes the refresh (one reset, no row twice).
    void aRefreshKeepsTheRowsUntilItsAnswer() {
        watch();
        QSignalSpy failures(m_model.get(), &TaskListModel::failed);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setQuery(everything());
        QTRY_VERIFY(m_model->pagesLoaded() >= 1 && !m_model->isLoading());
        const int rows = m_model->rowCount();
        QVERIFY(rows > 0);
        resets.clear();
        SandboxFault broken;
        broken.kind = SandboxFault::Kind::Html500;
        m_world->server().addFault(broken);
        m_model->refresh();
        QVERIFY(m_model->isRefreshing());
        QCOMPARE(m_model->rowCount(), rows);
        QVERIFY(!m_model->canFetchMore({}));
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(1).toInt(), 1);
        QCOMPARE(m_model->rowCount(), rows);
        QCOMPARE(resets.size(), 0);
        QVERIFY(m_model->isRefreshing());

        m_model->retry();
        QTRY_VERIFY(!m_model->isRefreshing() && !m_model->isLoading());
        QCOMPARE(resets.size(), 1);
        QVERIFY(!m_model->lastError().has_value());
        QSet<QString> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.insert(m_model->item(row).id);
        QCOMPARE(ids.size(), m_model->rowCount());
        QVERIFY(m_model->rowCount() > 0);
    }

    void namesComeFromTheDirectory() {
        watch();
        m_model->setQuery(Q());
        QTRY_VERIFY(m_model->pagesLoaded() >= 1);
        QVERIFY(m_model->rowCount() > 0);
        const QModelIndex cell = m_model->index(0, TaskListModel::AssigneesColumn);
        const qint64 id = m_model->item(0).userIds.value(0);
        QVERIFY(id > 0);
        Member member;
        member.id = id;
        member.fullName = u"<b>Ana</b> Lima"_s;
        m_model->setDirectory(NameDirectory({member}, {}));
        QVERIFY(m_model->data(cell).toString().contains(u"<b>Ana</b> Lima"_s));
        QCOMPARE(m_model->headerData(TaskListModel::AssigneesColumn, Qt::Horizontal).toString(),
                 u"Assignees"_s);
    }

    // A process's own list comes without each row's run (queryItems() leaves with=run out);
    // its rows are named from the processes the model was given, and searched by that name.
    void aProcessListIsNamedFromTheProcesses() {
        watch();
        const QJsonObject runJson = m_world->server().store().runs().constLast();
        Run run;
        run.id = runJson.value("id"_L1).toString();
        run.name = runJson.value("name"_L1).toString();
        QVERIFY(!run.id.isEmpty() && !run.name.isEmpty());
        Q query;
        query.show = Q::Show::Run;
        query.runId = run.id;
        query.status = Q::Status::All;
        m_model->setQuery(query);
        QTRY_VERIFY(m_model->pagesLoaded() >= 1);
        QVERIFY(m_model->rowCount() > 0);
        const QModelIndex cell = m_model->index(0, TaskListModel::ProcessColumn);
        QCOMPARE(m_model->item(0).processName, QString()); // the page did not name it
        QCOMPARE(cell.data().toString(), u"Process"_s);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setProcesses({run});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(),
                 int(TaskListModel::ProcessColumn));
        QCOMPARE(cell.data().toString(), run.name);
        QCOMPARE(m_model->item(0).processName, run.name);
        const int rows = m_model->rowCount();
        m_model->setSearch(run.name.toUpper());
        QCOMPARE(m_model->rowCount(), rows);
    }

    void searchShowsTheMatchingRowsInOneLayoutChange() {
        m_model->setQuery(everything());
        QTRY_VERIFY(m_model->pagesLoaded() >= 1 && !m_model->isLoading());
        watch();
        QTRY_VERIFY(!m_model->isLoading());
        const int loaded = m_model->loadedCount();
        QCOMPARE(m_model->rowCount(), loaded);
        const TaskListItem middle = m_model->item(loaded / 2);
        const QString word = middle.title.section(u' ', 0, 0).toUpper();
        const auto holds = [&word](const TaskListItem &item) {
            return item.title.contains(word, Qt::CaseInsensitive) ||
                   item.processName.contains(word, Qt::CaseInsensitive);
        };
        QStringList expected;
        int other = -1;
        for (int row = 0; row < loaded; ++row) {
            if (holds(m_model->item(row)))
                expected.append(m_model->item(row).id);
            else
                other = row;
        }
        QVERIFY(other >= 0); // the word narrows the list
        const QPersistentModelIndex kept(m_model->index(loaded / 2, TaskListModel::StatusColumn));
        const QPersistentModelIndex hidden(m_model->index(other, 0));
        QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

        m_model->setSearch(u"  "_s + word + u" "_s);
        QCOMPARE(m_model->search(), word);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(m_model->loadedCount(), loaded);
        QCOMPARE(m_model->rowCount(), expected.size());
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->item(row).id, expected.at(row));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.column(), int(TaskListModel::StatusColumn));
        QCOMPARE(kept.data(TaskListModel::TaskIdRole).toString(), middle.id);
        QVERIFY(!hidden.isValid());
        m_model->setSearch(word.toLower()); // the same rows: no layout change
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(m_model->search(), word.toLower());

        // A change to a shown row is signalled at its shown row.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Task task;
        task.id = middle.id;
        task.title = middle.title + u" (renamed)"_s;
        task.status = u"completed"_s;
        QVERIFY(m_model->updateTask(task));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), kept.row());

        // Rows that arrive while searching are shown when they hold the text.
        if (!m_model->atEnd()) {
            m_model->fetchMore({});
            QTRY_VERIFY(!m_model->isLoading());
            QVERIFY(m_model->loadedCount() > loaded);
            for (int row = 0; row < m_model->rowCount(); ++row)
                QVERIFY2(holds(m_model->item(row)), qPrintable(m_model->item(row).title));
        }

        // An empty search shows every row again; the current row stays on its task.
        m_model->setSearch(QString());
        QCOMPARE(m_model->rowCount(), m_model->loadedCount());
        QCOMPARE(kept.data(TaskListModel::TaskIdRole).toString(), middle.id);
        QCOMPARE(m_model->item(kept.row()).title, task.title);
    }

private:
    /// The model under QAbstractItemModelTester from now on. The tester asks for more rows
    /// itself (fetchMore), so tests that count pages one by one run without it.
    void watch() {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<TaskListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(tst_TaskListModel)
#include "tst_TaskListModel.moc"
