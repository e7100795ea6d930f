#include "core/domain/OneOffTaskDraft.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// Runs with TZ=Europe/Berlin (see CMakeLists.txt) so that local-to-UTC conversion is visible.
class tst_OneOffTaskDraft final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestMatchesDocExample();
    void requestMinimal();
    void requestFull();
    void requestSendsDescriptionUnderBothKeys_data();
    void requestSendsDescriptionUnderBothKeys();
    void requestOmitsUnsetKeys();
    void requestDates_data();
    void requestDates();
    void descriptionLostIn_data();
    void descriptionLostIn();
    void validDraftHasNoProblems();
    void validation_data();
    void validation();
    void everythingWrongAtOnce();
    void normalizeGuests();
    void codePoints();
    void draftRoundTrip();
    void draftJsonKeepsInstantsInUtc();
    void corruptDraft_data();
    void corruptDraft();
    void isEmpty();
};

namespace {

QDateTime local(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::LocalTime);
}

Run run(const char *id, const char *name, std::optional<bool> canAddOot) {
    Run r;
    r.id = QString::fromLatin1(id);
    r.name = QString::fromLatin1(name);
    r.canAddOot = canAddOot;
    return r;
}

const QString OkRun = u"5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"_s;
const QString LockedRun = u"6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"_s;

DraftContext context() {
    DraftContext ctx;
    ctx.memberEmails = {u"ana.ruiz@northwind.example"_s, u"Lee@Northwind.example"_s,
                        u"freelancer@gmail.com"_s};
    ctx.memberIds = {1001, 1002, 1003};
    ctx.runs = {run("5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d", "Onboarding", true),
                run("6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e", "Locked", false)};
    ctx.now = local(2026, 6, 1, 12, 0);
    return ctx;
}

OneOffTaskDraft validDraft() {
    OneOffTaskDraft draft;
    draft.title = u"Valid task"_s;
    draft.users = {{1001, u"Ana Ruiz"_s}};
    draft.deadline = local(2026, 6, 2, 17, 0);
    return draft;
}

QString repeat(const QString &unit, int times) {
    QString text;
    for (int i = 0; i < times; ++i)
        text += unit;
    return text;
}

DraftFormField formField(const char *label, const char *type, QStringList options = {},
                         QStringList columns = {}) {
    DraftFormField field;
    field.label = QString::fromUtf8(label);
    field.fieldType = QString::fromLatin1(type);
    field.options = std::move(options);
    field.columns = std::move(columns);
    return field;
}

struct Case {
    const char *name;
    std::function<void(OneOffTaskDraft &, DraftContext &)> mutate;
    const char *path; // "" = no problem at all
    ValidationResult::Severity severity = ValidationResult::Severity::Error;
};

using S = ValidationResult::Severity;
using D = OneOffTaskDraft;
using C = DraftContext;

const QString Emoji = u"\U0001F600"_s; // one code point, two UTF-16 units

