#include "models/RecentLookupsModel.h"

#include "core/settings/RecentLookups.h"
#include "models/DisplayFormat.h"
#include "models/SearchKey.h"

using namespace Qt::StringLiterals;

RecentLookupsModel::RecentLookupsModel(QObject *parent)
    : ShownModel(parent) {}

RecentLookupsModel::~RecentLookupsModel() = default;

void RecentLookupsModel::setEntries(const QList<RecentLookup> &entries) {
    m_entries = RecentLookups::normalized(entries);
    refilter();
}

void RecentLookupsModel::setFilterText(const QString &text) {
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_queryWords = SearchKey::queryWords(text);
    refilter();
}

void RecentLookupsModel::refilter() {
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const RecentLookup &entry = m_entries.at(i);
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

QVariant RecentLookupsModel::unshownData(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RecentLookup &entry = m_entries.at(m_rows[size_t(index.row())]);
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
