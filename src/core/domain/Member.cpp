#include "core/domain/Member.h"

#include "core/domain/Json.h"
#include "core/domain/PersonJson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString Member::displayName() const {
    if (!fullName.trimmed().isEmpty())
        return fullName.trimmed();
    const QString joined = PersonJson::joinedName(firstName, lastName);
    if (!joined.isEmpty())
        return joined;
    if (!email.trimmed().isEmpty())
        return email.trimmed();
    return u"#"_s + QString::number(id);
}

std::optional<Member> Member::fromJson(const QJsonObject &obj, QString *error) {
    Member member;
    if (!PersonJson::read(obj, member)) {
        if (error)
            *error = QCoreApplication::translate("Member", "The member has no valid ID.");
        return std::nullopt;
    }
    member.fullName = Json::toText(obj.value("full_name"_L1));
    member.profilePic = Json::toText(obj.value("profile_pic"_L1));
    member.jobTitle = Json::toText(obj.value("job_title"_L1));
    member.role = Json::toText(obj.value("role"_L1));
    member.status = Json::toText(obj.value("status"_L1));
    member.isActive = Json::toBool(obj.value("is_active"_L1));
    member.type = Json::toText(obj.value("type"_L1));
    member.timezone = Json::toText(obj.value("timezone"_L1));
    member.lastLoginAt = Json::parseDateTime(obj.value("last_login_at"_L1));
    member.createdAt = Json::parseDateTime(obj.value("created_at"_L1));
    member.updatedAt = Json::parseDateTime(obj.value("updated_at"_L1));
    member.raw = obj;
    return member;
}
