#include "core/domain/TaskAnswersUpdate.h"

#include "core/domain/Json.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("TaskAnswersUpdate", text);
}

bool hasValue(const QJsonValue &value) {
    if (value.isNull() || value.isUndefined())
        return false;
    if (value.isString())
        return !value.toString().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    if (value.isObject())
        return !value.toObject().isEmpty();
    return true;
}

} // namespace

TaskAnswersUpdate TaskAnswersUpdate::forTask(const Task &task) {
    TaskAnswersUpdate update;
    update.taskId = task.id;
    update.runId = task.runId;
    update.title = task.title;
    update.deadline = task.deadline;
    update.owners = task.owners;
    update.fields = task.formFields;
    return update;
}

const FormField *TaskAnswersUpdate::field(const QString &fieldId) const {
    for (const FormField &entry : fields) {
        if (entry.id == fieldId)
            return &entry;
    }
    return nullptr;
}

void TaskAnswersUpdate::setAnswer(const QString &fieldId, const FormAnswer &answer) {
    answers.insert(fieldId, answer);
}

FormAnswer TaskAnswersUpdate::currentAnswer(const QString &fieldId) const {
    const auto given = answers.constFind(fieldId);
    if (given != answers.constEnd())
        return *given;
    const FormField *entry = field(fieldId);
    return entry ? FormAnswer::fromField(*entry) : FormAnswer{};
}

QStringList TaskAnswersUpdate::changedFieldIds() const {
    QStringList ids;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QJsonValue sent = it.value().toJson();
        if (sent.isUndefined())
            continue;
        const FormField *entry = field(it.key());
        if (entry && FormAnswer::fromField(*entry).toJson() == sent)
            continue;
        ids.append(it.key());
    }
    return ids;
}

QJsonObject TaskAnswersUpdate::draft() const {
    QJsonObject kept;
    for (const QString &id : changedFieldIds())
        kept.insert(id, currentAnswer(id).toJson());
    for (const QString &id : clearedFieldIds())
        kept.insert(id, QJsonValue::Null);
    return kept;
}

QStringList TaskAnswersUpdate::applyDraft(const QJsonObject &draft) {
    QStringList set;
    for (const FormField &entry : std::as_const(fields)) {
        if (!draft.contains(entry.id) || !FormAnswer::isEditableType(entry.type))
            continue;
        const QJsonValue value = draft.value(entry.id);
        FormAnswer answer = FormAnswer::cleared(entry.type);
        if (!value.isNull()) {
            // Read back the way an answer from the server is read.
            QJsonObject raw = entry.raw;
            raw.remove(u"value"_s);
            raw.insert(u"field_value"_s, value);
            const std::optional<FormField> drafted = FormField::fromJson(raw);
            if (!drafted)
                continue;
            answer = FormAnswer::fromField(*drafted);
            if (!answer.editable)
                continue;
        }
        setAnswer(entry.id, answer);
        set.append(entry.id);
    }
    return set;
}

bool TaskAnswersUpdate::isCarriedBy(const Task &task) const {
    // The answers sent, set on the task as read: none of them differs from what it carries.
    TaskAnswersUpdate read = forTask(task);
    for (const QString &id : changedFieldIds())
        read.setAnswer(id, currentAnswer(id));
    return read.changedFieldIds().isEmpty();
}

QStringList TaskAnswersUpdate::clearedFieldIds() const {
    QStringList ids;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const FormField *entry = field(it.key());
        if (entry && it.value().editable && it.value().isEmpty() &&
            !FormAnswer::fromField(*entry).isEmpty())
            ids.append(it.key());
    }
    return ids;
}

ValidationResult TaskAnswersUpdate::validate(Purpose purpose) const {
    ValidationResult result;
    if (isOneOff()) {
        // The one-off PUT repeats these; without them the server answers 422.
        if (title.trimmed().isEmpty())
            result.addError(u"title"_s, tr("The task has no title; reload it and try again."));
        if (!deadline.isValid())
            result.addError(u"deadline"_s,
                            tr("The task has no deadline; reload it and try again."));
    }
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (!field(it.key()))
            result.addError(it.key(), tr("The task has no such field; reload it and try again."));
    }
    const QStringList cleared = clearedFieldIds();
    const QStringList changed = changedFieldIds();
    // In the order of the form.
    for (const FormField &entry : fields) {
        const auto given = answers.constFind(entry.id);
        if (given != answers.constEnd() && changed.contains(entry.id)) {
            given->validate(entry, result);
        } else if (given != answers.constEnd() &&
                   (!given->editable || !FormAnswer::isEditableType(entry.type)) &&
                   !(*given == FormAnswer::fromField(entry))) {
            // A file or unknown-type answer that was touched: it cannot be written here.
            given->validate(entry, result);
        }
        if (cleared.contains(entry.id))
            result.addWarning(entry.id,
                              tr("Emptying an answer is not supported yet; the earlier answer "
                                 "stays."));
        if (purpose == Purpose::Complete && entry.required && !cleared.contains(entry.id) &&
            currentAnswer(entry.id).isEmpty())
            result.addError(entry.id, tr("Answer this field before completing the task."));
        else if (purpose == Purpose::Complete && entry.required && cleared.contains(entry.id))
            result.addError(entry.id, tr("This field is required to complete the task."));
    }
    return result;
}

QJsonObject TaskAnswersUpdate::taskdata() const {
    QJsonObject data;
    for (const QString &id : changedFieldIds())
        data.insert(id, answers.value(id).toJson());
    return data;
}

QStringList TaskAnswersUpdate::pathSegments() const {
    if (isOneOff())
        return {u"tasks"_s, taskId};
    return {u"runs"_s, runId, u"tasks"_s, taskId};
}

QJsonObject TaskAnswersUpdate::body() const {
    QJsonObject body{{u"taskdata"_s, taskdata()}};
    if (isOneOff()) {
        body.insert(u"title"_s, title);
        body.insert(u"deadline"_s, Json::toApiDateTime(deadline));
        body.insert(u"owners"_s, owners.toJson());
    }
    return body;
}

QStringList TaskAnswersUpdate::droppedFieldIds(const Task &saved) const {
    const bool hasTaskdata = saved.raw.contains("taskdata"_L1);
    if (!hasTaskdata && !saved.formFieldsIncluded)
        return {};
    QStringList dropped;
    for (const QString &id : changedFieldIds()) {
        bool kept = false;
        if (hasTaskdata) {
            kept = hasValue(saved.taskdata.value(id));
        } else {
            for (const FormField &entry : saved.formFields)
                kept = kept || (entry.id == id && hasValue(entry.rawValue));
        }
        if (!kept)
            dropped.append(id);
    }
    return dropped;
}

QString TaskAnswersUpdate::fieldIdOfErrorKey(const QString &key) {
    const QStringList parts = key.split(u'.');
    if (parts.size() >= 2 && parts.first() == "taskdata"_L1 && !parts.at(1).isEmpty())
        return parts.at(1);
    return {};
}

QMap<QString, QStringList>
TaskAnswersUpdate::errorsByField(const QMap<QString, QStringList> &fieldErrors) {
    QMap<QString, QStringList> out;
    for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it) {
        const QString id = fieldIdOfErrorKey(it.key());
        QStringList &messages = out[id.isEmpty() ? it.key() : id];
        for (const QString &message : it.value()) {
            if (!messages.contains(message))
                messages.append(message);
        }
    }
    return out;
}
