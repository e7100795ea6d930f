#pragma once

#include "core/domain/TaskOwners.h"
#include "models/NameDirectoryUser.h"
#include "models/TwoLevelTreeModel.h"

#include <QHash>

/// The assignees of a task as a two-level tree: the categories Users, Guests and Groups (with
/// their counts) and one row per assignee below them. Users and groups are named from the
/// injected directory, then from a name the response carried, then "Unknown member #1001";
/// the ID is in the second column. When nobody is assigned the model has a single "Nobody
/// assigned" row instead of the categories. Changed names are announced with dataChanged().
class OwnersModel final : public TwoLevelTreeModel, public NameDirectoryUser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnersModel)

public:
    enum Column : int { NameColumn = 0, IdColumn, ColumnCount };

    /// What a row stands for (KindRole).
    enum class Kind : int {
        UsersCategory = 0,
        GuestsCategory,
        GroupsCategory,
        User,
        Guest,
        Group,
        Nobody, ///< the single row shown when there are no assignees
    };
    Q_ENUM(Kind)

    enum Role : int {
        KindRole = Qt::UserRole + 1, ///< int (Kind)
        IdRole,    ///< qint64 member ID, QString guest email, QString group ID; categories: none
        CountRole, ///< int: entries under a category row
        NameSourceRole, ///< int (NameDirectory::Source) for user and group rows
    };
    Q_ENUM(Role)

    explicit OwnersModel(QObject *parent = nullptr);
    ~OwnersModel() override;

    /// Replaces the assignees (a model reset).
    void setOwners(const TaskOwners &owners);
    [[nodiscard]] const TaskOwners &owners() const { return m_owners; }

private:
    [[nodiscard]] QVariant unshownData(const QModelIndex &index, int role) const override;
    [[nodiscard]] QString columnTitle(int column) const override;
    [[nodiscard]] int topLevelRowCount() const override;
    [[nodiscard]] int childRowCount(int topLevelRow) const override;
    void directoryChanged() override;
    [[nodiscard]] bool showsNobody() const { return m_owners.isEmpty(); }
    [[nodiscard]] int categoryCount(int category) const;
    [[nodiscard]] QVariant categoryData(int category, int column, int role) const;
    [[nodiscard]] QVariant entryData(int category, int row, int column, int role) const;

    TaskOwners m_owners;
};