const std::vector<Case> &cases() {
    static const std::vector<Case> table{
        // title
        {"title empty", [](D &d, C &) { d.title.clear(); }, "title"},
        {"title blank", [](D &d, C &) { d.title = u"   "_s; }, "title"},
        {"title 600 ascii", [](D &d, C &) { d.title = repeat(u"a"_s, 600); }, ""},
        {"title 601 ascii", [](D &d, C &) { d.title = repeat(u"a"_s, 601); }, "title"},
        {"title 600 emoji", [](D &d, C &) { d.title = repeat(Emoji, 600); }, ""},
        {"title 601 emoji", [](D &d, C &) { d.title = repeat(Emoji, 601); }, "title"},
        {"title 600 padded", [](D &d, C &) { d.title = u"  "_s + repeat(u"b"_s, 600) + u" "_s; },
         ""},
        // task_type
        {"type approval", [](D &d, C &) { d.taskType = u"approval"_s; }, ""},
        {"type expiring_email", [](D &d, C &) { d.taskType = u"expiring_email"_s; }, ""},
        {"type unknown", [](D &d, C &) { d.taskType = u"checklist"_s; }, "task_type"},
        {"type empty", [](D &d, C &) { d.taskType.clear(); }, "task_type"},
        // owners
        {"no owners", [](D &d, C &) { d.users.clear(); }, "owners"},
        {"group only",
         [](D &d, C &) {
             d.users.clear();
             d.groups = {{u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_s, u"Finance"_s}};
         },
         ""},
        {"user id zero",
         [](D &d, C &) {
             d.users.append(D::User{0, {}});
         },
         "owners.users.1"},
        {"user not a member",
         [](D &d, C &) {
             d.users.append(D::User{4242, u"Ghost"_s});
         },
         "owners.users.1"},
        {"members not loaded",
         [](D &d, C &c) {
             d.users = {{4242, {}}};
             c.memberIds.clear();
         },
         ""},
        {"guest invalid", [](D &d, C &) { d.guests = {u"not-an-email"_s}; }, "owners.guests.0"},
        {"guest no tld", [](D &d, C &) { d.guests = {u"pat@client"_s}; }, "owners.guests.0"},
        {"guest double dot", [](D &d, C &) { d.guests = {u"pat..lo@client.example"_s}; },
         "owners.guests.0"},
        {"guest normalised", [](D &d, C &) { d.guests = {u" Pat@Client.Example "_s}; }, ""},
        {"guest duplicate collapses",
         [](D &d, C &) {
             d.guests = {u"pat@client.example"_s, u"PAT@client.example"_s, u"x"_s};
         },
         "owners.guests.1"}, // "x" is the second entry once normalised
        {"guest is a member", [](D &d, C &) { d.guests = {u"LEE@northwind.example"_s}; },
         "owners.guests.0"},
        {"guest company domain", [](D &d, C &) { d.guests = {u"new.hire@northwind.example"_s}; },
         "owners.guests.0", S::Warning},
        {"guest public domain", [](D &d, C &) { d.guests = {u"someone@gmail.com"_s}; }, ""},
        {"guest sso domain",
         [](D &d, C &c) {
             d.guests = {u"a@sso.example"_s};
             c.companyDomains = {u"@SSO.example"_s};
         },
         "owners.guests.0", S::Warning},
        {"guest without member",
         [](D &d, C &) {
             d.users.clear();
             d.guests = {u"pat@client.example"_s};
         },
         "owners.users"},
        {"guest with group only",
         [](D &d, C &) {
             d.users.clear();
             d.guests = {u"pat@client.example"_s};
             d.groups = {{u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_s, {}}};
         },
         "owners.users"},
        {"group not an id",
         [](D &d, C &) {
             d.groups = {{u"Finance"_s, u"Finance"_s}};
         },
         "owners.groups.0"},
        {"group uppercase id",
         [](D &d, C &) {
             d.groups = {{u"3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B"_s, {}}};
         },
         ""},
        // deadline, started_at
        {"no deadline", [](D &d, C &) { d.deadline = QDateTime(); }, "deadline"},
        {"deadline past", [](D &d, C &) { d.deadline = local(2026, 5, 31, 9, 0); }, "deadline",
         S::Warning},
        {"start after deadline", [](D &d, C &) { d.startedAt = local(2026, 6, 3, 9, 0); },
         "started_at"},
        {"start before deadline", [](D &d, C &) { d.startedAt = local(2026, 6, 1, 9, 0); }, ""},
        {"start equals deadline", [](D &d, C &) { d.startedAt = d.deadline; }, ""},
        // max_assignable
        {"max zero", [](D &d, C &) { d.maxAssignable = 0; }, "max_assignable"},
        {"max negative", [](D &d, C &) { d.maxAssignable = -2; }, "max_assignable"},
        {"max three", [](D &d, C &) { d.maxAssignable = 3; }, ""},
        // tags
        {"tag ok",
         [](D &d, C &) {
             d.tags = {{u"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s, u"p"_s}};
         },
         ""},
        {"tag name not id",
         [](D &d, C &) {
             d.tags = {{u"priority"_s, u"priority"_s}};
         },
         "tags.0"},
        // webhook
        {"webhook https", [](D &d, C &) { d.webhook = u"https://hooks.example/x?y=1"_s; }, ""},
        {"webhook http", [](D &d, C &) { d.webhook = u"http://hooks.example/x"_s; }, "webhook"},
        {"webhook relative", [](D &d, C &) { d.webhook = u"hooks.example/x"_s; }, "webhook"},
        {"webhook no host", [](D &d, C &) { d.webhook = u"https://"_s; }, "webhook"},
        {"webhook spaces", [](D &d, C &) { d.webhook = u"https://hooks example/x"_s; }, "webhook"},
        // run_id
        {"run ok", [](D &d, C &) { d.runId = OkRun; }, ""},
        {"run uppercase ok", [](D &d, C &) { d.runId = OkRun.toUpper(); }, ""},
        {"run not hex", [](D &d, C &) { d.runId = u"abc"_s; }, "run_id"},
        {"run locked", [](D &d, C &) { d.runId = LockedRun; }, "run_id"},
        {"run unknown", [](D &d, C &) { d.runId = u"ffffffffffffffffffffffffffffffff"_s; },
         "run_id", S::Warning},
        {"runs not loaded",
         [](D &d, C &c) {
             d.runId = LockedRun;
             c.runs.clear();
         },
         ""},
        // form_fields
        {"field ok", [](D &d, C &) { d.formFields = {formField("Name", "text")}; }, ""},
        {"field no label", [](D &d, C &) { d.formFields = {formField(" ", "text")}; },
         "form_fields.0.label"},
        {"field label 201",
         [](D &d, C &) {
             d.formFields = {formField("", "text")};
             d.formFields[0].label = repeat(u"x"_s, 201);
         },
         "form_fields.0.label"},
        {"field label 200 emoji",
         [](D &d, C &) {
             d.formFields = {formField("", "text")};
             d.formFields[0].label = repeat(Emoji, 200);
         },
         ""},
        {"second field",
         [](D &d, C &) {
             d.formFields = {formField("A", "text"), formField("", "date")};
         },
         "form_fields.1.label"},
        {"field email type", [](D &d, C &) { d.formFields = {formField("Mail", "email")}; },
         "form_fields.0.field_type"},
        {"field unknown type", [](D &d, C &) { d.formFields = {formField("N", "number")}; },
         "form_fields.0.field_type"},
        {"radio one option", [](D &d, C &) { d.formFields = {formField("R", "radio", {u"A"_s})}; },
         "form_fields.0.options"},
        {"radio two options",
         [](D &d, C &) {
             d.formFields = {formField("R", "radio", {u"A"_s, u"B"_s})};
         },
         ""},
        {"dropdown no options", [](D &d, C &) { d.formFields = {formField("D", "dropdown")}; },
         "form_fields.0.options"},
        {"dropdown one option",
         [](D &d, C &) { d.formFields = {formField("D", "dropdown", {u"A"_s})}; }, ""},
        {"multiselect no options",
         [](D &d, C &) { d.formFields = {formField("M", "multiselect")}; },
         "form_fields.0.options"},
        {"option empty text",
         [](D &d, C &) {
             d.formFields = {formField("D", "dropdown", {u"A"_s, u" "_s})};
         },
         "form_fields.0.options.1.text"},
        {"option duplicate",
         [](D &d, C &) {
             d.formFields = {formField("D", "dropdown", {u"A"_s, u"A "_s})};
         },
         "form_fields.0.options.1.text"},
        {"table no columns", [](D &d, C &) { d.formFields = {formField("T", "table")}; },
         "form_fields.0.columns"},
        {"table empty column",
         [](D &d, C &) {
             d.formFields = {formField("T", "table", {}, {u""_s, u"Qty"_s})};
         },
         "form_fields.0.columns.0.label"},
        {"table ok", [](D &d, C &) { d.formFields = {formField("T", "table", {}, {u"Item"_s})}; },
         ""},
        {"options ignored on text",
         [](D &d, C &) { d.formFields = {formField("T", "text", {u""_s})}; }, ""},
    };
    return table;
}

QJsonObject expected(const char *file) {
    return TestData::object(QString::fromLatin1(file));
}

} // namespace

void tst_OneOffTaskDraft::initTestCase() {
    // Proves the environment: summer time in Berlin is UTC+2, winter UTC+1.
    QCOMPARE(local(2026, 10, 9, 17, 0).offsetFromUtc(), 7200);
    QCOMPARE(local(2026, 1, 15, 9, 30).offsetFromUtc(), 3600);
}

void tst_OneOffTaskDraft::requestMatchesDocExample() {
    OneOffTaskDraft draft;
    draft.title = u"Approve Q4 hardware budget"_s;
    draft.taskType = u"approval"_s;
    draft.summary = u"Check the quote and record the delivery split before approving."_s;
    draft.users = {{1001, u"Ana Ruiz"_s}};
    draft.guests = {u"finance@supplier.example"_s};
    draft.deadline = local(2026, 10, 9, 17, 0);
    draft.startedAt = local(2026, 10, 5, 10, 0);
    draft.canCompleteOnlyAssignees = true;
    draft.tags = {{u"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s, u"priority"_s}};
    DraftFormField budget = formField("Budget source", "radio", {u"Operating"_s, u"Capital"_s});
    budget.required = true;
    draft.formFields = {budget, formField("Delivery split", "table", {}, {u"Site"_s, u"Units"_s})};

    const QJsonObject want = expected("draft_request_doc_example.json");
    QVERIFY(!want.isEmpty());
    const QJsonObject got = draft.toRequestJson();
    QVERIFY2(got == want, QJsonDocument(got).toJson().constData());
    QVERIFY(draft.validate(context()).canSend());
}

void tst_OneOffTaskDraft::requestMinimal() {
    OneOffTaskDraft draft;
    draft.title = u"  Call the supplier  "_s;
    draft.summary = u"   "_s;
    draft.users = {{1002, u"Lee Chan"_s}};
    draft.deadline = local(2026, 1, 15, 9, 30);
    const QJsonObject want = expected("draft_request_minimal.json");
    QVERIFY(!want.isEmpty());
    const QJsonObject got = draft.toRequestJson();
    QVERIFY2(got == want, QJsonDocument(got).toJson().constData());
    QVERIFY(got.value("owners"_L1).toObject().value("users"_L1).toArray().at(0).isDouble());
}

void tst_OneOffTaskDraft::requestFull() {
    OneOffTaskDraft draft;
    draft.title = u"Ship the \U0001F680 launch kit"_s;
    draft.taskType = u"expiring"_s;
    draft.summary = u"Pack the kit \U0001F4E6 and\nsend it before Friday."_s;
    draft.users = {{1001, u"Ana Ruiz"_s}, {1003, u"No Name"_s}};
    draft.guests = {u" Pat@Client.Example"_s, u"sam@client.example"_s, u"pat@client.example"_s};
    draft.groups = {{u"3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B"_s, u"Finance"_s}};
    // 29 March 2026 is the switch to summer time in Berlin: 00:00 is +01:00, 03:30 is +02:00.
    draft.deadline = local(2026, 3, 29, 3, 30);
    draft.startedAt = local(2026, 3, 29, 0, 0);
    draft.separateTaskForEachAssignee = true;
    draft.maxAssignable = 2;
    draft.everyoneMustComplete = true;
    draft.canCompleteOnlyAssignees = true;
    draft.preventGuestComment = true;
    draft.topSecret = true;
    draft.tags = {{u"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s, u"priority"_s},
                  {u"8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e"_s, u"Client onboarding"_s}};
    draft.webhook = u" https://hooks.example/tallyfy?secret=1 "_s;
    draft.runId = u"5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D"_s;
    draft.runName = u"Onboarding"_s;
    DraftFormField tracking = formField("Tracking number", "text");
    tracking.required = true;
    tracking.guidance = u"From the courier"_s;
    tracking.options = {u"left over from a radio"_s};
    DraftFormField date = formField("Shipped on", "date");
    date.required = true;
    draft.formFields = {tracking,
                        formField("Carrier", "dropdown", {u"DHL"_s, u" UPS "_s, u"FedEx"_s}),
                        formField("Contents", "multiselect", {u"Stickers"_s}),
                        date,
                        formField("Receipt", "file"),
                        formField(" Notes ", "textarea", {}, {u"stale column"_s}),
                        formField("Who signs", "assignees_form")};

    const QJsonObject want = expected("draft_request_full.json");
    QVERIFY(!want.isEmpty());
    const QJsonObject got = draft.toRequestJson();
    QVERIFY2(got == want, QJsonDocument(got).toJson().constData());
}

void tst_OneOffTaskDraft::requestSendsDescriptionUnderBothKeys_data() {
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("sent");
    QTest::newRow("plain") << u"Some description"_s << true;
    QTest::newRow("html and lines") << u"<p>One</p>\n<p>Two</p>"_s << true;
    QTest::newRow("kept untrimmed") << u"  padded  "_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u" \n\t "_s << false;
}

// tallyfy-api-notes.md 3.2: the create page documents `description`, live clients send `summary`.
void tst_OneOffTaskDraft::requestSendsDescriptionUnderBothKeys() {
    QFETCH(QString, summary);
    QFETCH(bool, sent);
    OneOffTaskDraft draft = validDraft();
    draft.summary = summary;
    const QJsonObject body = draft.toRequestJson();
    QCOMPARE(body.contains("description"_L1), sent);
    QCOMPARE(body.contains("summary"_L1), sent);
    if (sent) {
        QCOMPARE(body.value("description"_L1).toString(), summary);
        QCOMPARE(body.value("summary"_L1).toString(), summary);
    }
}

void tst_OneOffTaskDraft::requestOmitsUnsetKeys() {
    const QJsonObject body = validDraft().toRequestJson();
    QVERIFY(body.contains("everyone_must_complete"_L1));
    QVERIFY(!body.contains("description"_L1));
    QVERIFY(!body.contains("summary"_L1));
    QVERIFY(!body.contains("started_at"_L1));
    QVERIFY(!body.contains("max_assignable"_L1));
    QVERIFY(!body.contains("tags"_L1));
    QVERIFY(!body.contains("webhook"_L1));
    QVERIFY(!body.contains("run_id"_L1));
    QVERIFY(!body.contains("form_fields"_L1));
    const QJsonObject owners = body.value("owners"_L1).toObject();
    QVERIFY(owners.value("users"_L1).isArray());
    QVERIFY(owners.value("guests"_L1).isArray());
    QVERIFY(owners.value("groups"_L1).isArray());
}

void tst_OneOffTaskDraft::requestDates_data() {
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<QDateTime>("startedAt");
    QTest::addColumn<QString>("deadlineSent");
    QTest::addColumn<QString>("startedSent");
    // ISO 8601 in UTC with Z and no milliseconds, as the create page shows (1.5).
    QTest::newRow("summer, Berlin +02:00")
        << local(2026, 9, 30, 19, 0) << local(2026, 9, 28, 9, 0) << u"2026-09-30T17:00:00Z"_s
        << u"2026-09-28T07:00:00Z"_s;
    QTest::newRow("winter, Berlin +01:00")
        << local(2027, 1, 14, 16, 0) << QDateTime() << u"2027-01-14T15:00:00Z"_s << QString();
    QTest::newRow("already UTC") << QDateTime(QDate(2026, 7, 15), QTime(17, 0), Qt::UTC)
                                 << QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC)
                                 << u"2026-07-15T17:00:00Z"_s << u"2026-07-01T00:00:00Z"_s;
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2026, 7, 15), QTime(19, 0, 1, 999), Qt::LocalTime) << QDateTime()
        << u"2026-07-15T17:00:01Z"_s << QString();
}

void tst_OneOffTaskDraft::requestDates() {
    QFETCH(QDateTime, deadline);
    QFETCH(QDateTime, startedAt);
    QFETCH(QString, deadlineSent);
    QFETCH(QString, startedSent);
    OneOffTaskDraft draft = validDraft();
    draft.deadline = deadline;
    draft.startedAt = startedAt;
    const QJsonObject body = draft.toRequestJson();
    QCOMPARE(body.value("deadline"_L1).toString(), deadlineSent);
    QCOMPARE(body.contains("started_at"_L1), !startedSent.isEmpty());
    if (!startedSent.isEmpty())
        QCOMPARE(body.value("started_at"_L1).toString(), startedSent);
}

void tst_OneOffTaskDraft::descriptionLostIn_data() {
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QByteArray>("created");
    QTest::addColumn<bool>("lost");
    const QString text = u"Gather the data"_s;
    // tallyfy-api-notes.md 3.2: only an empty `summary` or `description` key in the 201 body
    // counts.
    QTest::newRow("neither key (the create page's example)")
        << text << QByteArray(R"({"id": "a", "title": "T"})") << false;
    QTest::newRow("summary kept") << text << QByteArray(R"({"summary": "Gather the data"})")
                                  << false;
    QTest::newRow("description kept")
        << text << QByteArray(R"({"description": "Gather the data"})") << false;
    QTest::newRow("summary empty") << text << QByteArray(R"({"summary": ""})") << true;
    QTest::newRow("summary null") << text << QByteArray(R"({"summary": null})") << true;
    QTest::newRow("summary blank") << text << QByteArray(R"({"summary": "  
"})") << true;
    QTest::newRow("description empty") << text << QByteArray(R"({"description": ""})") << true;
    QTest::newRow("both empty") << text << QByteArray(R"({"summary": "", "description": null})")
                                << true;
    QTest::newRow("summary empty, description kept")
        << text << QByteArray(R"({"summary": "", "description": "Gather the data"})") << false;
    QTest::newRow("description empty, summary kept")
        << text << QByteArray(R"({"summary": "<p>Gather the data</p>", "description": ""})")
        << false;
    QTest::newRow("original_summary only")
        << text << QByteArray(R"({"original_summary": ""})") << false;
    QTest::newRow("nothing sent, summary empty")
        << QString() << QByteArray(R"({"summary": ""})") << false;
    QTest::newRow("blank sent, summary empty")
        << u"   "_s << QByteArray(R"({"summary": ""})") << false;
}

void tst_OneOffTaskDraft::descriptionLostIn() {
    QFETCH(QString, sent);
    QFETCH(QByteArray, created);
    QFETCH(bool, lost);
    OneOffTaskDraft draft = validDraft();
    draft.summary = sent;
    const QJsonObject createdTask = QJsonDocument::fromJson(created).object();
    QVERIFY(!createdTask.isEmpty());
    QCOMPARE(draft.descriptionLostIn(createdTask), lost);
}

void tst_OneOffTaskDraft::validDraftHasNoProblems() {
    const ValidationResult result = validDraft().validate(context());
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.paths().join(u',')));
}

