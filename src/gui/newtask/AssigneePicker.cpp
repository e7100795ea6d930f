#include "gui/newtask/AssigneePicker.h"

#include "ui_AssigneePicker.h"

#include "core/session/DirectoryCache.h"
#include "gui/widgets/ChipList.h"
#include "gui/widgets/SuggestionDelegate.h"
#include "gui/widgets/SuggestionList.h"
#include "models/DirectoryModel.h"
#include "models/DisplayFormat.h"

#include <QLineEdit>
#include <QListView>

using namespace Qt::StringLiterals;

AssigneePicker::AssigneePicker(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssigneePicker>())
    , m_model(new DirectoryModel(this)) {
    m_ui->setupUi(this);
    m_model->setMaximumResults(50);
    m_ui->suggestionsListView->setModel(m_model);
    m_ui->suggestionsListView->setItemDelegate(
        new SuggestionDelegate(DirectoryModel::SecondaryTextRole, m_ui->suggestionsListView));
    m_ui->suggestionsListView->setAccessibleName(tr("Matching people and groups"));
    m_suggestions = new SuggestionList(m_ui->assigneeLineEdit, m_ui->suggestionsListView, this);
    m_suggestions->setModel(m_model);
    m_ui->assigneeChipList->setFallbackFocus(m_ui->assigneeLineEdit);
    m_ui->assigneeChipList->setAccessibleName(tr("Chosen assignees"));
    m_ui->loadingProgressBar->setAccessibleName(tr("Loading members"));
    m_ui->assigneeLineEdit->setToolTip(
        tr("Up and Down choose a suggestion, Enter adds it. Backspace in the empty input goes "
           "to the chosen assignees, where Delete removes one."));

    connect(m_ui->assigneeLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_model->setFilterText(text.trimmed()); });
    connect(m_suggestions, &SuggestionList::chosen, this, &AssigneePicker::take);
    connect(m_suggestions, &SuggestionList::enteredWithoutChoice, this,
            &AssigneePicker::enteredWithoutChoice);
    connect(m_suggestions, &SuggestionList::backspaceOnEmpty, this,
            [this] { m_ui->assigneeChipList->focusLastChip(); });
    connect(m_ui->assigneeChipList, &ChipList::chipRemoved, this, &AssigneePicker::chipRemoved);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, [this] {
        if (m_cache == nullptr)
            return;
        for (const DirectoryCache::What what :
             {DirectoryCache::What::Members, DirectoryCache::What::Groups,
              DirectoryCache::What::Guests}) {
            if (m_cache->lastError(what).has_value())
                m_cache->refresh(what);
        }
        updateLoadingState();
    });
    updateLoadingState();
}

AssigneePicker::~AssigneePicker() = default;

void AssigneePicker::setCache(DirectoryCache *cache) {
    if (m_cache != nullptr)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    if (cache != nullptr) {
        connect(cache, &DirectoryCache::loaded, this, [this](DirectoryCache::What what) {
            if (what == DirectoryCache::What::Members || what == DirectoryCache::What::Groups ||
                what == DirectoryCache::What::Guests)
                refreshFromCache(int(what));
            updateLoadingState();
        });
        connect(cache, &DirectoryCache::failed, this, &AssigneePicker::updateLoadingState);
        connect(cache, &DirectoryCache::cleared, this, [this] {
            refreshFromCache(-1);
            updateLoadingState();
        });
    }
    refreshFromCache(-1);
    updateLoadingState();
}

void AssigneePicker::ensureLoaded() {
    if (m_cache == nullptr)
        return;
    m_cache->ensure(DirectoryCache::What::Members);
    m_cache->ensure(DirectoryCache::What::Groups);
    m_cache->ensure(DirectoryCache::What::Guests);
    updateLoadingState();
}

void AssigneePicker::setAssignees(const QList<OneOffTaskDraft::User> &users,
                                  const QStringList &guests,
                                  const QList<OneOffTaskDraft::Group> &groups) {
    m_users.clear();
    m_guests.clear();
    m_groups.clear();
    m_ui->assigneeChipList->clear();
    const QSignalBlocker blocker(this);
    for (const OneOffTaskDraft::User &user : users)
        addMember(user.id, user.displayName);
    // Kept as in the draft (not re-validated here): the validation says what is wrong.
    for (const QString &guest : guests)
        addGuest(guest);
    for (const OneOffTaskDraft::Group &group : groups)
        addGroup(group.id, group.name);
}

bool AssigneePicker::addMember(qint64 id, const QString &name) {
    for (const OneOffTaskDraft::User &user : std::as_const(m_users)) {
        if (user.id == id)
            return false;
    }
    QString shown = name;
    QString tip;
    if (m_cache != nullptr) {
        if (const auto member = m_cache->member(id)) {
            if (shown.isEmpty())
                shown = member->displayName();
            tip = member->email;
        }
    }
    if (shown.isEmpty())
        shown = tr("Member #%1").arg(id);
    m_users.append(OneOffTaskDraft::User{id, shown});
    m_ui->assigneeChipList->addChip(userKey(id), shown, tip.isEmpty() ? tr("Member") : tip);
    Q_EMIT changed();
    return true;
}

bool AssigneePicker::addGroup(const QString &id, const QString &name) {
    for (const OneOffTaskDraft::Group &group : std::as_const(m_groups)) {
        if (group.id == id)
            return false;
    }
    const QString shown = name.isEmpty() ? tr("Group %1").arg(id.left(8)) : name;
    m_groups.append(OneOffTaskDraft::Group{id, shown});
    m_ui->assigneeChipList->addChip(groupKey(id), tr("%1 (group)").arg(shown), tr("Group"));
    Q_EMIT changed();
    return true;
}

