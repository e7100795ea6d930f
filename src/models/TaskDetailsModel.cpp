#include "models/TaskDetailsModel.h"

#include "core/domain/Json.h"
#include "core/domain/TaskIncludes.h"
#include "models/DisplayFormat.h"
#include "models/JsonDisplay.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

/// Builds the node tree of one task, remembering which top-level keys a section has shown so
/// that "Other fields" gets exactly the rest.
class TaskDetailsModel::Builder final {
    Q_DECLARE_TR_FUNCTIONS(TaskDetailsModel)

public:
    Builder(TaskDetailsModel &model, const Task &task)
        : m_model(model)
        , m_task(task)
        , m_raw(task.raw) {}

    void build() {
        buildIdentity();
        buildStatus();
        buildDates();
        buildAssignment();
        buildOptions();
        buildIncludes();
        buildOtherFields();
    }

private:
    NodeId section(Section which, const QString &label, const QString &includeKey = {}) {
        Node node;
        node.section = which;
        node.kind = NodeKind::Section;
        node.label = label;
        node.includeKey = includeKey;
        m_section = which;
        return m_model.addNode(RootNode, std::move(node));
    }

    NodeId row(NodeId parent, const QString &label, const QString &value, const QString &key = {},
               const QJsonValue &raw = QJsonValue(QJsonValue::Undefined)) {
        Node node;
        node.section = m_section;
        node.kind = NodeKind::Field;
        node.label = label;
        node.jsonKey = key;
        node.raw = raw;
        node.absent = raw.isNull() || (raw.isUndefined() && value.isEmpty());
        node.value = value.isEmpty() ? DisplayFormat::absent() : value;
        return m_model.addNode(parent, std::move(node));
    }

    /// A top-level key of the task, marked as shown.
    QJsonValue take(const QString &key) {
        m_shown.insert(key);
        return m_raw.value(key);
    }

    void text(NodeId parent, const QString &key, const QString &label, const QString &value) {
        const QJsonValue raw = take(key);
        row(parent, label, value.isEmpty() ? Json::toText(raw) : value, key, raw);
    }

    void longText(NodeId parent, const QString &key, const QString &label, const QString &value) {
        const QJsonValue raw = take(key);
        const NodeId id =
            row(parent, label, DisplayFormat::firstLine(DisplayFormat::plainText(value)), key, raw);
        // The text without its markup: a tooltip is no place to render a server's HTML.
        m_model.m_nodes[size_t(id)].toolTip = DisplayFormat::plainText(value);
    }

    void scalar(NodeId parent, const QString &key, const QString &label) {
        const QJsonValue raw = take(key);
        json(parent, label, key, raw, NodeKind::Field);
    }

    void flag(NodeId parent, const QString &key, const QString &label) {
        const QJsonValue raw = take(key);
        if (raw.isNull() || raw.isUndefined()) {
            row(parent, label, {}, key, raw);
            return;
        }
        const std::optional<bool> value = Json::toBool(raw);
        row(parent, label, value ? DisplayFormat::yesNo(*value) : JsonDisplay::compactJson(raw),
            key, raw);
    }

    void flagIfPresent(NodeId parent, const QString &key, const QString &label) {
        if (m_raw.contains(key))
            flag(parent, key, label);
    }

    void date(NodeId parent, const QString &key, const QString &label, const QDateTime &value) {
        const QJsonValue raw = take(key);
        dateRow(parent, key, label, value, raw);
    }

    void dateRow(NodeId parent, const QString &key, const QString &label, const QDateTime &value,
                 const QJsonValue &raw) {
        // A date the parser could not read is shown as received rather than as "—".
        const QString shown = value.isValid() ? DisplayFormat::dateTime(value) : Json::toText(raw);
        const NodeId id = row(parent, label, shown, key, raw);
        Node &node = m_model.m_nodes[size_t(id)];
        node.dateTime = value;
        node.toolTip = Json::toText(raw);
    }

    void member(NodeId parent, const QString &key, const QString &label,
                std::optional<qint64> memberId) {
        const QJsonValue raw = take(key);
        const NodeId id = row(parent, label, Json::toText(raw), key, raw);
        if (memberId)
            m_model.m_nodes[size_t(id)].memberId = memberId;
    }

    /// A value of unknown shape: scalars formatted, containers with lazy JSON children.
    NodeId json(NodeId parent, const QString &label, const QString &key, const QJsonValue &value,
                NodeKind kind = NodeKind::Json) {
        return m_model.addNode(parent, jsonNode(m_section, kind, label, key, value));
    }

