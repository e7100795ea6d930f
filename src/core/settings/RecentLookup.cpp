#include "core/settings/RecentLookup.h"

using namespace Qt::StringLiterals;

QJsonObject RecentLookup::toJson() const {
    return QJsonObject{
        {u"taskId"_s, taskId},
        {u"title"_s, title},
        {u"when"_s, when.toUTC().toString(Qt::ISODateWithMs)},
    };
}

std::optional<RecentLookup> RecentLookup::fromJson(const QJsonObject &object) {
    RecentLookup lookup;
    lookup.taskId = object.value(u"taskId"_s).toString();
    if (lookup.taskId.isEmpty()) {
        return std::nullopt;
    }
    lookup.title = object.value(u"title"_s).toString();
    lookup.when = QDateTime::fromString(object.value(u"when"_s).toString(), Qt::ISODateWithMs);
    if (lookup.when.isValid()) {
        lookup.when = lookup.when.toUTC();
    }
    return lookup;
}
