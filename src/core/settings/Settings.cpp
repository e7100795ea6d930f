#include "core/settings/Settings.h"

#include "core/domain/TaskIncludes.h"
#include "core/settings/KnownServers.h"
#include "core/settings/LaunchOptions.h"
#include "core/settings/TokenStore.h"
#include "core/settings/Validators.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct KeySpec final {
    Settings::Key key;
    QLatin1String path;
    QVariant (*defaultValue)();
};

// The one table of keys: where each lives in the file and what it is when nothing is stored.
// A token has no row here, and never will.
const std::array keyTable{
    KeySpec{Settings::Key::ServerUrl, QLatin1String("server/url"),
            [] { return QVariant(KnownServers::productionUrl()); }},
    KeySpec{Settings::Key::OrganizationId, QLatin1String("server/organizationId"),
            [] { return QVariant(QString()); }},
    KeySpec{Settings::Key::OrganizationName, QLatin1String("server/organizationName"),
            [] { return QVariant(QString()); }},
    KeySpec{Settings::Key::RequestTimeoutSeconds, QLatin1String("network/requestTimeoutSeconds"),
            [] { return QVariant(Settings::DefaultRequestTimeoutSeconds); }},
    KeySpec{Settings::Key::Includes, QLatin1String("lookup/includes"),
            [] { return QVariant(TaskIncludes::defaults()); }},
    KeySpec{Settings::Key::RecentLookups, QLatin1String("lookup/recent"),
            [] { return QVariant::fromValue(QList<RecentLookup>()); }},
    KeySpec{Settings::Key::LastTab, QLatin1String("window/lastTab"),
            [] { return QVariant(QString()); }},
    KeySpec{Settings::Key::Language, QLatin1String("ui/language"),
            [] { return QVariant(QString()); }},
    KeySpec{Settings::Key::WindowGeometry, QLatin1String("window/geometry"),
            [] { return QVariant(QByteArray()); }},
    KeySpec{Settings::Key::WindowState, QLatin1String("window/state"),
            [] { return QVariant(QByteArray()); }},
    KeySpec{Settings::Key::SplitterState, QLatin1String("window/splitterState"),
            [] { return QVariant(QByteArray()); }},
    KeySpec{Settings::Key::NewTaskDraft, QLatin1String("create/draft"),
            [] { return QVariant(QByteArray()); }},
    KeySpec{Settings::Key::TaskListChoices, QLatin1String("tasks/choices"),
            [] { return QVariant(QString()); }},
    KeySpec{Settings::Key::TaskListHeader, QLatin1String("tasks/header"),
            [] { return QVariant(QByteArray()); }},
    KeySpec{Settings::Key::CommentDrafts, QLatin1String("conversation/drafts"),
            [] { return QVariant(QString()); }},
    KeySpec{Settings::Key::AnswerDrafts, QLatin1String("answers/drafts"),
            [] { return QVariant(QString()); }},
};

const KeySpec &spec(Settings::Key key) {
    const auto found = std::find_if(keyTable.cbegin(), keyTable.cend(),
                                    [key](const KeySpec &row) { return row.key == key; });
    Q_ASSERT(found != keyTable.cend());
    return *found;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat)) {}

std::unique_ptr<Settings> Settings::forTesting(const QString &directory) {
    return std::make_unique<Settings>(QDir(directory).filePath(u"taskdesk.ini"_s));
}

Settings::~Settings() = default;

QList<Settings::Key> Settings::allKeys() {
    QList<Key> keys;
    for (const KeySpec &row : keyTable) {
        keys.append(row.key);
    }
    return keys;
}

QString Settings::storageKey(Key key) {
    return spec(key).path;
}

QVariant Settings::defaultValue(Key key) {
    return spec(key).defaultValue();
}

