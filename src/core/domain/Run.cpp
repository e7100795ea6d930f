#include "core/domain/Run.h"

#include "core/domain/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<Run> Run::fromJson(const QJsonObject &obj, QString *error) {
    Run run;
    run.id = Json::toIdString(obj.value("id"_L1));
    if (run.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Run", "The process has no ID.");
        return std::nullopt;
    }
    run.incrementId = Json::toInt(obj.value("increment_id"_L1));
    run.name = Json::toText(obj.value("name"_L1));
    run.summary = Json::toText(obj.value("summary"_L1));
    run.type = Json::toText(obj.value("type"_L1));
    run.checklistId = Json::toIdString(obj.value("checklist_id"_L1));
    run.checklistTitle = Json::toText(obj.value("checklist_title"_L1));
    run.status = Json::toText(obj.value("status"_L1));
    const QJsonValue progress = Json::unwrap(obj.value("progress"_L1));
    if (progress.isObject()) {
        const QJsonObject progressObj = progress.toObject();
        Progress p;
        p.complete = static_cast<int>(Json::toInt(progressObj.value("complete"_L1)).value_or(0));
        p.total = static_cast<int>(Json::toInt(progressObj.value("total"_L1)).value_or(0));
        const QJsonValue percent = progressObj.value("percent"_L1);
        if (percent.isDouble())
            p.percent = percent.toDouble();
        else if (percent.isString())
            p.percent = percent.toString().trimmed().toDouble();
        run.progress = p;
    }
    run.canAddOot = Json::toBool(obj.value("can_add_oot"_L1));
    run.startedAt = Json::parseDateTime(obj.value("started_at"_L1));
    run.dueDate = Json::parseDateTime(obj.value("due_date"_L1));
    run.createdAt = Json::parseDateTime(obj.value("created_at"_L1));
    run.lastUpdated = Json::parseDateTime(obj.value("last_updated"_L1));
    run.completedAt = Json::parseDateTime(obj.value("completed_at"_L1));
    run.archivedAt = Json::parseDateTime(obj.value("archived_at"_L1));
    run.raw = obj;
    return run;
}
