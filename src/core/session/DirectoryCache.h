#pragma once

#include "core/api/ApiError.h"
#include "core/api/CallHandle.h"
#include "core/api/Result.h"
#include "core/domain/Group.h"
#include "core/domain/Guest.h"
#include "core/domain/Member.h"
#include "core/domain/Run.h"
#include "core/domain/Tag.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class DirectoryApi;

/// The organization's members, groups, guests, tags and runs, each list fetched in the
/// background on first need (ensure()) and then kept for the organization: the lookup pane
/// resolves owners by name with it, the new-task form fills its pickers from it.
///
/// The organization and server in force come from the DirectoryApi's client; the Session calls
/// setTarget() when they change, which clears everything and cancels what is loading.
class DirectoryCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryCache)

public:
    enum class What { Members, Groups, Guests, Tags, Runs };
    Q_ENUM(What)
    /// Every What, in declaration order.
    [[nodiscard]] static QList<What> all();

    /// `api` is not owned and must outlive the cache.
    explicit DirectoryCache(DirectoryApi *api, QObject *parent = nullptr);
    ~DirectoryCache() override;

    /// Starts loading `what` unless it is loaded or loading. loaded() or failed() follows,
    /// asynchronously (never from inside ensure()).
    void ensure(What what);
    void ensureAll();
    /// Loads `what` again even if loaded; the old list stays readable until the new one arrives.
    void refresh(What what);
    /// Refreshes every list that is loaded or was asked for.
    void refresh();

    [[nodiscard]] bool isLoaded(What what) const;
    [[nodiscard]] bool isLoading(What what) const;
    /// The last failure of `what`, cleared by the next success.
    [[nodiscard]] std::optional<ApiError> lastError(What what) const;

    /// Empty until loaded.
    [[nodiscard]] const QList<Member> &members() const { return m_members; }
    [[nodiscard]] const QList<Group> &groups() const { return m_groups; }
    [[nodiscard]] const QList<Guest> &guests() const { return m_guests; }
    [[nodiscard]] const QList<Tag> &tags() const { return m_tags; }
    [[nodiscard]] const QList<Run> &runs() const { return m_runs; }

    [[nodiscard]] std::optional<Member> member(qint64 id) const;
    [[nodiscard]] std::optional<Group> group(const QString &id) const;
    /// By email, case-insensitive.
    [[nodiscard]] std::optional<Guest> guest(const QString &email) const;
    [[nodiscard]] std::optional<Tag> tag(const QString &id) const;
    [[nodiscard]] std::optional<Run> run(const QString &id) const;

    /// The server + organization the lists belong to (opaque, e.g. a TokenStore key).
    [[nodiscard]] QString target() const { return m_target; }
    /// A different target clears every list and cancels running loads (their results are
    /// dropped); the same target changes nothing.
    void setTarget(const QString &target);
    /// Forgets every list and cancels running loads.
    void clear();

Q_SIGNALS:
    void loaded(DirectoryCache::What what);
    void failed(DirectoryCache::What what, const ApiError &error);
    /// Everything was forgotten (target change or clear()).
    void cleared();

private:
    struct Slot;
    void start(What what);
    template<typename T>
    void store(What what, const Result<QList<T>> &result, QList<T> *list);
    Slot &slot(What what);
    [[nodiscard]] const Slot &slot(What what) const;

    DirectoryApi *m_api;
    QString m_target;
    quint64 m_generation = 0;

    QList<Member> m_members;
    QList<Group> m_groups;
    QList<Guest> m_guests;
    QList<Tag> m_tags;
    QList<Run> m_runs;
    QHash<qint64, qsizetype> m_memberIndex;
    QHash<QString, qsizetype> m_groupIndex;

    struct Slot {
        bool loaded = false;
        bool loading = false;
        std::optional<ApiError> error;
        CallHandle call;
    };
    Slot m_slots[5];
};
