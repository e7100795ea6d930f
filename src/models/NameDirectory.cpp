#include "models/NameDirectory.h"

#include <utility>

NameDirectory::NameDirectory(QHash<qint64, Member> members, QHash<QString, Group> groups)
    : m_members(std::move(members))
    , m_groups(std::move(groups)) {}

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
