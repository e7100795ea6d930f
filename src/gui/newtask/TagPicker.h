#pragma once

#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/ValidationResult.h"

#include <QList>
#include <QWidget>

#include <memory>

class ChipList;
class DirectoryCache;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class SuggestionList;

namespace Ui {
class TagPicker;
}

/// The "Tags" input: the organization's tags chosen by name (type to filter, Enter to add),
/// shown as removable chips; the draft keeps their IDs, which is what the API takes. Tags are
/// created in Tallyfy, not here, so a name that matches no tag adds nothing and says so.
class TagPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagPicker)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, NoteRole };

    explicit TagPicker(QWidget *parent = nullptr);
    ~TagPicker() override;

    void setCache(DirectoryCache *cache);
    void ensureLoaded();

    [[nodiscard]] QList<OneOffTaskDraft::Tag> tags() const { return m_tags; }
    /// Replaces the chosen tags; emits nothing.
    void setTags(const QList<OneOffTaskDraft::Tag> &tags);
    /// False when the tag is already chosen.
    bool addTag(const QString &id, const QString &title);

    /// Problems with `tags` paths; `tags.N` marks the chip it concerns.
    void setProblems(const QList<ValidationResult::Problem> &problems);

    [[nodiscard]] QLineEdit *lineEdit() const;
    [[nodiscard]] QListView *suggestionsView() const;
    [[nodiscard]] ChipList *chipList() const;
    /// The loading, failure or "no such tag" line; empty when hidden.
    [[nodiscard]] QString noteText() const;

Q_SIGNALS:
    void changed();

private:
    void take(const QModelIndex &index);
    void enteredWithoutChoice(const QString &text);
    void refreshFromCache();
    void updateNote(const QString &extra = {});

    std::unique_ptr<Ui::TagPicker> m_ui;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    SuggestionList *m_suggestions;
    DirectoryCache *m_cache = nullptr; ///< not owned; outlives the picker
    QList<OneOffTaskDraft::Tag> m_tags;
};