bool AssigneePicker::addGuest(const QString &email) {
    const QString normalized = OneOffTaskDraft::normalizeGuest(email);
    if (normalized.isEmpty() || m_guests.contains(normalized))
        return false;
    m_guests.append(normalized);
    m_ui->assigneeChipList->addChip(guestKey(normalized), tr("%1 (guest)").arg(normalized),
                                    tr("Guest: someone outside the organization"));
    Q_EMIT changed();
    return true;
}

void AssigneePicker::setProblems(const QList<ValidationResult::Problem> &problems) {
    ChipList *chips = m_ui->assigneeChipList;
    chips->clearChipProblems();
    for (const ValidationResult::Problem &problem : problems) {
        const QStringList parts = problem.path.split(u'.');
        if (parts.size() != 3 || parts.at(0) != "owners"_L1)
            continue;
        bool ok = false;
        const int index = parts.at(2).toInt(&ok);
        if (!ok || index < 0)
            continue;
        QString key;
        if (parts.at(1) == "users"_L1 && index < m_users.size())
            key = userKey(m_users.at(index).id);
        else if (parts.at(1) == "guests"_L1 && index < m_guests.size())
            key = guestKey(m_guests.at(index));
        else if (parts.at(1) == "groups"_L1 && index < m_groups.size())
            key = groupKey(m_groups.at(index).id);
        if (!key.isEmpty())
            chips->setChipProblem(key, problem.message,
                                  problem.severity == ValidationResult::Severity::Error);
    }
}

bool AssigneePicker::isLoading() const {
    return m_cache != nullptr && (m_cache->isLoading(DirectoryCache::What::Members) ||
                                  m_cache->isLoading(DirectoryCache::What::Groups) ||
                                  m_cache->isLoading(DirectoryCache::What::Guests));
}

QString AssigneePicker::loadingText() const {
    return m_ui->loadingLabel->isHidden() ? QString() : m_ui->loadingLabel->text();
}

QLineEdit *AssigneePicker::lineEdit() const {
    return m_ui->assigneeLineEdit;
}
QListView *AssigneePicker::suggestionsView() const {
    return m_ui->suggestionsListView;
}
ChipList *AssigneePicker::chipList() const {
    return m_ui->assigneeChipList;
}

QString AssigneePicker::userKey(qint64 id) {
    return u"user:"_s + QString::number(id);
}
QString AssigneePicker::groupKey(const QString &id) {
    return u"group:"_s + id;
}
QString AssigneePicker::guestKey(const QString &email) {
    return u"guest:"_s + email;
}

void AssigneePicker::take(const QModelIndex &index) {
    const auto kind = DirectoryModel::Kind(index.data(DirectoryModel::KindRole).toInt());
    const QString name = index.data(DirectoryModel::NameRole).toString();
    switch (kind) {
    case DirectoryModel::Kind::Member:
        addMember(index.data(DirectoryModel::IdRole).toLongLong(), name);
        break;
    case DirectoryModel::Kind::Group:
        addGroup(index.data(DirectoryModel::IdRole).toString(), name);
        break;
    case DirectoryModel::Kind::Guest:
        addGuest(index.data(DirectoryModel::EmailRole).toString());
        break;
    }
    clearInput();
}

void AssigneePicker::enteredWithoutChoice(const QString &text) {
    if (text.contains(u'@')) {
        addGuest(text);
        clearInput();
    }
}

void AssigneePicker::chipRemoved(const QString &key) {
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (userKey(m_users.at(i).id) == key) {
            m_users.removeAt(i);
            Q_EMIT changed();
            return;
        }
    }
    for (qsizetype i = 0; i < m_guests.size(); ++i) {
        if (guestKey(m_guests.at(i)) == key) {
            m_guests.removeAt(i);
            Q_EMIT changed();
            return;
        }
    }
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (groupKey(m_groups.at(i).id) == key) {
            m_groups.removeAt(i);
            Q_EMIT changed();
            return;
        }
    }
}

void AssigneePicker::refreshFromCache(int what) {
    using What = DirectoryCache::What;
    const bool all = what < 0;
    if (all || What(what) == What::Members)
        m_model->setMembers(m_cache != nullptr ? m_cache->members() : QList<Member>());
    if (all || What(what) == What::Groups)
        m_model->setGroups(m_cache != nullptr ? m_cache->groups() : QList<Group>());
    if (all || What(what) == What::Guests)
        m_model->setGuests(m_cache != nullptr ? m_cache->guests() : QList<Guest>());
    m_suggestions->update();
}

void AssigneePicker::updateLoadingState() {
    QString text;
    bool failed = false;
    if (m_cache != nullptr) {
        if (isLoading()) {
            text = tr("Loading members\u2026 You can already type a guest's email.");
        } else {
            for (const DirectoryCache::What what :
                 {DirectoryCache::What::Members, DirectoryCache::What::Groups,
                  DirectoryCache::What::Guests}) {
                if (const auto error = m_cache->lastError(what)) {
                    text = tr("Could not load the people of this organization: %1")
                               .arg(DisplayFormat::elided(error->userText()));
                    failed = true;
                    break;
                }
            }
        }
    }
    m_ui->loadingLabel->setText(text);
    m_ui->loadingLabel->setVisible(!text.isEmpty());
    m_ui->loadingProgressBar->setVisible(!text.isEmpty() && !failed);
    m_ui->retryPushButton->setVisible(failed);
}

void AssigneePicker::clearInput() {
    m_ui->assigneeLineEdit->clear();
    m_suggestions->hide();
}
