#pragma once

#include "core/settings/RecentLookup.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QListView;
class RecentLookupsModel;

namespace Ui {
class RecentLookupsView;
}

/// The "Recent lookups" list: the last lookups, newest first, each with its title, when and the
/// start of its ID; filtered by typing (in the filter box, or straight into the list). Enter or
/// a double-click asks for one to be opened again; Delete asks for it to be forgotten. It only
/// shows what it is given: the owner keeps the list (in Settings).
class RecentLookupsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentLookupsView)

public:
    explicit RecentLookupsView(QWidget *parent = nullptr);
    ~RecentLookupsView() override;

    void setLookups(const QList<RecentLookup> &lookups);

    [[nodiscard]] QString filterText() const;
    void setFilterText(const QString &text);
    /// Rows left after filtering.
    [[nodiscard]] int shownCount() const;
    /// The task ID of the shown row `row` (after filtering).
    [[nodiscard]] QString shownTaskId(int row) const;
    /// The task ID of the current row, else empty.
    [[nodiscard]] QString currentTaskId() const;

    [[nodiscard]] QListView *listView() const;
    [[nodiscard]] RecentLookupsModel *model() const { return m_model; }

Q_SIGNALS:
    void openRequested(const QString &taskId);
    void removeRequested(const QString &taskId);
    void clearRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrentOrFirst();
    void updateEmptyState();

    std::unique_ptr<Ui::RecentLookupsView> m_ui;
    RecentLookupsModel *m_model;
    QTimer m_tick;
};
