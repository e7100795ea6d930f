#include "models/RecentLookupsModel.h"

#include "models/DisplayFormat.h"
#include "models/SearchKey.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

RecentLookupsModel::RecentLookupsModel(QObject *parent)
    : QAbstractListModel(parent) {}

RecentLookupsModel::~RecentLookupsModel() = default;

void RecentLookupsModel::setEntries(const QList<Entry> &entries) {
    m_entries = entries;
    normalise();
    refilter();
    Q_EMIT entriesChanged();
}

void RecentLookupsModel::addLookup(const QString &taskId, const QString &title,
                                   const QDateTime &when) {
    const QString id = taskId.trimmed();
    if (id.isEmpty())
        return;
    m_entries.prepend(Entry{id, title, when.toUTC()});
    normalise();
    refilter();
    Q_EMIT entriesChanged();
}

void RecentLookupsModel::removeLookup(const QString &taskId) {
    const qsizetype removed =
        m_entries.removeIf([&](const Entry &entry) { return entry.taskId == taskId.trimmed(); });
    if (removed == 0)
        return;
    refilter();
    Q_EMIT entriesChanged();
}

void RecentLookupsModel::clear() {
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    refilter();
    Q_EMIT entriesChanged();
}

void RecentLookupsModel::setFilterText(const QString &text) {
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_queryWords = SearchKey::queryWords(text);
    refilter();
}

void RecentLookupsModel::setMaximumEntries(int maximum) {
    maximum = std::max(1, maximum);
    if (maximum == m_maximumEntries)
        return;
    m_maximumEntries = maximum;
    const qsizetype before = m_entries.size();
    normalise();
    refilter();
    if (m_entries.size() != before)
        Q_EMIT entriesChanged();
}

void RecentLookupsModel::normalise() {
    // Newest first; for a task seen twice the newest entry wins (stable: on equal times the
    // earlier position, i.e. the one just added, stays first).
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.when > b.when; });
    QSet<QString> seen;
    m_entries.removeIf([&](const Entry &entry) {
        if (entry.taskId.isEmpty() || seen.contains(entry.taskId))
            return true;
        seen.insert(entry.taskId);
        return false;
    });
    if (m_entries.size() > m_maximumEntries)
        m_entries.resize(m_maximumEntries);
}

void RecentLookupsModel::refilter() {
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (m_queryWords.isEmpty() ||
            SearchKey::matchesAll(SearchKey::fold(entry.title + u'\x1f' + entry.taskId),
                                  m_queryWords))
            m_rows.push_back(qint32(i));
    }
    endResetModel();
}

int RecentLookupsModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return int(m_rows.size());
}

QVariant RecentLookupsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &entry = m_entries.at(m_rows[size_t(index.row())]);
    switch (role) {
    case Qt::DisplayRole:
        return entry.title.isEmpty() ? entry.taskId : entry.title;
    case Qt::ToolTipRole:
        return tr("%1\nLooked up %2").arg(entry.taskId, DisplayFormat::dateTime(entry.when));
    case TaskIdRole:
        return entry.taskId;
    case TitleRole:
        return entry.title;
    case WhenRole:
        return entry.when;
    default:
        return {};
    }
}

Qt::ItemFlags RecentLookupsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RecentLookupsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(TitleRole, "title");
    names.insert(WhenRole, "when");
    return names;
}