QVariant Settings::value(Key key) const {
    switch (key) {
    case Key::ServerUrl:
        return serverUrl();
    case Key::OrganizationId:
        return organizationId();
    case Key::OrganizationName:
        return organizationName();
    case Key::RequestTimeoutSeconds:
        return requestTimeoutSeconds();
    case Key::Includes:
        return includes();
    case Key::RecentLookups:
        return QVariant::fromValue(recentLookups());
    case Key::LastTab:
        return lastTab();
    case Key::Language:
        return language();
    case Key::WindowGeometry:
        return windowGeometry();
    case Key::WindowState:
        return windowState();
    case Key::SplitterState:
        return splitterState();
    case Key::NewTaskDraft:
        return newTaskDraft();
    case Key::TaskListChoices:
        return stored(Key::TaskListChoices).toString();
    case Key::TaskListHeader:
        return taskListHeader();
    case Key::CommentDrafts:
    case Key::AnswerDrafts:
        return stored(key).toString();
    }
    return {};
}

bool Settings::isOverridden(Key key) const {
    return m_overrides.contains(key);
}

QVariant Settings::stored(Key key) const {
    return m_settings->value(storageKey(key));
}

template<typename Change>
void Settings::changing(Key key, Change change) {
    const QVariant before = value(key);
    change();
    if (value(key) != before) {
        Q_EMIT changed(key);
    }
}

void Settings::store(Key key, const QVariant &storedForm) {
    changing(key, [&] {
        m_overrides.remove(key);
        m_settings->setValue(storageKey(key), storedForm);
        // A default is not written down, so that a changed default reaches every user who
        // never chose otherwise.
        if (value(key) == defaultValue(key)) {
            m_settings->remove(storageKey(key));
        }
    });
}

void Settings::setOverride(Key key, const QVariant &typedValue) {
    changing(key, [&] { m_overrides.insert(key, typedValue); });
}

void Settings::reset(Key key) {
    changing(key, [&] {
        m_overrides.remove(key);
        m_settings->remove(storageKey(key));
    });
}

