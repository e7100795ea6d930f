#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxLog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList &relationKeys() {
    static const QStringList keys = {
        u"step"_s,    u"threads"_s, u"assets"_s,          u"activities"_s,
        u"folders"_s, u"roles"_s,   u"member_watchers"_s, u"guest_watchers"_s};
    return keys;
}

QString statusLabel(const QString &status) {
    if (status == "not-started"_L1)
        return u"Not Started"_s;
    if (status == "active"_L1)
        return u"Active"_s;
    if (status == "in-progress"_L1)
        return u"In Progress"_s;
    if (status == "completed"_L1)
        return u"Completed"_s;
    if (status == "auto-skipped"_L1)
        return u"Auto Skipped"_s;
    return status;
}

QJsonObject wrap(const QJsonValue &value) {
    return QJsonObject{{u"data"_s, value}};
}

// Email local parts stay ASCII: accents are stripped, other letters dropped.
QString asciiSlug(const QString &name) {
    QString out;
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

/// The first of `records` whose `key` holds `value`, or null.
const QJsonObject *findBy(const QList<QJsonObject> &records, QLatin1StringView key,
                          const QString &value, Qt::CaseSensitivity cs = Qt::CaseSensitive) {
    for (const QJsonObject &record : records) {
        if (record.value(key).toString().compare(value, cs) == 0)
            return &record;
    }
    return nullptr;
}

} // namespace

SandboxStore::SandboxStore() {
    load();
}

void SandboxStore::load() {
    QFile file(u":/sandbox/seed.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSandbox, "the seed resource :/sandbox/seed.json is missing");
        return;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qCCritical(lcSandbox, "seed.json is not valid JSON at offset %d: %s", error.offset,
                   qUtf8Printable(error.errorString()));
        return;
    }
    const QJsonObject seed = document.object();
    m_token = seed.value("token"_L1).toString();
    m_currentUserId = seed.value("current_user_id"_L1).toInteger();
    m_organization = seed.value("organization"_L1).toObject();
    m_userOrganizations = seed.value("user_organizations"_L1).toArray();
    m_taskDefaults = seed.value("task_defaults"_L1).toObject();
    const QJsonObject names = seed.value("generated_member_names"_L1).toObject();
    for (const QJsonValue name : names.value("first"_L1).toArray())
        m_firstNames.append(name.toString());
    for (const QJsonValue name : names.value("last"_L1).toArray())
        m_lastNames.append(name.toString());

    for (const QJsonValue value : seed.value("members"_L1).toArray())
        addMember(value.toObject());
    for (const QJsonValue value : seed.value("groups"_L1).toArray())
        m_groups.append(value.toObject());
    for (const QJsonValue value : seed.value("guests"_L1).toArray())
        m_guests.append(value.toObject());
    for (const QJsonValue value : seed.value("tags"_L1).toArray())
        m_tags.append(value.toObject());
    for (const QJsonValue value : seed.value("runs"_L1).toArray()) {
        const QJsonObject run = value.toObject();
        m_lastRunIncrement = std::max(m_lastRunIncrement, run.value("increment_id"_L1).toInt());
        m_runIndex.insert(run.value("id"_L1).toString(), m_runs.size());
        m_runs.append(run);
    }
    for (const QJsonValue value : seed.value("tasks"_L1).toArray()) {
        QJsonObject record = value.toObject();
        Task task;
        task.formFields = record.take("form_fields"_L1).toArray();
        task.tagIds = record.take("tags"_L1).toArray();
        task.summaryOnlyWithInclude = record.take("_summary_only_with_include"_L1).toBool();
        task.completionChecksRequiredFields =
            record.take("_completion_checks_required_fields"_L1).toBool();
        for (const QString &key : relationKeys()) {
            if (record.contains(key))
                task.relations.insert(key, record.take(key));
        }
        m_lastTaskIncrement =
            std::max(m_lastTaskIncrement, record.value("increment_id"_L1).toInt());
        task.fields = record;
        m_seedTaskIds.append(record.value("id"_L1).toString());
        addTask(task);
    }
}

