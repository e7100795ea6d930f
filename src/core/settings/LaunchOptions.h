#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

struct LaunchOptionsResult;

/// What the command line asked for:
/// `taskdesk [--sandbox] [--server URL] [--org ID] [--task ID_OR_LINK] [--run RUN_ID]
/// [--with LIST] [--lang LOCALE] [--version] [--help]`.
/// Values are validated and normalized; they override the settings for this run only and are
/// never saved (Settings::applyLaunchOptions).
struct LaunchOptions final {
    bool sandbox = false;                ///< talk to the built-in fake server
    std::optional<QUrl> server;          ///< Validators::serverUrl
    std::optional<QString> organization; ///< 32 lowercase hex
    std::optional<QString> task;         ///< as typed: TaskReference::parse reads it
    std::optional<QString> run;          ///< 32 lowercase hex
    std::optional<QStringList> includes; ///< subset of TaskIncludes::documented()
    std::optional<QString> language;     ///< a locale name such as "de" or "pt_BR"

    /// `arguments` as QCoreApplication::arguments() gives them: the program name first.
    /// Needs a QCoreApplication (for translations and the usage text).
    [[nodiscard]] static LaunchOptionsResult parse(const QStringList &arguments);

    friend bool operator==(const LaunchOptions &a, const LaunchOptions &b) = default;
};
