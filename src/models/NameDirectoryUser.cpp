#include "models/NameDirectoryUser.h"

NameDirectoryUser::~NameDirectoryUser() = default;

void NameDirectoryUser::setDirectory(const QList<Member> &members, const QList<Group> &groups) {
    setDirectory(NameDirectory(members, groups));
}

void NameDirectoryUser::setDirectory(const NameDirectory &directory) {
    m_directory = directory;
    directoryChanged();
}
