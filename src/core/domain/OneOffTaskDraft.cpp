#include "core/domain/OneOffTaskDraft.h"

#include "core/domain/Json.h"
#include "core/domain/TaskType.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

constexpr int DraftFormatVersion = 1;

bool isValidEmail(const QString &email) {
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
        u"(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+"_s));
    return pattern.match(email).hasMatch() && !email.contains(".."_L1);
}

QString domainOf(const QString &email) {
    const qsizetype at = email.lastIndexOf(u'@');
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

// Members often sign up with public mail providers; those domains say nothing about the company.
bool isPublicMailDomain(const QString &domain) {
    static const QSet<QString> domains{
        u"gmail.com"_s, u"googlemail.com"_s, u"outlook.com"_s, u"hotmail.com"_s,  u"live.com"_s,
        u"msn.com"_s,   u"yahoo.com"_s,      u"icloud.com"_s,  u"me.com"_s,       u"aol.com"_s,
        u"proton.me"_s, u"protonmail.com"_s, u"gmx.de"_s,      u"gmx.net"_s,      u"web.de"_s,
        u"mail.com"_s,  u"yandex.ru"_s,      u"zoho.com"_s,    u"fastmail.com"_s, u"hey.com"_s,
    };
    return domains.contains(domain);
}

// The draft file keeps instants in UTC, in the request's form: reading them back gives the same
// instant across a DST change or a move to another zone. A local offset would not do: historic
// offsets such as +00:53:28 have seconds, which ISO 8601 text cannot carry (found by the draft
// fuzz target).
QJsonValue localDateToJson(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return Json::toApiDateTime(dateTime);
}

QDateTime localDateFromJson(const QJsonValue &value) {
    if (!value.isString())
        return {};
    const QDateTime parsed = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toLocalTime() : QDateTime();
}

QString path(const QString &prefix, qsizetype index) {
    return prefix + u'.' + QString::number(index);
}

QString path(const QString &prefix, qsizetype index, QLatin1StringView leaf) {
    return prefix + u'.' + QString::number(index) + u'.' + leaf;
}

} // namespace

QString OneOffTaskDraft::normalizeGuest(const QString &email) {
    return email.trimmed().toLower();
}

QStringList OneOffTaskDraft::normalizeGuests(const QStringList &emails) {
    QStringList result;
    for (const QString &email : emails) {
        const QString normalized = normalizeGuest(email);
        if (!normalized.isEmpty() && !result.contains(normalized))
            result.append(normalized);
    }
    return result;
}

