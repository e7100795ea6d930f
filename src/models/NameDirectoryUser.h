#pragma once

#include "core/domain/Group.h"
#include "core/domain/Member.h"
#include "models/NameDirectory.h"

#include <QList>
#include <QString>

/// The part of a model that names members and groups through a NameDirectory: one way to hand
/// a model its directory. The model announces the rows whose names may have changed in
/// directoryChanged().
class NameDirectoryUser {
    Q_DISABLE_COPY_MOVE(NameDirectoryUser)

public:
    virtual ~NameDirectoryUser();

    void setDirectory(const QList<Member> &members, const QList<Group> &groups);
    void setDirectory(const NameDirectory &directory);
    [[nodiscard]] const NameDirectory &directory() const { return m_directory; }

protected:
    NameDirectoryUser() = default;

    /// Called after the directory was replaced.
    virtual void directoryChanged() = 0;

private:
    NameDirectory m_directory;
};
