#pragma once

#include "core/settings/LaunchOptions.h"

#include <QString>

/// The outcome of LaunchOptions::parse: options to run with, a request for help or the
/// version, or an error. On an error the app prints `errorMessage` and `usage` to stderr and
/// exits with exitCode() (2).
struct LaunchOptionsResult final {
    enum class Action {
        Run,         ///< start with `options`
        ShowHelp,    ///< print `usage` to stdout, exit 0
        ShowVersion, ///< print `versionText` to stdout, exit 0
        Error,       ///< print `errorMessage` and `usage` to stderr, exit 2
    };

    Action action = Action::Error;
    LaunchOptions options;
    QString errorMessage; ///< translated, one line
    QString usage;        ///< the full help text; set for every action
    QString versionText;  ///< "Taskdesk 0.1.0"

    static constexpr int UsageErrorExitCode = 2;
    [[nodiscard]] int exitCode() const { return action == Action::Error ? UsageErrorExitCode : 0; }
};