    /// Keys of `object` that no modelled row showed, as JSON rows under `parent`.
    void remainingKeys(NodeId parent, const QJsonObject &object, const QSet<QString> &shown) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!shown.contains(it.key()))
                json(parent, it.key(), it.key(), QJsonValue(it.value()));
        }
    }

    void buildIdentity() {
        const NodeId s = section(Section::Identity, tr("Identity"));
        text(s, u"id"_s, tr("ID"), m_task.id);
        scalar(s, u"increment_id"_s, tr("Number"));
        text(s, u"title"_s, tr("Title"), m_task.title);
        text(s, u"original_title"_s, tr("Original title"), m_task.originalTitle);
        text(s, u"alias"_s, tr("Alias"), m_task.alias);
        {
            const QJsonValue raw = take(u"task_type"_s);
            const NodeId id =
                row(s, tr("Type"), m_task.taskType.isEmpty() ? QString() : m_task.typeDisplayText(),
                    u"task_type"_s, raw);
            m_model.m_nodes[size_t(id)].toolTip = m_task.taskType;
        }
        {
            const QJsonValue raw = take(u"is_oneoff_task"_s);
            const std::optional<bool> oneOff = Json::toBool(raw);
            row(s, tr("Kind"),
                oneOff ? (*oneOff ? tr("One-off task") : tr("Process task")) : QString(),
                u"is_oneoff_task"_s, raw);
        }
        if (m_raw.contains(u"summary"_s) || !m_raw.contains(u"description"_s))
            longText(s, u"summary"_s, tr("Description"), m_task.summary);
        if (m_raw.contains(u"description"_s))
            longText(s, u"description"_s, tr("Description (old key)"),
                     Json::toText(m_raw.value(u"description"_s)));
        longText(s, u"original_summary"_s, tr("Original description"), m_task.originalSummary);
        text(s, u"run_id"_s, tr("Run ID"), m_task.runId);
        text(s, u"checklist_id"_s, tr("Template ID"), m_task.checklistId);
        text(s, u"step_id"_s, tr("Step ID"), m_task.stepId);
        if (m_raw.contains(u"linked_step_id"_s))
            text(s, u"linked_step_id"_s, tr("Linked step ID"), m_task.linkedStepId);
        scalar(s, u"position"_s, tr("Position"));
        if (m_raw.contains(u"stage_id"_s))
            text(s, u"stage_id"_s, tr("Stage ID"), m_task.stageId);
        if (m_raw.contains(u"blueprint_position"_s))
            scalar(s, u"blueprint_position"_s, tr("Template position"));
    }

    void buildStatus() {
        const NodeId s = section(Section::Status, tr("Status"));
        {
            const QJsonValue raw = take(u"status"_s);
            const NodeId id = row(s, tr("Status"), m_task.statusDisplayText(), u"status"_s, raw);
            m_model.m_nodes[size_t(id)].toolTip = m_task.status;
        }
        text(s, u"status_label"_s, tr("Status label"), m_task.statusLabel);
        flag(s, u"is_completable"_s, tr("Can be completed"));
        flag(s, u"is_approved"_s, tr("Approved"));
        flag(s, u"problem"_s, tr("Problem open"));
        // Derived from `archived_at` or `deleted_at`, both shown under Dates.
        row(s, tr("Archived"), DisplayFormat::yesNo(m_task.isArchived()));
        if (m_raw.contains(u"run_status"_s))
            text(s, u"run_status"_s, tr("Run status"), m_task.runStatus);
        if (m_raw.contains(u"completion_progress"_s))
            scalar(s, u"completion_progress"_s, tr("Completion progress"));
    }

    void buildDates() {
        const NodeId s = section(Section::Dates, tr("Dates"));
        date(s, u"started_at"_s, tr("Started"), m_task.startedAt);
        date(s, u"deadline"_s, tr("Deadline"), m_task.deadline);
        date(s, u"created_at"_s, tr("Created"), m_task.createdAt);
        date(s, u"last_updated"_s, tr("Last updated"), m_task.lastUpdated);
        date(s, u"completed_at"_s, tr("Completed"), m_task.completedAt);
        if (m_raw.contains(u"archived_at"_s) || !m_raw.contains(u"deleted_at"_s))
            date(s, u"archived_at"_s, tr("Archived"),
                 Json::parseDateTime(m_raw.value(u"archived_at"_s)));
        if (m_raw.contains(u"deleted_at"_s))
            date(s, u"deleted_at"_s, tr("Deleted"),
                 Json::parseDateTime(m_raw.value(u"deleted_at"_s)));
    }

    void buildAssignment() {
        const NodeId s = section(Section::Assignment, tr("Assignment"));
        {
            const QJsonValue raw = take(u"owners"_s);
            const TaskOwners &owners = m_task.owners;
            const QString summary = raw.isUndefined() || raw.isNull()
                                        ? QString()
                                        : tr("Users: %1, guests: %2, groups: %3")
                                              .arg(owners.users.size())
                                              .arg(owners.guests.size())
                                              .arg(owners.groups.size());
            const NodeId id = json(s, tr("Assignees"), u"owners"_s, raw, NodeKind::Field);
            if (!summary.isEmpty())
                m_model.m_nodes[size_t(id)].value = summary;
        }
        member(s, u"starter_id"_s, tr("Started by"), m_task.starterId);
        member(s, u"completer_id"_s, tr("Completed by"), m_task.completerId);
        if (m_raw.contains(u"completer_guest_id"_s))
            text(s, u"completer_guest_id"_s, tr("Completed by guest"), m_task.completerGuestId);
        if (m_raw.contains(u"completer_guest"_s))
            scalar(s, u"completer_guest"_s, tr("Completing guest"));
        flag(s, u"everyone_must_complete"_s, tr("Everyone must complete"));
        flag(s, u"can_complete_only_assignees"_s, tr("Only assignees can complete"));
        scalar(s, u"max_assignable"_s, tr("Maximum assignees"));
        flagIfPresent(s, u"allow_guest_owners"_s, tr("Guests may be assigned"));
    }

    void buildOptions() {
        const NodeId s = section(Section::Options, tr("Options"));
        text(s, u"webhook"_s, tr("Webhook"), m_task.webhook);
        flag(s, u"top_secret"_s, tr("Top secret"));
        flag(s, u"prevent_guest_comment"_s, tr("Guests cannot comment"));
        flagIfPresent(s, u"is_soft_start_date"_s, tr("Soft start date"));
        flagIfPresent(s, u"has_deadline_dependent_child_tasks"_s,
                      tr("Has deadline-dependent tasks"));
        flagIfPresent(s, u"send_chromeless"_s, tr("Send without branding"));
    }

    void buildIncludes() {
        if (m_raw.contains(u"run"_s))
            buildRun();
        if (m_raw.contains(u"step"_s))
            buildStep();
        if (m_raw.contains(u"form_fields"_s))
            buildFormFields();
        if (m_raw.contains(u"tags"_s))
            buildTags();
        if (m_raw.contains(u"threads"_s))
            buildThreads();
        for (const QString &key : TaskIncludes::keys()) {
            if (!m_raw.contains(key) || m_shown.contains(key))
                continue;
            const QJsonValue value = Json::unwrap(take(key));
            const NodeId s = section(Section::Include, key, key);
            Node &node = m_model.m_nodes[size_t(s)];
            node.raw = value;
            node.absent = value.isNull() || value.isUndefined();
            node.value = node.absent ? DisplayFormat::absent() : JsonDisplay::valueText(value);
            node.toolTip = JsonDisplay::typeName(value);
            node.jsonChildrenPending = JsonDisplay::childCount(value) > 0;
        }
    }

    /// Shows a relation that is not the expected shape as it arrived.
    void fillSectionWithJson(NodeId s, const QJsonValue &value) {
        Node &node = m_model.m_nodes[size_t(s)];
        node.raw = value;
        node.absent = value.isNull() || value.isUndefined();
        node.value = node.absent ? DisplayFormat::absent() : JsonDisplay::valueText(value);
        node.jsonChildrenPending = JsonDisplay::childCount(value) > 0;
    }

    void buildRun() {
        const QJsonValue value = Json::unwrap(take(u"run"_s));
        const NodeId s = section(Section::Run, tr("Run"), u"run"_s);
        if (!m_task.run || !value.isObject()) {
            fillSectionWithJson(s, value);
            return;
        }
        const Run &run = *m_task.run;
        const QJsonObject object = value.toObject();
        m_model.m_nodes[size_t(s)].value = run.name;
        QSet<QString> shown;
        const auto field = [&](const QString &key) {
            shown.insert(key);
            return object.value(key);
        };
        row(s, tr("Name"), run.name, u"name"_s, field(u"name"_s));
        {
            const QJsonValue raw = field(u"status"_s);
            row(s, tr("Status"), run.status, u"status"_s, raw);
        }
        {
            const QJsonValue raw = field(u"progress"_s);
            QString progress;
            if (run.progress) {
                progress = tr("%1 of %2 (%3%)")
                               .arg(run.progress->complete)
                               .arg(run.progress->total)
                               .arg(QString::number(run.progress->percent, 'g',
                                                    QLocale::FloatingPointShortest));
            } else if (!raw.isUndefined() && !raw.isNull()) {
                progress = JsonDisplay::compactJson(raw);
            }
            row(s, tr("Progress"), progress, u"progress"_s, raw);
        }
        {
            const QJsonValue raw = field(u"can_add_oot"_s);
            row(s, tr("Can add one-off tasks"),
                run.canAddOot ? DisplayFormat::yesNo(*run.canAddOot) : QString(), u"can_add_oot"_s,
                raw);
        }
        dateRow(s, u"due_date"_s, tr("Due"), run.dueDate, field(u"due_date"_s));
        row(s, tr("ID"), run.id, u"id"_s, field(u"id"_s));
        if (object.contains(u"checklist_title"_s))
            row(s, tr("Template"), run.checklistTitle, u"checklist_title"_s,
                field(u"checklist_title"_s));
        if (object.contains(u"started_at"_s))
            dateRow(s, u"started_at"_s, tr("Started"), run.startedAt, field(u"started_at"_s));
        remainingKeys(s, object, shown);
    }

    void buildStep() {
        const QJsonValue value = Json::unwrap(take(u"step"_s));
        const NodeId s = section(Section::Step, tr("Step"), u"step"_s);
        fillSectionWithJson(s, value);
        const QString title = Json::toText(value.toObject().value(u"title"_s));
        if (!title.isEmpty())
            m_model.m_nodes[size_t(s)].value = title;
    }

    /// The elements of a list include; a value that is not a list is shown as JSON.
    std::optional<QJsonArray> listInclude(NodeId s, const QJsonValue &value) {
        if (!value.isArray()) {
            fillSectionWithJson(s, value);
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        m_model.m_nodes[size_t(s)].value = QString::number(array.size());
        return array;
    }

    void buildFormFields() {
        const QJsonValue value = Json::unwrap(take(u"form_fields"_s));
        const NodeId s = section(Section::FormFields, tr("Form fields"), u"form_fields"_s);
        const std::optional<QJsonArray> items = listInclude(s, value);
        if (!items)
            return;
        // Task::fromJson parsed these fields already, in order, skipping what is not an object
        // or does not parse. When every object parsed (the usual case) they pair up one to one
        // and are reused: parsing 5,000 fields again is tens of milliseconds on the GUI thread.
        const auto objects = std::count_if(items->begin(), items->end(),
                                           [](const QJsonValue &item) { return item.isObject(); });
        const bool reuse = m_task.formFieldsIncluded && m_task.formFields.size() == objects;
        qsizetype parsed = 0;
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QJsonValue item = items->at(i);
            std::optional<FormField> field;
            if (item.isObject())
                field = reuse ? std::optional<FormField>(m_task.formFields.at(parsed++))
                              : FormField::fromJson(item.toObject());
            if (!field) {
                json(s, u'[' + QString::number(i) + u']', {}, item);
                continue;
            }
            const QString answer = field->answerText();
            const NodeId id = json(s, field->label.isEmpty() ? field->id : field->label, {}, item,
                                   NodeKind::Item);
            Node &node = m_model.m_nodes[size_t(id)];
            node.value =
                answer.isEmpty() ? DisplayFormat::absent() : DisplayFormat::firstLine(answer);
            node.absent = answer.isEmpty();
            node.toolTip = answer;
        }
    }

    void buildTags() {
        const QJsonValue value = Json::unwrap(take(u"tags"_s));
        const NodeId s = section(Section::Tags, tr("Tags"), u"tags"_s);
        const std::optional<QJsonArray> items = listInclude(s, value);
        if (!items)
            return;
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QJsonValue item = items->at(i);
            const std::optional<Tag> tag =
                item.isObject() ? Tag::fromJson(item.toObject()) : std::nullopt;
            if (!tag) {
                json(s, u'[' + QString::number(i) + u']', {}, item);
                continue;
            }
            const NodeId id =
                json(s, tag->title.isEmpty() ? tag->id : tag->title, {}, item, NodeKind::Item);
            Node &node = m_model.m_nodes[size_t(id)];
            if (!tag->autoGenerated)
                node.value = DisplayFormat::orAbsent(tag->color);
            else if (tag->color.isEmpty())
                node.value = tr("Auto-generated");
            else
                node.value = tr("%1 (auto-generated)").arg(tag->color);
            node.absent = false;
            node.toolTip = tag->color;
            const QColor colour = QColor::fromString(tag->color);
            if (colour.isValid())
                node.colour = colour;
        }
    }

    static QString threadLabel(const QString &label) {
        if (label == "comment"_L1)
            return tr("Comment");
        if (label == "problem"_L1)
            return tr("Problem");
        if (label == "resolve"_L1)
            return tr("Resolution");
        if (label == "improvement"_L1)
            return tr("Improvement");
        if (label == "advice"_L1)
            return tr("Advice");
        return label.isEmpty() ? tr("Comment") : label;
    }

    void buildThreads() {
        const QJsonValue value = Json::unwrap(take(u"threads"_s));
        const NodeId s = section(Section::Threads, tr("Comments"), u"threads"_s);
        const std::optional<QJsonArray> items = listInclude(s, value);
        if (!items)
            return;
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QJsonValue item = items->at(i);
            const std::optional<Thread> thread =
                item.isObject() ? Thread::fromJson(item.toObject()) : std::nullopt;
            if (!thread) {
                json(s, u'[' + QString::number(i) + u']', {}, item);
                continue;
            }
            const QJsonObject object = item.toObject();
            const QString content = DisplayFormat::plainText(thread->content);
            Node node;
            node.section = m_section;
            node.kind = NodeKind::Item;
            node.label = threadLabel(thread->label);
            node.value = DisplayFormat::firstLine(content);
            node.toolTip = content;
            node.raw = item;
            const NodeId t = m_model.addNode(s, std::move(node));
            QSet<QString> shown{u"label"_s, u"content"_s, u"author_id"_s, u"created_at"_s,
                                u"state"_s};
            {
                const NodeId id = row(t, tr("Author"), Json::toText(object.value(u"author_id"_s)),
                                      u"author_id"_s, object.value(u"author_id"_s));
                m_model.m_nodes[size_t(id)].memberId = thread->authorId;
            }
            dateRow(t, u"created_at"_s, tr("Date"), thread->createdAt,
                    object.value(u"created_at"_s));
            row(t, tr("Kind"), thread->label, u"label"_s, object.value(u"label"_s));
            row(t, tr("State"), thread->state, u"state"_s, object.value(u"state"_s));
            {
                const NodeId id = row(t, tr("Content"), DisplayFormat::firstLine(content, 400),
                                      u"content"_s, object.value(u"content"_s));
                m_model.m_nodes[size_t(id)].toolTip = thread->content;
            }
            remainingKeys(t, object, shown);
        }
    }

    void buildOtherFields() {
        QStringList keys;
        for (auto it = m_raw.constBegin(); it != m_raw.constEnd(); ++it) {
            if (!m_shown.contains(it.key()))
                keys.append(it.key());
        }
        if (keys.isEmpty())
            return;
        keys.sort();
        const NodeId s = section(Section::OtherFields, tr("Other fields"));
        m_model.m_nodes[size_t(s)].value = QString::number(keys.size());
        for (const QString &key : std::as_const(keys))
            json(s, key, key, take(key));
    }

    TaskDetailsModel &m_model;
    const Task &m_task;
    const QJsonObject m_raw;
    QSet<QString> m_shown;
    Section m_section = Section::Identity;
};

