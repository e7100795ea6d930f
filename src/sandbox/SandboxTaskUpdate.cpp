#include "sandbox/SandboxTaskUpdate.h"

#include "sandbox/SandboxJson.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using SandboxJson::now;
using SandboxJson::object;

bool isIntegral(const QJsonValue &value) {
    return value.isDouble() && std::isfinite(value.toDouble()) &&
           std::floor(value.toDouble()) == value.toDouble();
}

// What the server source lets through every type's check as "no answer".
bool isClear(const QJsonValue &value) {
    return value.isNull() || (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

bool matchesOption(const QJsonArray &options, const QJsonValue &id, const QString &text) {
    for (const QJsonValue option : options) {
        const QJsonObject o = option.toObject();
        if (o.value("text"_L1).toString() == text &&
            (id.isUndefined() || o.value("id"_L1).toInteger() == id.toInteger()))
            return true;
    }
    return false;
}

bool isRowOf(const QJsonValue &row, qsizetype columns) {
    if (!row.isArray() || row.toArray().size() != columns)
        return false;
    for (const QJsonValue cell : row.toArray()) {
        if (!cell.isString() && !cell.isDouble() && !cell.isNull())
            return false;
    }
    return true;
}

// The 500 production answers for a bare string in a file field (its message, without internals).
SandboxResponse fileString500() {
    return SandboxResponse::json(
        500, QJsonObject{{u"message"_s, u"Server Error"_s},
                         {u"exception"_s, u"ErrorException"_s},
                         {u"detail"_s, u"Cannot use a scalar value as an array"_s}});
}

enum class Verdict { Accept, Invalid, ServerError };

struct Check {
    Verdict verdict = Verdict::Accept;
    QString message;
    QJsonValue stored; // what is kept (usually the value as sent)
};

Check invalid(const QString &message) {
    return Check{Verdict::Invalid, message, {}};
}

// One `taskdata` value against its field, as tallyfy-api-notes.md 2.6 describes the server.
Check checkAnswer(const QJsonObject &field, const QJsonValue &value) {
    const QString type = field.value("field_type"_L1).toString();
    const QString label = field.value("label"_L1).toString();
    if (isClear(value))
        return Check{Verdict::Accept, {}, QJsonValue::Null};
    if (type == "text"_L1) {
        if (!value.isString() && !value.isDouble() && !value.isBool())
            return invalid(u"%1 must be text."_s.arg(label));
        if (value.isString() && value.toString().toUcs4().size() > 200)
            return invalid(u"%1 may not be greater than 200 characters."_s.arg(label));
    } else if (type == "textarea"_L1) {
        if (!value.isString())
            return invalid(u"%1 must be a string."_s.arg(label));
        if (value.toString().toUcs4().size() > 30000)
            return invalid(u"%1 may not be greater than 30000 characters."_s.arg(label));
    } else if (type == "email"_L1) {
        // Anything is stored; a wrapper object ends up as text.
        if (value.isObject())
            return Check{
                Verdict::Accept,
                {},
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))};
    } else if (type == "date"_L1) {
        if (!SandboxJson::requestDate(value))
            return invalid(u"%1 is not a valid date."_s.arg(label));
    } else if (type == "radio"_L1) {
        if (!value.isString() ||
            !matchesOption(field.value("options"_L1).toArray(), QJsonValue(QJsonValue::Undefined),
                           value.toString()))
            return invalid(u"Invalid radio choice selected."_s);
    } else if (type == "dropdown"_L1) {
        const QJsonObject choice = value.toObject();
        if (!value.isObject() || !isIntegral(choice.value("id"_L1)) ||
            !choice.value("text"_L1).isString() ||
            !matchesOption(field.value("options"_L1).toArray(), choice.value("id"_L1),
                           choice.value("text"_L1).toString()))
            return invalid(u"Invalid dropdown choice selected."_s);
    } else if (type == "multiselect"_L1) {
        if (!value.isArray())
            return invalid(u"%1 must be a list of choices."_s.arg(label));
        for (const QJsonValue item : value.toArray()) {
            const QJsonObject choice = item.toObject();
            if (!item.isObject() || !isIntegral(choice.value("id"_L1)) ||
                !matchesOption(field.value("options"_L1).toArray(), choice.value("id"_L1),
                               choice.value("text"_L1).toString()))
                return invalid(u"Invalid multiselect choice selected."_s);
        }
    } else if (type == "table"_L1) {
        const qsizetype columns = field.value("columns"_L1).toArray().size();
        if (!value.isArray())
            return invalid(u"Invalid table field"_s);
        const QJsonArray array = value.toArray();
        bool ok = isRowOf(array, columns);
        if (!ok && array.first().isArray()) {
            ok = true;
            for (const QJsonValue row : array)
                ok = ok && isRowOf(row, columns);
        }
        if (!ok)
            return invalid(u"Number of columns does not match required columns"_s);
    } else if (type == "assignees_form"_L1) {
        const QJsonObject owners = value.toObject();
        bool ok = value.isObject();
        for (const auto key : {"users"_L1, "guests"_L1, "groups"_L1}) {
            const QJsonValue bucket = owners.value(key);
            ok = ok && (bucket.isUndefined() || bucket.isArray());
            for (const QJsonValue item : bucket.toArray())
                ok = ok && (key == "users"_L1 ? isIntegral(item) : item.isString());
        }
        if (!ok)
            return invalid(u"Invalid assignees for %1."_s.arg(label));
    } else if (type == "file"_L1) {
        if (value.isString())
            return Check{Verdict::ServerError, {}, {}};
        if (!value.isArray())
            return invalid(u"Invalid file field"_s);
        for (const QJsonValue item : value.toArray()) {
            const QJsonObject file = item.toObject();
            if (!item.isObject() || (!file.contains("id"_L1) && !file.contains("url"_L1) &&
                                     !file.contains("full_url"_L1)))
                return invalid(u"Invalid file field"_s);
        }
    }
    return Check{Verdict::Accept, {}, value};
}

} // namespace