std::optional<Settings::Rejection> Settings::rejection(Key key) const {
    if (isOverridden(key)) {
        return std::nullopt;
    }
    const QString text = stored(key).toString();
    // An empty value is an absent one: for the organization it is how "none" is stored.
    if (text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    QString reason;
    switch (key) {
    case Key::ServerUrl:
        reason = Validators::serverUrl(text).problem;
        break;
    case Key::OrganizationId:
        reason = Validators::organizationId(text).problem;
        break;
    default:
        break;
    }
    if (reason.isEmpty()) {
        return std::nullopt;
    }
    return Rejection{key, text, reason};
}

QUrl Settings::serverUrl() const {
    if (const auto found = m_overrides.constFind(Key::ServerUrl); found != m_overrides.cend()) {
        return found->toUrl();
    }
    const QString raw = stored(Key::ServerUrl).toString();
    if (raw.trimmed().isEmpty()) {
        return defaultValue(Key::ServerUrl).toUrl();
    }
    const Validated<QUrl> url = Validators::serverUrl(raw);
    return url ? *url.value : QUrl();
}

bool Settings::setServerUrl(const QUrl &url) {
    const Validated<QUrl> valid = Validators::serverUrl(url);
    if (!valid) {
        return false;
    }
    store(Key::ServerUrl, valid.value->toString());
    return true;
}

QString Settings::organizationId() const {
    if (const auto found = m_overrides.constFind(Key::OrganizationId);
        found != m_overrides.cend()) {
        return found->toString();
    }
    const Validated<QString> id =
        Validators::organizationId(stored(Key::OrganizationId).toString());
    return id ? *id.value : QString();
}

bool Settings::setOrganizationId(const QString &id) {
    if (id.trimmed().isEmpty()) {
        store(Key::OrganizationId, QString());
        return true;
    }
    const Validated<QString> valid = Validators::organizationId(id);
    if (!valid) {
        return false;
    }
    store(Key::OrganizationId, *valid.value);
    return true;
}

QString Settings::organizationName() const {
    return stored(Key::OrganizationName).toString();
}

void Settings::setOrganizationName(const QString &name) {
    store(Key::OrganizationName, name.trimmed());
}

int Settings::requestTimeoutSeconds() const {
    bool ok = false;
    const int seconds = stored(Key::RequestTimeoutSeconds).toInt(&ok);
    if (!ok || seconds < MinRequestTimeoutSeconds || seconds > MaxRequestTimeoutSeconds) {
        return DefaultRequestTimeoutSeconds;
    }
    return seconds;
}

bool Settings::setRequestTimeoutSeconds(int seconds) {
    if (seconds < MinRequestTimeoutSeconds || seconds > MaxRequestTimeoutSeconds) {
        return false;
    }
    store(Key::RequestTimeoutSeconds, seconds);
    return true;
}

QStringList Settings::includes() const {
    if (const auto found = m_overrides.constFind(Key::Includes); found != m_overrides.cend()) {
        return found->toStringList();
    }
    const QVariant raw = stored(Key::Includes);
    if (raw.isValid()) {
        if (const Validated<QStringList> names = Validators::includes(raw.toString())) {
            return *names.value;
        }
    }
    return defaultValue(Key::Includes).toStringList();
}

bool Settings::setIncludes(const QStringList &names) {
    const Validated<QStringList> valid = Validators::includes(names);
    if (!valid) {
        return false;
    }
    // A comma-separated string, because QSettings cannot tell an empty list from no value.
    store(Key::Includes, valid.value->join(u','));
    return true;
}

QList<RecentLookup> Settings::recentLookups() const {
    return RecentLookups::fromJson(stored(Key::RecentLookups).toString().toUtf8());
}

void Settings::addRecentLookup(const RecentLookup &lookup) {
    if (lookup.taskId.trimmed().isEmpty()) {
        return;
    }
    store(Key::RecentLookups,
          QString::fromUtf8(RecentLookups::toJson(RecentLookups::added(recentLookups(), lookup))));
}

void Settings::removeRecentLookup(const QString &taskId) {
    const QList<RecentLookup> lookups = recentLookups();
    const QList<RecentLookup> kept = RecentLookups::removed(lookups, taskId);
    if (kept.size() != lookups.size()) {
        store(Key::RecentLookups, QString::fromUtf8(RecentLookups::toJson(kept)));
    }
}

void Settings::clearRecentLookups() {
    reset(Key::RecentLookups);
}

QString Settings::lastTab() const {
    return stored(Key::LastTab).toString();
}

void Settings::setLastTab(const QString &tabName) {
    store(Key::LastTab, tabName);
}

QString Settings::language() const {
    if (const auto found = m_overrides.constFind(Key::Language); found != m_overrides.cend()) {
        return found->toString();
    }
    const QString raw = stored(Key::Language).toString();
    if (raw.isEmpty()) {
        return {};
    }
    const Validated<QString> locale = Validators::language(raw);
    return locale ? *locale.value : QString();
}

bool Settings::setLanguage(const QString &locale) {
    if (locale.trimmed().isEmpty()) {
        store(Key::Language, QString());
        return true;
    }
    const Validated<QString> valid = Validators::language(locale);
    if (!valid) {
        return false;
    }
    store(Key::Language, *valid.value);
    return true;
}

QByteArray Settings::windowGeometry() const {
    return stored(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry) {
    store(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const {
    return stored(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state) {
    store(Key::WindowState, state);
}

namespace {

// An enum stored as its number, refused when out of range (a hand-edited file).
template<typename E>
std::optional<E> enumFrom(const QJsonValue &value, E last) {
    const int number = value.toInt(-1);
    if (number < 0 || number > int(last))
        return std::nullopt;
    return E(number);
}

} // namespace

TaskListQuery Settings::taskListChoices(const QString &orgId) const {
    TaskListQuery query;
    const QJsonObject all =
        QJsonDocument::fromJson(stored(Key::TaskListChoices).toString().toUtf8()).object();
    const QJsonObject mine = all.value(orgId).toObject();
    using Q = TaskListQuery;
    // Member and process lists need their member or process, which is not kept.
    if (const auto show = enumFrom(mine.value("show"_L1), Q::Show::All))
        query.show = *show;
    if (const auto status = enumFrom(mine.value("status"_L1), Q::Status::All))
        query.status = *status;
    if (const auto sort = enumFrom(mine.value("sort"_L1), Q::Sort::Position))
        query.sort = *sort;
    return query;
}

void Settings::setTaskListChoices(const QString &orgId, const TaskListQuery &query) {
    if (orgId.isEmpty())
        return;
    QJsonObject all =
        QJsonDocument::fromJson(stored(Key::TaskListChoices).toString().toUtf8()).object();
    const TaskListQuery::Show show =
        query.show == TaskListQuery::Show::All ? query.show : TaskListQuery::Show::Mine;
    all.insert(orgId, QJsonObject{{u"show"_s, int(show)},
                                  {u"status"_s, int(query.status)},
                                  {u"sort"_s, int(query.sort)}});
    store(Key::TaskListChoices,
          QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

QByteArray Settings::taskListHeader() const {
    return stored(Key::TaskListHeader).toByteArray();
}

void Settings::setTaskListHeader(const QByteArray &state) {
    store(Key::TaskListHeader, state);
}

QJsonValue Settings::perTaskDraft(Key key, const QString &taskId) const {
    const QJsonObject all = QJsonDocument::fromJson(stored(key).toString().toUtf8()).object();
    return all.value(taskId).toObject().value("value"_L1);
}

void Settings::setPerTaskDraft(Key key, const QString &taskId, const QJsonValue &value) {
    if (taskId.isEmpty())
        return;
    QJsonObject all = QJsonDocument::fromJson(stored(key).toString().toUtf8()).object();
    if (value.isUndefined() || value.isNull()) {
        if (!all.contains(taskId))
            return;
        all.remove(taskId);
    } else {
        all.insert(
            taskId,
            QJsonObject{{u"value"_s, value},
                        {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
        while (all.size() > MaxDrafts) {
            auto oldest = all.begin();
            for (auto it = all.begin(); it != all.end(); ++it) {
                if (it->toObject().value("at"_L1).toString() <
                    oldest->toObject().value("at"_L1).toString())
                    oldest = it;
            }
            all.erase(oldest);
        }
    }
    store(key, all.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

QString Settings::commentDraft(const QString &taskId) const {
    return perTaskDraft(Key::CommentDrafts, taskId).toString();
}

void Settings::setCommentDraft(const QString &taskId, const QString &text) {
    setPerTaskDraft(Key::CommentDrafts, taskId,
                    text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text));
}

QJsonObject Settings::answersDraft(const QString &taskId) const {
    return perTaskDraft(Key::AnswerDrafts, taskId).toObject();
}

void Settings::setAnswersDraft(const QString &taskId, const QJsonObject &answers) {
    setPerTaskDraft(Key::AnswerDrafts, taskId,
                    answers.isEmpty() ? QJsonValue() : QJsonValue(answers));
}

QByteArray Settings::splitterState() const {
    return stored(Key::SplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state) {
    store(Key::SplitterState, state);
}

QByteArray Settings::newTaskDraft() const {
    return stored(Key::NewTaskDraft).toByteArray();
}

void Settings::setNewTaskDraft(const QByteArray &json) {
    store(Key::NewTaskDraft, json);
}

void Settings::applyLaunchOptions(const LaunchOptions &options) {
    if (options.server) {
        overrideServerUrl(*options.server);
    }
    if (options.organization) {
        overrideOrganizationId(*options.organization);
    }
    if (options.includes) {
        if (const Validated<QStringList> names = Validators::includes(*options.includes)) {
            setOverride(Key::Includes, *names.value);
        }
    }
    if (options.language) {
        if (const Validated<QString> locale = Validators::language(*options.language)) {
            setOverride(Key::Language, *locale.value);
        }
    }
}

bool Settings::overrideServerUrl(const QUrl &url) {
    const Validated<QUrl> valid = Validators::serverUrl(url);
    if (!valid) {
        return false;
    }
    setOverride(Key::ServerUrl, *valid.value);
    return true;
}

bool Settings::overrideOrganizationId(const QString &id) {
    const Validated<QString> valid = Validators::organizationId(id);
    if (!valid) {
        return false;
    }
    setOverride(Key::OrganizationId, *valid.value);
    return true;
}

void Settings::clearOverrides() {
    const QList<Key> keys = m_overrides.keys();
    for (const Key key : keys) {
        changing(key, [&] { m_overrides.remove(key); });
    }
}

QString Settings::tokenKey() const {
    return TokenStore::keyFor(serverUrl(), organizationId());
}

void Settings::sync() {
    m_settings->sync();
}

QString Settings::fileName() const {
    return m_settings->fileName();
}