TaskDetailsModel::TaskDetailsModel(QObject *parent)
    : NodeTreeModel(ColumnCount, parent) {
    m_nodes.emplace_back();
}

TaskDetailsModel::~TaskDetailsModel() = default;

void TaskDetailsModel::setTask(const Task &task) {
    beginResetModel();
    m_task = task;
    m_nodes.clear();
    m_nodes.emplace_back();
    Builder(*this, *m_task).build();
    endResetModel();
}

void TaskDetailsModel::clear() {
    beginResetModel();
    m_task.reset();
    m_nodes.clear();
    m_nodes.emplace_back();
    endResetModel();
}

void TaskDetailsModel::directoryChanged() {
    for (size_t id = 1; id < m_nodes.size(); ++id) {
        if (!m_nodes[id].memberId)
            continue;
        const QModelIndex changed = indexOf(NodeId(id), ValueColumn);
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
    }
}

QModelIndex TaskDetailsModel::sectionIndex(Section section) const {
    const std::vector<NodeId> &top = m_nodes[size_t(RootNode)].children;
    for (const NodeId id : top) {
        if (m_nodes[size_t(id)].section == section)
            return indexOf(id, 0);
    }
    return {};
}

TaskDetailsModel::Node TaskDetailsModel::jsonNode(Section section, NodeKind kind,
                                                  const QString &label, const QString &jsonKey,
                                                  const QJsonValue &value) {
    Node node;
    node.section = section;
    node.kind = kind;
    node.label = label;
    node.jsonKey = jsonKey;
    node.raw = value;
    node.absent = value.isNull() || value.isUndefined();
    node.value = node.absent ? DisplayFormat::absent() : JsonDisplay::valueText(value);
    node.toolTip = JsonDisplay::typeName(value);
    node.jsonChildrenPending = JsonDisplay::childCount(value) > 0;
    return node;
}