void tst_OneOffTaskDraft::validation_data() {
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << static_cast<int>(i);
}

void tst_OneOffTaskDraft::validation() {
    QFETCH(int, index);
    const Case &c = cases().at(static_cast<size_t>(index));
    OneOffTaskDraft draft = validDraft();
    DraftContext ctx = context();
    c.mutate(draft, ctx);
    const ValidationResult result = draft.validate(ctx);
    const QString path = QString::fromLatin1(c.path);
    if (path.isEmpty()) {
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.paths().join(u',')));
        QVERIFY(result.canSend());
        return;
    }
    QVERIFY2(result.problems.size() == 1, qPrintable(result.paths().join(u',')));
    const ValidationResult::Problem &problem = result.problems.first();
    QCOMPARE(problem.path, path);
    QCOMPARE(problem.severity, c.severity);
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(result.canSend(), c.severity == S::Warning);
}

void tst_OneOffTaskDraft::everythingWrongAtOnce() {
    OneOffTaskDraft draft;
    draft.title = repeat(Emoji, 601);
    draft.taskType = u"nope"_s;
    draft.guests = {u"bad"_s};
    draft.groups = {{u"g"_s, {}}};
    draft.startedAt = local(2026, 6, 3, 9, 0);
    draft.maxAssignable = 0;
    draft.tags = {{u"t"_s, {}}};
    draft.webhook = u"ftp://x"_s;
    draft.runId = u"r"_s;
    draft.formFields = {formField("", "email")};
    const ValidationResult result = draft.validate(context());
    QCOMPARE(result.paths(),
             (QStringList{u"title"_s, u"task_type"_s, u"owners.guests.0"_s, u"owners.users"_s,
                          u"owners.groups.0"_s, u"deadline"_s, u"max_assignable"_s, u"tags.0"_s,
                          u"webhook"_s, u"run_id"_s, u"form_fields.0.label"_s,
                          u"form_fields.0.field_type"_s}));
    QVERIFY(!result.canSend());
    QCOMPARE(result.underPath(u"form_fields.0"_s).size(), 2);
}

