#include "models/NodeTreeModel.h"

NodeTreeModel::NodeTreeModel(int columnCount, QObject *parent)
    : ShownModel(parent)
    , m_columnCount(columnCount) {}

NodeTreeModel::~NodeTreeModel() = default;

NodeTreeModel::NodeId NodeTreeModel::nodeId(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return RootNode;
    return NodeId(index.internalId());
}

QModelIndex NodeTreeModel::indexOf(NodeId id, int column) const {
    return createIndex(rowOf(id), column, quintptr(id));
}

QModelIndex NodeTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= m_columnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const NodeId parentId = nodeId(parent);
    if (row >= childCountOf(parentId))
        return {};
    const NodeId id = childId(parentId, row);
    if (id == NoNode)
        return {};
    return createIndex(row, column, quintptr(id));
}

QModelIndex NodeTreeModel::parent(const QModelIndex &child) const {
    const NodeId id = nodeId(child);
    if (id == RootNode)
        return {};
    const NodeId parentId = parentOf(id);
    if (parentId == RootNode || parentId == NoNode)
        return {};
    return indexOf(parentId, 0);
}

int NodeTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(qMin<qsizetype>(childCountOf(nodeId(parent)), std::numeric_limits<int>::max()));
}

int NodeTreeModel::columnCount(const QModelIndex &parent) const {
    Q_UNUSED(parent)
    return m_columnCount;
}

bool NodeTreeModel::hasChildren(const QModelIndex &parent) const {
    return rowCount(parent) > 0;
}
