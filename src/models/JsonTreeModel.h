#pragma once

#include "models/NodeTreeModel.h"

#include <QJsonParseError>
#include <QJsonValue>

#include <vector>

/// A read-only tree over one JSON value: arrays show their elements as "[index]", objects
/// their members by key. Children are materialised only when a view asks for them, so a large
/// document costs one small node per row that has actually been reached.
///
/// When the root is an array or an object its children are the top-level rows; a scalar root
/// is shown as a single row with an empty key.
class JsonTreeModel final : public NodeTreeModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column : int { KeyColumn = 0, ValueColumn, TypeColumn, ColumnCount };

    enum Role : int {
        JsonTypeRole = Qt::UserRole + 1, ///< int: QJsonValue::Type of the row's value
        JsonValueRole,                   ///< QJsonValue: the row's value
        KeyRole,  ///< QString: the object key; int: the array index; invalid at a scalar root
        PathRole, ///< QString: JSON Pointer (RFC 6901) of the row, e.g. "/owners/users/0"
        IsContainerRole, ///< bool: array or object
    };
    Q_ENUM(Role)

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Replaces the whole tree (a model reset). An undefined value empties the model.
    void setJson(const QJsonValue &root);
    /// Parses `json` and shows it. On a parse error the model is emptied and the error is
    /// returned (error != QJsonParseError::NoError), never swallowed.
    [[nodiscard]] QJsonParseError loadJson(const QByteArray &json);
    void clear();
    [[nodiscard]] QJsonValue json() const { return m_root; }

    /// The value at `index` (undefined for an invalid index).
    [[nodiscard]] QJsonValue valueAt(const QModelIndex &index) const;
    /// How many nodes have been materialised so far; grows only as rows are reached.
    [[nodiscard]] qsizetype materializedNodeCount() const;

private:
    [[nodiscard]] QVariant unshownData(const QModelIndex &index, int role) const override;
    [[nodiscard]] QString columnTitle(int column) const override;
    struct Node {
        QJsonValue value;
        NodeId parent = NoNode;
        qint32 row = 0;
        NodeId firstChild = NoNode; ///< children are contiguous once materialised
    };

    [[nodiscard]] qsizetype childCountOf(NodeId id) const override;
    [[nodiscard]] NodeId childId(NodeId parent, qsizetype row) const override;
    [[nodiscard]] NodeId parentOf(NodeId id) const override;
    [[nodiscard]] qint32 rowOf(NodeId id) const override;
    void materializeChildren(NodeId id) const;
    [[nodiscard]] QString keyText(NodeId id) const;
    [[nodiscard]] QVariant keyValue(NodeId id) const;
    [[nodiscard]] QString pointer(NodeId id) const;

    QJsonValue m_root = QJsonValue(QJsonValue::Undefined);
    // Node 0 stands for the invisible root (QModelIndex()). index() is const but materialises
    // children on demand, hence mutable.
    mutable std::vector<Node> m_nodes;
};
