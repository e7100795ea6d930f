#pragma once

#include "core/domain/Task.h"
#include "models/NameDirectoryUser.h"
#include "models/NodeTreeModel.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <optional>
#include <vector>

/// Every field of a task, grouped under top-level sections: Identity, Status, Dates,
/// Assignment, Options, then each included relation (Run, Step, Form fields, Tags, Threads),
/// every other include as a JSON subtree, and "Other fields" for the keys of the response that
/// no section shows. Nothing the server sent is hidden: a row the model could not read is
/// shown as JSON.
///
/// Values read "Yes"/"No", "—" for null or absent, dates in local time with the ISO text as
/// received in the tooltip (and RawValueRole). JSON subtrees are expanded only when a view
/// reaches them. Member IDs (starter, completer, thread authors) are named from the directory.
class TaskDetailsModel final : public NodeTreeModel, public NameDirectoryUser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailsModel)

public:
    enum Column : int { FieldColumn = 0, ValueColumn, ColumnCount };

    /// The top-level group a row belongs to (SectionRole).
    enum class Section : int {
        Identity = 0,
        Status,
        Dates,
        Assignment,
        Options,
        Run,
        Step,
        FormFields,
        Tags,
        Threads,
        Include, ///< any other include, shown as JSON
        OtherFields,
    };
    Q_ENUM(Section)

    /// What a row shows (NodeKindRole).
    enum class NodeKind : int {
        Section = 0, ///< a top-level group
        Field,       ///< one modelled value
        Item,        ///< an element of a relation: a tag, a thread, a form field
        Json,        ///< a value shown as received, possibly with JSON children
    };
    Q_ENUM(NodeKind)

    enum Role : int {
        SectionRole = Qt::UserRole + 1, ///< int (Section)
        NodeKindRole,                   ///< int (NodeKind)
        JsonKeyRole,    ///< QString: the API key the row shows ("deadline", "name", ...), if any
        RawValueRole,   ///< QJsonValue: the value as received (undefined when absent/derived)
        DateTimeRole,   ///< QDateTime (UTC) for date rows
        IsAbsentRole,   ///< bool: shown as "—" because the value is null or absent
        MemberIdRole,   ///< qint64 for rows naming a member (starter, completer, thread author)
        IncludeKeyRole, ///< QString on a relation section: the include key ("run", "assets")
    };
    Q_ENUM(Role)

    explicit TaskDetailsModel(QObject *parent = nullptr);
    ~TaskDetailsModel() override;

    /// Replaces the task (a model reset).
    void setTask(const Task &task);
    /// Empties the model.
    void clear();
    [[nodiscard]] const std::optional<Task> &task() const { return m_task; }

    /// The top-level row of `section`, or an invalid index when the task has no such section
    /// (for Include, the first one).
    [[nodiscard]] QModelIndex sectionIndex(Section section) const;

private:
    [[nodiscard]] QVariant unshownData(const QModelIndex &index, int role) const override;
    [[nodiscard]] QString columnTitle(int column) const override;
    struct Node {
        NodeId parent = NoNode;
        qint32 row = 0;
        std::vector<NodeId> children;
        Section section = Section::Identity;
        NodeKind kind = NodeKind::Field;
        QString label;
        QString value;
        QString toolTip;
        QString jsonKey;
        QString includeKey;
        QJsonValue raw = QJsonValue(QJsonValue::Undefined);
        QDateTime dateTime;
        QColor colour;
        std::optional<qint64> memberId; ///< the value is this member's name, resolved late
        bool absent = false;
        bool jsonChildrenPending = false; ///< a JSON container whose children are not built yet
    };

    class Builder;
    friend class Builder;

    /// A value shown as received: scalars formatted, containers with lazy JSON children.
    [[nodiscard]] static Node jsonNode(Section section, NodeKind kind, const QString &label,
                                       const QString &jsonKey, const QJsonValue &value);

    NodeId addNode(NodeId parent, Node node);
    [[nodiscard]] qsizetype childCountOf(NodeId id) const override;
    [[nodiscard]] NodeId childId(NodeId parent, qsizetype row) const override;
    [[nodiscard]] NodeId parentOf(NodeId id) const override;
    [[nodiscard]] qint32 rowOf(NodeId id) const override;
    void materializeJsonChildren(NodeId id) const;
    void directoryChanged() override;
    [[nodiscard]] QString memberText(const Node &node) const;

    std::optional<Task> m_task;
    // Node 0 is the invisible root. index() is const but expands JSON on demand, hence mutable.
    mutable std::vector<Node> m_nodes;
};
