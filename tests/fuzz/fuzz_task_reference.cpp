// libFuzzer target: TaskReference::parse over the input read as UTF-8 and as UTF-16.

#include "FuzzCheck.h"

#include "core/domain/Json.h"
#include "core/domain/TaskReference.h"

#include <QChar>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

void check(const QString &text) {
    const TaskReference ref = TaskReference::parse(text);
    FUZZ_CHECK(ref.isValid() == (ref.problem == TaskReference::Problem::None));
    FUZZ_CHECK(ref.errorText().isEmpty() == ref.isValid());
    if (!ref.isValid()) {
        FUZZ_CHECK(ref.taskId.isEmpty());
        FUZZ_CHECK(ref.orgId.isEmpty());
        FUZZ_CHECK(ref.runId.isEmpty());
        FUZZ_CHECK((ref.problem == TaskReference::Problem::Empty) == text.trimmed().isEmpty());
        return;
    }
    // Whatever was found is a well-formed ID, never a guess.
    FUZZ_CHECK(Json::isHexId(ref.taskId));
    FUZZ_CHECK(ref.orgId.isEmpty() || Json::isHexId(ref.orgId));
    FUZZ_CHECK(ref.runId.isEmpty() || Json::isHexId(ref.runId));

    // The ID it found is itself a reference to the same task.
    const TaskReference again = TaskReference::parse(ref.taskId);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.taskId == ref.taskId);
    FUZZ_CHECK(again.orgId.isEmpty() && again.runId.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));

    // UTF-16 reaches what UTF-8 decoding never produces: lone surrogates, U+FFFE, ...
    if (size >= sizeof(char16_t)) {
        QString utf16(static_cast<qsizetype>(size / sizeof(char16_t)), Qt::Uninitialized);
        std::memcpy(utf16.data(), data, static_cast<size_t>(utf16.size()) * sizeof(char16_t));
        check(utf16);
    }
    return 0;
}
