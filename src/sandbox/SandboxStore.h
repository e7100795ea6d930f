#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// The sandbox's data: one organization with its members, groups, guests, tags, runs and tasks,
/// loaded from the seed and grown by creates. Also shapes tasks and runs as the API returns them.
class SandboxStore final {
public:
    /// One task as stored: the fields of a plain single GET (owners.users as IDs) and its
    /// relations, which includes add.
    struct Task {
        QJsonObject fields;
        QJsonArray formFields; // entries as `with=form_fields` lists them
        QJsonArray tagIds;
        QJsonObject relations; // step, threads, assets, activities, folders, roles, watchers
        // Answers carry `summary` only when `with=summary` asks for it, as some servers do
        // (seed key "_summary_only_with_include"), so that a client's default lookup must ask.
        bool summaryOnlyWithInclude = false;
        // Completion answers 422 while a required form field is unanswered (seed key
        // "_completion_checks_required_fields"). Opt-in, so that tests which complete seeded
        // tasks with unanswered required fields keep working.
        bool completionChecksRequiredFields = false;
    };

    enum class OwnersShape { Ids, Objects };

    SandboxStore();

    QString token() const { return m_token; }
    qint64 currentUserId() const { return m_currentUserId; }
    QString orgId() const { return m_organization.value(QLatin1String("id")).toString(); }
    QJsonObject organization() const { return m_organization; }
    QJsonArray userOrganizations() const { return m_userOrganizations; }

    const QList<QJsonObject> &members() const { return m_members; }
    const QJsonObject *member(qint64 id) const;
    bool isMemberEmail(const QString &email) const;
    QJsonObject memberSummary(qint64 id) const; // {id, full_name, profile_pic}
    const QList<QJsonObject> &groups() const { return m_groups; }
    const QJsonObject *group(const QString &id) const;
    const QList<QJsonObject> &guests() const { return m_guests; }
    const QJsonObject *guest(const QString &email) const;
    const QList<QJsonObject> &tags() const { return m_tags; }
    const QJsonObject *tag(const QString &id) const;
    const QList<QJsonObject> &runs() const { return m_runs; }
    const QJsonObject *run(const QString &id) const;
    const QList<Task> &tasks() const { return m_tasks; }
    const Task *task(const QString &id) const;
    /// The stored task to change (completion, threads); null for an unknown ID. Counts as a
    /// change (version()).
    Task *mutableTask(const QString &id);
    /// Grows with every change to tasks or runs, so that answers derived from them (a list's
    /// matches, a run's progress) can be kept until it moves.
    [[nodiscard]] quint64 version() const { return m_version; }
    /// Notes an event the server raises (e.g. "task.completed": webhooks, emails, activity), so
    /// that tests can count how often a client made the server raise it.
    void recordEvent(const QString &event, const QString &taskId);
    [[nodiscard]] int eventCount(const QString &event, const QString &taskId) const;
    QStringList seedTaskIds() const { return m_seedTaskIds; }

    /// The run as run lists and the `run` include show it, with its progress computed from tasks.
    QJsonObject presentRun(const QJsonObject &run) const;
    /// The task as the API returns it, with the requested includes wrapped in {"data": ...}.
    /// `summary` and `original_summary` are left out unless `withSummary` holds and the task
    /// shows them without the include, or `includes` has `summary`.
    QJsonObject presentTask(const Task &task, const QStringList &includes, OwnersShape owners,
                            bool withSummary) const;
    QJsonObject storedRecord(const QString &id) const;

    QString newId() const; // 32 lowercase hex
    int nextTaskIncrement() { return ++m_lastTaskIncrement; }
    QString addTask(Task task);
    void completeTask(QJsonObject &task) const;
    QString addRun(QJsonObject run);
    void addGeneratedMembers(int count);
    QString addLargeTask(int formFieldCount);
    /// Adds `count` generated tasks, the same for the same count: spread over members,
    /// statuses, types, deadlines (past and future) and runs (a third are one-off).
    void addGeneratedTasks(int count);
    /// For tests of how server text is shown: renames the organization wherever it is listed.
    void setOrganizationName(const QString &name);
    /// Renames a member (first, last and full name); false for an unknown ID.
    bool setMemberName(qint64 id, const QString &firstName, const QString &lastName);

private:
    void load();
    void addMember(const QJsonObject &member);
    QJsonArray includeArray(const Task &task, const QString &name) const;
    /// (complete, total) of the run `id`, counted once per version() for every run.
    std::pair<int, int> runProgress(const QString &id) const;

    QString m_token;
    qint64 m_currentUserId = 0;
    QJsonObject m_organization;
    /// The seed's keys of every task (task_defaults) and the names of generated members.
    QJsonObject m_taskDefaults;
    QStringList m_firstNames;
    QStringList m_lastNames;
    QJsonArray m_userOrganizations;
    QList<QJsonObject> m_members;
    QHash<qint64, qsizetype> m_memberIndex;
    QSet<QString> m_memberEmails;
    QList<QJsonObject> m_groups;
    QList<QJsonObject> m_guests;
    QList<QJsonObject> m_tags;
    QList<QJsonObject> m_runs;
    QHash<QString, qsizetype> m_runIndex;
    QList<Task> m_tasks;
    QHash<QString, qsizetype> m_taskIndex;
    QStringList m_seedTaskIds;
    int m_lastTaskIncrement = 0;
    int m_lastRunIncrement = 0;
    int m_generatedMembers = 0;
    QList<std::pair<QString, QString>> m_events; // (event, task ID) in the order raised
    quint64 m_version = 0;
    mutable QHash<QString, std::pair<int, int>> m_runProgress;
    mutable quint64 m_runProgressVersion = ~quint64(0);
};