void SandboxStore::addMember(const QJsonObject &member) {
    const qint64 id = member.value("id"_L1).toInteger();
    m_memberIndex.insert(id, m_members.size());
    m_memberEmails.insert(member.value("email"_L1).toString().toLower());
    m_members.append(member);
}

const QJsonObject *SandboxStore::member(qint64 id) const {
    const auto it = m_memberIndex.constFind(id);
    return it == m_memberIndex.cend() ? nullptr : &m_members.at(*it);
}

void SandboxStore::setOrganizationName(const QString &name) {
    m_organization.insert("name"_L1, name);
    for (qsizetype i = 0; i < m_userOrganizations.size(); ++i) {
        QJsonObject listed = m_userOrganizations.at(i).toObject();
        if (listed.value("id"_L1) == m_organization.value("id"_L1)) {
            listed.insert("name"_L1, name);
            m_userOrganizations.replace(i, listed);
        }
    }
}

bool SandboxStore::setMemberName(qint64 id, const QString &firstName, const QString &lastName) {
    const auto it = m_memberIndex.constFind(id);
    if (it == m_memberIndex.cend())
        return false;
    QJsonObject &record = m_members[*it];
    record.insert("first_name"_L1, firstName);
    record.insert("last_name"_L1, lastName);
    record.insert("full_name"_L1, QString(firstName + u' ' + lastName));
    return true;
}

bool SandboxStore::isMemberEmail(const QString &email) const {
    return m_memberEmails.contains(email.toLower());
}

QJsonObject SandboxStore::memberSummary(qint64 id) const {
    const QJsonObject *found = member(id);
    if (!found)
        return QJsonObject{{u"id"_s, id}};
    return QJsonObject{{u"id"_s, id},
                       {u"full_name"_s, found->value("full_name"_L1)},
                       {u"profile_pic"_s, found->value("profile_pic"_L1)}};
}

const QJsonObject *SandboxStore::group(const QString &id) const {
    return findBy(m_groups, "id"_L1, id);
}

const QJsonObject *SandboxStore::guest(const QString &email) const {
    return findBy(m_guests, "email"_L1, email, Qt::CaseInsensitive);
}

const QJsonObject *SandboxStore::tag(const QString &id) const {
    return findBy(m_tags, "id"_L1, id);
}

const QJsonObject *SandboxStore::run(const QString &id) const {
    const auto it = m_runIndex.constFind(id);
    return it == m_runIndex.cend() ? nullptr : &m_runs.at(*it);
}

const SandboxStore::Task *SandboxStore::task(const QString &id) const {
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.cend() ? nullptr : &m_tasks.at(*it);
}

SandboxStore::Task *SandboxStore::mutableTask(const QString &id) {
    ++m_version;
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.cend() ? nullptr : &m_tasks[*it];
}

void SandboxStore::recordEvent(const QString &event, const QString &taskId) {
    m_events.append({event, taskId});
}

int SandboxStore::eventCount(const QString &event, const QString &taskId) const {
    return int(std::count(m_events.cbegin(), m_events.cend(), std::pair{event, taskId}));
}

