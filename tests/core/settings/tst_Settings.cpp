#include "StoreAnswer.h"

#include "core/api/ApiClient.h"
#include "core/domain/NetworkHost.h"
#include "core/domain/TaskIncludes.h"
#include "core/settings/KnownServers.h"
#include "core/settings/LaunchOptions.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "core/settings/TokenSource.h"
#include "core/settings/TokenStore.h"
#include "core/settings/Validators.h"

#include <QDirIterator>
#include <QFile>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Settings::Key)

namespace {

const QString orgA = u"0123456789abcdef0123456789abcdef"_s;
const QString orgB = u"fedcba9876543210fedcba9876543210"_s;

// Every way the token's bytes could have been written to a file.
QList<QByteArray> traces(const QString &token) {
    const QByteArray utf8 = token.toUtf8();
    return {utf8,
            QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2),
            utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            utf8.toPercentEncoding(),
            utf8.toHex()};
}

// Names every file under `dir` that holds a trace of `token`.
QStringList filesWithTraceOf(const QString &dir, const QString &token) {
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + u" (unreadable)"_s);
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray &trace : traces(token)) {
            if (bytes.contains(trace)) {
                found.append(path);
                break;
            }
        }
    }
    return found;
}

QList<RecentLookup> sampleLookups() {
    const QDateTime base(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    return {{u"11111111111111111111111111111111"_s, u"Second"_s, base.addSecs(60)},
            {u"22222222222222222222222222222222"_s, u"First, with “quotes” and ünïcode"_s, base}};
}

} // namespace

