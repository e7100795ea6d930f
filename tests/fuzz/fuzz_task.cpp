// libFuzzer target: the task parser (Task::fromResponseBody) and the lazy accessors that the
// task view calls on what it returns.

#include "FuzzCheck.h"

#include "core/domain/Task.h"
#include "core/domain/TaskIncludes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

// Dates are documented as UTC or invalid; the views rely on it when they format them.
void checkUtc(const QDateTime &dateTime) {
    if (dateTime.isValid())
        FUZZ_CHECK(dateTime.timeSpec() == Qt::UTC);
}

void touchOwners(const TaskOwners &owners) {
    const QJsonObject json = owners.toJson();
    FUZZ_CHECK(json.value("users"_L1).isArray());
    FUZZ_CHECK(json.value("guests"_L1).isArray());
    FUZZ_CHECK(json.value("groups"_L1).isArray());
    FUZZ_CHECK(owners.userIds().size() == owners.users.size());
    FUZZ_CHECK(owners.groupIds().size() == owners.groups.size());
    FUZZ_CHECK(owners.isEmpty() ==
               (owners.users.isEmpty() && owners.guests.isEmpty() && owners.groups.isEmpty()));
}

void touchFormField(const FormField &field) {
    FUZZ_CHECK(!field.id.isEmpty());
    FUZZ_CHECK(field.type == FormField::typeFromString(field.typeName));
    (void)FormField::typeDisplayName(field.typeName);
    (void)FormField::typeToString(field.type);
    const bool answered = field.isAnswered();
    const QString answer = field.answerText();
    if (!answered)
        FUZZ_CHECK(answer.isEmpty());
    checkUtc(field.dateValue);
    touchOwners(field.assignees);
}

void touchTask(const Task &task) {
    FUZZ_CHECK(!task.id.isEmpty());
    FUZZ_CHECK(!task.raw.isEmpty());

    (void)task.statusDisplayText();
    (void)task.typeDisplayText();
    FUZZ_CHECK(task.isCompleted() == (task.status == "completed"_L1));
    FUZZ_CHECK(task.isArchived() == task.archivedAt.isValid());

    checkUtc(task.startedAt);
    checkUtc(task.deadline);
    checkUtc(task.createdAt);
    checkUtc(task.lastUpdated);
    checkUtc(task.completedAt);
    checkUtc(task.archivedAt);

    const QStringList includes = task.unmodelledIncludeKeys();
    for (const QString &key : includes) {
        FUZZ_CHECK(TaskIncludes::keys().contains(key));
        FUZZ_CHECK(task.raw.contains(key));
        FUZZ_CHECK(!task.includeValue(key).isNull());
    }

    const QStringList others = task.otherFieldKeys();
    FUZZ_CHECK(std::is_sorted(others.cbegin(), others.cend()));
    for (const QString &key : others) {
        FUZZ_CHECK(task.raw.contains(key));
        FUZZ_CHECK(!Task::documentedFieldKeys().contains(key));
        FUZZ_CHECK(!TaskIncludes::keys().contains(key));
        (void)task.includeValue(key);
    }

    touchOwners(task.owners);
    for (const FormField &field : task.formFields)
        touchFormField(field);
    if (!task.formFields.isEmpty())
        FUZZ_CHECK(task.formFieldsIncluded);
    if (!task.tags.isEmpty())
        FUZZ_CHECK(task.tagsIncluded);
    if (!task.threads.isEmpty())
        FUZZ_CHECK(task.threadsIncluded);
    if (task.run) {
        FUZZ_CHECK(!task.run->id.isEmpty());
        checkUtc(task.run->startedAt);
        checkUtc(task.run->dueDate);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    QString error;
    const std::optional<Task> task = Task::fromResponseBody(body, &error);
    if (!task) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    touchTask(*task);

    // Parsing the object it was built from gives the same task again.
    const std::optional<Task> again = Task::fromJson(task->raw);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->id == task->id);
    FUZZ_CHECK(again->formFields.size() == task->formFields.size());
    return 0;
}
