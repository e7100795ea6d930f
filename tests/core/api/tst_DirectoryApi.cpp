#include "ApiSandbox.h"
#include "CallOutcome.h"
#include "core/api/DirectoryApi.h"
#include "core/domain/Json.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

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
    QString orgPath(const QString &endpoint) const {
        return u"/api/organizations/%1/%2"_s.arg(m_api->server().orgId(), endpoint);
    }

    std::unique_ptr<ApiSandbox> m_api;
    std::unique_ptr<DirectoryApi> m_directory;
};

void tst_DirectoryApi::init() {
    m_api = std::make_unique<ApiSandbox>();
    QVERIFY(m_api->isValid());
    m_directory = std::make_unique<DirectoryApi>(&m_api->client());
}

void tst_DirectoryApi::cleanup() {
    m_directory.reset();
    m_api.reset();
}

void tst_DirectoryApi::me() {
    auto outcome = std::make_shared<CallOutcome<Me>>();
    m_directory->me(this, recorder(outcome));
    QCOMPARE(outcome->calls, 0);
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    QCOMPARE(outcome->result->value().id, m_api->server().currentUserId());
    QVERIFY(!outcome->result->value().email.isEmpty());
    const SandboxRequest request = m_api->server().requests().constFirst();
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.path, u"/api/me"_s);
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.header("x-tallyfy-client"), "APIClient"_ba);
}

