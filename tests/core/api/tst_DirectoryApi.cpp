#include "core/api/ApiClient.h"
#include "core/api/DirectoryApi.h"
#include "core/domain/Json.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
struct Outcome {
    int calls = 0;
    std::optional<Result<T>> result;

    [[nodiscard]] bool ok() const { return result && result->ok(); }
    [[nodiscard]] ApiError::Kind kind() const { return result->error().kind; }
    [[nodiscard]] QString details() const {
        return result && !result->ok() ? result->error().technicalDetails() : QString();
    }
};

template<typename T>
std::function<void(Result<T>)> recorder(const std::shared_ptr<Outcome<T>> &outcome) {
    return [outcome](Result<T> result) {
        ++outcome->calls;
        outcome->result = std::move(result);
    };
}

} // namespace

class tst_DirectoryApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void me();
    void organizations();
    void organization();
    void usersFollowPages();
    void groupsGuestsTags();
    void runs();
    void errorOnALaterPage();
    void malformedPage();
    void noOrganization();
    void largePagesParsedOffThread();
    void cancel();

private:
    template<typename T>
    void wait(const std::shared_ptr<Outcome<T>> &outcome) {
        QVERIFY(QTest::qWaitFor([&] { return outcome->calls > 0; }, 20000));
    }
    QString orgPath(const QString &endpoint) const {
        return u"/api/organizations/%1/%2"_s.arg(m_server->orgId(), endpoint);
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DirectoryApi> m_directory;
};

void tst_DirectoryApi::init() {
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    ApiConfig config;
    config.baseUrl = m_server->baseUrl();
    config.orgId = m_server->orgId();
    config.token = m_server->token();
    m_client = std::make_unique<ApiClient>(m_network.get(), config);
    RetryPolicy fast;
    fast.setTimeScale(0.001);
    m_client->setRetryPolicy(fast);
    m_directory = std::make_unique<DirectoryApi>(m_client.get());
}

void tst_DirectoryApi::cleanup() {
    m_directory.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void tst_DirectoryApi::me() {
    auto outcome = std::make_shared<Outcome<Me>>();
    m_directory->me(this, recorder(outcome));
    QCOMPARE(outcome->calls, 0);
    wait(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    QCOMPARE(outcome->result->value().id, m_server->currentUserId());
    QVERIFY(!outcome->result->value().email.isEmpty());
    const SandboxRequest request = m_server->requests().constFirst();
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.path, u"/api/me"_s);
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.header("x-tallyfy-client"), "APIClient"_ba);
}

