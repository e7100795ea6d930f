#include "core/domain/TaskReference.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TaskReference final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void messages();
};

static const QString Task = u"7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90"_s;
static const QString Org = u"0f3b6c2e9a1d4e7f8b5c3a2d1e0f9a8b"_s;
static const QString RunId = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;

void tst_TaskReference::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<TaskReference::Problem>("problem");
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QString>("orgId");
    QTest::addColumn<QString>("runId");

    using P = TaskReference::Problem;
    const QString none;
    QTest::newRow("id") << Task << P::None << Task << none << none;
    QTest::newRow("uppercase") << Task.toUpper() << P::None << Task << none << none;
    QTest::newRow("whitespace") << u"  \t"_s + Task + u" \n"_s << P::None << Task << none << none;
    QTest::newRow("org link") << u"https://go.tallyfy.com/"_s + Org + u"/tasks/"_s + Task << P::None
                              << Task << Org << none;
    QTest::newRow("org link trailing slash")
        << u"https://go.tallyfy.com/"_s + Org + u"/tasks/"_s + Task + u"/"_s << P::None << Task
        << Org << none;
    QTest::newRow("process link") << u"https://go.tallyfy.com/"_s + Org + u"/processes/"_s + RunId +
                                         u"/tasks/"_s + Task
                                  << P::None << Task << Org << RunId;
    QTest::newRow("query and fragment")
        << u"https://go.tallyfy.com/"_s + Org + u"/tasks/"_s + Task + u"?view=comments#top"_s
        << P::None << Task << Org << none;
    QTest::newRow("hash route") << u"https://go.tallyfy.com/#/"_s + Org + u"/tasks/"_s + Task
                                << P::None << Task << Org << none;
    QTest::newRow("uppercase link")
        << QString(u"https://go.tallyfy.com/"_s + Org + u"/tasks/"_s + Task).toUpper() << P::None
        << Task << Org << none;
    QTest::newRow("no scheme") << u"go.tallyfy.com/"_s + Org + u"/tasks/"_s + Task << P::None
                               << Task << Org << none;
    QTest::newRow("api path") << u"https://go.tallyfy.com/api/organizations/"_s + Org +
                                     u"/runs/"_s + RunId + u"/tasks/"_s + Task
                              << P::None << Task << Org << RunId;
    QTest::newRow("task link without org")
        << u"https://go.tallyfy.com/tasks/"_s + Task << P::None << Task << none << none;
    QTest::newRow("process link only")
        << u"https://go.tallyfy.com/"_s + Org + u"/processes/"_s + RunId << P::LinkWithoutTaskId
        << none << none << none;
    QTest::newRow("tasks with short id")
        << u"https://go.tallyfy.com/"_s + Org + u"/tasks/"_s + Task.left(31) << P::LinkWithoutTaskId
        << none << none << none;
    QTest::newRow("id in query only") << u"https://go.tallyfy.com/x?task="_s + Task
                                      << P::LinkWithoutTaskId << none << none << none;
    QTest::newRow("other site") << u"https://example.com/about"_s << P::LinkWithoutTaskId << none
                                << none << none;
    QTest::newRow("empty") << QString() << P::Empty << none << none << none;
    QTest::newRow("blank") << u"   "_s << P::Empty << none << none << none;
    QTest::newRow("31 chars") << Task.left(31) << P::NotTaskId << none << none << none;
    QTest::newRow("33 chars") << Task + u"0"_s << P::NotTaskId << none << none << none;
    QTest::newRow("non-hex") << Task.left(31) + u"g"_s << P::NotTaskId << none << none << none;
    QTest::newRow("inner space") << Task.left(16) + u" "_s + Task.mid(16) << P::NotTaskId << none
                                 << none << none;
    QTest::newRow("junk") << u"hello world"_s << P::NotTaskId << none << none << none;
    QTest::newRow("uuid dashes") << u"7d2e4f6a-8b0c-1d3e-5f7a-9b1c3d5e7f90"_s << P::NotTaskId
                                 << none << none << none;
}

void tst_TaskReference::parse() {
    QFETCH(QString, text);
    QFETCH(TaskReference::Problem, problem);
    QFETCH(QString, taskId);
    QFETCH(QString, orgId);
    QFETCH(QString, runId);

    const TaskReference ref = TaskReference::parse(text);
    QCOMPARE(ref.problem, problem);
    QCOMPARE(ref.isValid(), problem == TaskReference::Problem::None);
    QCOMPARE(ref.taskId, taskId);
    QCOMPARE(ref.orgId, orgId);
    QCOMPARE(ref.runId, runId);
    QCOMPARE(ref.errorText().isEmpty(), ref.isValid());
}

void tst_TaskReference::messages() {
    QCOMPARE(TaskReference::parse(u"abc"_s).errorText(),
             u"A task ID is 32 hexadecimal characters (0-9, a-f)."_s);
    QCOMPARE(TaskReference::parse(u"https://go.tallyfy.com/x/processes/y"_s).errorText(),
             u"This link does not contain a task ID."_s);
    QVERIFY(!TaskReference::parse(QString()).errorText().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TaskReference)
#include "tst_TaskReference.moc"
