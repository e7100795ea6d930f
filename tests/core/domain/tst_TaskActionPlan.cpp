#include "core/domain/CommentText.h"
#include "core/domain/TaskActionPlan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TaskAction)

namespace {

const QString Id = u"0123456789abcdef0123456789abcdef"_s;
const QString RunId = u"fedcba9876543210fedcba9876543210"_s;

Task task(const QString &type, const QString &status, const QString &runId = {}) {
    QJsonObject json{
        {u"id"_s, Id}, {u"title"_s, u"T"_s}, {u"task_type"_s, type}, {u"status"_s, status}};
    json.insert(u"run_id"_s, runId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(runId));
    return *Task::fromJson(json);
}

} // namespace

/// Which actions a task offers and the request each one makes, without a server: the routes
/// by run_id, is_approved by type, and the refusals that keep a completion from being repeated.
class tst_TaskActionPlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void availableByTypeAndStatus_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QList<TaskAction>>("expected");
        using A = TaskAction;
        QTest::newRow("task open") << u"task"_s << u"in-progress"_s << QList<A>{A::Complete};
        QTest::newRow("email not started")
            << u"email"_s << u"not-started"_s << QList<A>{A::Complete};
        QTest::newRow("approval") << u"approval"_s << u"active"_s
                                  << QList<A>{A::Approve, A::Reject};
        QTest::newRow("expiring") << u"expiring"_s << u"active"_s << QList<A>{A::Acknowledge};
        QTest::newRow("expiring email")
            << u"expiring_email"_s << u"active"_s << QList<A>{A::Acknowledge};
        QTest::newRow("completed task") << u"task"_s << u"completed"_s << QList<A>{A::Reopen};
        QTest::newRow("completed approval")
            << u"approval"_s << u"completed"_s << QList<A>{A::Reopen};
        QTest::newRow("auto-skipped") << u"task"_s << u"auto-skipped"_s << QList<A>{};
        QTest::newRow("unknown type") << u"form"_s << u"active"_s << QList<A>{};
    }
    void availableByTypeAndStatus() {
        QFETCH(QString, type);
        QFETCH(QString, status);
        QFETCH(QList<TaskAction>, expected);
        QCOMPARE(TaskActionPlan::available(task(type, status)), expected);
    }

    void routeFollowsRunId() {
        const auto oneOff =
            TaskActionPlan::make(TaskAction::Complete, task(u"task"_s, u"active"_s));
        QVERIFY(oneOff);
        QCOMPARE(oneOff->pathSegments, QStringList{u"completed-tasks"_s});
        QCOMPARE(oneOff->method, TaskActionPlan::Method::Post);
        QCOMPARE(oneOff->body, (QJsonObject{{u"task_id"_s, Id}}));

        const auto inRun =
            TaskActionPlan::make(TaskAction::Complete, task(u"task"_s, u"active"_s, RunId));
        QVERIFY(inRun);
        QCOMPARE(inRun->pathSegments, (QStringList{u"runs"_s, RunId, u"completed-tasks"_s}));

        const auto reopen =
            TaskActionPlan::make(TaskAction::Reopen, task(u"approval"_s, u"completed"_s, RunId));
        QVERIFY(reopen);
        QCOMPARE(reopen->method, TaskActionPlan::Method::Delete);
        QCOMPARE(reopen->pathSegments, (QStringList{u"runs"_s, RunId, u"completed-tasks"_s, Id}));
        QVERIFY(reopen->body.isEmpty());
    }

    void isApprovedOnlyWhereTheTypeTakesIt() {
        const auto approve =
            TaskActionPlan::make(TaskAction::Approve, task(u"approval"_s, u"active"_s));
        const auto reject =
            TaskActionPlan::make(TaskAction::Reject, task(u"approval"_s, u"active"_s));
        const auto acknowledge =
            TaskActionPlan::make(TaskAction::Acknowledge, task(u"expiring"_s, u"active"_s));
        QVERIFY(approve && reject && acknowledge);
        QCOMPARE(approve->body.value(u"is_approved"_s), QJsonValue(true));
        QCOMPARE(reject->body.value(u"is_approved"_s), QJsonValue(false));
        QVERIFY(!acknowledge->body.contains(u"is_approved"_s));
    }

    void refusalsSayWhy_data() {
        QTest::addColumn<TaskAction>("action");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("complete a completed task")
            << TaskAction::Complete << u"task"_s << u"completed"_s << u"already completed"_s;
        QTest::newRow("approve a plain task")
            << TaskAction::Approve << u"task"_s << u"active"_s << u"does not apply"_s;
        QTest::newRow("reject an expiring task")
            << TaskAction::Reject << u"expiring"_s << u"active"_s << u"does not apply"_s;
        QTest::newRow("reopen an open task")
            << TaskAction::Reopen << u"task"_s << u"in-progress"_s << u"nothing to reopen"_s;
        QTest::newRow("complete a skipped task")
            << TaskAction::Complete << u"task"_s << u"auto-skipped"_s << u"skipped"_s;
    }
    void refusalsSayWhy() {
        QFETCH(TaskAction, action);
        QFETCH(QString, type);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        QString whyNot;
        QVERIFY(!TaskActionPlan::make(action, task(type, status), &whyNot));
        QVERIFY2(whyNot.contains(reason), qPrintable(whyNot));
    }

    void onlyAssignees_data() {
        QTest::addColumn<bool>("flag");
        QTest::addColumn<qint64>("userId");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("not restricted") << false << qint64(1001) << false;
        QTest::newRow("assigned member") << true << qint64(1002) << false;
        QTest::newRow("in an assigned group") << true << qint64(1004) << false;
        QTest::newRow("neither") << true << qint64(1001) << true;
        QTest::newRow("in a group not assigned") << true << qint64(1003) << true;
        QTest::newRow("user not known yet") << true << qint64(0) << false;
    }
    void onlyAssignees() {
        QFETCH(bool, flag);
        QFETCH(qint64, userId);
        QFETCH(bool, blocked);
        QJsonObject json{{u"id"_s, Id},
                         {u"task_type"_s, u"task"_s},
                         {u"status"_s, u"active"_s},
                         {u"can_complete_only_assignees"_s, flag},
                         {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{1002}},
                                                   {u"groups"_s, QJsonArray{u"g1"_s}}}}};
        const Task restricted = *Task::fromJson(json);
        Group assigned;
        assigned.id = u"g1"_s;
        assigned.memberIds = {1004};
        Group other;
        other.id = u"g2"_s;
        other.memberIds = {1003};
        const QString why =
            TaskActionPlan::notAssignedReason(restricted, userId, {assigned, other});
        QCOMPARE(!why.isEmpty(), blocked);
        if (blocked)
            QVERIFY(why.contains(u"assignees"_s));
    }

    void commentHtml_data() {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::newRow("one line") << u"Done."_s << u"<p>Done.</p>"_s;
        QTest::newRow("markup is text") << u"<script>alert(1)</script> & <img src=x>"_s
                                        << u"<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                           u"&lt;img src=x&gt;</p>"_s;
        QTest::newRow("paragraphs and breaks")
            << u"a\nb\r\n\r\n  c  \n\n\n"_s << u"<p>a<br>b</p><p>c</p>"_s;
        QTest::newRow("mention kept")
            << u"@[1002] see \"this\""_s << u"<p>@[1002] see &quot;this&quot;</p>"_s;
        QTest::newRow("only blanks") << u"  \n\t\n "_s << QString();
    }
    void commentHtml() {
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QCOMPARE(CommentText::toHtml(plain), html);
    }
};

QTEST_GUILESS_MAIN(tst_TaskActionPlan)
#include "tst_TaskActionPlan.moc"
