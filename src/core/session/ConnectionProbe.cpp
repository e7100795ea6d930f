#include "core/session/ConnectionProbe.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiConfig.h"
#include "core/api/DirectoryApi.h"
#include "core/api/RetryPolicy.h"
#include "core/session/SessionLogging.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace {

/// The parts of an API base that name a server, normalized for comparison.
QString serverIdentity(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty()) {
        return {};
    }
    const QString scheme = url.scheme().toLower();
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    const int port = url.port(scheme == u"https"_s ? 443 : 80);
    return scheme + u"://"_s + url.host().toLower() + u':' + QString::number(port) + path;
}

} // namespace

bool ConnectionProbe::Target::mayCarryToken() const {
    return token.isEmpty() || tokenTyped || tokenConfirmed || sameServer(server, tokenServer);
}

ConnectionProbe::ConnectionProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(network, {}, this))
    , m_directory(new DirectoryApi(m_client, this)) {
    // An interactive check should answer quickly; one retry covers a dropped connection.
    RetryPolicy policy = m_client->retryPolicy();
    policy.setMaxRetries(1);
    m_client->setRetryPolicy(policy);
}

ConnectionProbe::~ConnectionProbe() {
    cancel();
    // The facade needs its client until it is gone.
    delete m_directory;
    delete m_client;
}

bool ConnectionProbe::sameServer(const QUrl &a, const QUrl &b) {
    const QString identity = serverIdentity(a);
    return !identity.isEmpty() && identity == serverIdentity(b);
}

void ConnectionProbe::start(const Target &target, Steps steps) {
    cancel();
    const quint64 generation = ++m_generation;
    m_target = target;
    m_pending = steps;
    if (target.organizationId.isEmpty()) {
        m_pending &= ~Steps(Step::Organization);
    }
    m_report = {};
    m_running = true;
    if (!target.mayCarryToken()) {
        qCInfo(lcSession).noquote()
            << "probe refused: the token belongs to another server than" << target.server.host();
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation) {
                    finish(Outcome::TokenNotConfirmed);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    ApiConfig config;
    config.baseUrl = target.server;
    config.orgId = target.organizationId;
    config.token = target.token;
    config.timeoutMs = target.timeoutSeconds * 1000;
    m_client->setConfig(config);
    // Queued, so that finished() never comes from inside start() even with nothing to ask.
    QMetaObject::invokeMethod(
        this, [this, generation] { next(generation); }, Qt::QueuedConnection);
}

void ConnectionProbe::cancel() {
    ++m_generation;
    m_running = false;
    m_call.cancel();
    m_call = {};
}

void ConnectionProbe::next(quint64 generation) {
    if (generation != m_generation) {
        return;
    }
    if (m_pending.testFlag(Step::Identity)) {
        m_call = m_directory->me(this, [this, generation](const Result<Me> &me) {
            if (generation != m_generation) {
                return;
            }
            if (!me.ok()) {
                fail(Step::Identity, me.error());
                return;
            }
            m_report.me = me.value();
            m_pending &= ~Steps(Step::Identity);
            next(generation);
        });
    } else if (m_pending.testFlag(Step::Organizations)) {
        m_call = m_directory->organizations(
            this, [this, generation](const Result<QList<Organization>> &list) {
                if (generation != m_generation) {
                    return;
                }
                if (!list.ok()) {
                    fail(Step::Organizations, list.error());
                    return;
                }
                m_report.organizations = list.value();
                m_pending &= ~Steps(Step::Organizations);
                next(generation);
            });
    } else if (m_pending.testFlag(Step::Organization)) {
        m_call =
            m_directory->organization(m_target.organizationId, this,
                                      [this, generation](const Result<Organization> &organization) {
                                          if (generation != m_generation) {
                                              return;
                                          }
                                          if (!organization.ok()) {
                                              fail(Step::Organization, organization.error());
                                              return;
                                          }
                                          m_report.organization = organization.value();
                                          m_pending &= ~Steps(Step::Organization);
                                          next(generation);
                                      });
    } else {
        finish(Outcome::Passed);
    }
}

void ConnectionProbe::fail(Step step, const ApiError &error) {
    m_report.failedStep = step;
    m_report.error = error;
    finish(Outcome::Failed);
}

void ConnectionProbe::finish(Outcome outcome) {
    m_running = false;
    m_call = {};
    m_report.outcome = outcome;
    const Report report = m_report;
    Q_EMIT finished(report);
}