QString SandboxStore::newId() const {
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

// The seed and the generated tasks leave out the keys that every task has: the constant ones
// are the seed's task_defaults, and these follow from the task.
void SandboxStore::completeTask(QJsonObject &task) const {
    const QString status = task.value("status"_L1).toString(u"not-started"_s);
    const QString taskType = task.value("task_type"_L1).toString(u"task"_s);
    const bool emailed = taskType.startsWith("email"_L1) || taskType == "expiring_email"_L1;
    QJsonObject defaults = m_taskDefaults;
    defaults.insert(u"status"_s, status);
    defaults.insert(u"status_label"_s, statusLabel(status));
    defaults.insert(u"task_type"_s, taskType);
    defaults.insert(u"original_title"_s, task.value("title"_L1));
    defaults.insert(u"is_oneoff_task"_s, !task.value("run_id"_L1).isString());
    defaults.insert(u"is_completable"_s, status != "completed"_L1 && status != "auto-skipped"_L1);
    defaults.insert(u"starter_id"_s, m_currentUserId);
    defaults.insert(u"send_chromeless"_s, emailed ? QJsonValue(false) : QJsonValue());
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!task.contains(it.key()))
            task.insert(it.key(), it.value());
    }
    if (!task.contains("original_summary"_L1))
        task.insert(u"original_summary"_s, task.value("summary"_L1));
    if (!task.contains("last_updated"_L1))
        task.insert(u"last_updated"_s, task.value("created_at"_L1));
    QJsonObject owners = task.value("owners"_L1).toObject();
    for (const auto key : {"users"_L1, "guests"_L1, "groups"_L1}) {
        if (!owners.value(key).isArray())
            owners.insert(key, QJsonArray());
    }
    task.insert(u"owners"_s, owners);
}

QString SandboxStore::addTask(Task task) {
    completeTask(task.fields);
    const QString id = task.fields.value("id"_L1).toString();
    m_taskIndex.insert(id, m_tasks.size());
    m_tasks.append(std::move(task));
    ++m_version;
    return id;
}

QString SandboxStore::addRun(QJsonObject run) {
    const QString id = newId();
    run.insert(u"id"_s, id);
    run.insert(u"increment_id"_s, ++m_lastRunIncrement);
    m_runIndex.insert(id, m_runs.size());
    m_runs.append(run);
    ++m_version;
    return id;
}

QJsonObject SandboxStore::presentRun(const QJsonObject &run) const {
    QJsonObject out = run;
    out.remove("kickoff_fields"_L1);
    const auto [complete, total] = runProgress(run.value("id"_L1).toString());
    const double percent = total == 0 ? 0.0 : std::round(10000.0 * complete / total) / 100.0;
    out.insert(
        u"progress"_s,
        QJsonObject{{u"complete"_s, complete}, {u"total"_s, total}, {u"percent"_s, percent}});
    out.insert(u"whole_progress"_s, percent);
    QJsonObject prerun;
    for (const QJsonValue field : run.value("kickoff_fields"_L1).toArray()) {
        const QJsonObject entry = field.toObject();
        prerun.insert(entry.value("id"_L1).toString(), entry.value("field_value"_L1));
    }
    out.insert(u"prerun"_s, prerun);
    return out;
}

std::pair<int, int> SandboxStore::runProgress(const QString &id) const {
    // One pass over every task per change, not one per run shown: a list of 100 tasks with
    // with=run would otherwise read all tasks a hundred times.
    if (m_runProgressVersion != m_version) {
        m_runProgress.clear();
        for (const Task &task : m_tasks) {
            const QString runId = task.fields.value("run_id"_L1).toString();
            if (runId.isEmpty())
                continue;
            auto &[complete, total] = m_runProgress[runId];
            ++total;
            const QString status = task.fields.value("status"_L1).toString();
            if (status == "completed"_L1 || status == "auto-skipped"_L1)
                ++complete;
        }
        m_runProgressVersion = m_version;
    }
    return m_runProgress.value(id, {0, 0});
}

QJsonArray SandboxStore::includeArray(const Task &task, const QString &name) const {
    return task.relations.value(name).toArray();
}