class tst_Settings final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Settings> fresh() {
        QFile::remove(m_dir.filePath(u"taskdesk.ini"_s));
        return Settings::forTesting(m_dir.path());
    }

    // A value for `key` that differs from its default, set through the key's typed setter.
    static QVariant setSample(Settings &settings, Settings::Key key) {
        switch (key) {
        case Settings::Key::ServerUrl:
            settings.setServerUrl(QUrl(u"https://staging.go.tallyfy.com/api"_s));
            return QUrl(u"https://staging.go.tallyfy.com/api"_s);
        case Settings::Key::OrganizationId:
            settings.setOrganizationId(orgA);
            return orgA;
        case Settings::Key::OrganizationName:
            settings.setOrganizationName(u"Acme, Inc. = “Ünïcode” ;#"_s);
            return u"Acme, Inc. = “Ünïcode” ;#"_s;
        case Settings::Key::RequestTimeoutSeconds:
            settings.setRequestTimeoutSeconds(17);
            return 17;
        case Settings::Key::Includes:
            settings.setIncludes({u"threads"_s, u"summary"_s});
            return QStringList{u"threads"_s, u"summary"_s};
        case Settings::Key::RecentLookups:
            for (const RecentLookup &lookup : sampleLookups()) {
                settings.addRecentLookup(lookup);
            }
            return QVariant::fromValue(sampleLookups());
        case Settings::Key::LastTab:
            settings.setLastTab(u"newTaskTab"_s);
            return u"newTaskTab"_s;
        case Settings::Key::Language:
            settings.setLanguage(u"de"_s);
            return u"de"_s;
        case Settings::Key::WindowGeometry:
            settings.setWindowGeometry(QByteArray("\x01\x00\xd9\xd0geometry", 12));
            return QByteArray("\x01\x00\xd9\xd0geometry", 12);
        case Settings::Key::WindowState:
            settings.setWindowState(QByteArray("\x00\x00\x00\xffstate", 9));
            return QByteArray("\x00\x00\x00\xffstate", 9);
        case Settings::Key::SplitterState:
            settings.setSplitterState(QByteArray("\x00splitter\n", 10));
            return QByteArray("\x00splitter\n", 10);
        case Settings::Key::NewTaskDraft:
            settings.setNewTaskDraft(R"({"title":"Draft","owners":{"users":[1]}})");
            return QByteArray(R"({"title":"Draft","owners":{"users":[1]}})");
        case Settings::Key::TaskListChoices: {
            TaskListQuery query;
            query.show = TaskListQuery::Show::All;
            query.status = TaskListQuery::Status::Overdue;
            query.sort = TaskListQuery::Sort::Newest;
            settings.setTaskListChoices(orgA, query);
            return u"{\"%1\":{\"show\":1,\"sort\":1,\"status\":3}}"_s.arg(orgA);
        }
        case Settings::Key::TaskListHeader:
            settings.setTaskListHeader(QByteArray("\x00header", 7));
            return QByteArray("\x00header", 7);
        case Settings::Key::CommentDrafts:
            settings.setCommentDraft(orgA, u"Half a thought"_s);
            return QJsonDocument::fromJson(
                       settings.value(Settings::Key::CommentDrafts).toString().toUtf8())
                               .object()
                               .value(orgA)
                               .toObject()
                               .value("value"_L1)
                               .toString() == u"Half a thought"_s
                       ? settings.value(Settings::Key::CommentDrafts)
                       : QVariant();
        case Settings::Key::AnswerDrafts:
            settings.setAnswersDraft(orgA, QJsonObject{{u"f1"_s, u"Half an answer"_s}});
            return settings.answersDraft(orgA).value("f1"_L1).toString() == u"Half an answer"_s
                       ? settings.value(Settings::Key::AnswerDrafts)
                       : QVariant();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void taskListChoicesArePerOrganization() {
        auto settings = fresh();
        const QString orgB = u"fedcba9876543210fedcba9876543210"_s;
        QCOMPARE(settings->taskListChoices(orgA), TaskListQuery());
        TaskListQuery chosen;
        chosen.show = TaskListQuery::Show::All;
        chosen.status = TaskListQuery::Status::Completed;
        chosen.sort = TaskListQuery::Sort::Problems;
        chosen.search = u"not kept"_s;
        settings->setTaskListChoices(orgA, chosen);
        TaskListQuery expected;
        expected.show = chosen.show;
        expected.status = chosen.status;
        expected.sort = chosen.sort;
        QCOMPARE(settings->taskListChoices(orgA), expected);
        QCOMPARE(settings->taskListChoices(orgB), TaskListQuery());
        // A member's list is not kept (its member is not): it comes back as My tasks.
        chosen.show = TaskListQuery::Show::Member;
        chosen.memberId = 1002;
        settings->setTaskListChoices(orgB, chosen);
        QCOMPARE(settings->taskListChoices(orgB).show, TaskListQuery::Show::Mine);
        // A hand-edited value out of range falls back to the default.
        settings.reset();
        {
            QSettings raw(m_dir.filePath(u"taskdesk.ini"_s), QSettings::IniFormat);
            raw.setValue(Settings::storageKey(Settings::Key::TaskListChoices),
                         u"{\"%1\":{\"show\":9,\"status\":-1,\"sort\":2}}"_s.arg(orgA));
        }
        settings = Settings::forTesting(m_dir.path());
        QCOMPARE(settings->taskListChoices(orgA).show, TaskListQuery::Show::Mine);
        QCOMPARE(settings->taskListChoices(orgA).status, TaskListQuery::Status::Open);
        QCOMPARE(settings->taskListChoices(orgA).sort, TaskListQuery::Sort::Problems);
    }

    void defaultsTableIsComplete() {
        const QMetaEnum keyEnum = QMetaEnum::fromType<Settings::Key>();
        const QList<Settings::Key> keys = Settings::allKeys();
        QCOMPARE(keys.size(), keyEnum.keyCount());

        auto settings = fresh();
        QSet<QString> paths;
        for (int i = 0; i < keyEnum.keyCount(); ++i) {
            const auto key = Settings::Key(keyEnum.value(i));
            const QString name = QString::fromLatin1(keyEnum.key(i));
            QVERIFY2(keys.contains(key), qPrintable(name));
            const QString path = Settings::storageKey(key);
            QVERIFY2(!path.isEmpty(), qPrintable(name));
            QVERIFY2(!paths.contains(path), qPrintable(u"duplicate path "_s + path));
            paths.insert(path);
            QVERIFY2(!path.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(path));
            QVERIFY2(!path.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(path));
            QVERIFY2(!path.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(path));

            const QVariant defaultValue = Settings::defaultValue(key);
            QVERIFY2(defaultValue.isValid(), qPrintable(name));
            // A getter exists for every key and answers the default on a fresh file.
            const QVariant current = settings->value(key);
            QCOMPARE(current.metaType(), defaultValue.metaType());
            QCOMPARE(current, defaultValue);
        }

        QCOMPARE(settings->serverUrl(), QUrl(u"https://go.tallyfy.com/api"_s));
        QCOMPARE(settings->requestTimeoutSeconds(), 60);
        QCOMPARE(settings->includes(),
                 (QStringList{u"form_fields"_s, u"run"_s, u"step"_s, u"tags"_s, u"summary"_s}));
        QVERIFY(settings->organizationId().isEmpty());
        QVERIFY(settings->recentLookups().isEmpty());
    }

    void roundTrip_data() {
        QTest::addColumn<Settings::Key>("key");
        const QMetaEnum keyEnum = QMetaEnum::fromType<Settings::Key>();
        for (int i = 0; i < keyEnum.keyCount(); ++i) {
            QTest::newRow(keyEnum.key(i)) << Settings::Key(keyEnum.value(i));
        }
    }

    void roundTrip() {
        QFETCH(Settings::Key, key);

        QVariant expected;
        {
            auto settings = fresh();
            QSignalSpy changed(settings.get(), &Settings::changed);
            expected = setSample(*settings, key);
            QVERIFY(expected != Settings::defaultValue(key));
            QCOMPARE(settings->value(key), expected);
            QVERIFY(!changed.isEmpty());
            QCOMPARE(changed.constLast().at(0).value<Settings::Key>(), key);
            settings->sync();
        }
        // A new instance reads the file back.
        auto reread = Settings::forTesting(m_dir.path());
        QCOMPARE(reread->value(key), expected);
        for (const Settings::Key other : Settings::allKeys()) {
            if (other != key) {
                QCOMPARE(reread->value(other), Settings::defaultValue(other));
            }
        }

        reread->reset(key);
        QCOMPARE(reread->value(key), Settings::defaultValue(key));
    }

    void commentDraftsArePerTaskAndCapped() {
        auto settings = fresh();
        const QString taskA = u"a1000000000000000000000000000001"_s;
        const QString taskB = u"a1000000000000000000000000000002"_s;
        QVERIFY(settings->commentDraft(taskA).isEmpty());
        settings->setCommentDraft(taskA, u"First line\n\n@[1002] second"_s);
        settings->setCommentDraft(taskB, u"Other"_s);
        QCOMPARE(settings->commentDraft(taskA), u"First line\n\n@[1002] second"_s);
        QCOMPARE(settings->commentDraft(taskB), u"Other"_s);
        settings->setCommentDraft(taskA, u"  \n "_s); // blank forgets
        QVERIFY(settings->commentDraft(taskA).isEmpty());
        QCOMPARE(settings->commentDraft(taskB), u"Other"_s);

        // Beyond the cap the least recently written goes: taskB was written first.
        for (int i = 0; i < Settings::MaxDrafts; ++i) {
            QTest::qWait(i == 0 ? 2 : 0); // a later time stamp than taskB's
            settings->setCommentDraft(u"b%1"_s.arg(i, 31, 10, QLatin1Char('0')), u"x"_s);
        }
        QVERIFY(settings->commentDraft(taskB).isEmpty());
        QCOMPARE(settings->commentDraft(u"b%1"_s.arg(0, 31, 10, QLatin1Char('0'))), u"x"_s);
        settings->sync();
        auto reread = Settings::forTesting(m_dir.path());
        QCOMPARE(reread->commentDraft(u"b%1"_s.arg(99, 31, 10, QLatin1Char('0'))), u"x"_s);
    }

    void answerDraftsArePerTaskAndSurviveARestart() {
        auto settings = fresh();
        const QString taskA = u"a1000000000000000000000000000001"_s;
        const QString taskB = u"a1000000000000000000000000000002"_s;
        QVERIFY(settings->answersDraft(taskA).isEmpty());
        const QJsonObject answers{{u"f1"_s, u"Two lines\nof text"_s},
                                  {u"f2"_s, QJsonObject{{u"id"_s, 2}, {u"text"_s, u"Blue"_s}}}};
        settings->setAnswersDraft(taskA, answers);
        settings->setAnswersDraft(taskB, QJsonObject{{u"f9"_s, u"other"_s}});
        settings->setCommentDraft(taskA, u"A comment"_s); // a separate kind of draft
        settings->sync();
        auto reread = Settings::forTesting(m_dir.path());
        QCOMPARE(reread->answersDraft(taskA), answers);
        QCOMPARE(reread->commentDraft(taskA), u"A comment"_s);
        reread->setAnswersDraft(taskA, {}); // empty forgets
        QVERIFY(reread->answersDraft(taskA).isEmpty());
        QCOMPARE(reread->commentDraft(taskA), u"A comment"_s);
        QCOMPARE(reread->answersDraft(taskB).value("f9"_L1).toString(), u"other"_s);
    }

    void changedOnlyOnRealChange() {
        auto settings = fresh();
        QSignalSpy changed(settings.get(), &Settings::changed);
        settings->setRequestTimeoutSeconds(60); // the default
        QCOMPARE(changed.size(), 0);
        settings->setRequestTimeoutSeconds(90);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::RequestTimeoutSeconds);
        settings->setRequestTimeoutSeconds(90);
        QCOMPARE(changed.size(), 1);
    }

    void settersRefuseBadValues() {
        auto settings = fresh();
        QSignalSpy changed(settings.get(), &Settings::changed);
        QVERIFY(!settings->setServerUrl(QUrl(u"http://go.tallyfy.com/api"_s)));
        QVERIFY(!settings->setServerUrl(QUrl(u"go.tallyfy.com"_s)));
        QVERIFY(!settings->setOrganizationId(u"not-an-org"_s));
        QVERIFY(!settings->setRequestTimeoutSeconds(0));
        QVERIFY(!settings->setRequestTimeoutSeconds(601));
        QVERIFY(!settings->setIncludes({u"run"_s, u"owners"_s}));
        QVERIFY(!settings->setLanguage(u"not a language"_s));
        QCOMPARE(changed.size(), 0);
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(!file.exists() || file.size() == 0);

        QVERIFY(settings->setOrganizationId(u" "_s + orgA.toUpper()));
        QCOMPARE(settings->organizationId(), orgA);
        QVERIFY(settings->setOrganizationId(QString()));
        QVERIFY(settings->organizationId().isEmpty());
        QVERIFY(settings->setServerUrl(QUrl(u"https://api.tallyfy.com/"_s)));
        QCOMPARE(settings->serverUrl(), QUrl(u"https://api.tallyfy.com"_s));
        QVERIFY(settings->setIncludes({}));
        QCOMPARE(settings->includes(), QStringList());
    }

    void handEditedFileFallsBackToDefaults() {
        const QString path = m_dir.filePath(u"taskdesk.ini"_s);
        QFile::remove(path);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(Settings::storageKey(Settings::Key::OrganizationId), u"xyz"_s);
            raw.setValue(Settings::storageKey(Settings::Key::RequestTimeoutSeconds), u"-3"_s);
            raw.setValue(Settings::storageKey(Settings::Key::Includes), u"run,owners"_s);
            raw.setValue(Settings::storageKey(Settings::Key::RecentLookups), u"[{\"broken"_s);
            raw.setValue(Settings::storageKey(Settings::Key::Language), u"??"_s);
        }
        const auto settings = Settings::forTesting(m_dir.path());
        QCOMPARE(settings->serverUrl(), KnownServers::productionUrl());
        QVERIFY(settings->organizationId().isEmpty());
        QCOMPARE(settings->requestTimeoutSeconds(), 60);
        QCOMPARE(settings->includes(), TaskIncludes::defaults());
        QVERIFY(settings->recentLookups().isEmpty());
        QVERIFY(settings->language().isEmpty());
        // The refused organization is reported, not only dropped.
        const std::optional<Settings::Rejection> organization =
            settings->rejection(Settings::Key::OrganizationId);
        QVERIFY(organization);
        QCOMPARE(organization->storedText, u"xyz"_s);
        QVERIFY(!organization->reason.isEmpty());
        QVERIFY(!settings->rejection(Settings::Key::ServerUrl));
    }

    void refusedServerUrlIsNeverReplaced_data() {
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain http to a remote host") << u"http://evil.example/api"_s;
        QTest::newRow("plain http to a LAN address") << u"http://10.0.0.5:8080/api"_s;
        QTest::newRow("localhost lookalike") << u"http://localhost.evil.example/api"_s;
        QTest::newRow("ftp") << u"ftp://go.tallyfy.com/api"_s;
        QTest::newRow("user info") << u"https://user:secret@go.tallyfy.com/api"_s;
        QTest::newRow("no scheme") << u"go.tallyfy.com/api"_s;
    }

    void refusedServerUrlIsNeverReplaced() {
        QFETCH(QString, stored);
        const QString path = m_dir.filePath(u"taskdesk.ini"_s);
        QFile::remove(path);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(Settings::storageKey(Settings::Key::ServerUrl), stored);
            raw.setValue(Settings::storageKey(Settings::Key::OrganizationId), orgA);
        }
        const auto settings = Settings::forTesting(m_dir.path());
        // Not the default server: a token for one server must not go to another.
        QVERIFY2(settings->serverUrl().isEmpty(), qPrintable(settings->serverUrl().toString()));
        QVERIFY(settings->value(Settings::Key::ServerUrl).toUrl().isEmpty());
        const std::optional<Settings::Rejection> rejection =
            settings->rejection(Settings::Key::ServerUrl);
        QVERIFY(rejection);
        QCOMPARE(rejection->key, Settings::Key::ServerUrl);
        QCOMPARE(rejection->storedText, stored);
        QCOMPARE(rejection->reason, Validators::serverUrl(stored).problem);
        QVERIFY(!settings->tokenKey().contains(u"go.tallyfy.com"_s));

        // A command-line server overrides the file for this run; the file is still refused
        // underneath, and reported again once the override ends.
        QVERIFY(settings->overrideServerUrl(KnownServers::stagingUrl()));
        QCOMPARE(settings->serverUrl(), KnownServers::stagingUrl());
        QVERIFY(!settings->rejection(Settings::Key::ServerUrl));
        settings->clearOverrides();
        QVERIFY(settings->rejection(Settings::Key::ServerUrl));

        // Choosing a server ends the refusal.
        QVERIFY(settings->setServerUrl(KnownServers::productionUrl()));
        QCOMPARE(settings->serverUrl(), KnownServers::productionUrl());
        QVERIFY(!settings->rejection(Settings::Key::ServerUrl));
    }

    void acceptedValuesAreNoRejection() {
        auto settings = fresh();
        for (const Settings::Key key : Settings::allKeys()) {
            QVERIFY(!settings->rejection(key)); // nothing stored
        }
        QVERIFY(settings->setServerUrl(QUrl(u"http://127.0.0.1:8080/api"_s)));
        QVERIFY(settings->setOrganizationId(orgA));
        QVERIFY(!settings->rejection(Settings::Key::ServerUrl));
        QVERIFY(!settings->rejection(Settings::Key::OrganizationId));
        QVERIFY(settings->setOrganizationId(QString())); // "none" is stored as empty
        QVERIFY(!settings->rejection(Settings::Key::OrganizationId));
    }

    // Settings and the client judge plain http by the same loopback rule.
    void loopbackRuleIsShared_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("localhost") << u"http://localhost:8080/api"_s << true;
        QTest::newRow("localhost.") << u"http://localhost.:8080/api"_s << true;
        QTest::newRow("LOCALHOST.") << u"http://LOCALHOST./api"_s << true;
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080/api"_s << true;
        QTest::newRow("127.9.9.9") << u"http://127.9.9.9/api"_s << true;
        QTest::newRow("::1") << u"http://[::1]:8080/api"_s << true;
        QTest::newRow("IPv4-mapped") << u"http://[::ffff:127.0.0.1]/api"_s << true;
        QTest::newRow("evil.localhost") << u"http://evil.localhost/api"_s << false;
        QTest::newRow("lookalike") << u"http://localhost.evil.example/api"_s << false;
        QTest::newRow("0.0.0.0") << u"http://0.0.0.0/api"_s << false;
        QTest::newRow("::2") << u"http://[::2]/api"_s << false;
        QTest::newRow("LAN") << u"http://10.0.0.5/api"_s << false;
        QTest::newRow("public") << u"http://go.tallyfy.com/api"_s << false;
    }

    void loopbackRuleIsShared() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const Validated<QUrl> validated = Validators::serverUrl(url);
        QCOMPARE(validated.ok(), allowed);
        QCOMPARE(ApiClient::isSecureTarget(QUrl(url)), allowed);
        QCOMPARE(ApiClient::isLoopbackHost(QUrl(url).host()), allowed);
        QCOMPARE(NetworkHost::isLoopback(QUrl(url).host()), allowed);
    }

    void recentLookupsAreCappedNewestFirst() {
        auto settings = fresh();
        const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 60; ++i) {
            settings->addRecentLookup(
                {u"%1"_s.arg(i, 32, 10, QLatin1Char('0')), u"Task %1"_s.arg(i), start.addSecs(i)});
        }
        QList<RecentLookup> lookups = settings->recentLookups();
        QCOMPARE(lookups.size(), Settings::MaxRecentLookups);
        QCOMPARE(lookups.size(), 50);
        QCOMPARE(lookups.first().title, u"Task 59"_s);
        QCOMPARE(lookups.last().title, u"Task 10"_s);
        for (qsizetype i = 1; i < lookups.size(); ++i) {
            QVERIFY(lookups.at(i - 1).when > lookups.at(i).when);
        }

        // The cap also holds in a new instance.
        settings->sync();
        QCOMPARE(Settings::forTesting(m_dir.path())->recentLookups().size(), 50);
    }

    void recentLookupsAreDedupedById() {
        auto settings = fresh();
        const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        const QString a = u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
        const QString b = u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
        settings->addRecentLookup({a, u"Old title"_s, start});
        settings->addRecentLookup({b, u"B"_s, start.addSecs(10)});
        settings->addRecentLookup({a.toUpper(), u"New title"_s, start.addSecs(20)});

        const QList<RecentLookup> lookups = settings->recentLookups();
        QCOMPARE(lookups.size(), 2);
        QCOMPARE(lookups.at(0).title, u"New title"_s);
        QCOMPARE(lookups.at(0).when, start.addSecs(20));
        QCOMPARE(lookups.at(1).taskId, b);

        settings->removeRecentLookup(b);
        QCOMPARE(settings->recentLookups().size(), 1);
        settings->addRecentLookup({QString(), u"no id"_s, start});
        QCOMPARE(settings->recentLookups().size(), 1);
        settings->clearRecentLookups();
        QVERIFY(settings->recentLookups().isEmpty());
    }

    void launchOptionsOverrideButAreNeverSaved() {
        auto settings = fresh();
        QVERIFY(settings->setServerUrl(KnownServers::stagingUrl()));
        QVERIFY(settings->setOrganizationId(orgA));
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        LaunchOptions options;
        options.server = QUrl(u"http://127.0.0.1:4567/api"_s);
        options.organization = orgB;
        options.includes = QStringList{u"threads"_s};
        options.language = u"fr"_s;
        QSignalSpy changed(settings.get(), &Settings::changed);
        settings->applyLaunchOptions(options);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(settings->serverUrl(), QUrl(u"http://127.0.0.1:4567/api"_s));
        QCOMPARE(settings->organizationId(), orgB);
        QCOMPARE(settings->includes(), QStringList{u"threads"_s});
        QCOMPARE(settings->language(), u"fr"_s);
        QVERIFY(settings->isOverridden(Settings::Key::ServerUrl));
        QVERIFY(!settings->isOverridden(Settings::Key::RequestTimeoutSeconds));
        QCOMPARE(settings->tokenKey(), u"taskdesk:127.0.0.1:4567/api:"_s + orgB);

        settings->setWindowGeometry("geometry"); // unrelated writes do not flush overrides
        settings->setWindowGeometry({});
        settings->sync();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();
        QCOMPARE(Settings::forTesting(m_dir.path())->serverUrl(), KnownServers::stagingUrl());

        // An explicit choice ends the override and is saved.
        QVERIFY(settings->setOrganizationId(orgA));
        QVERIFY(!settings->isOverridden(Settings::Key::OrganizationId));
        QCOMPARE(settings->organizationId(), orgA);
        QVERIFY(settings->isOverridden(Settings::Key::ServerUrl));

        settings->clearOverrides();
        QCOMPARE(settings->serverUrl(), KnownServers::stagingUrl());
        QCOMPARE(settings->includes(), TaskIncludes::defaults());
    }

    void tokenKeys() {
        QCOMPARE(TokenStore::keyFor(KnownServers::productionUrl(), orgA),
                 u"taskdesk:go.tallyfy.com/api:"_s + orgA);
        QCOMPARE(TokenStore::keyFor(QUrl(u"https://API.tallyfy.com/"_s), orgA.toUpper()),
                 u"taskdesk:api.tallyfy.com:"_s + orgA);
        QCOMPARE(TokenStore::keyFor(KnownServers::stagingUrl(), orgB),
                 u"taskdesk:staging.go.tallyfy.com/api:"_s + orgB);
        QVERIFY(TokenStore::keyFor(KnownServers::productionUrl(), orgA) !=
                TokenStore::keyFor(KnownServers::productionUrl(), orgB));
        QVERIFY(TokenStore::keyFor(KnownServers::productionUrl(), orgA) !=
                TokenStore::keyFor(KnownServers::alternativeUrl(), orgA));

        auto settings = fresh();
        QVERIFY(settings->setOrganizationId(orgB));
        QCOMPARE(settings->tokenKey(), u"taskdesk:go.tallyfy.com/api:"_s + orgB);
    }

    void serverUrlValidator_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QUrl>("expected"); // empty: refused

        QTest::newRow("production")
            << u"https://go.tallyfy.com/api"_s << QUrl(u"https://go.tallyfy.com/api"_s);
        QTest::newRow("spaces, trailing slashes")
            << u"  https://go.tallyfy.com/api// "_s << QUrl(u"https://go.tallyfy.com/api"_s);
        QTest::newRow("upper-case scheme and host")
            << u"HTTPS://GO.TALLYFY.COM/api"_s << QUrl(u"https://go.tallyfy.com/api"_s);
        QTest::newRow("host root")
            << u"https://api.tallyfy.com/"_s << QUrl(u"https://api.tallyfy.com"_s);
        QTest::newRow("custom https with port") << u"https://tallyfy.example.org:8443/api"_s
                                                << QUrl(u"https://tallyfy.example.org:8443/api"_s);
        QTest::newRow("http localhost")
            << u"http://localhost:8080/api"_s << QUrl(u"http://localhost:8080/api"_s);
        QTest::newRow("http 127.0.0.1")
            << u"http://127.0.0.1:8080"_s << QUrl(u"http://127.0.0.1:8080"_s);
        QTest::newRow("http 127.1.2.3")
            << u"http://127.1.2.3/api"_s << QUrl(u"http://127.1.2.3/api"_s);
        QTest::newRow("http ::1") << u"http://[::1]:8080/api"_s << QUrl(u"http://[::1]:8080/api"_s);
        QTest::newRow("empty") << u"   "_s << QUrl();
        QTest::newRow("no scheme") << u"go.tallyfy.com/api"_s << QUrl();
        QTest::newRow("relative") << u"/api"_s << QUrl();
        QTest::newRow("ftp") << u"ftp://go.tallyfy.com/api"_s << QUrl();
        QTest::newRow("file") << u"file:///etc/passwd"_s << QUrl();
        QTest::newRow("http remote") << u"http://go.tallyfy.com/api"_s << QUrl();
        QTest::newRow("http private LAN") << u"http://10.0.0.5/api"_s << QUrl();
        QTest::newRow("http localhost lookalike")
            << u"http://localhost.evil.example/api"_s << QUrl();
        QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0/api"_s << QUrl();
        QTest::newRow("user info") << u"https://user:pass@go.tallyfy.com/api"_s << QUrl();
        QTest::newRow("query") << u"https://go.tallyfy.com/api?token=x"_s << QUrl();
        QTest::newRow("fragment") << u"https://go.tallyfy.com/#/settings"_s << QUrl();
        QTest::newRow("no host") << u"https:///api"_s << QUrl();
        QTest::newRow("spaces inside") << u"https://go tallyfy.com/api"_s << QUrl();
    }

    void serverUrlValidator() {
        QFETCH(QString, input);
        QFETCH(QUrl, expected);

        const Validated<QUrl> result = Validators::serverUrl(input);
        if (expected.isEmpty()) {
            QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value->toString() : QString()));
            QVERIFY(!result.problem.isEmpty());
        } else {
            QVERIFY2(result.ok(), qPrintable(result.problem));
            QCOMPARE(*result.value, expected);
            QVERIFY(result.problem.isEmpty());
        }
    }

    void idValidators_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused

        QTest::newRow("lower") << orgA << orgA;
        QTest::newRow("upper, padded") << u"\t"_s + orgA.toUpper() + u"\n"_s << orgA;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("31 chars") << orgA.left(31) << QString();
        QTest::newRow("33 chars") << orgA + u"0"_s << QString();
        QTest::newRow("not hex") << u"0123456789abcdef0123456789abcdeg"_s << QString();
        QTest::newRow("space inside") << u"0123456789abcdef 123456789abcdef"_s << QString();
        QTest::newRow("a URL") << u"https://go.tallyfy.com/"_s + orgA << QString();
    }

    void idValidators() {
        QFETCH(QString, input);
        QFETCH(QString, expected);

        for (const Validated<QString> &result :
             {Validators::organizationId(input), Validators::runId(input)}) {
            if (expected.isEmpty()) {
                QVERIFY(!result.ok());
                QVERIFY(!result.problem.isEmpty());
            } else {
                QVERIFY2(result.ok(), qPrintable(result.problem));
                QCOMPARE(*result.value, expected);
            }
        }
    }

    void tokenValidator_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused

        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc-_DEF123"_s;
        QTest::newRow("plain") << jwt << jwt;
        QTest::newRow("padded") << u"  "_s + jwt + u"\n"_s << jwt;
        QTest::newRow("Bearer prefix") << u"Bearer "_s + jwt << jwt;
        QTest::newRow("bearer, lower case, extra spaces") << u" bearer   "_s + jwt << jwt;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << u" \t "_s << QString();
        QTest::newRow("only Bearer") << u"Bearer "_s << QString();
        QTest::newRow("space inside") << u"eyJ abc"_s << QString();
        QTest::newRow("line break inside") << u"eyJabc\ndef"_s << QString();
        QTest::newRow("tab inside") << u"Bearer eyJabc\tdef"_s << QString();
    }

    void tokenValidator() {
        QFETCH(QString, input);
        QFETCH(QString, expected);

        const Validated<QString> result = Validators::token(input);
        if (expected.isEmpty()) {
            QVERIFY(!result.ok());
            QVERIFY(!result.problem.isEmpty());
            QVERIFY2(!result.problem.contains(input.trimmed()) || input.trimmed().isEmpty() ||
                         input.trimmed() == u"Bearer"_s,
                     "a refused token is not echoed back");
        } else {
            QVERIFY2(result.ok(), qPrintable(result.problem));
            QCOMPARE(*result.value, expected);
        }
    }

    void includesValidator_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("default") << u"form_fields,run,step,tags,summary"_s << true
                                 << TaskIncludes::defaults();
        QTest::newRow("spaces, case, duplicates, empties")
            << u" Run , ,run,THREADS_COUNT,"_s << true << QStringList{u"run"_s, u"threads_count"_s};
        QTest::newRow("empty") << QString() << true << QStringList();
        QTest::newRow("unknown") << u"run,owners"_s << false << QStringList();
        QTest::newRow("near miss") << u"form-fields"_s << false << QStringList();
        QTest::newRow("all documented")
            << TaskIncludes::documented().join(u',') << true << TaskIncludes::documented();
    }

    void includesValidator() {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QStringList, expected);

        QCOMPARE(TaskIncludes::documented().size(), 15);
        const Validated<QStringList> result = Validators::includes(input);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(*result.value, expected);
        } else {
            QVERIFY(result.problem.contains(u"owners"_s) ||
                    result.problem.contains(u"form-fields"_s));
        }
    }

    void languageValidator_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused

        QTest::newRow("de") << u"de"_s << u"de"_s;
        QTest::newRow("pt-BR") << u"pt-BR"_s << u"pt_BR"_s;
        QTest::newRow("en_US") << u" en_US "_s << u"en_US"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("nonsense") << u"zz"_s << QString();
        QTest::newRow("path") << u"../../etc"_s << QString();
    }

    void languageValidator() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Validated<QString> result = Validators::language(input);
        QCOMPARE(result.ok(), !expected.isEmpty());
        if (result.ok()) {
            QCOMPARE(*result.value, expected);
        }
    }

    void knownServers() {
        const QList<KnownServers::Server> servers = KnownServers::all();
        QCOMPARE(servers.size(), 3);
        QCOMPARE(servers.at(0).apiBaseUrl, QUrl(u"https://go.tallyfy.com/api"_s));
        QCOMPARE(servers.at(1).apiBaseUrl, QUrl(u"https://api.tallyfy.com"_s));
        QCOMPARE(servers.at(2).apiBaseUrl, QUrl(u"https://staging.go.tallyfy.com/api"_s));
        for (const KnownServers::Server &server : servers) {
            QVERIFY(!server.name.isEmpty());
            QVERIFY(Validators::serverUrl(server.apiBaseUrl).ok());
            QCOMPARE(KnownServers::find(server.apiBaseUrl)->id, server.id);
        }
        QCOMPARE(KnownServers::tokenPageUrl(KnownServers::productionUrl()).toString(),
                 u"https://go.tallyfy.com/#/settings/integrations"_s);
        QCOMPARE(KnownServers::tokenPageUrl(KnownServers::alternativeUrl()).toString(),
                 u"https://go.tallyfy.com/#/settings/integrations"_s);
        QCOMPARE(
            KnownServers::tokenPageUrl(QUrl(u"https://staging.go.tallyfy.com/api/"_s)).toString(),
            u"https://staging.go.tallyfy.com/#/settings/integrations"_s);
        QVERIFY(KnownServers::tokenPageUrl(QUrl(u"http://127.0.0.1:8080/api"_s)).isEmpty());
        QVERIFY(!KnownServers::find(QUrl(u"https://go.tallyfy.com"_s)));
        QCOMPARE(KnownServers::find(QUrl(u"https://GO.tallyfy.com/api/"_s))->id, u"production"_s);
    }

    void noTraceOfTheTokenOnDisk() {
        const QString token = u"eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRhc2tkZXNrLXRlc3Q.Zm9vYmFy"_s;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto settings = Settings::forTesting(dir.path());
        for (const Settings::Key key : Settings::allKeys()) {
            setSample(*settings, key);
        }

        MemoryTokenStore store;
        const std::optional<TokenStoreResult> written = storeAnswer([&](QObject *context, auto cb) {
            store.write(settings->tokenKey(), token, context, cb);
        });
        QVERIFY(written && written->ok());
        TokenSource source(&store, QString());
        QVERIFY(source.keepForSession(settings->tokenKey(), u"Bearer "_s + token));
        settings->setOrganizationName(u"Still no token"_s);
        settings->sync();

        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("server/url") || bytes.contains("[server]"));
        QVERIFY(bytes.contains(orgA.toUtf8()));
        for (const QByteArray &trace : traces(token)) {
            QVERIFY2(!bytes.contains(trace), trace.constData());
        }
        QCOMPARE(filesWithTraceOf(dir.path(), token), QStringList());
        // The check itself can fail.
        QFile leak(dir.filePath(u"leak.txt"_s));
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write(token.toUtf8().toBase64());
        leak.close();
        QCOMPARE(filesWithTraceOf(dir.path(), token), QStringList{leak.fileName()});
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_Settings.moc"
