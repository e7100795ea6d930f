#pragma once

#include <QString>
#include <QUrl>

#include <functional>

/// Where an in-process sandbox listens, as the function main.cpp hands to the main window
/// answers it. The gui layer never links the sandbox itself: it only calls that function.
struct SandboxTarget final {
    QUrl baseUrl;
    QString organizationId;
    QString token;
    QString error; ///< translated; set when the sandbox could not start

    [[nodiscard]] bool ok() const { return error.isEmpty() && baseUrl.isValid(); }
};

/// Starts a sandbox (or returns the one already running) and says where it listens.
using SandboxLauncher = std::function<SandboxTarget()>;
