#include "models/NameDirectoryUser.h"

NameDirectoryUser::~NameDirectoryUser() = default;

void NameDirectoryUser::setDirectory(const QHash<qint64, Member> &members,
                                     const QHash<QString, Group> &groups) {
    setDirectory(NameDirectory(members, groups));
}

void NameDirectoryUser::setDirectory(const NameDirectory &directory) {
    m_directory = directory;
    directoryChanged();
}
