#include "models/TwoLevelTreeModel.h"

TwoLevelTreeModel::TwoLevelTreeModel(int columnCount, QObject *parent)
    : ShownModel(parent)
    , m_columnCount(columnCount) {}

TwoLevelTreeModel::~TwoLevelTreeModel() = default;

bool TwoLevelTreeModel::isTopLevel(const QModelIndex &index) {
    return index.internalId() == TopLevel;
}

int TwoLevelTreeModel::parentRow(const QModelIndex &child) {
    return int(child.internalId() - 1);
}

QModelIndex TwoLevelTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TwoLevelTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || isTopLevel(child))
        return {};
    return createIndex(parentRow(child), 0, TopLevel);
}

int TwoLevelTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return topLevelRowCount();
    if (parent.column() != 0 || !isTopLevel(parent))
        return 0;
    return childRowCount(parent.row());
}

int TwoLevelTreeModel::columnCount(const QModelIndex &parent) const {
    Q_UNUSED(parent)
    return m_columnCount;
}
