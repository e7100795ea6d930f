#pragma once

#include "core/domain/Json.h"

#include <QJsonObject>
#include <QString>

/// The fields a user record carries wherever the API shows one (`GET /me`, the organization's
/// members; tallyfy-api-notes.md 7): read the same way for Me and Member.
namespace PersonJson {

/// Reads `id`, `email`, `username`, `first_name` and `last_name` of `obj` into `person` (any
/// type with those members); false, leaving `person` as it was, when there is no positive
/// integer `id`.
template<typename Person>
bool read(const QJsonObject &obj, Person &person) {
    using namespace Qt::StringLiterals;
    const auto id = Json::toPositiveId(obj.value("id"_L1));
    if (!id)
        return false;
    person.id = *id;
    person.email = Json::toText(obj.value("email"_L1)).trimmed();
    person.username = Json::toText(obj.value("username"_L1));
    person.firstName = Json::toText(obj.value("first_name"_L1));
    person.lastName = Json::toText(obj.value("last_name"_L1));
    return true;
}

/// "first last", trimmed; empty when both are blank.
inline QString joinedName(const QString &firstName, const QString &lastName) {
    return QString(firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
}

} // namespace PersonJson
