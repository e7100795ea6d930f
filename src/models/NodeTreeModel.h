#pragma once

#include "models/ShownModel.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <limits>
#include <vector>

/// The index plumbing of a tree model whose nodes live in one vector and are addressed by
/// position (QModelIndex::internalId), never by pointer. Node 0 stands for the invisible root.
/// The model answers a few questions about its nodes; it may materialise a node's children
/// only when a view first asks for one of them, which is why childId() is const.
class NodeTreeModel : public ShownModel<QAbstractItemModel> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTreeModel)

public:
    ~NodeTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    bool hasChildren(const QModelIndex &parent = {}) const final;

protected:
    using NodeId = qint32;
    static constexpr NodeId RootNode = 0;
    static constexpr NodeId NoNode = -1;

    NodeTreeModel(int columnCount, QObject *parent);

    /// The node `index` stands for; RootNode for an invalid index or one of another model.
    [[nodiscard]] NodeId nodeId(const QModelIndex &index) const;
    /// The index of node `id` (not the root) in `column`.
    [[nodiscard]] QModelIndex indexOf(NodeId id, int column) const;

    /// How many children node `id` has, whether they are materialised yet or not.
    [[nodiscard]] virtual qsizetype childCountOf(NodeId id) const = 0;
    /// Child `row` of node `parent`, materialised if need be; NoNode when it cannot be made.
    [[nodiscard]] virtual NodeId childId(NodeId parent, qsizetype row) const = 0;
    [[nodiscard]] virtual NodeId parentOf(NodeId id) const = 0;
    [[nodiscard]] virtual qint32 rowOf(NodeId id) const = 0;

    /// Makes room for `count` more nodes at the end of `nodes`. Grows geometrically: an exact
    /// reserve() per expansion would copy the vector every time. False when the new ids would
    /// not fit a NodeId; a tree view could not show that many rows anyway.
    template<typename Node>
    [[nodiscard]] static bool makeRoom(std::vector<Node> &nodes, qsizetype count) {
        if (qsizetype(nodes.size()) + count > std::numeric_limits<NodeId>::max())
            return false;
        const size_t needed = nodes.size() + size_t(count);
        if (nodes.capacity() < needed)
            nodes.reserve(std::max(needed, nodes.capacity() * 2));
        return true;
    }

private:
    int m_columnCount;
};
