#include "core/session/DirectoryCache.h"

#include "core/api/DirectoryApi.h"
#include "core/session/SessionLogging.h"

#include <utility>

namespace {

template<typename T, typename Key, typename KeyOf>
std::optional<T> findIn(const QList<T> &list, const QHash<Key, qsizetype> &index, const Key &key,
                        KeyOf keyOf) {
    const auto it = index.constFind(key);
    if (it == index.constEnd() || *it >= list.size() || keyOf(list.at(*it)) != key) {
        return std::nullopt;
    }
    return list.at(*it);
}

} // namespace

QList<DirectoryCache::What> DirectoryCache::all() {
    return {What::Members, What::Groups, What::Guests, What::Tags, What::Runs};
}

DirectoryCache::DirectoryCache(DirectoryApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {}

DirectoryCache::~DirectoryCache() {
    for (Slot &s : m_slots) {
        s.call.cancel();
    }
}

DirectoryCache::Slot &DirectoryCache::slot(What what) {
    return m_slots[static_cast<int>(what)];
}

const DirectoryCache::Slot &DirectoryCache::slot(What what) const {
    return m_slots[static_cast<int>(what)];
}

void DirectoryCache::ensure(What what) {
    const Slot &s = slot(what);
    if (s.loaded || s.loading) {
        return;
    }
    start(what);
}

void DirectoryCache::ensureAll() {
    for (What what : all()) {
        ensure(what);
    }
}

void DirectoryCache::refresh(What what) {
    if (slot(what).loading) {
        return;
    }
    start(what);
}

void DirectoryCache::refresh() {
    for (What what : all()) {
        const Slot &s = slot(what);
        if (s.loaded || s.error.has_value()) {
            refresh(what);
        }
    }
}

bool DirectoryCache::isLoaded(What what) const {
    return slot(what).loaded;
}

bool DirectoryCache::isLoading(What what) const {
    return slot(what).loading;
}

std::optional<ApiError> DirectoryCache::lastError(What what) const {
    return slot(what).error;
}

std::optional<Member> DirectoryCache::member(qint64 id) const {
    return findIn(m_members, m_memberIndex, id, [](const Member &m) { return m.id; });
}

std::optional<Group> DirectoryCache::group(const QString &id) const {
    return findIn(m_groups, m_groupIndex, id, [](const Group &g) { return g.id; });
}

std::optional<Guest> DirectoryCache::guest(const QString &email) const {
    const QString wanted = email.trimmed();
    for (const Guest &g : m_guests) {
        if (g.email.compare(wanted, Qt::CaseInsensitive) == 0) {
            return g;
        }
    }
    return std::nullopt;
}

std::optional<Tag> DirectoryCache::tag(const QString &id) const {
    for (const Tag &t : m_tags) {
        if (t.id == id) {
            return t;
        }
    }
    return std::nullopt;
}

std::optional<Run> DirectoryCache::run(const QString &id) const {
    for (const Run &r : m_runs) {
        if (r.id == id) {
            return r;
        }
    }
    return std::nullopt;
}

void DirectoryCache::setTarget(const QString &target) {
    if (target == m_target) {
        return;
    }
    m_target = target;
    clear();
}

void DirectoryCache::clear() {
    ++m_generation;
    for (Slot &s : m_slots) {
        s.call.cancel();
        s = Slot{};
    }
    m_members.clear();
    m_groups.clear();
    m_guests.clear();
    m_tags.clear();
    m_runs.clear();
    m_memberIndex.clear();
    m_groupIndex.clear();
    Q_EMIT cleared();
}

template<typename T>
void DirectoryCache::store(What what, const Result<QList<T>> &result, QList<T> *list) {
    Slot &s = slot(what);
    s.loading = false;
    s.call = {};
    if (!result.ok()) {
        if (result.error().kind == ApiError::Kind::Cancelled) {
            return;
        }
        s.error = result.error();
        qCInfo(lcSession).noquote()
            << "directory" << what << "failed:" << ApiError::kindName(result.error().kind);
        Q_EMIT failed(what, result.error());
        return;
    }
    *list = result.value();
    s.loaded = true;
    s.error.reset();
    if (what == What::Members) {
        m_memberIndex.clear();
        m_memberIndex.reserve(m_members.size());
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            m_memberIndex.insert(m_members.at(i).id, i);
        }
    } else if (what == What::Groups) {
        m_groupIndex.clear();
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            m_groupIndex.insert(m_groups.at(i).id, i);
        }
    }
    qCDebug(lcSession) << "directory" << what << "loaded:" << list->size();
    Q_EMIT loaded(what);
}

void DirectoryCache::start(What what) {
    Slot &s = slot(what);
    s.loading = true;
    const quint64 generation = m_generation;
    // Results for a target no longer in force are dropped: clear() bumps the
    // generation.
    auto deliver = [this, what, generation](auto *list) {
        return [this, what, generation, list](const auto &result) {
            if (generation == m_generation) {
                store(what, result, list);
            }
        };
    };
    switch (what) {
    case What::Members:
        s.call = m_api->users(this, deliver(&m_members));
        break;
    case What::Groups:
        s.call = m_api->groups(this, deliver(&m_groups));
        break;
    case What::Guests:
        s.call = m_api->guests(this, deliver(&m_guests));
        break;
    case What::Tags:
        s.call = m_api->tags(this, deliver(&m_tags));
        break;
    case What::Runs:
        s.call = m_api->runs(QString(), this, deliver(&m_runs));
        break;
    }
}
