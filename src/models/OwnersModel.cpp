#include "models/OwnersModel.h"

#include "models/DisplayFormat.h"

#include <QFont>

namespace {

enum Category : int { Users = 0, Guests = 1, Groups = 2, CategoryCount = 3 };

} // namespace

OwnersModel::OwnersModel(QObject *parent)
    : TwoLevelTreeModel(ColumnCount, parent) {}

OwnersModel::~OwnersModel() = default;

void OwnersModel::setOwners(const TaskOwners &owners) {
    beginResetModel();
    m_owners = owners;
    endResetModel();
}

void OwnersModel::directoryChanged() {
    if (showsNobody())
        return;
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, NameSourceRole};
    for (int category : {int(Users), int(Groups)}) {
        const int count = categoryCount(category);
        if (count == 0)
            continue;
        const QModelIndex parentIndex = index(category, 0);
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(count - 1, ColumnCount - 1, parentIndex),
                           roles);
    }
}

int OwnersModel::categoryCount(int category) const {
    switch (category) {
    case Users:
        return int(m_owners.users.size());
    case Guests:
        return int(m_owners.guests.size());
    case Groups:
        return int(m_owners.groups.size());
    default:
        return 0;
    }
}

int OwnersModel::topLevelRowCount() const {
    return showsNobody() ? 1 : CategoryCount;
}

int OwnersModel::childRowCount(int topLevelRow) const {
    return showsNobody() ? 0 : categoryCount(topLevelRow);
}

QVariant OwnersModel::unshownData(const QModelIndex &index, int role) const {
    if (isTopLevel(index)) {
        if (showsNobody()) {
            switch (role) {
            case Qt::DisplayRole:
                return index.column() == NameColumn ? QVariant(tr("Nobody assigned")) : QVariant();
            case KindRole:
                return int(Kind::Nobody);
            case Qt::FontRole: {
                QFont font;
                font.setItalic(true);
                return font;
            }
            default:
                return {};
            }
        }
        return categoryData(index.row(), index.column(), role);
    }
    return entryData(parentRow(index), index.row(), index.column(), role);
}

QVariant OwnersModel::categoryData(int category, int column, int role) const {
    const int count = categoryCount(category);
    switch (role) {
    case Qt::DisplayRole:
        if (column != NameColumn)
            return {};
        switch (category) {
        case Users:
            return tr("Users (%1)").arg(count);
        case Guests:
            return tr("Guests (%1)").arg(count);
        case Groups:
            return tr("Groups (%1)").arg(count);
        default:
            return {};
        }
    case KindRole:
        return int(category == Users    ? Kind::UsersCategory
                   : category == Guests ? Kind::GuestsCategory
                                        : Kind::GroupsCategory);
    case CountRole:
        return count;
    default:
        return {};
    }
}

QVariant OwnersModel::entryData(int category, int row, int column, int role) const {
    switch (category) {
    case Users: {
        const TaskOwners::User &user = m_owners.users.at(row);
        switch (role) {
        case Qt::DisplayRole: {
            if (column == IdColumn)
                return QString::number(user.id);
            return directory().member(user.id, user.fullName).text;
        }
        case Qt::ToolTipRole: {
            const auto it = directory().members().constFind(user.id);
            if (it != directory().members().constEnd() && !it->email.isEmpty())
                return it->email;
            return {};
        }
        case KindRole:
            return int(Kind::User);
        case IdRole:
            return user.id;
        case NameSourceRole:
            return int(directory().member(user.id, user.fullName).source);
        default:
            return {};
        }
    }
    case Guests: {
        const QString &email = m_owners.guests.at(row);
        switch (role) {
        case Qt::DisplayRole:
            return email;
        case KindRole:
            return int(Kind::Guest);
        case IdRole:
            return email;
        default:
            return {};
        }
    }
    case Groups: {
        const TaskOwners::Group &group = m_owners.groups.at(row);
        switch (role) {
        case Qt::DisplayRole:
            if (column == IdColumn)
                return group.id;
            return directory().group(group.id, group.name).text;
        case KindRole:
            return int(Kind::Group);
        case IdRole:
            return group.id;
        case NameSourceRole:
            return int(directory().group(group.id, group.name).source);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QString OwnersModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}
