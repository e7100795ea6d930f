#include "core/domain/TaskOwners.h"

#include "core/domain/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

bool TaskOwners::isEmpty() const {
    return users.isEmpty() && guests.isEmpty() && groups.isEmpty();
}

QList<qint64> TaskOwners::userIds() const {
    QList<qint64> ids;
    ids.reserve(users.size());
    for (const User &user : users)
        ids.append(user.id);
    return ids;
}

QStringList TaskOwners::groupIds() const {
    QStringList ids;
    ids.reserve(groups.size());
    for (const Group &group : groups)
        ids.append(group.id);
    return ids;
}

QJsonObject TaskOwners::toJson() const {
    QJsonArray userArray;
    for (const User &user : users)
        userArray.append(user.id);
    QJsonArray groupArray;
    for (const Group &group : groups)
        groupArray.append(group.id);
    return QJsonObject{
        {u"users"_s, userArray},
        {u"guests"_s, QJsonArray::fromStringList(guests)},
        {u"groups"_s, groupArray},
    };
}

TaskOwners TaskOwners::fromJson(const QJsonValue &value) {
    TaskOwners owners;
    const QJsonObject obj = Json::toObject(Json::unwrap(value));
    if (obj.isEmpty())
        return owners;

    for (const QJsonValue &item : Json::toArray(obj.value("users"_L1))) {
        User user;
        if (item.isObject()) {
            const QJsonObject userObj = item.toObject();
            const auto id = Json::toPositiveId(userObj.value("id"_L1));
            if (!id)
                continue;
            user.id = *id;
            user.fullName = Json::toText(userObj.value("full_name"_L1));
            user.profilePic = Json::toText(userObj.value("profile_pic"_L1));
        } else {
            const auto id = Json::toPositiveId(item);
            if (!id)
                continue;
            user.id = *id;
        }
        owners.users.append(user);
    }

    for (const QJsonValue &item : Json::toArray(obj.value("guests"_L1))) {
        const QString email = item.isObject() ? Json::toText(item.toObject().value("email"_L1))
                                              : (item.isString() ? item.toString() : QString());
        if (!email.trimmed().isEmpty())
            owners.guests.append(email.trimmed());
    }

    for (const QJsonValue &item : Json::toArray(obj.value("groups"_L1))) {
        Group group;
        if (item.isObject()) {
            const QJsonObject groupObj = item.toObject();
            group.id = Json::toIdString(groupObj.value("id"_L1));
            group.name = Json::toText(groupObj.value("name"_L1));
        } else {
            group.id = Json::toIdString(item);
        }
        if (!group.id.isEmpty())
            owners.groups.append(group);
    }

    for (const QJsonValue &item : Json::toArray(obj.value("taskUrls"_L1))) {
        const QString url = Json::toText(item);
        if (!url.isEmpty())
            owners.taskUrls.append(url);
    }
    return owners;
}
