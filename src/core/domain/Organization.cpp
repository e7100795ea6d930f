#include "core/domain/Organization.h"

#include "core/domain/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<Organization> Organization::fromJson(const QJsonObject &obj, QString *error) {
    Organization org;
    org.id = Json::toIdString(obj.value("id"_L1));
    if (org.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Organization", "The organization has no ID.");
        return std::nullopt;
    }
    org.name = Json::toText(obj.value("name"_L1));
    org.timezone = Json::toText(obj.value("timezone"_L1));
    org.createdAt = Json::parseDateTime(obj.value("created_at"_L1));
    org.raw = obj;
    return org;
}