QJsonObject SandboxStore::presentTask(const Task &task, const QStringList &includes,
                                      OwnersShape owners, bool withSummary) const {
    QJsonObject out = task.fields;
    if (owners == OwnersShape::Objects) {
        QJsonObject ownerObject = out.value("owners"_L1).toObject();
        QJsonArray users;
        for (const QJsonValue user : ownerObject.value("users"_L1).toArray())
            users.append(memberSummary(user.toInteger()));
        ownerObject.insert(u"users"_s, users);
        out.insert(u"owners"_s, ownerObject);
    }
    if ((!withSummary || task.summaryOnlyWithInclude) && !includes.contains("summary"_L1)) {
        out.remove("summary"_L1);
        out.remove("original_summary"_L1);
    }
    const QString runId = out.value("run_id"_L1).toString();
    const QJsonObject *taskRun = runId.isEmpty() ? nullptr : run(runId);
    for (const QString &include : includes) {
        if (include == "run"_L1) {
            out.insert(include, wrap(taskRun ? QJsonValue(presentRun(*taskRun))
                                             : QJsonValue(QJsonValue::Null)));
        } else if (include == "step"_L1) {
            out.insert(include, wrap(task.relations.value("step"_L1).isObject()
                                         ? task.relations.value("step"_L1)
                                         : QJsonValue(QJsonValue::Null)));
        } else if (include == "form_fields"_L1) {
            out.insert(include, wrap(task.formFields));
        } else if (include == "tags"_L1) {
            QJsonArray tags;
            for (const QJsonValue id : task.tagIds) {
                if (const QJsonObject *found = tag(id.toString()))
                    tags.append(*found);
            }
            out.insert(include, wrap(tags));
        } else if (include == "issues"_L1) {
            QJsonArray issues;
            for (const QJsonValue thread : includeArray(task, u"threads"_s)) {
                if (thread.toObject().value("label"_L1).toString() == "problem"_L1)
                    issues.append(thread);
            }
            out.insert(include, wrap(issues));
        } else if (include == "threads_count"_L1) {
            out.insert(include, includeArray(task, u"threads"_s).size());
        } else if (include == "ko-form-fields"_L1) {
            out.insert(include, wrap(taskRun ? taskRun->value("kickoff_fields"_L1).toArray()
                                             : QJsonArray()));
        } else if (include == "member_watchers"_L1) {
            QJsonArray watchers;
            for (const QJsonValue id : includeArray(task, include)) {
                QJsonObject watcher = memberSummary(id.toInteger());
                if (const QJsonObject *found = member(id.toInteger()))
                    watcher.insert(u"email"_s, found->value("email"_L1));
                watchers.append(watcher);
            }
            out.insert(include, wrap(watchers));
        } else if (include == "guest_watchers"_L1) {
            QJsonArray watchers;
            for (const QJsonValue email : includeArray(task, include)) {
                const QJsonObject *found = guest(email.toString());
                watchers.append(QJsonObject{
                    {u"email"_s, email},
                    {u"first_name"_s, found ? found->value("first_name"_L1) : QJsonValue()},
                    {u"last_name"_s, found ? found->value("last_name"_L1) : QJsonValue()}});
            }
            out.insert(include, wrap(watchers));
        } else if (include == "threads"_L1 || include == "assets"_L1 || include == "folders"_L1 ||
                   include == "roles"_L1 || include == "activities"_L1) {
            out.insert(include, wrap(includeArray(task, include)));
        } else if (include == "summary"_L1) {
            if (!out.contains("summary"_L1))
                out.insert(u"summary"_s, task.fields.value("summary"_L1).toString());
            if (!out.contains("original_summary"_L1))
                out.insert(u"original_summary"_s, task.fields.value("original_summary"_L1));
        }
    }
    return out;
}

