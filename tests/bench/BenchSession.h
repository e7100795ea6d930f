#pragma once

#include "SandboxWorld.h"
#include "core/session/Session.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QCommandLineParser;

/// A Session pointed at a sandbox that runs in another process (`taskdesk-sandbox`), as the
/// application wires it for --sandbox: a SandboxWorld without a server of its own. The
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
    [[nodiscard]] Session &session() { return m_world.session(); }

private:
    SandboxWorld m_world{SandboxWorld::Options{0, false}};
    QString m_problem;
};
