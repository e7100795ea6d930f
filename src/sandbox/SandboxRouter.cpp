#include "sandbox/SandboxRouter.h"

#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxTaskActions.h"
#include "sandbox/SandboxTaskFactory.h"
#include "sandbox/SandboxTaskUpdate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxPerPage = 100;

SandboxResponse notFoundEndpoint() {
    return SandboxResponse::json(404, QJsonObject{{u"error"_s, true},
                                                  {u"message"_s, u"API endpoint not found"_s},
                                                  {u"code"_s, u"ENDPOINT_NOT_FOUND"_s}});
}

// The run of a run-scoped action route (organizations/{org}/runs/{run}/...), else empty.
QString actionRunId(const QStringList &segments) {
    return segments.size() >= 5 && segments.at(2) == "runs"_L1 ? segments.at(3) : QString();
}

// The edge proxy answers before the API when X-Tallyfy-Client is missing.
SandboxResponse edgeNotFound() {
    return SandboxResponse::raw(
        404, QByteArrayLiteral("text/html; charset=UTF-8"),
        QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                          "<title>404 Not Found</title></head>\n<body>\n<h1>Not Found</h1>\n"
                          "<p>The requested URL was not found on this server.</p>\n"
                          "<p class=\"ref\">Reference: apsh546</p>\n</body>\n</html>\n"));
}

