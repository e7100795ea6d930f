#pragma once

#include "models/ShownModel.h"

#include <QAbstractItemModel>

/// The index plumbing of a tree model two levels deep: top-level rows, each with its own list of
/// child rows. An index needs no node storage: a top-level row has internalId 0 and a child row
/// its parent's row + 1. The model says how many rows there are at each level.
class TwoLevelTreeModel : public ShownModel<QAbstractItemModel> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoLevelTreeModel)

public:
    ~TwoLevelTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;

protected:
    TwoLevelTreeModel(int columnCount, QObject *parent);

    /// `index`, a valid index of this model, is a top-level row rather than a child row.
    [[nodiscard]] static bool isTopLevel(const QModelIndex &index);
    /// The row of the top-level parent of child row `child`.
    [[nodiscard]] static int parentRow(const QModelIndex &child);

    [[nodiscard]] virtual int topLevelRowCount() const = 0;
    [[nodiscard]] virtual int childRowCount(int topLevelRow) const = 0;

private:
    static constexpr quintptr TopLevel = 0;

    int m_columnCount;
};