qsizetype OneOffTaskDraft::codePointCount(const QString &text) {
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool OneOffTaskDraft::isEmpty() const {
    return *this == OneOffTaskDraft{};
}

QJsonObject OneOffTaskDraft::toRequestJson() const {
    QJsonObject body;
    body.insert(u"title"_s, title.trimmed());
    body.insert(u"task_type"_s, taskType);
    // The create page documents `description`; Tallyfy's own clients send `summary`. The server
    // ignores keys it does not know, so both with one value satisfy either reading.
    if (!summary.trimmed().isEmpty()) {
        body.insert(u"description"_s, summary);
        body.insert(u"summary"_s, summary);
    }

    QJsonArray userArray;
    for (const User &user : users)
        userArray.append(user.id);
    QJsonArray groupArray;
    for (const Group &group : groups)
        groupArray.append(group.id.trimmed().toLower());
    body.insert(u"owners"_s, QJsonObject{
                                 {u"users"_s, userArray},
                                 {u"guests"_s, QJsonArray::fromStringList(normalizeGuests(guests))},
                                 {u"groups"_s, groupArray},
                             });

    if (deadline.isValid())
        body.insert(u"deadline"_s, Json::toApiDateTime(deadline));
    if (startedAt.isValid())
        body.insert(u"started_at"_s, Json::toApiDateTime(startedAt));
    body.insert(u"separate_task_for_each_assignee"_s, separateTaskForEachAssignee);
    if (maxAssignable.has_value())
        body.insert(u"max_assignable"_s, *maxAssignable);
    body.insert(u"everyone_must_complete"_s, everyoneMustComplete);
    body.insert(u"can_complete_only_assignees"_s, canCompleteOnlyAssignees);
    body.insert(u"prevent_guest_comment"_s, preventGuestComment);
    body.insert(u"top_secret"_s, topSecret);
    if (!tags.isEmpty()) {
        QJsonArray tagArray;
        for (const Tag &tag : tags)
            tagArray.append(tag.id.trimmed().toLower());
        body.insert(u"tags"_s, tagArray);
    }
    if (!webhook.trimmed().isEmpty())
        body.insert(u"webhook"_s, webhook.trimmed());
    if (!runId.trimmed().isEmpty())
        body.insert(u"run_id"_s, runId.trimmed().toLower());
    if (!formFields.isEmpty()) {
        QJsonArray fieldArray;
        for (const DraftFormField &field : formFields)
            fieldArray.append(field.toRequestJson());
        body.insert(u"form_fields"_s, fieldArray);
    }
    return body;
}

bool OneOffTaskDraft::descriptionLostIn(const QJsonObject &createdTask) const {
    if (summary.trimmed().isEmpty())
        return false;
    bool answered = false;
    for (const auto key : {"summary"_L1, "description"_L1}) {
        if (!createdTask.contains(key))
            continue;
        answered = true;
        if (!Json::toText(createdTask.value(key)).trimmed().isEmpty())
            return false;
    }
    return answered;
}

ValidationResult OneOffTaskDraft::validate(const DraftContext &ctx) const {
    ValidationResult result;
    const QDateTime now = ctx.now.isValid() ? ctx.now : QDateTime::currentDateTime();

    // title
    const QString trimmedTitle = title.trimmed();
    const qsizetype titleLength = codePointCount(trimmedTitle);
    if (titleLength == 0)
        result.addError(u"title"_s,
                        QCoreApplication::translate("OneOffTaskDraft", "Enter a title."));
    else if (titleLength > MaxTitleLength)
        result.addError(u"title"_s,
                        QCoreApplication::translate("OneOffTaskDraft",
                                                    "The title has %1 characters; the limit is %2.")
                            .arg(titleLength)
                            .arg(MaxTitleLength));

    // task_type
    if (!TaskType::isKnown(taskType))
        result.addError(u"task_type"_s,
                        QCoreApplication::translate("OneOffTaskDraft", "Choose a task type."));

    // owners
    const QStringList normalizedGuests = normalizeGuests(guests);
    if (users.isEmpty() && normalizedGuests.isEmpty() && groups.isEmpty())
        result.addError(
            u"owners"_s,
            QCoreApplication::translate("OneOffTaskDraft",
                                        "Assign the task to at least one member, guest or group."));

    for (qsizetype i = 0; i < users.size(); ++i) {
        const User &user = users.at(i);
        const QString name =
            user.displayName.isEmpty() ? u"#"_s + QString::number(user.id) : user.displayName;
        if (user.id <= 0)
            result.addError(
                path(u"owners.users"_s, i),
                QCoreApplication::translate("OneOffTaskDraft", "This member ID is not valid."));
        else if (!ctx.memberIds.isEmpty() && !ctx.memberIds.contains(user.id))
            result.addError(path(u"owners.users"_s, i),
                            QCoreApplication::translate("OneOffTaskDraft",
                                                        "%1 is not a member of this organization.")
                                .arg(name));
    }

    QSet<QString> memberEmails;
    QSet<QString> companyDomains;
    for (const QString &email : ctx.memberEmails) {
        const QString normalized = normalizeGuest(email);
        if (normalized.isEmpty())
            continue;
        memberEmails.insert(normalized);
        const QString domain = domainOf(normalized);
        if (!domain.isEmpty() && !isPublicMailDomain(domain))
            companyDomains.insert(domain);
    }
    for (const QString &domain : ctx.companyDomains) {
        const QString normalized = domain.trimmed().toLower();
        if (!normalized.isEmpty())
            companyDomains.insert(normalized.startsWith(u'@') ? normalized.mid(1) : normalized);
    }

    for (qsizetype i = 0; i < normalizedGuests.size(); ++i) {
        const QString &email = normalizedGuests.at(i);
        const QString key = path(u"owners.guests"_s, i);
        if (!isValidEmail(email))
            result.addError(
                key, QCoreApplication::translate("OneOffTaskDraft",
                                                 "\u201c%1\u201d is not a valid email address.")
                         .arg(email));
        else if (memberEmails.contains(email))
            result.addError(key, QCoreApplication::translate(
                                     "OneOffTaskDraft",
                                     "%1 belongs to a member of this organization. Assign the "
                                     "member instead of a guest.")
                                     .arg(email));
        else if (companyDomains.contains(domainOf(email)))
            result.addWarning(key, QCoreApplication::translate(
                                       "OneOffTaskDraft",
                                       "%1 uses your organization's email domain; Tallyfy may "
                                       "refuse it as a guest.")
                                       .arg(email));
    }
    if (!normalizedGuests.isEmpty() && users.isEmpty())
        result.addError(u"owners.users"_s,
                        QCoreApplication::translate(
                            "OneOffTaskDraft",
                            "A task with guests also needs at least one member as assignee."));

    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (!Json::isHexId(groups.at(i).id.trimmed().toLower()))
            result.addError(
                path(u"owners.groups"_s, i),
                QCoreApplication::translate("OneOffTaskDraft", "This group ID is not valid."));
    }

    // deadline, started_at
    if (!deadline.isValid())
        result.addError(u"deadline"_s,
                        QCoreApplication::translate("OneOffTaskDraft", "Set a deadline."));
    else if (deadline < now)
        result.addWarning(u"deadline"_s, QCoreApplication::translate(
                                             "OneOffTaskDraft", "The deadline is in the past."));
    if (startedAt.isValid() && deadline.isValid() && startedAt > deadline)
        result.addError(u"started_at"_s,
                        QCoreApplication::translate("OneOffTaskDraft",
                                                    "The start cannot be after the deadline."));

    // max_assignable
    if (maxAssignable.has_value() && *maxAssignable <= 0)
        result.addError(u"max_assignable"_s,
                        QCoreApplication::translate(
                            "OneOffTaskDraft",
                            "The maximum number of assignees must be a positive whole number."));

    // tags
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (!Json::isHexId(tags.at(i).id.trimmed().toLower()))
            result.addError(
                path(u"tags"_s, i),
                QCoreApplication::translate("OneOffTaskDraft", "This tag ID is not valid."));
    }

    // webhook
    const QString trimmedWebhook = webhook.trimmed();
    if (!trimmedWebhook.isEmpty()) {
        const QUrl url(trimmedWebhook, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty())
            result.addError(u"webhook"_s,
                            QCoreApplication::translate(
                                "OneOffTaskDraft",
                                "The webhook must be a complete address starting with https://."));
    }

    // run_id
    const QString trimmedRunId = runId.trimmed().toLower();
    if (!trimmedRunId.isEmpty()) {
        if (!Json::isHexId(trimmedRunId)) {
            result.addError(
                u"run_id"_s,
                QCoreApplication::translate(
                    "OneOffTaskDraft", "A process ID is 32 hexadecimal characters (0-9, a-f)."));
        } else if (!ctx.runs.isEmpty()) {
            const auto run = std::find_if(ctx.runs.cbegin(), ctx.runs.cend(),
                                          [&](const Run &r) { return r.id == trimmedRunId; });
            if (run == ctx.runs.cend())
                result.addWarning(
                    u"run_id"_s, QCoreApplication::translate("OneOffTaskDraft",
                                                             "This process is not among the loaded "
                                                             "processes; Tallyfy may refuse it."));
            else if (run->canAddOot == std::optional<bool>(false))
                result.addError(u"run_id"_s,
                                QCoreApplication::translate(
                                    "OneOffTaskDraft",
                                    "The process \u201c%1\u201d does not allow one-off tasks.")
                                    .arg(run->name.isEmpty() ? run->id : run->name));
        }
    }

    // form_fields
    for (qsizetype i = 0; i < formFields.size(); ++i) {
        const DraftFormField &field = formFields.at(i);
        const QString prefix = path(u"form_fields"_s, i);
        const qsizetype labelLength = codePointCount(field.label.trimmed());
        if (labelLength == 0)
            result.addError(
                prefix + u".label"_s,
                QCoreApplication::translate("OneOffTaskDraft", "Enter a label for this field."));
        else if (labelLength > MaxFieldLabelLength)
            result.addError(prefix + u".label"_s,
                            QCoreApplication::translate("OneOffTaskDraft",
                                                        "The label has %1 characters; the limit "
                                                        "is %2.")
                                .arg(labelLength)
                                .arg(MaxFieldLabelLength));

        if (field.fieldType == "email"_L1)
            result.addError(prefix + u".field_type"_s,
                            QCoreApplication::translate(
                                "OneOffTaskDraft",
                                "Email fields cannot be shown in the Tallyfy web app; use Short "
                                "text instead."));
        else if (!DraftFormField::creatableTypes().contains(field.fieldType))
            result.addError(prefix + u".field_type"_s,
                            QCoreApplication::translate("OneOffTaskDraft", "Choose a field type."));

        if (field.usesOptions()) {
            if (field.options.size() < field.minimumOptions())
                result.addError(
                    prefix + u".options"_s,
                    field.minimumOptions() >= 2
                        ? QCoreApplication::translate("OneOffTaskDraft",
                                                      "Radio buttons need at least two options.")
                        : QCoreApplication::translate("OneOffTaskDraft",
                                                      "Add at least one option."));
            QSet<QString> seen;
            for (qsizetype j = 0; j < field.options.size(); ++j) {
                const QString text = field.options.at(j).trimmed();
                const QString key = path(prefix + u".options"_s, j, "text"_L1);
                if (text.isEmpty())
                    result.addError(key, QCoreApplication::translate(
                                             "OneOffTaskDraft", "Enter a text for this option."));
                else if (seen.contains(text))
                    result.addError(key, QCoreApplication::translate(
                                             "OneOffTaskDraft", "This option is listed twice."));
                seen.insert(text);
            }
        }
        if (field.usesColumns()) {
            if (field.columns.isEmpty())
                result.addError(prefix + u".columns"_s,
                                QCoreApplication::translate("OneOffTaskDraft",
                                                            "A table needs at least one column."));
            for (qsizetype j = 0; j < field.columns.size(); ++j) {
                if (field.columns.at(j).trimmed().isEmpty())
                    result.addError(path(prefix + u".columns"_s, j, "label"_L1),
                                    QCoreApplication::translate("OneOffTaskDraft",
                                                                "Enter a label for this column."));
            }
        }
    }
    return result;
}

