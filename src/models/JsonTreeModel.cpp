#include "models/JsonTreeModel.h"

#include "models/DisplayFormat.h"

#include "models/JsonDisplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

JsonTreeModel::JsonTreeModel(QObject *parent)
    : NodeTreeModel(ColumnCount, parent) {
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
    if (count == 0 || !makeRoom(m_nodes, count))
        return;
    const QJsonValue container = m_nodes[size_t(id)].value;
    const auto first = NodeId(m_nodes.size());
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

JsonTreeModel::NodeId JsonTreeModel::childId(NodeId parent, qsizetype row) const {
    materializeChildren(parent);
    const NodeId first = m_nodes[size_t(parent)].firstChild;
    return first == NoNode ? NoNode : first + NodeId(row);
}

JsonTreeModel::NodeId JsonTreeModel::parentOf(NodeId id) const {
    return m_nodes[size_t(id)].parent;
}

qint32 JsonTreeModel::rowOf(NodeId id) const {
    return m_nodes[size_t(id)].row;
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

QVariant JsonTreeModel::unshownData(const QModelIndex &index, int role) const {
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

QString JsonTreeModel::columnTitle(int column) const {
    switch (column) {
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
