#include "models/DirectoryModel.h"

#include "models/DisplayFormat.h"

#include "models/SearchKey.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

DirectoryModel::DirectoryModel(QObject *parent)
    : ShownModel(parent) {}

DirectoryModel::~DirectoryModel() = default;

void DirectoryModel::setMembers(const QList<Member> &members) {
    m_members = members;
    rebuildEntries();
}

void DirectoryModel::setGroups(const QList<Group> &groups) {
    m_groups = groups;
    rebuildEntries();
}

void DirectoryModel::setGuests(const QList<Guest> &guests) {
    m_guests = guests;
    rebuildEntries();
}

NameDirectory DirectoryModel::nameDirectory() const {
    return NameDirectory(m_members, m_groups);
}

void DirectoryModel::setFilterText(const QString &text) {
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_queryWords = SearchKey::queryWords(text);
    refilter();
}

void DirectoryModel::setKinds(Kinds kinds) {
    setAndRefilter(m_kinds, kinds);
}

void DirectoryModel::setMaximumResults(int maximum) {
    setAndRefilter(m_maximumResults, std::max(1, maximum));
}

void DirectoryModel::setOfferTypedGuest(bool offer) {
    setAndRefilter(m_offerTypedGuest, offer);
}

namespace {

// An entry's search text: its name, email and other words (first name, company, ...), folded and
// separated by a character never typed, so that words cannot match across fields.
QString searchKeyOf(const QString &foldedName, const QString &foldedEmail,
                    const QString &otherWords) {
    if (foldedEmail.isEmpty() && otherWords.isEmpty())
        return foldedName;
    const QChar separator(u'\x1f');
    return foldedName + separator + foldedEmail + separator + SearchKey::fold(otherWords);
}

} // namespace

DirectoryModel::Entry DirectoryModel::Entry::make(Kind kind, const QString &name,
                                                  const QString &email, const QString &secondary,
                                                  const QString &otherWords) {
    Entry entry;
    entry.kind = kind;
    entry.name = name;
    entry.email = email;
    entry.secondary = secondary;
    entry.foldedName = SearchKey::fold(name);
    entry.foldedEmail = SearchKey::fold(email);
    entry.searchKey = searchKeyOf(entry.foldedName, entry.foldedEmail, otherWords);
    return entry;
}

void DirectoryModel::rebuildEntries() {
    std::vector<Entry> entries;
    entries.reserve(size_t(m_members.size() + m_groups.size() + m_guests.size()));
    for (const Member &member : std::as_const(m_members)) {
        Entry entry =
            Entry::make(Kind::Member, member.displayName(), member.email, member.email,
                        member.firstName + u' ' + member.lastName + u' ' + member.username);
        entry.memberId = member.id;
        entries.push_back(std::move(entry));
    }
    for (const Group &group : std::as_const(m_groups)) {
        Entry entry = Entry::make(Kind::Group, group.name.isEmpty() ? group.id : group.name, {},
                                  group.description.isEmpty() ? tr("Group") : group.description);
        entry.stringId = group.id;
        entries.push_back(std::move(entry));
    }
    for (const Guest &guest : std::as_const(m_guests)) {
        const QString name = guest.displayName();
        Entry entry =
            Entry::make(Kind::Guest, name, guest.email,
                        name == guest.email ? tr("Guest") : guest.email, guest.companyName);
        entry.stringId = guest.email;
        entries.push_back(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.foldedName < b.foldedName; });
    m_entries = std::move(entries);
    refilter();
}

bool DirectoryModel::typedGuestApplies() const {
    if (!m_offerTypedGuest || !m_kinds.testFlag(Guests))
        return false;
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString typed = m_filterText.trimmed();
    if (!email.match(typed).hasMatch())
        return false;
    for (const Entry &entry : m_entries) {
        if (entry.kind != Kind::Group && entry.email.compare(typed, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

void DirectoryModel::refilter() {
    beginResetModel();
    m_rows.clear();
    m_laterRows.clear();
    m_matchCount = 0;
    const size_t cap = size_t(m_maximumResults);
    const QString firstWord = m_queryWords.isEmpty() ? QString() : m_queryWords.first();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        const KindFlag flag = entry.kind == Kind::Member  ? Members
                              : entry.kind == Kind::Group ? Groups
                                                          : Guests;
        if (!m_kinds.testFlag(flag) || !SearchKey::matchesAll(entry.searchKey, m_queryWords))
            continue;
        ++m_matchCount;
        const bool startsWith = firstWord.isEmpty() || entry.foldedName.startsWith(firstWord) ||
                                entry.foldedEmail.startsWith(firstWord);
        std::vector<qint32> &bucket = startsWith ? m_rows : m_laterRows;
        if (bucket.size() < cap)
            bucket.push_back(qint32(i));
    }
    for (const qint32 row : m_laterRows) {
        if (m_rows.size() >= cap)
            break;
        m_rows.push_back(row);
    }
    m_showTypedGuest = typedGuestApplies();
    if (m_showTypedGuest) {
        m_typedGuest = Entry{};
        m_typedGuest.kind = Kind::Guest;
        m_typedGuest.stringId = m_filterText.trimmed();
        m_typedGuest.name = m_typedGuest.stringId;
        m_typedGuest.email = m_typedGuest.stringId;
        m_typedGuest.secondary = tr("New guest");
    }
    endResetModel();
}

int DirectoryModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return int(m_rows.size()) + (m_showTypedGuest ? 1 : 0);
}

QVariant DirectoryModel::unshownData(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const bool typed = size_t(index.row()) >= m_rows.size();
    const Entry &entry = typed ? m_typedGuest : m_entries[size_t(m_rows[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case Qt::ToolTipRole:
        return entry.email.isEmpty() || entry.email == entry.name
                   ? entry.name
                   : QString(entry.name + u" <"_s + entry.email + u'>');
    case KindRole:
        return int(entry.kind);
    case IdRole:
        if (entry.kind == Kind::Member)
            return entry.memberId;
        return entry.stringId;
    case EmailRole:
        return entry.email;
    case SecondaryTextRole:
        return entry.secondary;
    case IsTypedGuestRole:
        return typed;
    default:
        return {};
    }
}