QJsonObject OneOffTaskDraft::toDraftJson() const {
    QJsonArray userArray;
    for (const User &user : users)
        userArray.append(QJsonObject{{u"id"_s, user.id}, {u"name"_s, user.displayName}});
    QJsonArray groupArray;
    for (const Group &group : groups)
        groupArray.append(QJsonObject{{u"id"_s, group.id}, {u"name"_s, group.name}});
    QJsonArray tagArray;
    for (const Tag &tag : tags)
        tagArray.append(QJsonObject{{u"id"_s, tag.id}, {u"title"_s, tag.title}});
    QJsonArray fieldArray;
    for (const DraftFormField &field : formFields)
        fieldArray.append(field.toDraftJson());

    return QJsonObject{
        {u"format"_s, u"taskdesk-oneoff-draft"_s},
        {u"version"_s, DraftFormatVersion},
        {u"title"_s, title},
        {u"task_type"_s, taskType},
        {u"summary"_s, summary},
        {u"owners"_s, QJsonObject{{u"users"_s, userArray},
                                  {u"guests"_s, QJsonArray::fromStringList(guests)},
                                  {u"groups"_s, groupArray}}},
        {u"deadline"_s, localDateToJson(deadline)},
        {u"started_at"_s, localDateToJson(startedAt)},
        {u"separate_task_for_each_assignee"_s, separateTaskForEachAssignee},
        {u"max_assignable"_s,
         maxAssignable.has_value() ? QJsonValue(*maxAssignable) : QJsonValue(QJsonValue::Null)},
        {u"everyone_must_complete"_s, everyoneMustComplete},
        {u"can_complete_only_assignees"_s, canCompleteOnlyAssignees},
        {u"prevent_guest_comment"_s, preventGuestComment},
        {u"top_secret"_s, topSecret},
        {u"tags"_s, tagArray},
        {u"webhook"_s, webhook},
        {u"run_id"_s, runId},
        {u"run_name"_s, runName},
        {u"form_fields"_s, fieldArray},
    };
}

