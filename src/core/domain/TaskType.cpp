#include "core/domain/TaskType.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Spec {
    QLatin1StringView key;
    const char *name;
    const char *explanation;
};

// The five types, in the order the form offers them; the default first.
constexpr std::array Specs{
    Spec{"task"_L1, QT_TRANSLATE_NOOP("TaskType", "Task"),
         QT_TRANSLATE_NOOP("TaskType", "A piece of work that assignees mark as complete.")},
    Spec{"approval"_L1, QT_TRANSLATE_NOOP("TaskType", "Approve/Reject"),
         QT_TRANSLATE_NOOP("TaskType",
                           "Assignees approve or reject it; completing it records the decision.")},
    Spec{"expiring"_L1, QT_TRANSLATE_NOOP("TaskType", "Expiring"),
         QT_TRANSLATE_NOOP("TaskType",
                           "Assignees acknowledge it; it completes itself at the deadline.")},
    Spec{"email"_L1, QT_TRANSLATE_NOOP("TaskType", "Email draft"),
         QT_TRANSLATE_NOOP("TaskType", "An email that an assignee reviews and sends by hand.")},
    Spec{"expiring_email"_L1, QT_TRANSLATE_NOOP("TaskType", "Email auto-send"),
         QT_TRANSLATE_NOOP("TaskType", "An email that is sent automatically at the deadline.")},
};

const Spec *find(const QString &key) {
    const auto found = std::find_if(Specs.cbegin(), Specs.cend(),
                                    [&key](const Spec &spec) { return spec.key == key; });
    return found == Specs.cend() ? nullptr : &*found;
}

QString translated(const char *text) {
    return QCoreApplication::translate("TaskType", text);
}

} // namespace

QList<TaskType> TaskType::all() {
    QList<TaskType> types;
    types.reserve(qsizetype(Specs.size()));
    for (const Spec &spec : Specs)
        types.append({spec.key, translated(spec.name), translated(spec.explanation)});
    return types;
}

bool TaskType::isKnown(const QString &key) {
    return find(key) != nullptr;
}

QString TaskType::displayName(const QString &key) {
    const Spec *spec = find(key);
    return spec ? translated(spec->name) : key;
}

QString TaskType::defaultKey() {
    return Specs.front().key;
}
