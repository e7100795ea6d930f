#include "sandbox/SandboxTaskFactory.h"

#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

class Errors {
public:
    void add(const QString &key, const QString &message) {
        QJsonArray list = m_errors.value(key).toArray();
        list.append(message);
        m_errors.insert(key, list);
    }
    bool has(const QString &key) const { return m_errors.contains(key); }
    QJsonObject object() const { return m_errors; }

private:
    QJsonObject m_errors;
};

QString spaced(const QString &key) {
    QString out = key;
    return out.replace(u'_', u' ');
}

bool isIntegral(const QJsonValue &value) {
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number;
}

std::optional<qint64> memberId(const QJsonValue &value) {
    if (isIntegral(value))
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

bool isBooleanish(const QJsonValue &value) {
    if (value.isBool())
        return true;
    if (isIntegral(value))
        return value.toInteger() == 0 || value.toInteger() == 1;
    if (value.isString())
        return value.toString() == "0"_L1 || value.toString() == "1"_L1;
    return false;
}

bool toBool(const QJsonValue &value) {
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString() == "1"_L1;
    return value.toInteger() == 1;
}

bool isEmail(const QString &text) {
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return pattern.match(text).hasMatch();
}

QString notIso8601(const QString &key) {
    return u"The %1 is not a valid ISO 8601 date, such as 2026-09-30T17:00:00Z."_s.arg(key);
}

QString iso(const QDateTime &dateTime) {
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

// Quirk 6: a deadline that falls on a weekend moves forward to Monday, never back.
QDateTime intoWorkingDays(const QDateTime &deadline) {
    const int day = deadline.date().dayOfWeek();
    if (day == Qt::Saturday)
        return deadline.addDays(2);
    if (day == Qt::Sunday)
        return deadline.addDays(1);
    return deadline;
}

const QStringList &creatableFieldTypes() {
    static const QStringList types = {u"text"_s,     u"textarea"_s,      u"email"_s, u"radio"_s,
                                      u"dropdown"_s, u"multiselect"_s,   u"date"_s,  u"file"_s,
                                      u"table"_s,    u"assignees_form"_s};
    return types;
}

void validateOptionList(const QJsonValue &value, const QString &prefix, const QString &textKey,
                        Errors &errors) {
    if (!value.isArray()) {
        errors.add(prefix, u"The %1 must be an array."_s.arg(prefix));
        return;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemKey = prefix + u'.' + QString::number(i);
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue id = item.value("id"_L1);
        if (id.isUndefined() || id.isNull())
            errors.add(itemKey + ".id"_L1, u"The %1.id field is required."_s.arg(itemKey));
        else if (!isIntegral(id))
            errors.add(itemKey + ".id"_L1, u"The %1.id must be an integer."_s.arg(itemKey));
        const QJsonValue text = item.value(textKey);
        if (!text.isString() || text.toString().trimmed().isEmpty()) {
            errors.add(itemKey + u'.' + textKey,
                       u"The %1.%2 field is required."_s.arg(itemKey, textKey));
        }
    }
}

} // namespace

SandboxTaskFactory::SandboxTaskFactory(SandboxStore &store)
    : m_store(store) {}

QJsonObject SandboxTaskFactory::validate(const QJsonObject &body) const {
    Errors errors;

    const QJsonValue title = body.value("title"_L1);
    if (title.isUndefined() || title.isNull() ||
        (title.isString() && title.toString().trimmed().isEmpty())) {
        errors.add(u"title"_s, u"The title field is required."_s);
    } else if (!title.isString()) {
        errors.add(u"title"_s, u"The title must be a string."_s);
    } else if (title.toString().trimmed().toUcs4().size() > 600) {
        errors.add(u"title"_s, u"The title may not be greater than 600 characters."_s);
    }

    static const QStringList taskTypes = {u"task"_s, u"approval"_s, u"expiring"_s, u"email"_s,
                                          u"expiring_email"_s};
    const QJsonValue taskType = body.value("task_type"_L1);
    if (taskType.isUndefined() || taskType.isNull() || taskType.toString().isEmpty())
        errors.add(u"task_type"_s, u"The task type field is required."_s);
    else if (!taskTypes.contains(taskType.toString()))
        errors.add(u"task_type"_s, u"The selected task type is invalid."_s);

    const QJsonValue owners = body.value("owners"_L1);
    if (owners.isUndefined() || owners.isNull()) {
        errors.add(u"owners"_s, u"The owners field is required."_s);
    } else if (!owners.isObject()) {
        errors.add(u"owners"_s, u"The owners must be an array."_s);
    } else {
        const QJsonObject ownerObject = owners.toObject();
        const QJsonValue users = ownerObject.value("users"_L1);
        if (!users.isUndefined() && !users.isNull() && !users.isArray()) {
            errors.add(u"owners.users"_s, u"The owners.users must be an array."_s);
        } else {
            const QJsonArray list = users.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString key = u"owners.users."_s + QString::number(i);
                const auto id = memberId(list.at(i));
                if (!id)
                    errors.add(key, u"The %1 must be an integer."_s.arg(key));
                else if (!m_store.member(*id))
                    errors.add(key, u"The selected %1 is invalid."_s.arg(key));
            }
        }
        const QJsonValue guests = ownerObject.value("guests"_L1);
        int guestCount = 0;
        if (!guests.isUndefined() && !guests.isNull() && !guests.isArray()) {
            errors.add(u"owners.guests"_s, u"The owners.guests must be an array."_s);
        } else {
            const QJsonArray list = guests.toArray();
            guestCount = int(list.size());
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString key = u"owners.guests."_s + QString::number(i);
                const QString email = list.at(i).toString().trimmed();
                if (!list.at(i).isString() || !isEmail(email))
                    errors.add(key, u"The %1 must be a valid email address."_s.arg(key));
                else if (m_store.isMemberEmail(email))
                    errors.add(key, u"The %1 belongs to a member of this organization. Assign "
                                    u"the member instead."_s.arg(key));
            }
        }
        const QJsonValue groups = ownerObject.value("groups"_L1);
        if (!groups.isUndefined() && !groups.isNull() && !groups.isArray()) {
            errors.add(u"owners.groups"_s, u"The owners.groups must be an array."_s);
        } else {
            const QJsonArray list = groups.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString key = u"owners.groups."_s + QString::number(i);
                if (!list.at(i).isString() || !m_store.group(list.at(i).toString()))
                    errors.add(key, u"The selected %1 is invalid."_s.arg(key));
            }
        }
        if (guestCount > 0 && users.toArray().isEmpty() && !errors.has(u"owners.users"_s)) {
            errors.add(u"owners.users"_s,
                       u"The owners.users field is required when owners.guests is present."_s);
        }
    }

    std::optional<QDateTime> deadline;
    const QJsonValue deadlineValue = body.value("deadline"_L1);
    if (deadlineValue.isUndefined() || deadlineValue.isNull() ||
        (deadlineValue.isString() && deadlineValue.toString().trimmed().isEmpty())) {
        errors.add(u"deadline"_s, u"The deadline field is required."_s);
    } else {
        deadline = SandboxJson::requestDate(deadlineValue);
        if (!deadline)
            errors.add(u"deadline"_s, notIso8601(u"deadline"_s));
    }
    const QJsonValue startedValue = body.value("started_at"_L1);
    if (!startedValue.isUndefined() && !startedValue.isNull()) {
        const std::optional<QDateTime> started = SandboxJson::requestDate(startedValue);
        if (!started)
            errors.add(u"started_at"_s, notIso8601(u"started at"_s));
        else if (deadline && *started > *deadline)
            errors.add(u"started_at"_s,
                       u"The started at must be a date before or equal to deadline."_s);
    }

    // The create page documents `description`, live clients send `summary`: either or both.
    for (const auto key : {"summary"_L1, "description"_L1}) {
        const QJsonValue text = body.value(key);
        if (!text.isUndefined() && !text.isNull() && !text.isString())
            errors.add(key, u"The %1 must be a string."_s.arg(key));
    }

    for (const auto key : {"separate_task_for_each_assignee"_L1, "everyone_must_complete"_L1,
                           "can_complete_only_assignees"_L1, "prevent_guest_comment"_L1,
                           "top_secret"_L1, "is_soft_start_date"_L1}) {
        const QJsonValue value = body.value(key);
        if (!value.isUndefined() && !value.isNull() && !isBooleanish(value))
            errors.add(key, u"The %1 field must be true or false."_s.arg(spaced(key)));
    }

    const QJsonValue maxAssignable = body.value("max_assignable"_L1);
    if (!maxAssignable.isUndefined() && !maxAssignable.isNull()) {
        if (!isIntegral(maxAssignable))
            errors.add(u"max_assignable"_s, u"The max assignable must be an integer."_s);
        else if (maxAssignable.toInteger() < 1)
            errors.add(u"max_assignable"_s, u"The max assignable must be at least 1."_s);
    }

    const QJsonValue webhook = body.value("webhook"_L1);
    if (!webhook.isUndefined() && !webhook.isNull()) {
        const QUrl url(webhook.toString(), QUrl::StrictMode);
        if (!webhook.isString() || !url.isValid() || url.host().isEmpty() ||
            (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)) {
            errors.add(u"webhook"_s, u"The webhook format is invalid."_s);
        }
    }

    const QJsonValue tags = body.value("tags"_L1);
    if (!tags.isUndefined() && !tags.isNull()) {
        if (!tags.isArray()) {
            errors.add(u"tags"_s, u"The tags must be an array."_s);
        } else {
            const QJsonArray list = tags.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString key = u"tags."_s + QString::number(i);
                if (!list.at(i).isString() || !m_store.tag(list.at(i).toString()))
                    errors.add(key, u"The selected %1 is invalid."_s.arg(key));
            }
        }
    }

    const QJsonValue runId = body.value("run_id"_L1);
    if (!runId.isUndefined() && !runId.isNull()) {
        const QJsonObject *run = runId.isString() ? m_store.run(runId.toString()) : nullptr;
        if (!run)
            errors.add(u"run_id"_s, u"The selected run id is invalid."_s);
        else if (!run->value("can_add_oot"_L1).toBool())
            errors.add(u"run_id"_s, u"One-off tasks cannot be added to this process."_s);
    }

    const QJsonValue formFields = body.value("form_fields"_L1);
    if (!formFields.isUndefined() && !formFields.isNull()) {
        if (!formFields.isArray()) {
            errors.add(u"form_fields"_s, u"The form fields must be an array."_s);
        } else {
            const QJsonArray list = formFields.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString prefix = u"form_fields."_s + QString::number(i);
                if (!list.at(i).isObject()) {
                    errors.add(prefix, u"The %1 must be an array."_s.arg(prefix));
                    continue;
                }
                const QJsonObject field = list.at(i).toObject();
                const QJsonValue label = field.value("label"_L1);
                if (!label.isString() || label.toString().trimmed().isEmpty()) {
                    errors.add(prefix + ".label"_L1,
                               u"The %1.label field is required."_s.arg(prefix));
                } else if (label.toString().trimmed().toUcs4().size() > 200) {
                    errors.add(
                        prefix + ".label"_L1,
                        u"The %1.label may not be greater than 200 characters."_s.arg(prefix));
                }
                const QJsonValue fieldType = field.value("field_type"_L1);
                if (!fieldType.isString() || fieldType.toString().isEmpty()) {
                    errors.add(prefix + ".field_type"_L1,
                               u"The %1.field_type field is required."_s.arg(prefix));
                } else if (!creatableFieldTypes().contains(fieldType.toString())) {
                    errors.add(prefix + ".field_type"_L1,
                               u"The selected %1.field_type is invalid."_s.arg(prefix));
                }
                const QJsonValue required = field.value("required"_L1);
                if (required.isUndefined() || required.isNull()) {
                    errors.add(prefix + ".required"_L1,
                               u"The %1.required field is required."_s.arg(prefix));
                } else if (!isBooleanish(required)) {
                    errors.add(prefix + ".required"_L1,
                               u"The %1.required field must be true or false."_s.arg(prefix));
                }
                // Quirk 10: options are checked when present, never demanded.
                const QJsonValue options = field.value("options"_L1);
                if (!options.isUndefined() && !options.isNull())
                    validateOptionList(options, prefix + ".options"_L1, u"text"_s, errors);
                const QJsonValue columns = field.value("columns"_L1);
                if (fieldType.toString() == "table"_L1 &&
                    (columns.isUndefined() || columns.isNull() ||
                     (columns.isArray() && columns.toArray().isEmpty()))) {
                    errors.add(
                        prefix + ".columns"_L1,
                        u"The %1.columns field is required when %1.field_type is table."_s.arg(
                            prefix));
                } else if (!columns.isUndefined() && !columns.isNull()) {
                    validateOptionList(columns, prefix + ".columns"_L1, u"label"_s, errors);
                }
            }
        }
    }
    return errors.object();
}

