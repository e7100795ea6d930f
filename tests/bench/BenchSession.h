#pragma once

#include "core/session/Session.h"
#include "core/settings/MemoryTokenStore.h"
#include "core/settings/Settings.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QCommandLineParser;

/// A Session pointed at a sandbox that runs in another process (`taskdesk-sandbox`), as the
/// application wires it for --sandbox: settings in a temporary folder, tokens in memory. The
/// bench programs take the sandbox's printed url, org and token as --url, --org and --token.
class BenchSession final {
public:
    /// Adds --url, --org and --token to `parser`.
    static void addOptions(QCommandLineParser &parser);

    /// Reads the options added by addOptions() from a processed parser.
    explicit BenchSession(const QCommandLineParser &parser);
    ~BenchSession();
    BenchSession(const BenchSession &) = delete;
    BenchSession &operator=(const BenchSession &) = delete;

    /// Empty when the session is ready; otherwise what is wrong.
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] Session &session() { return *m_session; }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Settings> m_settings;
    MemoryTokenStore m_tokens;
    std::unique_ptr<Session> m_session;
    QString m_problem;
};
