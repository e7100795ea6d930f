#include "core/domain/TaskIncludes.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TaskIncludes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedInOrder();
    void isDocumented_data();
    void isDocumented();
    void keysLeaveOutSummaryOnly();
    void defaults_data();
    void defaults();
};

void tst_TaskIncludes::documentedInOrder() {
    // tallyfy-api-notes.md 2.3, in the order the get-task page lists them.
    const QStringList expected{u"run"_s,
                               u"step"_s,
                               u"form_fields"_s,
                               u"tags"_s,
                               u"threads"_s,
                               u"issues"_s,
                               u"assets"_s,
                               u"folders"_s,
                               u"roles"_s,
                               u"activities"_s,
                               u"ko-form-fields"_s,
                               u"summary"_s,
                               u"member_watchers"_s,
                               u"guest_watchers"_s,
                               u"threads_count"_s};
    QCOMPARE(TaskIncludes::documented(), expected);
    const QStringList &names = TaskIncludes::documented();
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 15);
}

void tst_TaskIncludes::isDocumented_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("documented");
    QTest::newRow("summary") << u"summary"_s << true;
    QTest::newRow("ko-form-fields") << u"ko-form-fields"_s << true;
    QTest::newRow("threads_count") << u"threads_count"_s << true;
    QTest::newRow("underscore spelling") << u"ko_form_fields"_s << false;
    QTest::newRow("hyphen spelling") << u"form-fields"_s << false;
    QTest::newRow("upper case") << u"RUN"_s << false;
    QTest::newRow("list-only include") << u"selected_text_comment"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_TaskIncludes::isDocumented() {
    QFETCH(QString, name);
    QFETCH(bool, documented);
    QCOMPARE(TaskIncludes::isDocumented(name), documented);
}

void tst_TaskIncludes::keysLeaveOutSummaryOnly() {
    QStringList expected = TaskIncludes::documented();
    expected.removeOne(u"summary"_s);
    QCOMPARE(TaskIncludes::keys(), expected);
    QCOMPARE(TaskIncludes::keys().size(), 14);
}

void tst_TaskIncludes::defaults_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("inDefaults");
    QTest::newRow("form_fields") << u"form_fields"_s << true;
    QTest::newRow("run") << u"run"_s << true;
    QTest::newRow("step") << u"step"_s << true;
    QTest::newRow("tags") << u"tags"_s << true;
    QTest::newRow("summary") << u"summary"_s << true;
    QTest::newRow("threads") << u"threads"_s << false;
    QTest::newRow("activities") << u"activities"_s << false;
}

void tst_TaskIncludes::defaults() {
    QFETCH(QString, name);
    QFETCH(bool, inDefaults);
    QCOMPARE(TaskIncludes::defaults().contains(name), inDefaults);
    QCOMPARE(TaskIncludes::defaults().size(), 5);
    for (const QString &chosen : TaskIncludes::defaults())
        QVERIFY2(TaskIncludes::isDocumented(chosen), qPrintable(chosen));
}

QTEST_GUILESS_MAIN(tst_TaskIncludes)
#include "tst_TaskIncludes.moc"