SandboxResponse SandboxTaskFactory::create(const QByteArray &body) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return SandboxResponse::json(
            400, QJsonObject{{u"message"_s, u"The request body is not a valid JSON object."_s}});
    }
    const QJsonObject request = document.object();
    const QJsonObject errors = validate(request);
    if (!errors.isEmpty()) {
        return SandboxResponse::json(
            422,
            QJsonObject{{u"message"_s, u"The given data was invalid."_s}, {u"errors"_s, errors}});
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime deadline =
        intoWorkingDays(*SandboxJson::requestDate(request.value("deadline"_L1)));
    QJsonValue startedAt(QJsonValue::Null);
    if (const auto started = SandboxJson::requestDate(request.value("started_at"_L1)))
        startedAt = iso(*started);

    const QJsonObject ownersIn = request.value("owners"_L1).toObject();
    QJsonArray users;
    QSet<qint64> seenUsers;
    for (const QJsonValue user : ownersIn.value("users"_L1).toArray()) {
        const qint64 id = *memberId(user);
        if (!seenUsers.contains(id)) {
            seenUsers.insert(id);
            users.append(id);
        }
    }
    QJsonArray guests;
    QSet<QString> seenGuests;
    for (const QJsonValue guest : ownersIn.value("guests"_L1).toArray()) {
        const QString email = guest.toString().trimmed().toLower();
        if (!seenGuests.contains(email)) {
            seenGuests.insert(email);
            guests.append(email);
        }
    }
    const QJsonArray groups = ownersIn.value("groups"_L1).toArray();

    QJsonArray formFields;
    const QJsonArray fieldsIn = request.value("form_fields"_L1).toArray();
    for (qsizetype i = 0; i < fieldsIn.size(); ++i) {
        const QJsonObject in = fieldsIn.at(i).toObject();
        QJsonObject entry{{u"id"_s, m_store.newId()},
                          {u"field_type"_s, in.value("field_type"_L1)},
                          {u"label"_s, in.value("label"_L1).toString().trimmed()},
                          {u"required"_s, toBool(in.value("required"_L1))},
                          {u"position"_s, in.contains("position"_L1) ? in.value("position"_L1)
                                                                     : QJsonValue(i + 1)},
                          {u"field_value"_s, QJsonValue::Null}};
        // Unknown keys are dropped, as the API does.
        for (const auto key : {"options"_L1, "columns"_L1, "guidance"_L1, "field_validation"_L1,
                               "collect_time"_L1}) {
            if (in.contains(key))
                entry.insert(key, in.value(key));
        }
        formFields.append(entry);
    }

    QJsonArray tagIds = request.value("tags"_L1).toArray();
    // One text, stored as `summary`; a non-empty `summary` wins over `description`.
    QString summary = request.value("summary"_L1).toString();
    if (summary.trimmed().isEmpty() && request.value("description"_L1).isString())
        summary = request.value("description"_L1).toString();
    // The answer follows the shape of the question: a body in the create page's shape (with
    // `description`) gets the create page's 201, which has no `summary`; a later GET has it.
    const bool answerWithSummary = !request.contains("description"_L1);
    const QString title = request.value("title"_L1).toString().trimmed();
    const auto boolean = [&request](QLatin1String key) {
        return request.contains(key) && toBool(request.value(key));
    };

    SandboxStore::Task base;
    base.fields = QJsonObject{
        {u"title"_s, title},
        {u"original_title"_s, title},
        {u"summary"_s, summary},
        {u"original_summary"_s, summary},
        {u"status"_s, u"not-started"_s},
        {u"task_type"_s, request.value("task_type"_L1)},
        {u"is_oneoff_task"_s, true},
        {u"run_id"_s, QJsonValue::Null},
        {u"owners"_s,
         QJsonObject{{u"users"_s, users}, {u"guests"_s, guests}, {u"groups"_s, groups}}},
        {u"deadline"_s, iso(deadline)},
        {u"started_at"_s, startedAt},
        {u"created_at"_s, iso(now)},
        {u"last_updated"_s, iso(now)},
        {u"starter_id"_s, m_store.currentUserId()},
        {u"everyone_must_complete"_s, boolean("everyone_must_complete"_L1)},
        {u"can_complete_only_assignees"_s, boolean("can_complete_only_assignees"_L1)},
        {u"prevent_guest_comment"_s, boolean("prevent_guest_comment"_L1)},
        {u"top_secret"_s, boolean("top_secret"_L1)},
        {u"is_soft_start_date"_s, request.contains("is_soft_start_date"_L1)
                                      ? toBool(request.value("is_soft_start_date"_L1))
                                      : true},
        {u"max_assignable"_s, request.value("max_assignable"_L1).toInteger(0)},
        {u"webhook"_s, request.value("webhook"_L1).isString() ? request.value("webhook"_L1)
                                                              : QJsonValue(QJsonValue::Null)},
    };
    base.tagIds = tagIds;

    // Plain create or attach to an existing run: one task.
    if (!boolean("separate_task_for_each_assignee"_L1)) {
        const QString runId = request.value("run_id"_L1).toString();
        if (!runId.isEmpty()) {
            int position = 0;
            for (const SandboxStore::Task &existing : m_store.tasks()) {
                if (existing.fields.value("run_id"_L1).toString() == runId)
                    position = std::max(position, existing.fields.value("position"_L1).toInt());
            }
            base.fields.insert(u"run_id"_s, runId);
            base.fields.insert(u"position"_s, position + 1);
        }
        base.fields.insert(u"id"_s, m_store.newId());
        base.fields.insert(u"increment_id"_s, m_store.nextTaskIncrement());
        base.formFields = formFields;
        const QString id = m_store.addTask(base);
        const QJsonObject data =
            m_store.presentTask(*m_store.task(id), {u"form_fields"_s, u"tags"_s},
                                SandboxStore::OwnersShape::Objects, answerWithSummary);
        return SandboxResponse::json(201, QJsonObject{{u"data"_s, data}});
    }

    // Quirk 7: a container run with one task per assignee; the answer shows only one of them.
    struct Assignee {
        QJsonValue user;
        QJsonValue guest;
    };
    QList<Assignee> assignees;
    QSet<qint64> expanded;
    for (const QJsonValue user : users) {
        expanded.insert(user.toInteger());
        assignees.append(Assignee{user, QJsonValue()});
    }
    for (const QJsonValue groupId : groups) {
        const QJsonObject *group = m_store.group(groupId.toString());
        for (const QJsonValue member : group->value("members"_L1).toArray()) {
            if (!expanded.contains(member.toInteger())) {
                expanded.insert(member.toInteger());
                assignees.append(Assignee{member.toInteger(), QJsonValue()});
            }
        }
    }
    for (const QJsonValue guest : guests)
        assignees.append(Assignee{QJsonValue(), guest});
    if (assignees.isEmpty())
        assignees.append(Assignee{QJsonValue(), QJsonValue()});

    const QString runId = m_store.addRun(QJsonObject{
        {u"name"_s, title},
        {u"summary"_s, summary},
        {u"type"_s, u"procedure"_s},
        {u"checklist_id"_s, QJsonValue::Null},
        {u"checklist_title"_s, QJsonValue::Null},
        {u"status"_s, u"active"_s},
        {u"starred"_s, false},
        {u"is_public"_s, false},
        {u"has_open_issue"_s, false},
        {u"late_tasks"_s, 0},
        {u"started_by"_s, m_store.currentUserId()},
        {u"owner_id"_s, m_store.currentUserId()},
        {u"collaborators"_s, QJsonArray()},
        {u"users"_s, QJsonArray()},
        {u"groups"_s, QJsonArray()},
        {u"prerun_status"_s, u"completed"_s},
        {u"created_at"_s, iso(now)},
        {u"started_at"_s, iso(now)},
        {u"last_updated"_s, iso(now)},
        {u"archived_at"_s, QJsonValue::Null},
        {u"completed_at"_s, QJsonValue::Null},
        {u"due_date"_s, iso(deadline)},
        {u"due_date_passed"_s, false},
        {u"due_soon"_s, false},
        {u"parent_id"_s, QJsonValue::Null},
        {u"can_add_oot"_s, true},
    });
    QString firstId;
    for (qsizetype i = 0; i < assignees.size(); ++i) {
        SandboxStore::Task task = base;
        task.fields.insert(u"id"_s, m_store.newId());
        task.fields.insert(u"increment_id"_s, m_store.nextTaskIncrement());
        task.fields.insert(u"run_id"_s, runId);
        task.fields.insert(u"position"_s, int(i + 1));
        task.fields.insert(
            u"owners"_s,
            QJsonObject{
                {u"users"_s,
                 assignees.at(i).user.isNull() ? QJsonArray() : QJsonArray{assignees.at(i).user}},
                {u"guests"_s,
                 assignees.at(i).guest.isNull() ? QJsonArray() : QJsonArray{assignees.at(i).guest}},
                {u"groups"_s, QJsonArray()}});
        // Each copy gets its own field timeline IDs.
        QJsonArray copies;
        for (const QJsonValue field : formFields) {
            QJsonObject copy = field.toObject();
            copy.insert(u"id"_s, m_store.newId());
            copies.append(copy);
        }
        task.formFields = copies;
        const QString id = m_store.addTask(task);
        if (firstId.isEmpty())
            firstId = id;
    }
    const QJsonObject data =
        m_store.presentTask(*m_store.task(firstId), {u"form_fields"_s, u"tags"_s},
                            SandboxStore::OwnersShape::Objects, answerWithSummary);
    return SandboxResponse::json(201, QJsonObject{{u"data"_s, data}});
}
