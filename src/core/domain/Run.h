#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// A process (run): a run list item (tallyfy-api-notes.md 6.4) or the `run` include of a task.
struct Run final {
    struct Progress final {
        int complete = 0;
        int total = 0;
        double percent = 0.0;
        bool operator==(const Progress &) const = default;
    };

    QString id; ///< 32 hex
    std::optional<qint64> incrementId;
    QString name;
    QString summary;
    QString type; ///< procedure, form, ... as received
    QString checklistId;
    QString checklistTitle;
    QString status; ///< as received (active, complete, ...)
    std::optional<Progress> progress;
    /// Whether one-off tasks may be attached (`can_add_oot`); nullopt when the key is absent.
    std::optional<bool> canAddOot;
    QDateTime startedAt; ///< all dates UTC; invalid when absent or null
    QDateTime dueDate;
    QDateTime createdAt;
    QDateTime lastUpdated;
    QDateTime completedAt;
    QDateTime archivedAt;
    QJsonObject raw;

    /// Fails only when the object has no `id`.
    static std::optional<Run> fromJson(const QJsonObject &obj, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Run)