void tst_DirectoryApi::organizations() {
    auto outcome = std::make_shared<Outcome<QList<Organization>>>();
    m_directory->organizations(this, recorder(outcome));
    wait(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    const QList<Organization> &orgs = outcome->result->value();
    QCOMPARE(orgs.size(), 2);
    bool listed = false;
    for (const Organization &org : orgs)
        listed = listed || org.id == m_server->orgId();
    QVERIFY(listed);
    const SandboxRequest request = m_server->requests().constFirst();
    QCOMPARE(request.path, u"/api/me/organizations"_s);
    QCOMPARE(request.query.queryItemValue(u"per_page"_s), u"100"_s);
    QCOMPARE(request.query.queryItemValue(u"page"_s), u"1"_s);
    QCOMPARE(m_server->requestCount({}, {}), 1);
}

void tst_DirectoryApi::organization() {
    auto outcome = std::make_shared<Outcome<Organization>>();
    m_directory->organization(m_server->orgId(), this, recorder(outcome));
    wait(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    QCOMPARE(outcome->result->value().id, m_server->orgId());
    QCOMPARE(outcome->result->value().name, u"Brightwater Advisory"_s);
    QCOMPARE(outcome->result->value().timezone, u"Europe/Berlin"_s);
    QCOMPARE(m_server->requests().constFirst().path,
             u"/api/organizations/%1"_s.arg(m_server->orgId()));

    auto other = std::make_shared<Outcome<Organization>>();
    m_directory->organization(u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s, this, recorder(other));
    wait(other);
    QCOMPARE(other->kind(), ApiError::Kind::Forbidden);
}

void tst_DirectoryApi::usersFollowPages() {
    m_server->addGeneratedMembers(250);
    auto outcome = std::make_shared<Outcome<QList<Member>>>();
    m_directory->users(this, recorder(outcome));
    wait(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    const QList<Member> &members = outcome->result->value();
    QCOMPARE(members.size(), 257);
    QSet<qint64> ids;
    for (const Member &member : members)
        ids.insert(member.id);
    QCOMPARE(ids.size(), 257);
    QVERIFY(ids.contains(m_server->currentUserId()));

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (int page = 1; page <= 3; ++page) {
        QCOMPARE(requests.at(page - 1).path, orgPath(u"users"_s));
        QCOMPARE(requests.at(page - 1).query.queryItemValue(u"per_page"_s), u"100"_s);
        QCOMPARE(requests.at(page - 1).query.queryItemValue(u"page"_s), QString::number(page));
    }
}

void tst_DirectoryApi::groupsGuestsTags() {
    auto groups = std::make_shared<Outcome<QList<Group>>>();
    auto guests = std::make_shared<Outcome<QList<Guest>>>();
    auto tags = std::make_shared<Outcome<QList<Tag>>>();
    m_directory->groups(this, recorder(groups));
    m_directory->guests(this, recorder(guests));
    m_directory->tags(this, recorder(tags));
    wait(groups);
    wait(guests);
    wait(tags);
    QVERIFY2(groups->ok(), qPrintable(groups->details()));
    QVERIFY2(guests->ok(), qPrintable(guests->details()));
    QVERIFY2(tags->ok(), qPrintable(tags->details()));
    QCOMPARE(groups->result->value().size(), 3);
    for (const Group &group : groups->result->value())
        QVERIFY(Json::isHexId(group.id));
    QCOMPARE(guests->result->value().size(), 2);
    for (const Guest &guest : guests->result->value())
        QVERIFY(guest.email.contains(u'@'));
    QCOMPARE(tags->result->value().size(), 5);
    int autoGenerated = 0;
    for (const Tag &tag : tags->result->value())
        autoGenerated += tag.autoGenerated ? 1 : 0;
    QCOMPARE(autoGenerated, 1); // only listed with all=true

    for (const SandboxRequest &request : m_server->requests()) {
        QCOMPARE(request.query.queryItemValue(u"per_page"_s), u"100"_s);
        if (request.path == orgPath(u"tags"_s))
            QCOMPARE(request.query.queryItemValue(u"all"_s), u"true"_s);
        else
            QVERIFY(request.path == orgPath(u"groups"_s) || request.path == orgPath(u"guests"_s));
    }
    QCOMPARE(m_server->requestCount({}, {}), 3);
}

void tst_DirectoryApi::runs() {
    auto active = std::make_shared<Outcome<QList<Run>>>();
    m_directory->runs({}, this, recorder(active));
    wait(active);
    QVERIFY2(active->ok(), qPrintable(active->details()));
    QCOMPARE(active->result->value().size(), 2);
    for (const Run &run : active->result->value())
        QCOMPARE(run.status, u"active"_s);
    const SandboxRequest first = m_server->requests().constFirst();
    QCOMPARE(first.path, orgPath(u"runs"_s));
    QCOMPARE(first.query.queryItemValue(u"status"_s), u"active"_s);
    QVERIFY(!first.query.hasQueryItem(u"q"_s));

    auto searched = std::make_shared<Outcome<QList<Run>>>();
    m_directory->runs(u" Northwind "_s, this, recorder(searched));
    wait(searched);
    QVERIFY(searched->ok());
    QCOMPARE(searched->result->value().size(), 1);
    QCOMPARE(searched->result->value().constFirst().canAddOot, std::optional<bool>(true));
    QCOMPARE(m_server->requests().constLast().query.queryItemValue(u"q"_s), u"Northwind"_s);
}

void tst_DirectoryApi::errorOnALaterPage() {
    m_server->addGeneratedMembers(150);
    SandboxFault pass; // consumed by page 1, which is then answered normally
    pass.kind = SandboxFault::Kind::Delay;
    pass.pathPattern = u"/users$"_s;
    m_server->addFault(pass);
    SandboxFault broken;
    broken.kind = SandboxFault::Kind::Json500;
    broken.pathPattern = u"/users$"_s;
    m_server->addFault(broken);

    auto outcome = std::make_shared<Outcome<QList<Member>>>();
    m_directory->users(this, recorder(outcome));
    wait(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->kind(), ApiError::Kind::Server);
    QCOMPARE(m_server->requestCount("GET", u"/users$"_s), 2);
    QCOMPARE(m_server->requests().constLast().query.queryItemValue(u"page"_s), u"2"_s);
}

void tst_DirectoryApi::malformedPage() {
    for (SandboxFault::Kind kind :
         {SandboxFault::Kind::MalformedJson, SandboxFault::Kind::WrongContentType,
          SandboxFault::Kind::Empty200}) {
        SandboxFault fault;
        fault.kind = kind;
        m_server->addFault(fault);
        auto outcome = std::make_shared<Outcome<QList<Group>>>();
        m_directory->groups(this, recorder(outcome));
        wait(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->kind(), ApiError::Kind::InvalidResponse);
    }
    auto me = std::make_shared<Outcome<Me>>();
    SandboxFault empty;
    empty.kind = SandboxFault::Kind::Empty200;
    m_server->addFault(empty);
    m_directory->me(this, recorder(me));
    wait(me);
    QCOMPARE(me->kind(), ApiError::Kind::InvalidResponse);
}

void tst_DirectoryApi::noOrganization() {
    ApiConfig config = m_client->config();
    config.orgId.clear();
    m_client->setConfig(config);
    auto outcome = std::make_shared<Outcome<QList<Tag>>>();
    m_directory->tags(this, recorder(outcome));
    wait(outcome);
    QCOMPARE(outcome->kind(), ApiError::Kind::Validation);
    QCOMPARE(outcome->result->error().code, u"NO_ORGANIZATION"_s);
    QCOMPARE(m_server->requestCount({}, {}), 0);

    // The identity calls need no organization.
    auto orgs = std::make_shared<Outcome<QList<Organization>>>();
    m_directory->organizations(this, recorder(orgs));
    wait(orgs);
    QVERIFY(orgs->ok());
}

void tst_DirectoryApi::largePagesParsedOffThread() {
    m_server->addGeneratedMembers(250);
    m_directory->setParseThreshold(16 * 1024);
    auto outcome = std::make_shared<Outcome<QList<Member>>>();
    m_directory->users(this, recorder(outcome));
    wait(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    QCOMPARE(outcome->result->value().size(), 257);
    QCOMPARE(m_directory->backgroundParseCount(), 3);
}

void tst_DirectoryApi::cancel() {
    m_server->addGeneratedMembers(150);
    SandboxFault pass;
    pass.kind = SandboxFault::Kind::Delay;
    pass.pathPattern = u"/users$"_s;
    m_server->addFault(pass);
    SandboxFault hang; // page 2 hangs
    hang.kind = SandboxFault::Kind::Hang;
    hang.pathPattern = u"/users$"_s;
    m_server->addFault(hang);

    auto outcome = std::make_shared<Outcome<QList<Member>>>();
    const CallHandle handle = m_directory->users(this, recorder(outcome));
    QTRY_COMPARE(m_server->requestCount({}, {}), 2);
    QVERIFY(handle.isActive());
    handle.cancel();
    wait(outcome);
    QCOMPARE(outcome->kind(), ApiError::Kind::Cancelled);
    QTRY_COMPARE(m_client->inFlightCount(), 0);
    QTest::qWait(100);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(m_server->requestCount({}, {}), 2);
}

QTEST_GUILESS_MAIN(tst_DirectoryApi)
#include "tst_DirectoryApi.moc"