// Query values as PHP reads them: '+' is a space, then percent-decoding.
QString param(const SandboxRequest &request, const QString &key) {
    QString encoded = request.query.queryItemValue(key, QUrl::FullyEncoded);
    encoded.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

bool hasParam(const SandboxRequest &request, const QString &key) {
    return request.query.hasQueryItem(key);
}

QStringList includes(const SandboxRequest &request) {
    QStringList out;
    const QStringList parts = param(request, u"with"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    }
    return out;
}

bool containsText(const QJsonObject &object, QLatin1String key, const QString &needle) {
    return object.value(key).toString().contains(needle, Qt::CaseInsensitive);
}

QDateTime timestamp(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

struct DateRange {
    QDate from;
    QDate to;
};

// "YYYY-MM-DD" or "YYYY-MM-DD:YYYY-MM-DD"; nullopt when malformed.
std::optional<DateRange> dateRange(const QString &text) {
    const QStringList parts = text.split(u':');
    if (parts.size() > 2)
        return std::nullopt;
    const QDate from = QDate::fromString(parts.first(), Qt::ISODate);
    const QDate to = parts.size() == 2 ? QDate::fromString(parts.last(), Qt::ISODate) : from;
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return DateRange{from, to};
}

QSet<QString> splitSet(const QString &text) {
    QSet<QString> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.insert(part.trimmed().toLower());
    return out;
}

bool isIncomplete(const QString &status) {
    return status == "not-started"_L1 || status == "active"_L1 || status == "in-progress"_L1;
}

// One part of a `status` filter (section 6.3): whether `task` matches it, or nullopt when the
// part names no filter (then it adds no condition, as on the real server: a typo, `completed`,
// or an older spelling returns every task with a 200).
std::optional<bool> statusPartMatches(const QString &part, const QJsonObject &task) {
    const QString status = task.value("status"_L1).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime deadline = timestamp(task.value("deadline"_L1));
    const bool open = isIncomplete(status);
    if (part == "all"_L1)
        return true;
    if (part == "active"_L1)
        return open || status == "auto-skipped"_L1;
    if (part == "active-visible"_L1)
        return status == "not-started"_L1 || status == "in-progress"_L1 || status == "active"_L1;
    if (part == "not-started"_L1)
        return status == "not-started"_L1;
    if (part == "in-progress"_L1)
        return status == "in-progress"_L1 || status == "active"_L1;
    if (part == "complete"_L1)
        return status == "completed"_L1;
    if (part == "overdue"_L1)
        return open && deadline.isValid() && deadline < now;
    if (part == "due-soon"_L1)
        return open && deadline.isValid() && deadline >= now && deadline < now.addDays(1);
    if (part == "on-time"_L1)
        return open && (!deadline.isValid() || deadline >= now);
    if (part == "has-problem"_L1)
        return task.value("problem"_L1).toBool() || task.value("has_issues"_L1).toBool();
    if (part == "has-improvement"_L1)
        return false;
    return std::nullopt;
}

// A whole `status` value: parts split on commas and ORed; `all` beside other parts is dropped;
// parts that name no filter add no condition, so a value of only those matches every task.
bool statusMatches(const QString &filter, const QJsonObject &task) {
    QStringList parts = filter.split(u',', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    if (parts.size() > 1)
        parts.removeAll(u"all"_s);
    bool anyKnown = false;
    for (const QString &part : std::as_const(parts)) {
        const std::optional<bool> matches = statusPartMatches(part, task);
        if (!matches)
            continue;
        anyKnown = true;
        if (*matches)
            return true;
    }
    return !anyKnown;
}

} // namespace

SandboxRouter::SandboxRouter(SandboxStore &store)
    : m_store(store) {}

SandboxResponse SandboxRouter::route(const SandboxRequest &request, const QUrl &origin) {
    if (request.header("x-tallyfy-client") != "APIClient")
        return edgeNotFound();

    QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.first() != "api"_L1)
        return notFoundEndpoint();
    segments.removeFirst();

    // Route first (an unknown path is a 404 whatever the token), then the method.
    std::optional<Endpoint> endpoint;
    bool post = false;
    bool put = false;     // the task routes also take an update
    QByteArray writeOnly; // the one method of an action route (POST or DELETE)
    const qsizetype n = segments.size();
    const auto is = [&segments](qsizetype i, QLatin1String word) { return segments.at(i) == word; };
    if (n == 1 && is(0, "me"_L1)) {
        endpoint = Endpoint::Me;
    } else if (n == 2 && is(0, "me"_L1) && is(1, "organizations"_L1)) {
        endpoint = Endpoint::MyOrganizations;
    } else if (n >= 2 && is(0, "organizations"_L1)) {
        if (n == 2) {
            endpoint = Endpoint::Organization;
        } else if (n == 3) {
            const QString word = segments.at(2);
            if (word == "me"_L1)
                endpoint = Endpoint::OrganizationMe;
            else if (word == "tasks"_L1)
                endpoint = Endpoint::Tasks, post = true;
            else if (word == "runs"_L1)
                endpoint = Endpoint::Runs;
            else if (word == "users"_L1)
                endpoint = Endpoint::Users;
            else if (word == "users-list"_L1)
                endpoint = Endpoint::UsersList;
            else if (word == "groups"_L1)
                endpoint = Endpoint::Groups;
            else if (word == "guests"_L1)
                endpoint = Endpoint::Guests;
            else if (word == "tags"_L1)
                endpoint = Endpoint::Tags;
            else if (word == "completed-tasks"_L1)
                endpoint = Endpoint::CompletedTasks, writeOnly = "POST";
            else if (word == "search"_L1)
                endpoint = Endpoint::Search;
        } else if (n == 4) {
            if (is(2, "me"_L1) && is(3, "tasks"_L1))
                endpoint = Endpoint::MyTasks;
            else if (is(2, "tasks"_L1))
                endpoint = Endpoint::Task, put = true;
            else if (is(2, "runs"_L1))
                endpoint = Endpoint::Run;
            else if (is(2, "guests"_L1))
                endpoint = Endpoint::Guest;
            else if (is(2, "completed-tasks"_L1))
                endpoint = Endpoint::CompletedTask, writeOnly = "DELETE";
        } else if (n == 5 && is(2, "runs"_L1) && is(4, "tasks"_L1)) {
            endpoint = Endpoint::RunTasks;
        } else if (n == 5 && is(2, "users"_L1) && is(4, "tasks"_L1)) {
            endpoint = Endpoint::UserTasks;
        } else if (n == 5 && is(2, "runs"_L1) && is(4, "completed-tasks"_L1)) {
            endpoint = Endpoint::CompletedTasks, writeOnly = "POST";
        } else if (n == 5 && is(2, "tasks"_L1)) {
            if (is(4, "comment"_L1))
                endpoint = Endpoint::TaskComment, writeOnly = "POST";
            else if (is(4, "problem"_L1))
                endpoint = Endpoint::TaskProblem, writeOnly = "POST";
            else if (is(4, "resolved-threads"_L1))
                endpoint = Endpoint::TaskResolvedThread, writeOnly = "POST";
        } else if (n == 6 && is(2, "runs"_L1) && is(4, "tasks"_L1)) {
            endpoint = Endpoint::RunTask, put = true;
        } else if (n == 6 && is(2, "runs"_L1) && is(4, "completed-tasks"_L1)) {
            endpoint = Endpoint::CompletedTask, writeOnly = "DELETE";
        }
    }
    if (!endpoint)
        return notFoundEndpoint();
    const bool methodAllowed = writeOnly.isEmpty() ? request.method == "GET" ||
                                                         (post && request.method == "POST") ||
                                                         (put && request.method == "PUT")
                                                   : request.method == writeOnly;
    if (!methodAllowed) {
        const QString allowed = !writeOnly.isEmpty() ? QString::fromLatin1(writeOnly)
                                : post               ? u"GET, POST"_s
                                : put                ? u"GET, PUT"_s
                                                     : u"GET"_s;
        SandboxResponse response = SandboxResponse::json(
            405,
            QJsonObject{{u"message"_s,
                         u"The %1 method is not supported for this route. Supported "
                         u"methods: %2."_s.arg(QString::fromLatin1(request.method), allowed)}});
        response.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
        return response;
    }

    if (request.header("authorization") != "Bearer " + m_store.token().toUtf8())
        return SandboxResponse::json(401, QJsonObject{{u"message"_s, u"Unauthenticated."_s}});

    if (segments.first() == "organizations"_L1 && segments.at(1) != m_store.orgId()) {
        return SandboxResponse::json(
            403, QJsonObject{{u"message"_s,
                              u"You do not have access to this organization. Create a token "
                              u"while this organization is active in Tallyfy."_s}});
    }
    return dispatch(*endpoint, segments, Context{request, origin});
}

SandboxResponse SandboxRouter::dispatch(Endpoint endpoint, const QStringList &segments,
                                        const Context &c) {
    switch (endpoint) {
    case Endpoint::Me: {
        const QJsonObject *me = m_store.member(m_store.currentUserId());
        QJsonObject data;
        for (const auto key :
             {"id"_L1, "email"_L1, "username"_L1, "first_name"_L1, "last_name"_L1, "full_name"_L1,
              "profile_pic"_L1, "timezone"_L1, "last_login_at"_L1, "created_at"_L1}) {
            data.insert(key, me ? me->value(key) : QJsonValue());
        }
        return SandboxResponse::json(200, QJsonObject{{u"data"_s, data}});
    }
    case Endpoint::MyOrganizations: {
        QList<QJsonObject> items;
        for (const QJsonValue value : m_store.userOrganizations())
            items.append(value.toObject());
        return page(items, c, 10, Links::Fractal, false);
    }
    case Endpoint::Organization:
        return SandboxResponse::json(200, QJsonObject{{u"data"_s, m_store.organization()}});
    case Endpoint::OrganizationMe: {
        const QJsonObject *me = m_store.member(m_store.currentUserId());
        return SandboxResponse::json(200, QJsonObject{{u"data"_s, me ? *me : QJsonObject()}});
    }
    case Endpoint::MyTasks:
        return taskList(c, {}, true);
    case Endpoint::Tasks:
        if (c.request.method == "POST")
            return SandboxTaskFactory(m_store).create(c.request.body);
        return taskList(c, {}, false);
    case Endpoint::Task:
        if (c.request.method == "PUT")
            return SandboxTaskUpdate(m_store).update({}, segments.at(3), c.request.body);
        return singleTask(c, {}, segments.at(3));
    case Endpoint::Runs:
        return runList(c);
    case Endpoint::Run: {
        const QJsonObject *run = m_store.run(segments.at(3));
        if (!run)
            return SandboxResponse::recordNotFound();
        return SandboxResponse::json(200, QJsonObject{{u"data"_s, m_store.presentRun(*run)}});
    }
    case Endpoint::RunTasks:
        if (!m_store.run(segments.at(3)))
            return SandboxResponse::recordNotFound();
        return taskList(c, segments.at(3), false);
    case Endpoint::RunTask:
        if (c.request.method == "PUT")
            return SandboxTaskUpdate(m_store).update(segments.at(3), segments.at(5),
                                                     c.request.body);
        return singleTask(c, segments.at(3), segments.at(5));
    case Endpoint::UserTasks: {
        bool ok = false;
        const qint64 id = segments.at(3).toLongLong(&ok);
        if (!ok || !m_store.member(id))
            return SandboxResponse::recordNotFound();
        return taskList(c, {}, false, id);
    }
    case Endpoint::Users:
        return userList(c, false);
    case Endpoint::UsersList:
        return userList(c, true);
    case Endpoint::Groups:
        return groupList(c);
    case Endpoint::Guests:
        return guestList(c);
    case Endpoint::Guest: {
        const QJsonObject *guest = m_store.guest(segments.at(3));
        if (!guest)
            return SandboxResponse::recordNotFound();
        // Documented as 201 (quirk 20); the sandbox follows the documentation.
        return SandboxResponse::json(201, QJsonObject{{u"data"_s, *guest}});
    }
    case Endpoint::Tags:
        return tagList(c);
    case Endpoint::CompletedTasks:
        return SandboxTaskActions(m_store).complete(actionRunId(segments), c.request.body);
    case Endpoint::CompletedTask:
        return SandboxTaskActions(m_store).reopen(actionRunId(segments), segments.last());
    case Endpoint::TaskComment:
        return SandboxTaskActions(m_store).comment(segments.at(3), c.request.body);
    case Endpoint::TaskProblem:
        return SandboxTaskActions(m_store).reportProblem(segments.at(3), c.request.body);
    case Endpoint::TaskResolvedThread:
        return SandboxTaskActions(m_store).resolveProblem(segments.at(3), c.request.body);
    case Endpoint::Search:
        return search(c);
    }
    return notFoundEndpoint();
}

SandboxResponse SandboxRouter::page(const QList<QJsonObject> &items, const Context &c,
                                    int defaultPerPage, Links links, bool allowUnpaged) const {
    return page(
        items.size(), [&items](qsizetype i) { return items.at(i); }, c, defaultPerPage, links,
        allowUnpaged);
}

SandboxResponse SandboxRouter::page(qsizetype total,
                                    const std::function<QJsonObject(qsizetype)> &itemAt,
                                    const Context &c, int defaultPerPage, Links links,
                                    bool allowUnpaged) const {
    if (allowUnpaged && param(c.request, u"without_pagination"_s) == "true"_L1) {
        QJsonArray data;
        for (qsizetype i = 0; i < total; ++i)
            data.append(itemAt(i));
        return SandboxResponse::json(200, QJsonObject{{u"data"_s, data}});
    }
    int perPage = defaultPerPage;
    if (hasParam(c.request, u"per_page"_s)) {
        bool ok = false;
        const int asked = param(c.request, u"per_page"_s).toInt(&ok);
        if (ok && asked > 0)
            perPage = std::min(asked, maxPerPage);
    }
    bool pageOk = false;
    const int currentPage = std::max(1, param(c.request, u"page"_s).toInt(&pageOk));
    const int totalPages = std::max(1, int((total + perPage - 1) / perPage));
    QJsonArray data;
    const qsizetype first = qsizetype(currentPage - 1) * perPage;
    for (qsizetype i = first; i < total && i < first + perPage; ++i)
        data.append(itemAt(i));

    const auto pageUrl = [&c](int number) {
        QUrl url = c.origin;
        url.setPath(c.request.path);
        QUrlQuery query = c.request.query;
        query.removeAllQueryItems(u"page"_s);
        query.addQueryItem(u"page"_s, QString::number(number));
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    };
    const QJsonValue next = currentPage < totalPages ? QJsonValue(pageUrl(currentPage + 1))
                                                     : QJsonValue(QJsonValue::Null);
    const QJsonValue previous =
        currentPage > 1 ? QJsonValue(pageUrl(currentPage - 1)) : QJsonValue(QJsonValue::Null);
    QJsonObject pagination{{u"total"_s, total},
                           {u"count"_s, data.size()},
                           {u"per_page"_s, perPage},
                           {u"current_page"_s, currentPage},
                           {u"total_pages"_s, totalPages}};
    // The real API is not consistent about links; clients must read every form.
    switch (links) {
    case Links::Fractal: {
        QJsonObject object;
        if (!previous.isNull())
            object.insert(u"previous"_s, previous);
        if (!next.isNull())
            object.insert(u"next"_s, next);
        pagination.insert(u"links"_s,
                          object.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(object));
        break;
    }
    case Links::NextPrevious:
        pagination.insert(u"links"_s, QJsonObject{{u"next"_s, next}, {u"previous"_s, previous}});
        break;
    case Links::NextPrev:
        pagination.insert(u"links"_s, QJsonObject{{u"next"_s, next}, {u"prev"_s, previous}});
        break;
    case Links::Null:
        pagination.insert(u"links"_s, QJsonValue::Null);
        break;
    case Links::Absent:
        break;
    }
    return SandboxResponse::json(
        200,
        QJsonObject{{u"data"_s, data}, {u"meta"_s, QJsonObject{{u"pagination"_s, pagination}}}});
}

SandboxResponse SandboxRouter::singleTask(const Context &c, const QString &runId,
                                          const QString &taskId) const {
    if (!runId.isEmpty() && !m_store.run(runId))
        return SandboxResponse::recordNotFound();
    const SandboxStore::Task *task = m_store.task(taskId);
    if (!task || (!runId.isEmpty() && task->fields.value("run_id"_L1).toString() != runId))
        return SandboxResponse::recordNotFound();
    return SandboxResponse::json(
        200, QJsonObject{{u"data"_s, m_store.presentTask(*task, includes(c.request),
                                                         SandboxStore::OwnersShape::Ids, true)}});
}

SandboxResponse SandboxRouter::taskList(const Context &c, const QString &runId, bool mine,
                                        qint64 member) const {
    const SandboxRequest &r = c.request;
    const bool runList = !runId.isEmpty();
    // My tasks without a status are the active ones; the other lists filter nothing then.
    const QString status =
        hasParam(r, u"status"_s) ? param(r, u"status"_s) : (mine ? u"active"_s : QString());
    if (!runList && hasParam(r, u"created"_s) && !dateRange(param(r, u"created"_s)))
        return SandboxResponse::invalid(u"created"_s, u"The created is not a valid date."_s);
    for (const QString &key : {u"deadline_on"_s, u"deadline_before"_s, u"deadline_after"_s}) {
        if (hasParam(r, key) && !QDate::fromString(param(r, key).left(10), Qt::ISODate).isValid())
            return SandboxResponse::invalid(key, u"The %1 is not a valid date."_s.arg(key));
    }
    const QList<qsizetype> &matches = taskListMatches(c, runId, mine, member, status);
    const QStringList with = includes(r);
    const QList<SandboxStore::Task> &tasks = m_store.tasks();
    return page(
        matches.size(),
        [&](qsizetype i) {
            return m_store.presentTask(tasks.at(matches.at(i)), with,
                                       SandboxStore::OwnersShape::Objects, false);
        },
        c, 10, runList ? Links::NextPrev : Links::Fractal, true);
}

const QList<qsizetype> &SandboxRouter::taskListMatches(const Context &c, const QString &runId,
                                                       bool mine, qint64 member,
                                                       const QString &status) const {
    const SandboxRequest &r = c.request;
    // The question without its page: what the list's filters and order depend on.
    QUrlQuery question = r.query;
    question.removeAllQueryItems(u"page"_s);
    question.removeAllQueryItems(u"per_page"_s);
    question.removeAllQueryItems(u"with"_s);
    const QString cacheKey = r.path + u'?' + question.toString(QUrl::FullyEncoded) + u'#' + status +
                             u'#' + QString::number(member) + (mine ? u"m"_s : u""_s);
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    if (m_listCache.key == cacheKey && m_listCache.version == m_store.version() &&
        m_listCache.minute == minute) {
        return m_listCache.matches;
    }

    const bool runList = !runId.isEmpty();
    const QString q = param(r, u"q"_s).trimmed();
    const QString oneoff = param(r, u"is_oneoff"_s);
    const QString archived = param(r, u"archived"_s);
    const QString tagTitle = param(r, u"tag"_s);
    const QSet<QString> owners = splitSet(param(r, u"owners"_s));
    const QSet<QString> guests = splitSet(param(r, u"guests"_s));
    const QSet<QString> groups = splitSet(param(r, u"groups"_s));
    const bool unassigned = param(r, u"unassigned"_s) == "true"_L1;

    // Validated by taskList().
    std::optional<DateRange> created;
    if (!runList && hasParam(r, u"created"_s))
        created = dateRange(param(r, u"created"_s));
    std::optional<QDate> deadlineOn, deadlineBefore, deadlineAfter;
    for (const auto &[key, target] : {std::pair{u"deadline_on"_s, &deadlineOn},
                                      std::pair{u"deadline_before"_s, &deadlineBefore},
                                      std::pair{u"deadline_after"_s, &deadlineAfter}}) {
        if (hasParam(r, key))
            *target = QDate::fromString(param(r, key).left(10), Qt::ISODate);
    }

    const qint64 assignee = mine ? m_store.currentUserId() : member;
    QSet<QString> myGroups;
    for (const QJsonObject &group : m_store.groups()) {
        if (group.value("members"_L1).toArray().contains(assignee))
            myGroups.insert(group.value("id"_L1).toString());
    }

    QList<const SandboxStore::Task *> matches;
    const QList<SandboxStore::Task> &tasks = m_store.tasks();
    for (const SandboxStore::Task &task : tasks) {
        const QJsonObject &f = task.fields;
        if (runList && f.value("run_id"_L1).toString() != runId)
            continue;
        const bool isArchived = !f.value("archived_at"_L1).isNull();
        if (archived == "only"_L1 ? !isArchived : (isArchived && archived != "true"_L1))
            continue;
        if (!q.isEmpty() && !containsText(f, "title"_L1, q))
            continue;
        if (oneoff == "true"_L1 && !f.value("is_oneoff_task"_L1).toBool())
            continue;
        if (oneoff == "false"_L1 && f.value("is_oneoff_task"_L1).toBool())
            continue;
        if (!status.isEmpty() && !statusMatches(status, f))
            continue;
        const QJsonObject taskOwners = f.value("owners"_L1).toObject();
        const QJsonArray users = taskOwners.value("users"_L1).toArray();
        const QJsonArray taskGuests = taskOwners.value("guests"_L1).toArray();
        const QJsonArray taskGroups = taskOwners.value("groups"_L1).toArray();
        if (assignee != 0) {
            bool assigned = users.contains(assignee);
            for (const QJsonValue group : taskGroups)
                assigned = assigned || myGroups.contains(group.toString());
            if (!assigned)
                continue;
        }
        const auto anyIn = [](const QJsonArray &values, const QSet<QString> &wanted) {
            for (const QJsonValue value : values) {
                const QString text = value.isString() ? value.toString().toLower()
                                                      : QString::number(value.toInteger());
                if (wanted.contains(text))
                    return true;
            }
            return false;
        };
        if (!owners.isEmpty() && !anyIn(users, owners))
            continue;
        if (!guests.isEmpty() && !anyIn(taskGuests, guests))
            continue;
        if (!groups.isEmpty() && !anyIn(taskGroups, groups))
            continue;
        if (unassigned && !(users.isEmpty() && taskGuests.isEmpty() && taskGroups.isEmpty()))
            continue;
        if (!tagTitle.isEmpty()) {
            bool tagged = false;
            for (const QJsonValue id : task.tagIds) {
                const QJsonObject *tag = m_store.tag(id.toString());
                tagged =
                    tagged ||
                    (tag &&
                     tag->value("title"_L1).toString().compare(tagTitle, Qt::CaseInsensitive) == 0);
            }
            if (!tagged)
                continue;
        }
        if (created) {
            const QDate day = timestamp(f.value("created_at"_L1)).date();
            if (day < created->from || day > created->to)
                continue;
        }
        const QDate deadlineDay = timestamp(f.value("deadline"_L1)).date();
        if (deadlineOn && deadlineDay != *deadlineOn)
            continue;
        if (deadlineBefore && !(deadlineDay < *deadlineBefore))
            continue;
        if (deadlineAfter && !(deadlineDay > *deadlineAfter))
            continue;
        matches.append(&task);
    }

    QString sort = param(r, u"sort"_s);
    if (sort.isEmpty())
        sort = runList ? u"position"_s : u"deadline"_s;
    const bool descending = sort.startsWith(u'-');
    const QString key = descending ? sort.mid(1) : sort;
    // The sort key of each match, read once (not once per comparison).
    struct Keyed {
        QString text;
        int number = 0;
        qsizetype index = 0;
    };
    QList<Keyed> keyed;
    keyed.reserve(matches.size());
    for (const SandboxStore::Task *task : std::as_const(matches)) {
        const QJsonObject &f = task->fields;
        Keyed entry;
        entry.index = task - tasks.constData();
        if (key == "newest"_L1)
            entry.text = f.value("created_at"_L1).toString();
        else if (key == "completed_newest"_L1)
            entry.text = f.value("completed_at"_L1).toString();
        else if (key == "problems"_L1)
            entry.number = f.value("problem"_L1).toBool() ? 0 : 1;
        else if (key == "position"_L1)
            entry.number = f.value("position"_L1).toInt();
        else
            entry.text = f.value("deadline"_L1).toString();
        keyed.append(std::move(entry));
    }
    // newest and completed_newest read as "latest first"; a leading '-' reverses any key.
    const bool latestFirst = key == "newest"_L1 || key == "completed_newest"_L1;
    const bool reverse = latestFirst != descending;
    std::stable_sort(keyed.begin(), keyed.end(), [reverse](const Keyed &a, const Keyed &b) {
        const int order =
            a.number != b.number ? (a.number < b.number ? -1 : 1) : a.text.compare(b.text);
        return reverse ? order > 0 : order < 0;
    });
    QList<qsizetype> indexes;
    indexes.reserve(keyed.size());
    for (const Keyed &entry : std::as_const(keyed))
        indexes.append(entry.index);
    m_listCache = {cacheKey, m_store.version(), minute, std::move(indexes)};
    return m_listCache.matches;
}

SandboxResponse SandboxRouter::search(const Context &c) const {
    const SandboxRequest &r = c.request;
    const QString text = param(r, u"search"_s).trimmed();
    if (text.isEmpty())
        return SandboxResponse::invalid(u"search"_s, u"The search field is required."_s);
    static const QStringList known{u"task"_s,    u"blueprint"_s, u"process"_s,
                                   u"snippet"_s, u"capture"_s,   u"step"_s};
    QStringList on = param(r, u"on"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &type : on)
        type = type.trimmed();
    if (on.isEmpty())
        return SandboxResponse::invalid(u"on"_s, u"The on field is required."_s);
    for (const QString &type : std::as_const(on)) {
        if (!known.contains(type))
            return SandboxResponse::invalid(u"on"_s, u"The selected on is invalid."_s);
    }

    // Task hits by title, newest first; archived tasks are not found. A hit carries
    // is_oneoff_task but never run_id (section 6.7).
    QList<qsizetype> hits;
    const QList<SandboxStore::Task> &tasks = m_store.tasks();
    for (qsizetype i = tasks.size() - 1; i >= 0; --i) {
        const QJsonObject &f = tasks.at(i).fields;
        if (f.value("archived_at"_L1).isNull() && containsText(f, "title"_L1, text))
            hits.append(i);
    }
    const auto hitAt = [&](qsizetype i) {
        const QJsonObject &f = tasks.at(hits.at(i)).fields;
        QJsonObject hit;
        for (const auto key : {"id"_L1, "increment_id"_L1, "title"_L1, "status"_L1, "task_type"_L1,
                               "is_oneoff_task"_L1, "deadline"_L1, "created_at"_L1, "owners"_L1}) {
            hit.insert(key, f.value(key));
        }
        hit.insert(u"type"_s, u"task"_s);
        return hit;
    };
    const SandboxResponse tasksPage =
        page(on.contains(u"task"_s) ? hits.size() : 0, hitAt, c, 10, Links::Fractal, false);
    if (on.size() == 1)
        return tasksPage;
    // Several types: one bucket per type, each paged on its own; only tasks are ever found.
    QJsonObject buckets;
    const QJsonObject taskBucket = QJsonDocument::fromJson(tasksPage.body).object();
    for (const QString &type : std::as_const(on)) {
        QJsonObject bucket = taskBucket;
        if (type != "task"_L1) {
            bucket =
                QJsonDocument::fromJson(page(0, hitAt, c, 10, Links::Fractal, false).body).object();
        }
        buckets.insert(type, bucket);
    }
    return SandboxResponse::json(200, buckets);
}

SandboxResponse SandboxRouter::runList(const Context &c) const {
    const SandboxRequest &r = c.request;
    const QString q = param(r, u"q"_s).trimmed();
    const QString status = param(r, u"status"_s);
    QString checklist = param(r, u"checklist_id"_s);
    if (checklist.isEmpty())
        checklist = param(r, u"blueprint_id"_s);
    static const QStringList statuses = {u"active"_s,  u"complete"_s,    u"problem"_s,
                                         u"issue"_s,   u"improvement"_s, u"archived"_s,
                                         u"delayed"_s, u"starred"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return SandboxResponse::invalid(u"status"_s, u"The selected status is invalid."_s);

    QList<QJsonObject> items;
    for (const QJsonObject &run : m_store.runs()) {
        const bool isArchived = !run.value("archived_at"_L1).isNull();
        if (status == "archived"_L1 ? !isArchived : isArchived)
            continue;
        if (!q.isEmpty() && !containsText(run, "name"_L1, q))
            continue;
        if (!checklist.isEmpty() && run.value("checklist_id"_L1).toString() != checklist)
            continue;
        const QString runStatus = run.value("status"_L1).toString();
        if (status == "active"_L1 && runStatus != "active"_L1)
            continue;
        if (status == "complete"_L1 && runStatus != "completed"_L1)
            continue;
        if ((status == "problem"_L1 || status == "issue"_L1 || status == "improvement"_L1) &&
            !run.value("has_open_issue"_L1).toBool())
            continue;
        if (status == "delayed"_L1 && run.value("late_tasks"_L1).toInt() == 0)
            continue;
        if (status == "starred"_L1 && !run.value("starred"_L1).toBool())
            continue;
        items.append(m_store.presentRun(run));
    }
    QString sort = param(r, u"sort"_s);
    if (sort.isEmpty())
        sort = param(r, u"sort_by"_s);
    if (!sort.isEmpty()) {
        const bool descending = sort.startsWith(u'-');
        const QString key = descending ? sort.mid(1) : sort;
        std::stable_sort(items.begin(), items.end(),
                         [&key, descending](const QJsonObject &a, const QJsonObject &b) {
                             const QString va = a.value(key).toVariant().toString();
                             const QString vb = b.value(key).toVariant().toString();
                             return descending ? vb < va : va < vb;
                         });
    }
    return page(items, c, 10, Links::NextPrev, true);
}

SandboxResponse SandboxRouter::userList(const Context &c, bool light) const {
    const SandboxRequest &r = c.request;
    const QString q = param(r, u"q"_s).trimmed();
    const QStringList with = includes(r);
    QList<QJsonObject> items;
    for (const QJsonObject &member : m_store.members()) {
        if (!q.isEmpty() && !containsText(member, "full_name"_L1, q) &&
            !containsText(member, "email"_L1, q))
            continue;
        if (light) {
            items.append(QJsonObject{{u"id"_s, member.value("id"_L1)},
                                     {u"full_name"_s, member.value("full_name"_L1)},
                                     {u"first_name"_s, member.value("first_name"_L1)},
                                     {u"last_name"_s, member.value("last_name"_L1)},
                                     {u"email"_s, member.value("email"_L1)},
                                     {u"profile_pic"_s, member.value("profile_pic"_L1)}});
            continue;
        }
        QJsonObject item = member;
        if (with.contains("groups"_L1)) {
            QJsonArray groups;
            for (const QJsonObject &group : m_store.groups()) {
                if (group.value("members"_L1).toArray().contains(member.value("id"_L1)))
                    groups.append(QJsonObject{{u"id"_s, group.value("id"_L1)},
                                              {u"name"_s, group.value("name"_L1)}});
            }
            item.insert(u"groups"_s, QJsonObject{{u"data"_s, groups}});
        }
        items.append(item);
    }
    const QString sort = param(r, u"sort"_s);
    if (!sort.isEmpty() && !light) {
        const bool descending = sort.startsWith(u'-');
        const QString key = descending ? sort.mid(1) : sort;
        std::stable_sort(items.begin(), items.end(),
                         [&key, descending](const QJsonObject &a, const QJsonObject &b) {
                             const QVariant va = a.value(key).toVariant();
                             const QVariant vb = b.value(key).toVariant();
                             const auto order = QVariant::compare(va, vb);
                             return descending ? order == QPartialOrdering::Greater
                                               : order == QPartialOrdering::Less;
                         });
    }
    return page(items, c, 9999, light ? Links::Null : Links::NextPrevious, false);
}

SandboxResponse SandboxRouter::groupList(const Context &c) const {
    const SandboxRequest &r = c.request;
    const QString q = param(r, u"q"_s).trimmed();
    const QStringList with = includes(r);
    QList<QJsonObject> items;
    for (const QJsonObject &group : m_store.groups()) {
        if (!q.isEmpty() && !containsText(group, "name"_L1, q))
            continue;
        QJsonObject item = group;
        if (with.contains("users"_L1)) {
            QJsonArray users;
            for (const QJsonValue id : group.value("members"_L1).toArray())
                users.append(m_store.memberSummary(id.toInteger()));
            item.insert(u"users"_s, QJsonObject{{u"data"_s, users}});
        }
        items.append(item);
    }
    const QString sortBy = param(r, u"sort_by"_s);
    if (sortBy == "name"_L1 || sortBy == "created_at"_L1 || sortBy == "updated_at"_L1) {
        const QString key = sortBy == "updated_at"_L1 ? u"last_updated"_s : sortBy;
        std::stable_sort(items.begin(), items.end(),
                         [&key](const QJsonObject &a, const QJsonObject &b) {
                             return a.value(key).toString() < b.value(key).toString();
                         });
    }
    return page(items, c, 10, Links::Fractal, false);
}

SandboxResponse SandboxRouter::guestList(const Context &c) const {
    const QString q = param(c.request, u"q"_s).trimmed();
    QList<QJsonObject> items;
    for (const QJsonObject &guest : m_store.guests()) {
        if (!q.isEmpty() && !containsText(guest, "email"_L1, q))
            continue;
        items.append(guest);
    }
    return page(items, c, 999, Links::Null, true);
}

SandboxResponse SandboxRouter::tagList(const Context &c) const {
    const QString q = param(c.request, u"q"_s).trimmed();
    const bool all = param(c.request, u"all"_s) == "true"_L1;
    QList<QJsonObject> items;
    for (const QJsonObject &tag : m_store.tags()) {
        if (!all && tag.value("auto_generated"_L1).toBool())
            continue;
        if (!q.isEmpty() && !containsText(tag, "title"_L1, q))
            continue;
        items.append(tag);
    }
    const QString sort = param(c.request, u"sort"_s);
    if (!sort.isEmpty()) {
        const bool descending = sort.startsWith(u'-');
        const QString key = descending ? sort.mid(1) : sort;
        std::stable_sort(items.begin(), items.end(),
                         [&key, descending](const QJsonObject &a, const QJsonObject &b) {
                             const QString va = a.value(key).toString().toLower();
                             const QString vb = b.value(key).toString().toLower();
                             return descending ? vb < va : va < vb;
                         });
    }
    return page(items, c, 10, Links::Absent, false);
}
