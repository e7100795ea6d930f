#pragma once

#include "core/domain/TaskListQuery.h"

#include "core/settings/RecentLookups.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;
struct LaunchOptions;

/// Taskdesk's typed settings over QSettings, with one table of keys and defaults. It never
/// holds a token: tokens live in a TokenStore, and only the key naming one (tokenKey()) may
/// appear here or in logs.
///
/// Values given on the command line (applyLaunchOptions) or by the sandbox override the stored
/// ones for this run only and are never written. A setter called for an overridden key writes
/// the new value and ends the override: the user's explicit choice wins.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        ServerUrl,             ///< QUrl, API base; default https://go.tallyfy.com/api; empty
                               ///< when the file holds one that is refused (see rejection())
        OrganizationId,        ///< QString, 32 lowercase hex or empty
        OrganizationName,      ///< QString, for display only
        RequestTimeoutSeconds, ///< int, default 60
        Includes,              ///< QStringList, `with=` names; TaskIncludes::defaults()
        RecentLookups,         ///< QList<RecentLookup>, newest first
        LastTab,               ///< QString, object name of the last tab shown
        Language,              ///< QString, locale name; empty: the system's
        WindowGeometry,        ///< QByteArray, QWidget::saveGeometry()
        WindowState,           ///< QByteArray, QMainWindow::saveState()
        SplitterState,         ///< QByteArray, QSplitter::saveState()
        NewTaskDraft,          ///< QByteArray, the one-off task draft as JSON
        TaskListChoices,       ///< QString, JSON: per organization, the Tasks pane's Show,
                               ///< Status and Sort
        TaskListHeader,        ///< QByteArray, the Tasks list's QHeaderView::saveState()
        CommentDrafts,         ///< QString, JSON: per task, the unsent text of its comment box
        AnswerDrafts,          ///< QString, JSON: per task, the unsaved form answers
    };
    Q_ENUM(Key)

    static constexpr int DefaultRequestTimeoutSeconds = 60;
    static constexpr int MinRequestTimeoutSeconds = 5;
    static constexpr int MaxRequestTimeoutSeconds = 600;
    static constexpr qsizetype MaxRecentLookups = RecentLookups::MaxCount;
    /// Drafts of each kind (comments, answers) kept at most; beyond, the least recently written
    /// goes.
    static constexpr qsizetype MaxDrafts = 100;

    /// A value the settings file holds but its validator refuses: a hand-edited or tampered
    /// file. Shown to the user instead of being replaced silently.
    struct Rejection final {
        Key key = Key::ServerUrl;
        QString storedText; ///< as found in the file
        QString reason;     ///< translated, from the validator
    };

    /// The application's own settings (QCoreApplication organization and application names).
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in the INI file `iniFilePath`.
    explicit Settings(const QString &iniFilePath, QObject *parent = nullptr);
    /// Settings in `directory`/taskdesk.ini, for tests.
    [[nodiscard]] static std::unique_ptr<Settings> forTesting(const QString &directory);
    ~Settings() override;

    /// Every key, in table order.
    [[nodiscard]] static QList<Key> allKeys();
    /// Where a key lives in the settings file, e.g. "server/url".
    [[nodiscard]] static QString storageKey(Key key);
    /// The value a key has when nothing is stored, typed as value(key) is.
    [[nodiscard]] static QVariant defaultValue(Key key);

    /// The value in force (override, else stored, else default), typed as listed in Key.
    [[nodiscard]] QVariant value(Key key) const;
    [[nodiscard]] bool isOverridden(Key key) const;
    /// Why the stored value of `key` is refused; nothing when it is accepted, absent or
    /// overridden for this run. Answers for the keys that say where and as whom the app
    /// connects (ServerUrl, OrganizationId); the others fall back to their defaults.
    [[nodiscard]] std::optional<Rejection> rejection(Key key) const;
    /// Forgets the stored value (and any override): the key falls back to its default.
    void reset(Key key);

    /// The server in force. A stored URL that Validators::serverUrl refuses (say a tampered
    /// `http://` address) gives an empty URL, never the default: a token stored or given for one
    /// server must not silently go to another. rejection(Key::ServerUrl) says why.
    [[nodiscard]] QUrl serverUrl() const;
    /// False, and nothing stored, when Validators::serverUrl refuses `url`.
    bool setServerUrl(const QUrl &url);

    [[nodiscard]] QString organizationId() const;
    /// Normalized by Validators::organizationId; an empty `id` clears it. False when refused.
    bool setOrganizationId(const QString &id);

    [[nodiscard]] QString organizationName() const;
    void setOrganizationName(const QString &name);

    [[nodiscard]] int requestTimeoutSeconds() const;
    /// False outside MinRequestTimeoutSeconds..MaxRequestTimeoutSeconds.
    bool setRequestTimeoutSeconds(int seconds);

    [[nodiscard]] QStringList includes() const;
    /// False when a name is not a documented include; duplicates are dropped.
    bool setIncludes(const QStringList &includes);

    [[nodiscard]] QList<RecentLookup> recentLookups() const;
    /// Puts `lookup` first, drops an older entry for the same task, keeps MaxRecentLookups and
    /// cuts long titles (RecentLookups::added()).
    void addRecentLookup(const RecentLookup &lookup);
    void removeRecentLookup(const QString &taskId);
    void clearRecentLookups();

    [[nodiscard]] QString lastTab() const;
    void setLastTab(const QString &tabName);

    [[nodiscard]] QString language() const;
    /// Empty for the system's language; false when Validators::language refuses `locale`.
    bool setLanguage(const QString &locale);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// The Tasks pane's last Show, Status and Sort in organization `orgId` (the rest of the
    /// query at its defaults); a default query when none was saved.
    [[nodiscard]] TaskListQuery taskListChoices(const QString &orgId) const;
    void setTaskListChoices(const QString &orgId, const TaskListQuery &query);
    [[nodiscard]] QByteArray taskListHeader() const;
    void setTaskListHeader(const QByteArray &state);
    /// The unsent text of the comment box of task `taskId`; empty when none is kept.
    [[nodiscard]] QString commentDraft(const QString &taskId) const;
    /// Keeps `text` for `taskId` (blank text forgets it), MaxDrafts tasks at most.
    void setCommentDraft(const QString &taskId, const QString &text);
    /// The unsaved form answers of task `taskId` as `taskdata` values by field ID; empty when
    /// none are kept.
    [[nodiscard]] QJsonObject answersDraft(const QString &taskId) const;
    /// Keeps `answers` for `taskId` (empty forgets them), MaxDrafts tasks at most.
    void setAnswersDraft(const QString &taskId, const QJsonObject &answers);
    [[nodiscard]] QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    [[nodiscard]] QByteArray newTaskDraft() const;
    void setNewTaskDraft(const QByteArray &json);

    /// Overrides the server, organization, includes and language given on the command line.
    void applyLaunchOptions(const LaunchOptions &options);
    /// For the sandbox, whose URL is known only once it listens. Refused like setServerUrl.
    bool overrideServerUrl(const QUrl &url);
    bool overrideOrganizationId(const QString &id);
    void clearOverrides();

    /// The TokenStore key for the server and organization in force.
    [[nodiscard]] QString tokenKey() const;

    /// Writes pending changes to disk.
    void sync();
    [[nodiscard]] QString fileName() const;

Q_SIGNALS:
    /// The value in force for `key` changed (by a setter, a reset or an override).
    void changed(Settings::Key key);

private:
    [[nodiscard]] QVariant stored(Key key) const;
    void store(Key key, const QVariant &storedForm);
    void setOverride(Key key, const QVariant &typedValue);
    [[nodiscard]] QJsonValue perTaskDraft(Key key, const QString &taskId) const;
    /// Undefined or null forgets the draft of `taskId`.
    void setPerTaskDraft(Key key, const QString &taskId, const QJsonValue &value);
    template<typename Change>
    void changing(Key key, Change change);

    std::unique_ptr<QSettings> m_settings;
    QMap<Key, QVariant> m_overrides;
};
