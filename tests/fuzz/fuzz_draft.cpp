// libFuzzer target: the one-off task draft's on-disk JSON (OneOffTaskDraft::fromDraftJson /
// toDraftJson), the request body built from it, and its validation.
//
// fromDraftJson promises to round-trip toDraftJson exactly. That is checked twice: on the
// QJsonObject itself, and through the compact JSON text that the settings store on disk.

#include "FuzzCheck.h"

#include "core/domain/DraftContext.h"
#include "core/domain/OneOffTaskDraft.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTime>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// The draft keeps local times; a zone with DST and a non-zero offset makes the local <-> UTC
// conversions do real work (UTC, the default on build machines, would hide their bugs).
constexpr const char *kTimeZone = "Europe/Berlin";

void checkRequestJson(const OneOffTaskDraft &draft, bool canSend) {
    const QJsonObject body = draft.toRequestJson();
    FUZZ_CHECK(body.value("title"_L1).toString() == draft.title.trimmed());
    FUZZ_CHECK(body.value("task_type"_L1).toString() == draft.taskType);
    FUZZ_CHECK(body.contains("summary"_L1) == !draft.summary.trimmed().isEmpty());
    FUZZ_CHECK(body.contains("description"_L1) == body.contains("summary"_L1));
    FUZZ_CHECK(body.value("description"_L1) == body.value("summary"_L1));

    const QJsonObject owners = body.value("owners"_L1).toObject();
    FUZZ_CHECK(owners.value("users"_L1).toArray().size() == draft.users.size());
    FUZZ_CHECK(owners.value("groups"_L1).toArray().size() == draft.groups.size());
    FUZZ_CHECK(owners.value("guests"_L1).toArray() ==
               QJsonArray::fromStringList(OneOffTaskDraft::normalizeGuests(draft.guests)));

    for (const char *key : {"separate_task_for_each_assignee", "everyone_must_complete",
                            "can_complete_only_assignees", "prevent_guest_comment", "top_secret"})
        FUZZ_CHECK(body.value(QLatin1StringView(key)).isBool());

    FUZZ_CHECK(body.contains("deadline"_L1) == draft.deadline.isValid());
    FUZZ_CHECK(body.contains("started_at"_L1) == draft.startedAt.isValid());
    FUZZ_CHECK(body.contains("max_assignable"_L1) == draft.maxAssignable.has_value());
    FUZZ_CHECK(body.contains("form_fields"_L1) == !draft.formFields.isEmpty());

    if (!canSend)
        return;
    // What may be sent is what the create page shows: ISO 8601 in UTC, `Z`, no milliseconds.
    static const QRegularExpression apiDate(
        QRegularExpression::anchoredPattern(u"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"_s));
    FUZZ_CHECK(apiDate.match(body.value("deadline"_L1).toString()).hasMatch());
    if (body.contains("started_at"_L1))
        FUZZ_CHECK(apiDate.match(body.value("started_at"_L1).toString()).hasMatch());
}

void checkValidation(const OneOffTaskDraft &draft, const DraftContext &context) {
    const ValidationResult result = draft.validate(context);
    for (const ValidationResult::Problem &problem : result.problems) {
        FUZZ_CHECK(!problem.path.isEmpty());
        FUZZ_CHECK(!problem.message.isEmpty());
    }
    FUZZ_CHECK(result.canSend() == result.errors().isEmpty());
    if (result.canSend()) {
        FUZZ_CHECK(!draft.title.trimmed().isEmpty());
        FUZZ_CHECK(draft.deadline.isValid());
        FUZZ_CHECK(!draft.users.isEmpty() ||
                   !OneOffTaskDraft::normalizeGuests(draft.guests).isEmpty() ||
                   !draft.groups.isEmpty());
    }
    checkRequestJson(draft, result.canSend());
}

DraftContext loadedContext() {
    DraftContext context;
    context.memberEmails = {u"Ana@Example.com"_s, u"bo@gmail.com"_s};
    context.memberIds = {1, 2, 3};
    Run open;
    open.id = u"0123456789abcdef0123456789abcdef"_s;
    open.canAddOot = true;
    Run closed;
    closed.id = u"fedcba9876543210fedcba9876543210"_s;
    closed.name = u"Closed"_s;
    closed.canAddOot = false;
    context.runs = {open, closed};
    context.companyDomains = {u"@corp.example"_s};
    context.now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    return context;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char *** /*argv*/) {
    setenv("TZ", kTimeZone, 1);
    tzset();
    // Without tzdata the zone silently falls back to UTC; then this target would test less.
    const QDateTime summer(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    FUZZ_CHECK(summer.toLocalTime().offsetFromUtc() == 2 * 3600);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;

    const OneOffTaskDraft first = OneOffTaskDraft::fromDraftJson(document.object());
    const QJsonObject saved = first.toDraftJson();

    const OneOffTaskDraft second = OneOffTaskDraft::fromDraftJson(saved);
    FUZZ_CHECK(second == first);

    const QByteArray onDisk = QJsonDocument(saved).toJson(QJsonDocument::Compact);
    const QJsonDocument reread = QJsonDocument::fromJson(onDisk, &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError && reread.isObject());
    FUZZ_CHECK(OneOffTaskDraft::fromDraftJson(reread.object()) == first);

    FUZZ_CHECK(!first.taskType.isEmpty());
    FUZZ_CHECK(OneOffTaskDraft::codePointCount(first.title) <= first.title.size());
    (void)first.isEmpty();

    checkValidation(first, DraftContext{});
    static const DraftContext loaded = loadedContext();
    checkValidation(first, loaded);
    return 0;
}
