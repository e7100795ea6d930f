#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <vector>

/// The tasks looked up recently, newest first, with a filter over title and ID. The list is a
/// value the GUI persists (entries(), setEntries(), entriesChanged()); the model only orders,
/// de-duplicates and filters it.
class RecentLookupsModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentLookupsModel)

public:
    struct Entry final {
        QString taskId;
        QString title;
        QDateTime when; ///< UTC
        bool operator==(const Entry &) const = default;
    };

    enum Role : int {
        TaskIdRole = Qt::UserRole + 1, ///< QString
        TitleRole,                     ///< QString: the title as recorded (may be empty)
        WhenRole,                      ///< QDateTime (UTC)
    };
    Q_ENUM(Role)

    explicit RecentLookupsModel(QObject *parent = nullptr);
    ~RecentLookupsModel() override;

    /// Replaces the list (sorted newest first, one entry per task, capped).
    void setEntries(const QList<Entry> &entries);
    [[nodiscard]] QList<Entry> entries() const { return m_entries; }
    /// Records a lookup: an existing entry for the task moves to the top with the new title.
    void addLookup(const QString &taskId, const QString &title,
                   const QDateTime &when = QDateTime::currentDateTimeUtc());
    void removeLookup(const QString &taskId);
    void clear();

    /// Shows only entries whose title or ID contains every word (case- and accent-insensitive).
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_filterText; }

    /// How many entries are kept (20 by default; at least 1).
    void setMaximumEntries(int maximum);
    [[nodiscard]] int maximumEntries() const { return m_maximumEntries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The list changed (not the filter): time to persist it.
    void entriesChanged();

private:
    void normalise();
    void refilter();

    QList<Entry> m_entries;
    std::vector<qint32> m_rows;
    QString m_filterText;
    QStringList m_queryWords;
    int m_maximumEntries = 20;
};