QJsonObject SandboxStore::storedRecord(const QString &id) const {
    const Task *found = task(id);
    if (!found)
        return {};
    QJsonObject record = found->fields;
    record.insert(u"form_fields"_s, found->formFields);
    record.insert(u"tags"_s, found->tagIds);
    for (auto it = found->relations.begin(); it != found->relations.end(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

void SandboxStore::addGeneratedMembers(int count) {
    const QStringList &first = m_firstNames;
    const QStringList &last = m_lastNames;
    static const QStringList roles = {u"standard"_s, u"standard"_s, u"light"_s, u"admin"_s};
    static const QStringList jobs = {u"Account Manager"_s, u"Analyst"_s,    u"Engineer"_s,
                                     u"Coordinator"_s,     u"Consultant"_s, u""_s};
    const QDateTime base(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const int n = m_generatedMembers++;
        const qint64 id = 20001 + n;
        const QString firstName = first.at(n % first.size());
        const QString lastName = last.at((n / first.size() + n) % last.size());
        const QString email = asciiSlug(firstName) + u'.' + asciiSlug(lastName) + u'.' +
                              QString::number(id) + "@brightwater.example"_L1;
        const QString role = roles.at(n % roles.size());
        const QString created =
            base.addSecs(qint64(n) * 3607).toString(Qt::ISODate).replace("Z"_L1, "+00:00"_L1);
        addMember(QJsonObject{
            {u"id"_s, id},
            {u"email"_s, email},
            {u"username"_s, QString(asciiSlug(firstName) + QString::number(id))},
            {u"first_name"_s, firstName},
            {u"last_name"_s, lastName},
            {u"full_name"_s, QString(firstName + u' ' + lastName)},
            {u"profile_pic"_s, QJsonValue::Null},
            {u"job_title"_s, jobs.at(n % jobs.size())},
            {u"phone"_s, QJsonValue::Null},
            {u"country_id"_s, QJsonValue::Null},
            {u"role"_s, role},
            {u"status"_s, u"active"_s},
            {u"is_active"_s, true},
            {u"type"_s, u"member"_s},
            {u"is_default_admin"_s, false},
            {u"timezone"_s, u"Europe/Berlin"_s},
            {u"UTC_offset"_s, u"+01:00"_s},
            {u"date_format"_s, u"dd/mm/yyyy"_s},
            {u"last_login_at"_s, QJsonValue::Null},
            {u"activated_at"_s, created},
            {u"created_at"_s, created},
            {u"updated_at"_s, created},
        });
    }
}

void SandboxStore::addGeneratedTasks(int count) {
    static const QStringList verbs = {u"Review"_s, u"Send"_s,    u"Check"_s, u"Approve"_s,
                                      u"Update"_s, u"Collect"_s, u"Plan"_s,  u"Renew"_s};
    static const QStringList things = {u"the supplier invoice"_s, u"the onboarding pack"_s,
                                       u"the quarterly report"_s, u"the office lease"_s,
                                       u"the travel budget"_s,    u"the security checklist"_s};
    static const QStringList statuses = {u"not-started"_s, u"in-progress"_s, u"active"_s,
                                         u"completed"_s};
    static const QStringList types = {u"task"_s, u"task"_s, u"approval"_s, u"expiring"_s,
                                      u"email"_s};
    QRandomGenerator random(quint32(0x7a5c + count));
    // IDs from a generator of their own, seeded by what is already stored too: the same store
    // and count give the same tasks, IDs included, and a second batch new IDs.
    QRandomGenerator ids(quint32(0x1d5 + count) ^ (quint32(m_tasks.size()) * 2654435761U));
    const QDateTime base(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QJsonObject &member = m_members.at(i % m_members.size());
        const bool oneOff = m_runs.isEmpty() || i % 3 == 0;
        const QString status = statuses.at(int(random.bounded(quint32(statuses.size()))));
        const QString type = types.at(int(random.bounded(quint32(types.size()))));
        Task task;
        const QString created = base.addSecs(-qint64(i) * 3600).toString(Qt::ISODateWithMs);
        QByteArray idBytes(16, Qt::Uninitialized);
        ids.fillRange(reinterpret_cast<quint32 *>(idBytes.data()), 4);
        task.fields = QJsonObject{
            {u"id"_s, QString::fromLatin1(idBytes.toHex())},
            {u"increment_id"_s, nextTaskIncrement()},
            {u"title"_s, u"%1 %2 (#%3)"_s
                             .arg(verbs.at(int(random.bounded(quint32(verbs.size())))),
                                  things.at(int(random.bounded(quint32(things.size())))))
                             .arg(i + 1)},
            {u"status"_s, status},
            {u"task_type"_s, type},
            {u"run_id"_s, oneOff ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(m_runs.at(i % m_runs.size()).value("id"_L1))},
            {u"is_oneoff_task"_s, oneOff},
            {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{member.value("id"_L1)}},
                                      {u"guests"_s, QJsonArray()},
                                      {u"groups"_s, QJsonArray()}}},
            {u"deadline"_s, base.addSecs(qint64(random.bounded(60 * 24)) * 3600 - 20 * 24 * 3600)
                                .toString(Qt::ISODateWithMs)},
            {u"created_at"_s, created},
            {u"completed_at"_s, status == "completed"_L1 ? QJsonValue(created) : QJsonValue()},
            {u"problem"_s, i % 17 == 0},
        };
        addTask(std::move(task));
    }
}

QString SandboxStore::addLargeTask(int formFieldCount) {
    static const QStringList words = {
        u"contract"_s,  u"renewal"_s, u"clause"_s,    u"supplier"_s, u"invoice"_s,  u"terms"_s,
        u"signed"_s,    u"annex"_s,   u"liability"_s, u"delivery"_s, u"schedule"_s, u"audit"_s,
        u"payment"_s,   u"notice"_s,  u"period"_s,    u"warranty"_s, u"scope"_s,    u"Zürich"_s,
        u"São Paulo"_s, u"review"_s,  u"approved"_s,  u"pending"_s,  u"draft"_s,    u"archive"_s};
    constexpr int answerLength = 4000;
    Task task;
    const QString id = newId();
    QRandomGenerator random(0x5eed);
    QJsonArray fields;
    for (int i = 0; i < formFieldCount; ++i) {
        QString answer;
        answer.reserve(answerLength + 16);
        while (answer.size() < answerLength) {
            answer += words.at(int(random.bounded(quint32(words.size()))));
            answer += (random.bounded(12U) == 0) ? u'\n' : u' ';
        }
        const QString fieldId = u"b2"_s + QString::number(i, 16).rightJustified(30, u'0');
        fields.append(QJsonObject{
            {u"id"_s, fieldId},
            {u"field_type"_s, u"textarea"_s},
            {u"label"_s, u"Contract note %1"_s.arg(i + 1, 4, 10, QLatin1Char('0'))},
            {u"required"_s, i % 7 == 0},
            {u"position"_s, i + 1},
            {u"field_value"_s, answer},
        });
    }
    task.formFields = fields;
    const QString now = SandboxJson::now();
    task.fields = QJsonObject{
        {u"id"_s, id},
        {u"increment_id"_s, nextTaskIncrement()},
        {u"title"_s, u"Archive the 2019-2025 supplier contracts (large form)"_s},
        {u"summary"_s, u"<p>One note per archived contract.</p>"_s},
        {u"status"_s, u"active"_s},
        {u"task_type"_s, u"task"_s},
        {u"is_oneoff_task"_s, true},
        {u"owners"_s, QJsonObject{{u"users"_s, QJsonArray{m_currentUserId}},
                                  {u"guests"_s, QJsonArray()},
                                  {u"groups"_s, QJsonArray()}}},
        {u"deadline"_s, u"2027-01-29T17:00:00.000Z"_s},
        {u"created_at"_s, now},
    };
    task.relations.insert(u"threads"_s,
                          QJsonArray{QJsonObject{{u"id"_s, newId()},
                                                 {u"content"_s, u"Started with 2019."_s},
                                                 {u"label"_s, u"comment"_s},
                                                 {u"state"_s, u"open"_s},
                                                 {u"author_id"_s, m_currentUserId},
                                                 {u"created_at"_s, now}}});
    m_seedTaskIds.append(id);
    return addTask(std::move(task));
}
