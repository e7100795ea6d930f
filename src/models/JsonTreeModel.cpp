#include "models/JsonTreeModel.h"

#include "models/JsonDisplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {
    m_nodes.push_back(Node{});
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &root) {
    beginResetModel();
    m_root = root;
    m_nodes.clear();
    m_nodes.shrink_to_fit();
    Node top;
    top.value = root;
    m_nodes.push_back(std::move(top));
    endResetModel();
}

QJsonParseError JsonTreeModel::loadJson(const QByteArray &json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        clear();
        return error;
    }
    if (document.isArray())
        setJson(document.array());
    else if (document.isObject())
        setJson(document.object());
    else
        clear();
    return error;
}

void JsonTreeModel::clear() {
    setJson(QJsonValue(QJsonValue::Undefined));
}

QJsonValue JsonTreeModel::valueAt(const QModelIndex &index) const {
    const NodeId id = nodeId(index);
    if (id == RootNode)
        return QJsonValue(QJsonValue::Undefined);
    return m_nodes[size_t(id)].value;
}

qsizetype JsonTreeModel::materializedNodeCount() const {
    return qsizetype(m_nodes.size()) - 1;
}

JsonTreeModel::NodeId JsonTreeModel::nodeId(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return RootNode;
    return NodeId(index.internalId());
}

qsizetype JsonTreeModel::childCountOf(NodeId id) const {
    const QJsonValue &value = m_nodes[size_t(id)].value;
    if (id == RootNode && !value.isArray() && !value.isObject())
        return value.isUndefined() ? 0 : 1; // a scalar root is one row
    return JsonDisplay::childCount(value);
}

void JsonTreeModel::materializeChildren(NodeId id) const {
    if (m_nodes[size_t(id)].firstChild != NoNode)
        return;
    const qsizetype count = childCountOf(id);
    if (count == 0)
        return;
    // Node ids are 32-bit; a document with more rows than that is not something a tree view
    // can show anyway.
    if (qsizetype(m_nodes.size()) + count > std::numeric_limits<NodeId>::max())
        return;
    const QJsonValue container = m_nodes[size_t(id)].value;
    const auto first = NodeId(m_nodes.size());
    // Grow geometrically: an exact reserve() per expansion would copy the vector every time.
    const size_t needed = m_nodes.size() + size_t(count);
    if (m_nodes.capacity() < needed)
        m_nodes.reserve(std::max(needed, m_nodes.capacity() * 2));
    if (container.isArray()) {
        const QJsonArray array = container.toArray();
        for (qsizetype row = 0; row < count; ++row)
            m_nodes.push_back(Node{array.at(row), id, qint32(row), NoNode});
    } else if (container.isObject()) {
        const QJsonObject object = container.toObject();
        qint32 row = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            m_nodes.push_back(Node{QJsonValue(it.value()), id, row++, NoNode});
    } else {
        m_nodes.push_back(Node{container, id, 0, NoNode});
    }
    m_nodes[size_t(id)].firstChild = first;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const NodeId parentId = nodeId(parent);
    if (row >= childCountOf(parentId))
        return {};
    materializeChildren(parentId);
    const NodeId first = m_nodes[size_t(parentId)].firstChild;
    if (first == NoNode)
        return {};
    return createIndex(row, column, quintptr(first + row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const {
    const NodeId id = nodeId(child);
    if (id == RootNode)
        return {};
    const NodeId parentId = m_nodes[size_t(id)].parent;
    if (parentId == RootNode || parentId == NoNode)
        return {};
    return createIndex(m_nodes[size_t(parentId)].row, 0, quintptr(parentId));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(qMin<qsizetype>(childCountOf(nodeId(parent)), std::numeric_limits<int>::max()));
}

int JsonTreeModel::columnCount(const QModelIndex &parent) const {
    Q_UNUSED(parent)
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const {
    return rowCount(parent) > 0;
}

QString JsonTreeModel::keyText(NodeId id) const {
    const Node &node = m_nodes[size_t(id)];
    return JsonDisplay::childLabel(m_nodes[size_t(node.parent)].value, node.row);
}

QVariant JsonTreeModel::keyValue(NodeId id) const {
    const Node &node = m_nodes[size_t(id)];
    const QJsonValue &container = m_nodes[size_t(node.parent)].value;
    if (container.isArray())
        return node.row;
    if (container.isObject())
        return JsonDisplay::childKey(container, node.row);
    return {};
}

QString JsonTreeModel::pointer(NodeId id) const {
    QStringList segments;
    for (NodeId at = id; at != RootNode && at != NoNode; at = m_nodes[size_t(at)].parent) {
        const Node &node = m_nodes[size_t(at)];
        const QJsonValue &container = m_nodes[size_t(node.parent)].value;
        if (container.isArray()) {
            segments.prepend(QString::number(node.row));
        } else if (container.isObject()) {
            QString key = JsonDisplay::childKey(container, node.row);
            key.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
            segments.prepend(key);
        }
    }
    QString path;
    for (const QString &segment : std::as_const(segments))
        path += u'/' + segment;
    return path;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const NodeId id = nodeId(index);
    const QJsonValue &value = m_nodes[size_t(id)].value;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(id);
        case ValueColumn:
            return JsonDisplay::valueText(value);
        case TypeColumn:
            return JsonDisplay::typeName(value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && value.isString())
            return QString(JsonDisplay::typeName(value) + u'\n' + value.toString());
        return JsonDisplay::typeName(value);
    case JsonTypeRole:
        return int(value.type());
    case JsonValueRole:
        return QVariant::fromValue(value);
    case KeyRole:
        return keyValue(id);
    case PathRole:
        return pointer(id);
    case IsContainerRole:
        return value.isArray() || value.isObject();
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QJsonValue &value = m_nodes[size_t(nodeId(index))].value;
    if (!value.isArray() && !value.isObject())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(JsonTypeRole, "jsonType");
    names.insert(JsonValueRole, "jsonValue");
    names.insert(KeyRole, "key");
    names.insert(PathRole, "path");
    names.insert(IsContainerRole, "isContainer");
    return names;
}
