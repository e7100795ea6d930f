#include "BenchSession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

void BenchSession::addOptions(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(u"url"_s, u"The sandbox's API base URL."_s, u"URL"_s));
    parser.addOption(QCommandLineOption(u"org"_s, u"The sandbox's organization ID."_s, u"ID"_s));
    parser.addOption(QCommandLineOption(u"token"_s, u"The sandbox's token."_s, u"TOKEN"_s));
}

BenchSession::BenchSession(const QCommandLineParser &parser) {
    const QUrl url(parser.value(u"url"_s));
    const QString org = parser.value(u"org"_s);
    const QString token = parser.value(u"token"_s);
    if (!url.isValid() || url.isEmpty() || org.isEmpty() || token.isEmpty()) {
        m_problem = u"--url, --org and --token are required"_s;
        return;
    }
    if (!m_world.isValid()) {
        m_problem = u"no temporary folder for the settings"_s;
        return;
    }
    const Session &session = m_world.startSandboxSession(url, org, token);
    if (!session.isReady())
        m_problem = u"the session is not ready: "_s + session.tokenProblem();
}

BenchSession::~BenchSession() = default;
