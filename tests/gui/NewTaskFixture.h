#pragma once

#include "SandboxWorld.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"
#include "gui/newtask/NewTaskForm.h"
#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class AssigneePicker;
class DeadlineEdit;
class FormFieldsEditor;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class RunPicker;
class TagPicker;

/// A NewTaskForm wired to an in-process sandbox through a real Session (settings in a
/// temporary folder, tokens in memory), as the application wires it. The form is shown
/// (offscreen in tests, on Xvfb for screenshots). For the widget tests and the screenshot tool.
class NewTaskFixture final {
public:
    /// `generatedMembers` members are added to the sandbox's seed before anything starts.
    explicit NewTaskFixture(int generatedMembers = 0);
    ~NewTaskFixture();
    NewTaskFixture(const NewTaskFixture &) = delete;
    NewTaskFixture &operator=(const NewTaskFixture &) = delete;

    [[nodiscard]] bool isValid() const { return m_valid; }

    [[nodiscard]] SandboxWorld &world() { return m_world; }
    [[nodiscard]] SandboxServer &server() { return m_world.server(); }
    [[nodiscard]] Settings &settings() { return m_world.settings(); }
    [[nodiscard]] Session &session() { return m_world.session(); }
    [[nodiscard]] NewTaskForm &form() { return *m_form; }

    /// A new form over the same session and settings (the old one is destroyed first).
    void recreateForm();
    /// Everything but the sandbox and the settings folder is destroyed and made again, as when
    /// the application is quit and started again.
    void restartApp();
    /// Per-attempt transfer timeout of the client (the settings' minimum is 5 s; tests want
    /// less).
    void setTimeoutMs(int milliseconds);
    /// True once members, groups, guests, tags and runs are all in the cache.
    [[nodiscard]] bool directoryLoaded() const;

    /// POST /organizations/{org}/tasks requests the sandbox received.
    [[nodiscard]] int createRequestCount() const;
    /// The body of the last of them, parsed.
    [[nodiscard]] QJsonObject lastCreateBody() const;

    // Widgets by object name.
    [[nodiscard]] QLineEdit *title() const;
    [[nodiscard]] QComboBox *taskType() const;
    [[nodiscard]] QPlainTextEdit *description() const;
    [[nodiscard]] AssigneePicker *assignees() const;
    [[nodiscard]] QLineEdit *assigneeInput() const;
    [[nodiscard]] DeadlineEdit *deadline() const;
    [[nodiscard]] QDateTimeEdit *deadlineInput() const;
    [[nodiscard]] DeadlineEdit *start() const;
    [[nodiscard]] QDateTimeEdit *startInput() const;
    [[nodiscard]] QCheckBox *startCheck() const;
    [[nodiscard]] TagPicker *tags() const;
    [[nodiscard]] QLineEdit *tagInput() const;
    [[nodiscard]] QToolButton *moreOptions() const;
    [[nodiscard]] QCheckBox *checkBox(const QString &objectName) const;
    [[nodiscard]] QSpinBox *maxAssignees() const;
    [[nodiscard]] QLineEdit *webhook() const;
    [[nodiscard]] RunPicker *run() const;
    [[nodiscard]] FormFieldsEditor *formFields() const;
    [[nodiscard]] QPushButton *button(const QString &objectName) const;
    [[nodiscard]] QPushButton *createButton() const;

    /// Types `dateTime` (minutes) into a date-time edit, section by section, with key clicks.
    static void typeDateTime(QDateTimeEdit *edit, const QDateTime &dateTime);
    /// Focuses `widget` and clicks `text` into it.
    static void typeInto(QWidget *widget, const QString &text);
    /// Ctrl+Enter on the focused widget of the form (or the form).
    void pressCtrlEnter();

private:
    void startApp();
    void showForm();

    SandboxWorld m_world;
    std::unique_ptr<NewTaskForm> m_form;
    bool m_valid = false;
};
