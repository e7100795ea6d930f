#pragma once

#include "core/domain/OneOffTaskDraft.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class Settings;

/// Keeps the new-task draft on disk, in the application's settings file
/// (Settings::NewTaskDraft), so that a restart or a crash loses at most the last moments of
/// typing. The draft is OneOffTaskDraft::toDraftJson(): dates are ISO 8601 in UTC with `Z`, as
/// the create request sends them. save() is debounced: the draft is written `delay` after the last
/// change, and at once by flush() (the form calls it when it is destroyed). Writing syncs the
/// settings file.
class DraftStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    static constexpr int DefaultDelayMs = 300;

    /// `settings` is not owned.
    explicit DraftStore(Settings *settings, QObject *parent = nullptr);
    ~DraftStore() override;

    /// The stored draft, or nullopt when none is stored (or it cannot be read).
    [[nodiscard]] std::optional<OneOffTaskDraft> load() const;

    /// Schedules writing `draft`; a later save() replaces it.
    void save(const OneOffTaskDraft &draft);
    /// Writes a pending draft now.
    void flush();
    /// Forgets the stored draft and any pending save.
    void clear();

    [[nodiscard]] bool hasPendingSave() const { return m_pending.has_value(); }
    /// When the draft was last written (invalid before the first write).
    [[nodiscard]] QDateTime lastSaved() const { return m_lastSaved; }

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    /// The draft was written (not emitted by clear()).
    void saved();

private:
    QPointer<Settings> m_settings;
    QTimer m_timer;
    std::optional<OneOffTaskDraft> m_pending;
    QDateTime m_lastSaved;
};