TaskDetailsModel::NodeId TaskDetailsModel::addNode(NodeId parent, Node node) {
    const auto id = NodeId(m_nodes.size());
    node.parent = parent;
    node.row = qint32(m_nodes[size_t(parent)].children.size());
    m_nodes.push_back(std::move(node));
    m_nodes[size_t(parent)].children.push_back(id);
    return id;
}

qsizetype TaskDetailsModel::childCountOf(NodeId id) const {
    const Node &node = m_nodes[size_t(id)];
    if (node.jsonChildrenPending)
        return JsonDisplay::childCount(node.raw);
    return qsizetype(node.children.size());
}

void TaskDetailsModel::materializeJsonChildren(NodeId id) const {
    if (!m_nodes[size_t(id)].jsonChildrenPending)
        return;
    const QJsonValue container = m_nodes[size_t(id)].raw;
    const Section section = m_nodes[size_t(id)].section;
    const qsizetype count = JsonDisplay::childCount(container);
    if (!makeRoom(m_nodes, count))
        return;
    std::vector<NodeId> children;
    children.reserve(size_t(count));
    for (qsizetype row = 0; row < count; ++row) {
        Node node =
            jsonNode(section, NodeKind::Json, JsonDisplay::childLabel(container, row),
                     JsonDisplay::childKey(container, row), JsonDisplay::childAt(container, row));
        node.parent = id;
        node.row = qint32(row);
        children.push_back(NodeId(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
    Node &parentNode = m_nodes[size_t(id)];
    parentNode.children = std::move(children);
    parentNode.jsonChildrenPending = false;
}

QString TaskDetailsModel::memberText(const Node &node) const {
    if (!node.memberId)
        return node.value;
    const NameDirectory::Name name = directory().member(*node.memberId);
    if (name.source == NameDirectory::Source::Unknown)
        return name.text; // already says "Unknown member #1001"
    return tr("%1 (#%2)").arg(name.text).arg(*node.memberId);
}

TaskDetailsModel::NodeId TaskDetailsModel::childId(NodeId parent, qsizetype row) const {
    materializeJsonChildren(parent);
    const std::vector<NodeId> &children = m_nodes[size_t(parent)].children;
    return size_t(row) < children.size() ? children[size_t(row)] : NoNode;
}

TaskDetailsModel::NodeId TaskDetailsModel::parentOf(NodeId id) const {
    return m_nodes[size_t(id)].parent;
}

qint32 TaskDetailsModel::rowOf(NodeId id) const {
    return m_nodes[size_t(id)].row;
}

QVariant TaskDetailsModel::unshownData(const QModelIndex &index, int role) const {
    const Node &node = m_nodes[size_t(nodeId(index))];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn)
            return node.label;
        return node.memberId ? memberText(node) : node.value;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !node.toolTip.isEmpty())
            return node.toolTip;
        return {};
    case Qt::DecorationRole:
        if (index.column() == FieldColumn && node.colour.isValid())
            return node.colour;
        return {};
    case SectionRole:
        return int(node.section);
    case NodeKindRole:
        return int(node.kind);
    case JsonKeyRole:
        return node.jsonKey;
    case RawValueRole:
        return QVariant::fromValue(node.raw);
    case DateTimeRole:
        return node.dateTime.isValid() ? QVariant(node.dateTime) : QVariant();
    case IsAbsentRole:
        return node.absent;
    case MemberIdRole:
        return node.memberId ? QVariant(*node.memberId) : QVariant();
    case IncludeKeyRole:
        return node.includeKey.isEmpty() ? QVariant() : QVariant(node.includeKey);
    default:
        return {};
    }
}

QString TaskDetailsModel::columnTitle(int column) const {
    switch (column) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}
