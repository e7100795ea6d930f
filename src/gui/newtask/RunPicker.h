#pragma once

#include <QComboBox>
#include <QString>

class DirectoryCache;

/// "Attach to process": a choice among the organization's active processes (runs) that
/// accept one-off tasks (`can_add_oot: true`); the others are not offered. "None" is the
/// default. A process chosen in a restored draft stays selected even before the list arrives.
class RunPicker final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPicker)

public:
    explicit RunPicker(QWidget *parent = nullptr);
    ~RunPicker() override;

    void setCache(DirectoryCache *cache);
    void ensureLoaded();

    /// Empty for "None".
    [[nodiscard]] QString runId() const;
    [[nodiscard]] QString runName() const;
    /// Selects a process by ID (kept with `name` if it is not listed); emits nothing.
    void setRun(const QString &id, const QString &name);

    /// How many processes are offered (not counting "None").
    [[nodiscard]] int offeredCount() const;

Q_SIGNALS:
    void changed();

private:
    void rebuild();

    DirectoryCache *m_cache = nullptr; ///< not owned; outlives the picker
    QString m_runId;
    QString m_runName;
    int m_offered = 0;
};
