#pragma once

#include "core/settings/RecentLookup.h"

#include "models/ShownModel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <vector>

/// The tasks looked up recently, newest first, with a filter over title and ID. The list itself
/// is kept in Settings; the model shows it under the one set of rules of RecentLookups (order,
/// one entry per task, the cap) and filters it.
class RecentLookupsModel final : public ShownModel<QAbstractListModel> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentLookupsModel)

public:
    enum Role : int {
        TaskIdRole = Qt::UserRole + 1, ///< QString
        TitleRole,                     ///< QString: the title as recorded (may be empty)
        WhenRole,                      ///< QDateTime (UTC)
    };
    Q_ENUM(Role)

    explicit RecentLookupsModel(QObject *parent = nullptr);
    ~RecentLookupsModel() override;

    /// Replaces the list (RecentLookups::normalized()).
    void setEntries(const QList<RecentLookup> &entries);
    [[nodiscard]] const QList<RecentLookup> &entries() const { return m_entries; }

    /// Shows only entries whose title or ID contains every word (case- and accent-insensitive).
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_filterText; }

    int rowCount(const QModelIndex &parent = {}) const override;

private:
    [[nodiscard]] QVariant unshownData(const QModelIndex &index, int role) const override;
    void refilter();

    QList<RecentLookup> m_entries;
    std::vector<qint32> m_rows;
    QString m_filterText;
    QStringList m_queryWords;
};
