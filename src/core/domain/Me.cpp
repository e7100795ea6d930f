#include "core/domain/Me.h"

#include "core/domain/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString Me::displayName() const {
    const QString joined = QString(firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    if (!joined.isEmpty())
        return joined;
    if (!username.trimmed().isEmpty())
        return username.trimmed();
    return email;
}

std::optional<Me> Me::fromJson(const QJsonObject &obj, QString *error) {
    const auto id = Json::toPositiveId(obj.value("id"_L1));
    if (!id) {
        if (error)
            *error = QCoreApplication::translate("Me", "The user record has no valid ID.");
        return std::nullopt;
    }
    Me me;
    me.id = *id;
    me.email = Json::toText(obj.value("email"_L1)).trimmed();
    me.username = Json::toText(obj.value("username"_L1));
    me.firstName = Json::toText(obj.value("first_name"_L1));
    me.lastName = Json::toText(obj.value("last_name"_L1));
    me.timezone = Json::toText(obj.value("timezone"_L1));
    me.raw = obj;
    return me;
}

std::optional<Me> Me::fromResponseBody(const QByteArray &body, QString *error) {
    const auto root = Json::parseObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue data = root->value("data"_L1);
    return fromJson(data.isObject() ? data.toObject() : *root, error);
}
