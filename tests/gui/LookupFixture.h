#pragma once

#include "SandboxWorld.h"
#include "gui/lookup/TaskLookupPane.h"

#include <QJsonObject>
#include <QSize>
#include <QString>

#include <memory>

class QLineEdit;
class QPushButton;

/// A TaskLookupPane on a SandboxWorld's sandbox session, as `taskdesk --sandbox` wires it. For
/// the widget tests and the screenshot tool.
class LookupFixture final {
public:
    LookupFixture();
    ~LookupFixture();
    LookupFixture(const LookupFixture &) = delete;
    LookupFixture &operator=(const LookupFixture &) = delete;

    /// False when the sandbox could not listen or the temporary folder was not made.
    [[nodiscard]] bool isValid() const { return m_valid; }

    [[nodiscard]] SandboxWorld &world() { return m_world; }
    [[nodiscard]] SandboxServer &server() { return m_world.server(); }
    [[nodiscard]] Settings &settings() { return m_world.settings(); }
    [[nodiscard]] Session &session() { return m_world.session(); }
    [[nodiscard]] TaskLookupPane &pane() { return *m_pane; }
    [[nodiscard]] QString settingsDirectory() const { return m_world.directory(); }

    [[nodiscard]] QLineEdit *taskIdLineEdit() const;
    [[nodiscard]] QLineEdit *runIdLineEdit() const;
    [[nodiscard]] QPushButton *lookupButton() const;
    [[nodiscard]] QPushButton *cancelButton() const;

    /// The seeded task with the most kinds of form fields (every field type, answered).
    [[nodiscard]] QString richTaskId() const;
    /// The stored record of a task (relations unwrapped, as SandboxServer::storedTask()).
    [[nodiscard]] QJsonObject stored(const QString &taskId) const;
    /// GET requests the sandbox received for single tasks.
    [[nodiscard]] int taskRequestCount() const;

    /// Replaces the pane by a new one over the same session and settings (as after a restart).
    void recreatePane();
    /// Shows the pane at `size` and makes it the active window (shortcuts reach only an active
    /// window); false when it did not become active.
    [[nodiscard]] bool showActivePane(const QSize &size);
    /// Looks `taskId` up through the pane and waits until it is shown and the pane is idle;
    /// false after 30 s.
    [[nodiscard]] bool lookUpAndWait(const QString &taskId, const QString &runId = {});

private:
    SandboxWorld m_world;
    std::unique_ptr<TaskLookupPane> m_pane;
    bool m_valid = false;
};
