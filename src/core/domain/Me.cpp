#include "core/domain/Me.h"

#include "core/domain/Json.h"
#include "core/domain/PersonJson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString Me::displayName() const {
    const QString joined = PersonJson::joinedName(firstName, lastName);
    if (!joined.isEmpty())
        return joined;
    if (!username.trimmed().isEmpty())
        return username.trimmed();
    return email;
}

std::optional<Me> Me::fromJson(const QJsonObject &obj, QString *error) {
    Me me;
    if (!PersonJson::read(obj, me)) {
        if (error)
            *error = QCoreApplication::translate("Me", "The user record has no valid ID.");
        return std::nullopt;
    }
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
