#pragma once

#include "core/domain/Group.h"
#include "core/domain/Member.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// Turns member and group IDs into names using the cached directory lists, falling back to a
/// name carried in the response (create responses send `full_name`) and then to "Unknown
/// member #1001". A value type: the hashes are implicitly shared, so handing one directory to
/// several models costs nothing.
class NameDirectory final {
    Q_DECLARE_TR_FUNCTIONS(NameDirectory)

public:
    /// Where a shown name came from.
    enum class Source : int {
        Directory = 0, ///< the cached member or group list
        Response,      ///< a name the server sent alongside the ID
        Unknown,       ///< neither: a placeholder such as "Unknown member #1001"
    };

    struct Name final {
        QString text;
        Source source = Source::Unknown;
    };

    NameDirectory() = default;
    /// The one way a directory is built: from the member and group lists as fetched.
    NameDirectory(const QList<Member> &members, const QList<Group> &groups);

    [[nodiscard]] Name member(qint64 id, const QString &nameFromResponse = {}) const;
    [[nodiscard]] Name group(const QString &id, const QString &nameFromResponse = {}) const;

    [[nodiscard]] const QHash<qint64, Member> &members() const { return m_members; }
    [[nodiscard]] const QHash<QString, Group> &groups() const { return m_groups; }

private:
    QHash<qint64, Member> m_members;
    QHash<QString, Group> m_groups;
};
