#pragma once

#include <QList>
#include <QString>

/// One of the five `task_type` values (tallyfy-api-notes.md 2.2) with the user-facing name and a
/// one line explanation that the create form shows.
struct TaskType final {
    QString key;         ///< API value: task, approval, expiring, email, expiring_email
    QString name;        ///< translated, e.g. "Approve/Reject"
    QString explanation; ///< translated, one line

    /// The five types in the order the form offers them (task first: the default).
    static QList<TaskType> all();
    static bool isKnown(const QString &key);
    /// The translated name; for an unknown key, the key itself (never dropped).
    static QString displayName(const QString &key);
    /// The default for new drafts: "task".
    static QString defaultKey();
};