void tst_OneOffTaskDraft::normalizeGuests() {
    QCOMPARE(OneOffTaskDraft::normalizeGuest(u"  Pat@Client.EXAMPLE \n"_s),
             u"pat@client.example"_s);
    QCOMPARE(OneOffTaskDraft::normalizeGuests(
                 {u"B@x.example"_s, u" "_s, u"a@x.example"_s, u"b@X.example"_s, QString()}),
             (QStringList{u"b@x.example"_s, u"a@x.example"_s}));
}

void tst_OneOffTaskDraft::codePoints() {
    QCOMPARE(OneOffTaskDraft::codePointCount(QString()), 0);
    QCOMPARE(OneOffTaskDraft::codePointCount(u"abc"_s), 3);
    QCOMPARE(OneOffTaskDraft::codePointCount(Emoji), 1);
    QCOMPARE(Emoji.size(), 2);
    QCOMPARE(OneOffTaskDraft::codePointCount(u"a\U0001F680b\u00e9"_s), 4);
    // A lone surrogate still counts as one character rather than vanishing.
    QCOMPARE(OneOffTaskDraft::codePointCount(QString(QChar(0xD800))), 1);
}

void tst_OneOffTaskDraft::draftRoundTrip() {
    OneOffTaskDraft draft;
    draft.title = u"Round \U0001F680 trip"_s;
    draft.taskType = u"approval"_s;
    draft.summary = u"<p>Line</p>\nTwo"_s;
    draft.users = {{1001, u"Ana Ruiz"_s}, {1002, QString()}};
    draft.guests = {u"Pat@Client.Example"_s}; // kept as typed in the draft file
    draft.groups = {{u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_s, u"Finance"_s}};
    draft.deadline = QDateTime(QDate(2026, 10, 9), QTime(17, 0, 30), Qt::LocalTime);
    draft.startedAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC); // any spec in
    draft.separateTaskForEachAssignee = true;
    draft.maxAssignable = 4;
    draft.everyoneMustComplete = true;
    draft.canCompleteOnlyAssignees = true;
    draft.preventGuestComment = true;
    draft.topSecret = true;
    draft.tags = {{u"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s, u"priority"_s}};
    draft.webhook = u"https://hooks.example/x"_s;
    draft.runId = OkRun;
    draft.runName = u"Onboarding"_s;
    DraftFormField radio = formField("Pick", "radio", {u"A"_s, u"B"_s});
    radio.required = true;
    radio.guidance = u"Choose one"_s;
    draft.formFields = {radio, formField("T", "table", {}, {u"Item"_s, u"Qty"_s}),
                        formField("Odd", "future_type")};

    const QJsonObject json = draft.toDraftJson();
    const OneOffTaskDraft back = OneOffTaskDraft::fromDraftJson(json);
    QVERIFY(back == draft);
    QCOMPARE(back.toDraftJson(), json);
    QCOMPARE(back.toRequestJson(), draft.toRequestJson());

    // Through bytes on disk as well.
    const QByteArray bytes = QJsonDocument(json).toJson();
    QVERIFY(OneOffTaskDraft::fromDraftJson(QJsonDocument::fromJson(bytes).object()) == draft);

    // Unset optional values survive too.
    const OneOffTaskDraft empty;
    QVERIFY(OneOffTaskDraft::fromDraftJson(empty.toDraftJson()) == empty);
}

void tst_OneOffTaskDraft::draftJsonKeepsInstantsInUtc() {
    OneOffTaskDraft draft;
    draft.deadline = local(2026, 10, 9, 17, 0);
    const QJsonObject json = draft.toDraftJson();
    // The request's form: ISO 8601 in UTC with Z, to the second.
    QCOMPARE(json.value("deadline"_L1).toString(), u"2026-10-09T15:00:00Z"_s);
    QVERIFY(json.value("started_at"_L1).isNull());
    QVERIFY(json.value("max_assignable"_L1).isNull());
    const OneOffTaskDraft back = OneOffTaskDraft::fromDraftJson(json);
    QCOMPARE(back.deadline.timeSpec(), Qt::LocalTime);
    QCOMPARE(back.deadline.time(), QTime(17, 0));

    // A draft written with a local offset still reads back as the same instant.
    QJsonObject withOffset = json;
    withOffset.insert(u"deadline"_s, u"2026-10-09T17:00:00.000+02:00"_s);
    QCOMPARE(OneOffTaskDraft::fromDraftJson(withOffset).deadline, draft.deadline);

    // So does a draft file written with milliseconds, as earlier versions did.
    QJsonObject withMilliseconds = json;
    withMilliseconds.insert(u"deadline"_s, u"2026-10-09T15:00:00.000Z"_s);
    QCOMPARE(OneOffTaskDraft::fromDraftJson(withMilliseconds).deadline, draft.deadline);

    // Sub-second parts are not kept: the file holds what would be sent.
    draft.startedAt = QDateTime(QDate(2026, 10, 5), QTime(10, 0, 0, 999), Qt::LocalTime);
    QCOMPARE(draft.toDraftJson().value("started_at"_L1).toString(), u"2026-10-05T08:00:00Z"_s);
}

void tst_OneOffTaskDraft::corruptDraft_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"title": "Half", "owners": {"users": [10)");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage \x01", 14);
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
    QTest::newRow("wrong types") << QByteArray(
        R"({"title": 5, "task_type": [], "summary": {}, "owners": "all",
            "deadline": 123, "started_at": "yesterday", "separate_task_for_each_assignee": "maybe",
            "max_assignable": "lots", "tags": "x", "webhook": null, "run_id": 7,
            "form_fields": {"a": 1}, "version": "x"})");
    QTest::newRow("wrong inner types") << QByteArray(
        R"({"owners": {"users": [null, "x", {"id": "abc"}, {"name": 3}, 7], "guests": [1, null, {}],
                       "groups": [null, 5, {"id": []}]},
            "tags": [null, 5, {}, {"id": {"x": 1}}],
            "form_fields": [1, "x", null, {"options": "x", "columns": 5},
                            {"options": [null, {}, "a", 2], "required": "yes", "field_type": ""}]})");
    QTest::newRow("huge max") << QByteArray(
        R"({"max_assignable": 1e300, "deadline": "9999-99-99"})");
    QTest::newRow("deep nesting") << QByteArray(
        R"({"owners": {"users": [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}, "form_fields": [[[[[{}]]]]]})");
}