void tst_DirectoryApi::organizations() {
    auto outcome = std::make_shared<CallOutcome<QList<Organization>>>();
    m_directory->organizations(this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    const QList<Organization> &orgs = outcome->result->value();
    QCOMPARE(orgs.size(), 2);
    bool listed = false;
    for (const Organization &org : orgs)
        listed = listed || org.id == m_api->server().orgId();
    QVERIFY(listed);
    const SandboxRequest request = m_api->server().requests().constFirst();
    QCOMPARE(request.path, u"/api/me/organizations"_s);
    QCOMPARE(request.query.queryItemValue(u"per_page"_s), u"100"_s);
    QCOMPARE(request.query.queryItemValue(u"page"_s), u"1"_s);
    QCOMPARE(m_api->server().requestCount({}, {}), 1);
}

void tst_DirectoryApi::organization() {
    auto outcome = std::make_shared<CallOutcome<Organization>>();
    m_directory->organization(m_api->server().orgId(), this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    QCOMPARE(outcome->result->value().id, m_api->server().orgId());
    QCOMPARE(outcome->result->value().name, u"Brightwater Advisory"_s);
    QCOMPARE(outcome->result->value().timezone, u"Europe/Berlin"_s);
    QCOMPARE(m_api->server().requests().constFirst().path,
             u"/api/organizations/%1"_s.arg(m_api->server().orgId()));

    auto other = std::make_shared<CallOutcome<Organization>>();
    m_directory->organization(u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s, this, recorder(other));
    waitForCall(other);
    QCOMPARE(other->kind(), ApiError::Kind::Forbidden);
}

void tst_DirectoryApi::usersFollowPages() {
    m_api->server().addGeneratedMembers(250);
    auto outcome = std::make_shared<CallOutcome<QList<Member>>>();
    m_directory->users(this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    const QList<Member> &members = outcome->result->value();
    QCOMPARE(members.size(), 258); // the seed's 8 and the 250 generated
    QSet<qint64> ids;
    for (const Member &member : members)
        ids.insert(member.id);
    QCOMPARE(ids.size(), 258);
    QVERIFY(ids.contains(m_api->server().currentUserId()));

    const auto requests = m_api->server().requests();
    QCOMPARE(requests.size(), 3);
    for (int page = 1; page <= 3; ++page) {
        QCOMPARE(requests.at(page - 1).path, orgPath(u"users"_s));
        QCOMPARE(requests.at(page - 1).query.queryItemValue(u"per_page"_s), u"100"_s);
        QCOMPARE(requests.at(page - 1).query.queryItemValue(u"page"_s), QString::number(page));
    }
}

void tst_DirectoryApi::groupsGuestsTags() {
    auto groups = std::make_shared<CallOutcome<QList<Group>>>();
    auto guests = std::make_shared<CallOutcome<QList<Guest>>>();
    auto tags = std::make_shared<CallOutcome<QList<Tag>>>();
    m_directory->groups(this, recorder(groups));
    m_directory->guests(this, recorder(guests));
    m_directory->tags(this, recorder(tags));
    waitForCall(groups);
    waitForCall(guests);
    waitForCall(tags);
    QVERIFY2(groups->ok(), qPrintable(groups->details()));
    QVERIFY2(guests->ok(), qPrintable(guests->details()));
    QVERIFY2(tags->ok(), qPrintable(tags->details()));
    QCOMPARE(groups->result->value().size(), 3);
    for (const Group &group : groups->result->value())
        QVERIFY(Json::isHexId(group.id));
    QCOMPARE(guests->result->value().size(), 2);
    for (const Guest &guest : guests->result->value())
        QVERIFY(guest.email.contains(u'@'));
    QCOMPARE(tags->result->value().size(), 6);
    int autoGenerated = 0;
    for (const Tag &tag : tags->result->value())
        autoGenerated += tag.autoGenerated ? 1 : 0;
    QCOMPARE(autoGenerated, 1); // only listed with all=true

    for (const SandboxRequest &request : m_api->server().requests()) {
        QCOMPARE(request.query.queryItemValue(u"per_page"_s), u"100"_s);
        if (request.path == orgPath(u"tags"_s))
            QCOMPARE(request.query.queryItemValue(u"all"_s), u"true"_s);
        else
            QVERIFY(request.path == orgPath(u"groups"_s) || request.path == orgPath(u"guests"_s));
    }
    QCOMPARE(m_api->server().requestCount({}, {}), 3);
}

void tst_DirectoryApi::runs() {
    auto active = std::make_shared<CallOutcome<QList<Run>>>();
    m_directory->runs({}, this, recorder(active));
    waitForCall(active);
    QVERIFY2(active->ok(), qPrintable(active->details()));
    QCOMPARE(active->result->value().size(), 2);
    for (const Run &run : active->result->value())
        QCOMPARE(run.status, u"active"_s);
    const SandboxRequest first = m_api->server().requests().constFirst();
    QCOMPARE(first.path, orgPath(u"runs"_s));
    QCOMPARE(first.query.queryItemValue(u"status"_s), u"active"_s);
    QVERIFY(!first.query.hasQueryItem(u"q"_s));

    auto searched = std::make_shared<CallOutcome<QList<Run>>>();
    m_directory->runs(u" Northwind "_s, this, recorder(searched));
    waitForCall(searched);
    QVERIFY(searched->ok());
    QCOMPARE(searched->result->value().size(), 1);
    QCOMPARE(searched->result->value().constFirst().canAddOot, std::optional<bool>(true));
    QCOMPARE(m_api->server().requests().constLast().query.queryItemValue(u"q"_s), u"Northwind"_s);
}

void tst_DirectoryApi::errorOnALaterPage() {
    m_api->server().addGeneratedMembers(150);
    SandboxFault pass; // consumed by page 1, which is then answered normally
    pass.kind = SandboxFault::Kind::Delay;
    pass.pathPattern = u"/users$"_s;
    m_api->server().addFault(pass);
    SandboxFault broken;
    broken.kind = SandboxFault::Kind::Json500;
    broken.pathPattern = u"/users$"_s;
    m_api->server().addFault(broken);

    auto outcome = std::make_shared<CallOutcome<QList<Member>>>();
    m_directory->users(this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->kind(), ApiError::Kind::Server);
    QCOMPARE(m_api->server().requestCount("GET", u"/users$"_s), 2);
    QCOMPARE(m_api->server().requests().constLast().query.queryItemValue(u"page"_s), u"2"_s);
}

void tst_DirectoryApi::malformedPage() {
    for (SandboxFault::Kind kind :
         {SandboxFault::Kind::MalformedJson, SandboxFault::Kind::WrongContentType,
          SandboxFault::Kind::Empty200}) {
        SandboxFault fault;
        fault.kind = kind;
        m_api->server().addFault(fault);
        auto outcome = std::make_shared<CallOutcome<QList<Group>>>();
        m_directory->groups(this, recorder(outcome));
        waitForCall(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->kind(), ApiError::Kind::InvalidResponse);
    }
    auto me = std::make_shared<CallOutcome<Me>>();
    SandboxFault empty;
    empty.kind = SandboxFault::Kind::Empty200;
    m_api->server().addFault(empty);
    m_directory->me(this, recorder(me));
    waitForCall(me);
    QCOMPARE(me->kind(), ApiError::Kind::InvalidResponse);
}

void tst_DirectoryApi::noOrganization() {
    ApiConfig config = m_api->client().config();
    config.orgId.clear();
    m_api->client().setConfig(config);
    auto outcome = std::make_shared<CallOutcome<QList<Tag>>>();
    m_directory->tags(this, recorder(outcome));
    waitForCall(outcome);
    QCOMPARE(outcome->kind(), ApiError::Kind::Validation);
    QCOMPARE(outcome->result->error().code, ApiError::noOrganizationCode());
    QCOMPARE(outcome->result->error().userText(), u"No organization is selected in Settings."_s);
    QCOMPARE(m_api->server().requestCount({}, {}), 0);

    // The identity calls need no organization.
    auto orgs = std::make_shared<CallOutcome<QList<Organization>>>();
    m_directory->organizations(this, recorder(orgs));
    waitForCall(orgs);
    QVERIFY(orgs->ok());
}

void tst_DirectoryApi::largePagesParsedOffThread() {
    m_api->server().addGeneratedMembers(250);
    m_directory->setParseThreshold(16 * 1024);
    auto outcome = std::make_shared<CallOutcome<QList<Member>>>();
    m_directory->users(this, recorder(outcome));
    waitForCall(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->details()));
    QCOMPARE(outcome->result->value().size(), 258);
    QCOMPARE(m_directory->backgroundParseCount(), 3);
}

void tst_DirectoryApi::cancel() {
    m_api->server().addGeneratedMembers(150);
    SandboxFault pass;
    pass.kind = SandboxFault::Kind::Delay;
    pass.pathPattern = u"/users$"_s;
    m_api->server().addFault(pass);
    SandboxFault hang; // page 2 hangs
    hang.kind = SandboxFault::Kind::Hang;
    hang.pathPattern = u"/users$"_s;
    m_api->server().addFault(hang);

    auto outcome = std::make_shared<CallOutcome<QList<Member>>>();
    const CallHandle handle = m_directory->users(this, recorder(outcome));
    QTRY_COMPARE(m_api->server().requestCount({}, {}), 2);
    QVERIFY(handle.isActive());
    handle.cancel();
    waitForCall(outcome);
    QCOMPARE(outcome->kind(), ApiError::Kind::Cancelled);
    QTRY_COMPARE(m_api->client().inFlightCount(), 0);
    // A later answer: by then a second callback or a third page would have come.
    auto me = std::make_shared<CallOutcome<Me>>();
    m_directory->me(this, recorder(me));
    waitForCall(me);
    QVERIFY(me->ok());
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(m_api->server().requestCount({}, u"/users$"_s), 2);
}

QTEST_GUILESS_MAIN(tst_DirectoryApi)
#include "tst_DirectoryApi.moc"
