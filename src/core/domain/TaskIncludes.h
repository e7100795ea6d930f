#pragma once

#include <QString>
#include <QStringList>

/// The `with=` includes of a single task (tallyfy-api-notes.md 2.3). The one home of the documented
/// names: the lookup's chooser, the command line, the settings and the task details read them
/// from here.
struct TaskIncludes final {
    TaskIncludes() = delete;

    /// The 15 documented names, in the documented order.
    static const QStringList &documented();
    /// The documented names that arrive as a key of their own: all but `summary`, which only
    /// guarantees the task's `summary` field.
    static const QStringList &keys();
    /// Taskdesk's default choice. It has `summary`, so that a default lookup shows the
    /// description on servers that need the include.
    static const QStringList &defaults();
    /// True for a documented name (exact, lowercase).
    static bool isDocumented(const QString &name);
};
