#include "core/domain/Group.h"

#include "core/domain/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<Group> Group::fromJson(const QJsonObject &obj, QString *error) {
    Group group;
    group.id = Json::toIdString(obj.value("id"_L1));
    if (group.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Group", "The group has no ID.");
        return std::nullopt;
    }
    group.name = Json::toText(obj.value("name"_L1));
    group.description = Json::toText(obj.value("description"_L1));
    group.logo = Json::toText(obj.value("logo"_L1));
    for (const QJsonValue &item : Json::toArray(obj.value("members"_L1))) {
        const auto id = item.isObject() ? Json::toPositiveId(item.toObject().value("id"_L1))
                                        : Json::toPositiveId(item);
        if (id)
            group.memberIds.append(*id);
    }
    for (const QJsonValue &item : Json::toArray(obj.value("guests"_L1))) {
        const QString email = item.isObject() ? Json::toText(item.toObject().value("email"_L1))
                                              : (item.isString() ? item.toString() : QString());
        if (!email.trimmed().isEmpty())
            group.guests.append(email.trimmed());
    }
    group.createdAt = Json::parseDateTime(obj.value("created_at"_L1));
    group.lastUpdated = Json::parseDateTime(obj.value("last_updated"_L1));
    group.raw = obj;
    return group;
}