SandboxTaskUpdate::SandboxTaskUpdate(SandboxStore &store)
    : m_store(store) {}

QJsonObject SandboxTaskUpdate::taskdataOf(const SandboxStore::Task &task) {
    QJsonObject data;
    for (const QJsonValue entry : task.formFields) {
        const QJsonObject field = entry.toObject();
        QJsonValue answer = field.value("field_value"_L1);
        if (answer.isUndefined() || answer.isNull())
            answer = field.value("value"_L1);
        if (!answer.isUndefined() && !isClear(answer))
            data.insert(field.value("id"_L1).toString(), answer);
    }
    return data;
}

QJsonObject SandboxTaskUpdate::unansweredRequired(const SandboxStore::Task &task) {
    const QJsonObject answers = taskdataOf(task);
    QJsonObject errors;
    for (const QJsonValue entry : task.formFields) {
        const QJsonObject field = entry.toObject();
        const QString id = field.value("id"_L1).toString();
        if (field.value("required"_L1).toBool() && !answers.contains(id))
            errors.insert(u"taskdata."_s + id,
                          QJsonArray{u"%1 is required"_s.arg(field.value("label"_L1).toString())});
    }
    return errors;
}

SandboxResponse SandboxTaskUpdate::update(const QString &runId, const QString &taskId,
                                          const QByteArray &body) {
    SandboxStore::Task *task = m_store.mutableTask(taskId);
    if (!task)
        return SandboxResponse::recordNotFound();
    const QJsonValue taskRun = task->fields.value("run_id"_L1);
    const bool hasRun = taskRun.isString() && !taskRun.toString().isEmpty();
    if (runId.isEmpty() ? hasRun : (!m_store.run(runId) || taskRun.toString() != runId))
        return SandboxResponse::recordNotFound();
    const auto request = object(body);
    if (!request)
        return SandboxResponse::json(400,
                                     QJsonObject{{u"message"_s, u"The body is not valid JSON."_s}});

    QJsonObject errors;
    const auto fail = [&errors](const QString &key, const QString &message) {
        errors.insert(key, QJsonArray{message});
    };
    std::optional<QDateTime> deadline;
    if (runId.isEmpty()) {
        if (request->value("title"_L1).toString().trimmed().isEmpty())
            fail(u"title"_s, u"The title field is required."_s);
        const QJsonValue deadlineValue = request->value("deadline"_L1);
        if (deadlineValue.isUndefined() || deadlineValue.isNull())
            fail(u"deadline"_s, u"The deadline field is required."_s);
        else if (!(deadline = SandboxJson::requestDate(deadlineValue)))
            fail(u"deadline"_s, u"The deadline is not a valid date."_s);
        if (!request->value("owners"_L1).isObject())
            fail(u"owners"_s, u"The owners field is required."_s);
    } else if (request->contains("deadline"_L1)) {
        if (!(deadline = SandboxJson::requestDate(request->value("deadline"_L1))))
            fail(u"deadline"_s, u"The deadline is not a valid date."_s);
    }

    const QJsonValue taskdataValue = request->value("taskdata"_L1);
    QJsonObject accepted; // field ID -> value to store
    if (!taskdataValue.isUndefined() && !taskdataValue.isNull()) {
        if (!taskdataValue.isObject()) {
            fail(u"taskdata"_s, u"The taskdata must be an object."_s);
        } else {
            const QJsonObject taskdata = taskdataValue.toObject();
            for (auto it = taskdata.constBegin(); it != taskdata.constEnd(); ++it) {
                QJsonObject field;
                for (const QJsonValue entry : task->formFields) {
                    if (entry.toObject().value("id"_L1).toString() == it.key())
                        field = entry.toObject();
                }
                if (field.isEmpty())
                    continue; // dropped without a word (quirk 3)
                const Check check = checkAnswer(field, it.value());
                if (check.verdict == Verdict::ServerError)
                    return fileString500();
                if (check.verdict == Verdict::Invalid)
                    fail(u"taskdata."_s + it.key(), check.message);
                else
                    accepted.insert(it.key(), check.stored);
            }
        }
    }
    if (!errors.isEmpty()) {
        const QString first = errors.begin().value().toArray().first().toString();
        return SandboxResponse::json(422,
                                     QJsonObject{{u"message"_s, first}, {u"errors"_s, errors}});
    }

    QJsonObject &f = task->fields;
    if (request->contains("title"_L1))
        f.insert(u"title"_s, request->value("title"_L1).toString().trimmed());
    if (deadline)
        f.insert(u"deadline"_s, deadline->toString(Qt::ISODateWithMs));
    if (request->value("owners"_L1).isObject()) {
        // Owners replace the old ones; a bucket left out is emptied (quirk 2).
        const QJsonObject sent = request->value("owners"_L1).toObject();
        QJsonObject owners;
        for (const auto key : {"users"_L1, "guests"_L1, "groups"_L1})
            owners.insert(key, sent.value(key).toArray());
        f.insert(u"owners"_s, owners);
    }
    if (request->contains("summary"_L1))
        f.insert(u"summary"_s, request->value("summary"_L1));
    QJsonArray fields = task->formFields;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields.at(i).toObject();
        const QString id = field.value("id"_L1).toString();
        if (!accepted.contains(id))
            continue;
        field.insert(u"field_value"_s, accepted.value(id));
        field.remove("value"_L1);
        fields.replace(i, field);
    }
    task->formFields = fields;
    f.insert(u"last_updated"_s, now());
    m_store.recordEvent(u"task.updated"_s, taskId);

    QJsonObject data =
        m_store.presentTask(*task, {u"summary"_s}, SandboxStore::OwnersShape::Ids, true);
    data.insert(u"taskdata"_s, taskdataOf(*task));
    return SandboxResponse::json(200, QJsonObject{{u"data"_s, data}});
}
