#include "core/settings/DraftStore.h"
#include "core/settings/Settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs with TZ=Europe/Berlin (see CMakeLists.txt): the file holds UTC, the draft local time.
class tst_DraftStore final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Settings> fresh() {
        QFile::remove(m_dir.filePath(u"taskdesk.ini"_s));
        return Settings::forTesting(m_dir.path());
    }

    static OneOffTaskDraft draftWithDates() {
        OneOffTaskDraft draft;
        draft.title = u"Prepare Q3 Report"_s;
        draft.summary = u"Gather data"_s;
        draft.deadline = QDateTime(QDate(2026, 7, 15), QTime(19, 0), Qt::LocalTime);
        draft.startedAt = QDateTime(QDate(2026, 1, 15), QTime(9, 30, 0, 500), Qt::LocalTime);
        return draft;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCOMPARE(QDateTime(QDate(2026, 7, 15), QTime(19, 0)).offsetFromUtc(), 7200);
    }

    // The draft file writes instants as the request does: ISO 8601 in UTC, `Z`, no milliseconds.
    void writesIso8601() {
        const auto settings = fresh();
        DraftStore store(settings.get());
        QSignalSpy saved(&store, &DraftStore::saved);
        store.save(draftWithDates());
        store.flush();
        QCOMPARE(saved.count(), 1);

        const auto reread = Settings::forTesting(m_dir.path());
        const QJsonObject file = QJsonDocument::fromJson(reread->newTaskDraft()).object();
        QCOMPARE(file.value("deadline"_L1).toString(), u"2026-07-15T17:00:00Z"_s);
        QCOMPARE(file.value("started_at"_L1).toString(), u"2026-01-15T08:30:00Z"_s);

        const std::optional<OneOffTaskDraft> back = DraftStore(reread.get()).load();
        QVERIFY(back.has_value());
        QCOMPARE(back->deadline, draftWithDates().deadline);
        QCOMPARE(back->deadline.timeSpec(), Qt::LocalTime);
        QCOMPARE(back->startedAt, draftWithDates().startedAt.addMSecs(-500));
    }

    void readsEveryIsoForm_data() {
        QTest::addColumn<QString>("stored");
        QTest::newRow("Z") << u"2026-07-15T17:00:00Z"_s;
        QTest::newRow("milliseconds, as older files") << u"2026-07-15T17:00:00.000Z"_s;
        QTest::newRow("offset") << u"2026-07-15T19:00:00+02:00"_s;
    }

    void readsEveryIsoForm() {
        QFETCH(QString, stored);
        const auto settings = fresh();
        QJsonObject file = draftWithDates().toDraftJson();
        file.insert(u"deadline"_s, stored);
        settings->setNewTaskDraft(QJsonDocument(file).toJson(QJsonDocument::Compact));
        const std::optional<OneOffTaskDraft> loaded = DraftStore(settings.get()).load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->deadline, QDateTime(QDate(2026, 7, 15), QTime(17, 0), Qt::UTC));
        QCOMPARE(loaded->title, u"Prepare Q3 Report"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_DraftStore.moc"
