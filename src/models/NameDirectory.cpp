#include "models/NameDirectory.h"

NameDirectory::NameDirectory(const QList<Member> &members, const QList<Group> &groups) {
    m_members.reserve(members.size());
    for (const Member &member : members)
        m_members.insert(member.id, member);
    m_groups.reserve(groups.size());
    for (const Group &group : groups)
        m_groups.insert(group.id, group);
}

NameDirectory::Name NameDirectory::member(qint64 id, const QString &nameFromResponse) const {
    const auto it = m_members.constFind(id);
    if (it != m_members.constEnd()) {
        const QString name = it->displayName().trimmed();
        if (!name.isEmpty())
            return {name, Source::Directory};
    }
    if (!nameFromResponse.trimmed().isEmpty())
        return {nameFromResponse.trimmed(), Source::Response};
    return {tr("Unknown member #%1").arg(id), Source::Unknown};
}

NameDirectory::Name NameDirectory::group(const QString &id, const QString &nameFromResponse) const {
    const auto it = m_groups.constFind(id);
    if (it != m_groups.constEnd() && !it->name.trimmed().isEmpty())
        return {it->name.trimmed(), Source::Directory};
    if (!nameFromResponse.trimmed().isEmpty())
        return {nameFromResponse.trimmed(), Source::Response};
    return {tr("Unknown group %1").arg(id), Source::Unknown};
}