OneOffTaskDraft OneOffTaskDraft::fromDraftJson(const QJsonObject &obj) {
    OneOffTaskDraft draft;
    draft.title = Json::toText(obj.value("title"_L1));
    draft.taskType = Json::toText(obj.value("task_type"_L1), draft.taskType);
    draft.summary = Json::toText(obj.value("summary"_L1));

    const QJsonObject owners = Json::toObject(obj.value("owners"_L1));
    const QJsonValue usersValue = owners.value("users"_L1);
    if (usersValue.isArray()) {
        for (const QJsonValue &item : usersValue.toArray()) {
            User user;
            if (item.isObject()) {
                const QJsonObject userObj = item.toObject();
                user.id = Json::toInt(userObj.value("id"_L1)).value_or(0);
                user.displayName = Json::toText(userObj.value("name"_L1));
            } else {
                user.id = Json::toInt(item).value_or(0);
            }
            if (user.id != 0 || !user.displayName.isEmpty())
                draft.users.append(user);
        }
    }
    const QJsonValue guestsValue = owners.value("guests"_L1);
    if (guestsValue.isArray()) {
        for (const QJsonValue &item : guestsValue.toArray()) {
            if (item.isString())
                draft.guests.append(item.toString());
        }
    }
    const QJsonValue groupsValue = owners.value("groups"_L1);
    if (groupsValue.isArray()) {
        for (const QJsonValue &item : groupsValue.toArray()) {
            Group group;
            if (item.isObject()) {
                group.id = Json::toText(item.toObject().value("id"_L1));
                group.name = Json::toText(item.toObject().value("name"_L1));
            } else {
                group.id = Json::toText(item);
            }
            if (!group.id.isEmpty() || !group.name.isEmpty())
                draft.groups.append(group);
        }
    }

    draft.deadline = localDateFromJson(obj.value("deadline"_L1));
    draft.startedAt = localDateFromJson(obj.value("started_at"_L1));
    draft.separateTaskForEachAssignee =
        Json::toBool(obj.value("separate_task_for_each_assignee"_L1)).value_or(false);
    if (const auto max = Json::toInt(obj.value("max_assignable"_L1)))
        draft.maxAssignable = static_cast<int>(std::clamp<qint64>(*max, INT_MIN, INT_MAX));
    draft.everyoneMustComplete =
        Json::toBool(obj.value("everyone_must_complete"_L1)).value_or(false);
    draft.canCompleteOnlyAssignees =
        Json::toBool(obj.value("can_complete_only_assignees"_L1)).value_or(false);
    draft.preventGuestComment = Json::toBool(obj.value("prevent_guest_comment"_L1)).value_or(false);
    draft.topSecret = Json::toBool(obj.value("top_secret"_L1)).value_or(false);

    const QJsonValue tagsValue = obj.value("tags"_L1);
    if (tagsValue.isArray()) {
        for (const QJsonValue &item : tagsValue.toArray()) {
            Tag tag;
            if (item.isObject()) {
                tag.id = Json::toText(item.toObject().value("id"_L1));
                tag.title = Json::toText(item.toObject().value("title"_L1));
            } else {
                tag.id = Json::toText(item);
            }
            if (!tag.id.isEmpty() || !tag.title.isEmpty())
                draft.tags.append(tag);
        }
    }
    draft.webhook = Json::toText(obj.value("webhook"_L1));
    draft.runId = Json::toText(obj.value("run_id"_L1));
    draft.runName = Json::toText(obj.value("run_name"_L1));

    const QJsonValue fieldsValue = obj.value("form_fields"_L1);
    if (fieldsValue.isArray()) {
        for (const QJsonValue &item : fieldsValue.toArray()) {
            if (item.isObject())
                draft.formFields.append(DraftFormField::fromDraftJson(item.toObject()));
        }
    }
    return draft;
}