void tst_OneOffTaskDraft::corruptDraft() {
    QFETCH(QByteArray, bytes);
    const QJsonObject obj = QJsonDocument::fromJson(bytes).object();
    const OneOffTaskDraft draft = OneOffTaskDraft::fromDraftJson(obj);
    // Whatever came in, the result is a usable draft: serialisable, validatable, stable.
    const QJsonObject json = draft.toDraftJson();
    QVERIFY(OneOffTaskDraft::fromDraftJson(json) == draft);
    QVERIFY(!draft.taskType.isEmpty());
    QVERIFY(!draft.deadline.isValid() || draft.deadline.date().isValid());
    const QJsonObject request = draft.toRequestJson();
    QVERIFY(request.value("owners"_L1).isObject());
    const ValidationResult result = draft.validate(context());
    QVERIFY(result.hasErrors()); // none of these is a complete task
    for (const OneOffTaskDraft::User &user : draft.users)
        QVERIFY(user.id != 0 || !user.displayName.isEmpty());
}

void tst_OneOffTaskDraft::isEmpty() {
    QVERIFY(OneOffTaskDraft{}.isEmpty());
    QVERIFY(OneOffTaskDraft::fromDraftJson({}).isEmpty());
    OneOffTaskDraft draft;
    draft.topSecret = true;
    QVERIFY(!draft.isEmpty());
    QCOMPARE(OneOffTaskDraft{}.taskType, u"task"_s);
}

QTEST_GUILESS_MAIN(tst_OneOffTaskDraft)
#include "tst_OneOffTaskDraft.moc"
