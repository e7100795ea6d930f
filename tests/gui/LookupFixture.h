#pragma once

#include "core/session/Session.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "gui/lookup/TaskLookupPane.h"
#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QLineEdit;
class QPushButton;

/// A TaskLookupPane wired to an in-process sandbox through a real Session (settings in a
/// temporary folder, tokens in memory), as the application wires it. For the widget tests and
/// the screenshot tool.
class LookupFixture final {
public:
    LookupFixture();
    ~LookupFixture();
    LookupFixture(const LookupFixture &) = delete;
    LookupFixture &operator=(const LookupFixture &) = delete;

    /// False when the sandbox could not listen or the temporary folder was not made.
    [[nodiscard]] bool isValid() const { return m_valid; }

    [[nodiscard]] SandboxServer &server() { return m_server; }
    [[nodiscard]] Settings &settings() { return *m_settings; }
    [[nodiscard]] Session &session() { return *m_session; }
    [[nodiscard]] TaskLookupPane &pane() { return *m_pane; }
    [[nodiscard]] QString settingsDirectory() const { return m_directory.path(); }

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

private:
    SandboxServer m_server;
    QTemporaryDir m_directory;
    std::unique_ptr<Settings> m_settings;
    MemoryTokenStore m_tokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TaskLookupPane> m_pane;
    bool m_valid = false;
};
