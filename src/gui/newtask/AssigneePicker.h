#pragma once

#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/ValidationResult.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

class ChipList;
class DirectoryCache;
class DirectoryModel;
class QLineEdit;
class QListView;
class SuggestionList;

namespace Ui {
class AssigneePicker;
}

/// The "Assignees" input: type-to-search over the organization's members (name or email) and
/// groups, and guests by typing an email address; the chosen ones appear as removable chips.
///
/// The lists come from the session's DirectoryCache, fetched once per organization in the
/// background; until they arrive a "Loading members…" line says so (typing an email still adds
/// a guest meanwhile). Filtering is in memory (DirectoryModel), so it stays instant with
/// 10,000 members. Guests are kept trimmed, lowercased and without duplicates, so that their
/// indexes match the `owners.guests.N` paths of validation and of a 422.
class AssigneePicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssigneePicker)

public:
    explicit AssigneePicker(QWidget *parent = nullptr);
    ~AssigneePicker() override;

    /// Fills the suggestions from `cache` (not owned) and follows its loading state.
    void setCache(DirectoryCache *cache);
    /// Asks the cache for members, groups and guests (does nothing when they are there).
    void ensureLoaded();

    [[nodiscard]] QList<OneOffTaskDraft::User> users() const { return m_users; }
    [[nodiscard]] QStringList guests() const { return m_guests; }
    [[nodiscard]] QList<OneOffTaskDraft::Group> groups() const { return m_groups; }
    /// Replaces every assignee; emits nothing.
    void setAssignees(const QList<OneOffTaskDraft::User> &users, const QStringList &guests,
                      const QList<OneOffTaskDraft::Group> &groups);

    /// Each returns false (and changes nothing) for an assignee already chosen.
    bool addMember(qint64 id, const QString &name);
    bool addGroup(const QString &id, const QString &name);
    bool addGuest(const QString &email);

    /// Problems with `owners` paths; `owners.users.N`, `owners.guests.N` and `owners.groups.N`
    /// mark the chip they concern.
    void setProblems(const QList<ValidationResult::Problem> &problems);

    /// True while members, groups or guests are being fetched.
    [[nodiscard]] bool isLoading() const;
    /// The loading or failure line ("Loading members…"); empty when hidden.
    [[nodiscard]] QString loadingText() const;

    [[nodiscard]] QLineEdit *lineEdit() const;
    [[nodiscard]] QListView *suggestionsView() const;
    [[nodiscard]] ChipList *chipList() const;
    [[nodiscard]] DirectoryModel *model() const { return m_model; }

    static QString userKey(qint64 id);
    static QString groupKey(const QString &id);
    static QString guestKey(const QString &email);

Q_SIGNALS:
    void changed();

private:
    void take(const QModelIndex &index);
    void enteredWithoutChoice(const QString &text);
    void chipRemoved(const QString &key);
    /// `what` is a DirectoryCache::What, or -1 for every list.
    void refreshFromCache(int what);
    void updateLoadingState();
    void clearInput();

    std::unique_ptr<Ui::AssigneePicker> m_ui;
    DirectoryModel *m_model;
    SuggestionList *m_suggestions;
    DirectoryCache *m_cache = nullptr; ///< not owned; outlives the picker
    QList<OneOffTaskDraft::User> m_users;
    QStringList m_guests;
    QList<OneOffTaskDraft::Group> m_groups;
};
