#pragma once

#include "core/domain/Group.h"
#include "core/domain/Guest.h"
#include "core/domain/Member.h"
#include "models/NameDirectory.h"
#include "models/ShownModel.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

#include <vector>

/// A flat, searchable list of the people a task can be assigned to: members, groups and
/// guests, plus (optionally) a "new guest" row for a typed email address that nobody in the
/// list has. The search matches names and emails case- and accent-insensitively, all words of
/// the query anywhere; entries whose name or email starts with the query come first. Search
/// keys are folded once when the lists are set, so filtering 10,000 members is a scan over
/// prepared strings; at most maximumResults() rows are shown.
class DirectoryModel final : public ShownModel<QAbstractListModel> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryModel)

public:
    enum class Kind : int { Member = 0, Group, Guest };
    Q_ENUM(Kind)

    enum KindFlag : int {
        Members = 0x1,
        Groups = 0x2,
        Guests = 0x4,
        AllKinds = Members | Groups | Guests,
    };
    Q_DECLARE_FLAGS(Kinds, KindFlag)
    Q_FLAG(Kinds)

    enum Role : int {
        KindRole = Qt::UserRole + 1, ///< int (Kind)
        IdRole,                      ///< qint64 member ID, QString group ID, QString guest email
        NameRole,                    ///< QString: display name (also Qt::DisplayRole)
        EmailRole,                   ///< QString: email (members, guests); empty for groups
        SecondaryTextRole,           ///< QString: email, group description, "New guest", ...
        IsTypedGuestRole,            ///< bool: the row offers the typed email as a new guest
    };
    Q_ENUM(Role)

    explicit DirectoryModel(QObject *parent = nullptr);
    ~DirectoryModel() override;

    void setMembers(const QList<Member> &members);
    void setGroups(const QList<Group> &groups);
    void setGuests(const QList<Guest> &guests);
    /// The names of the current members and groups, for OwnersModel and friends.
    [[nodiscard]] NameDirectory nameDirectory() const;

    /// Filters the list; an empty text shows the first maximumResults() entries by name.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_filterText; }

    /// Which kinds are listed (all by default).
    void setKinds(Kinds kinds);
    [[nodiscard]] Kinds kinds() const { return m_kinds; }

    /// At most this many matching entries are rows (50 by default; at least 1).
    void setMaximumResults(int maximum);
    [[nodiscard]] int maximumResults() const { return m_maximumResults; }

    /// Whether a filter text that is an email address unknown to the list adds a
    /// "new guest" row (on by default; needs Guests in kinds()).
    void setOfferTypedGuest(bool offer);
    [[nodiscard]] bool offersTypedGuest() const { return m_offerTypedGuest; }

    /// Entries that match the filter, including those beyond maximumResults() (not counting
    /// the typed-guest row).
    [[nodiscard]] int matchCount() const { return m_matchCount; }
    /// All entries, matching or not.
    [[nodiscard]] int entryCount() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;

private:
    [[nodiscard]] QVariant unshownData(const QModelIndex &index, int role) const override;
    struct Entry {
        Kind kind = Kind::Member;
        qint64 memberId = 0;
        QString stringId; ///< group ID or guest email
        QString name;
        QString email;
        QString secondary;
        QString foldedName;
        QString foldedEmail;
        QString searchKey; ///< folded name, email and other names, separated

        /// An entry with its name, email and search text folded once.
        static Entry make(Kind kind, const QString &name, const QString &email,
                          const QString &secondary, const QString &otherWords = {});
    };

    void rebuildEntries();
    void refilter();
    /// Sets `member` to `value` and filters again, when it changes.
    template<typename T>
    void setAndRefilter(T &member, const T &value) {
        if (member == value)
            return;
        member = value;
        refilter();
    }
    [[nodiscard]] bool typedGuestApplies() const;

    QList<Member> m_members;
    QList<Group> m_groups;
    QList<Guest> m_guests;
    std::vector<Entry> m_entries; ///< sorted by folded name
    Entry m_typedGuest;
    bool m_showTypedGuest = false;

    QString m_filterText;
    QStringList m_queryWords;
    Kinds m_kinds = AllKinds;
    int m_maximumResults = 50;
    bool m_offerTypedGuest = true;
    int m_matchCount = 0;
    // Reused between keystrokes so that filtering does not allocate.
    std::vector<qint32> m_rows;
    std::vector<qint32> m_laterRows;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DirectoryModel::Kinds)
