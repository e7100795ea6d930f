#include "core/domain/Guest.h"

#include "core/domain/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString Guest::displayName() const {
    const QString joined = QString(firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    return joined.isEmpty() ? email : joined;
}

std::optional<Guest> Guest::fromJson(const QJsonObject &obj, QString *error) {
    Guest guest;
    guest.email = Json::toText(obj.value("email"_L1)).trimmed();
    if (guest.email.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Guest", "The guest has no email address.");
        return std::nullopt;
    }
    guest.id = Json::toInt(obj.value("id"_L1));
    guest.firstName = Json::toText(obj.value("first_name"_L1));
    guest.lastName = Json::toText(obj.value("last_name"_L1));
    const QJsonObject details = Json::toObject(Json::unwrap(obj.value("details"_L1)));
    guest.status = Json::toText(details.value("status"_L1));
    guest.companyName = Json::toText(details.value("company_name"_L1));
    guest.timezone = Json::toText(details.value("timezone"_L1));
    guest.createdAt = Json::parseDateTime(obj.value("created_at"_L1));
    guest.deletedAt = Json::parseDateTime(obj.value("deleted_at"_L1));
    guest.lastAccessedAt = Json::parseDateTime(obj.value("last_accessed_at"_L1));
    guest.raw = obj;
    return guest;
}
