#include "gui/newtask/DraftAreas.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

struct AreaInfo {
    QLatin1StringView key;
    const char *name;
};

// The areas top to bottom, with the names a summary line gives them.
constexpr AreaInfo areas[] = {
    {"title"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Title")},
    {"task_type"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Task type")},
    {"summary"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Description")},
    {"owners"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Assignees")},
    {"deadline"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Deadline")},
    {"started_at"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Start")},
    {"tags"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Tags")},
    {"options"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "More options")},
    {"max_assignable"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Maximum assignees")},
    {"webhook"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Webhook URL")},
    {"run_id"_L1, QT_TRANSLATE_NOOP("NewTaskForm", "Attach to process")},
};
constexpr QLatin1StringView formFieldsArea = "form_fields"_L1;
constexpr qsizetype areaCount = qsizetype(std::size(areas));

// The request's option flags, shown together under "More options".
constexpr QLatin1StringView optionFlags[] = {
    "separate_task_for_each_assignee"_L1,
    "everyone_must_complete"_L1,
    "can_complete_only_assignees"_L1,
    "prevent_guest_comment"_L1,
    "top_secret"_L1,
    "is_soft_start_date"_L1,
    "status"_L1,
};

qsizetype rankOf(const QString &path) {
    const QString area = DraftAreas::areaOf(path);
    const auto at = std::find_if(std::begin(areas), std::end(areas),
                                 [&area](const AreaInfo &info) { return area == info.key; });
    if (at != std::end(areas))
        return std::distance(std::begin(areas), at);
    return area == formFieldsArea ? areaCount : areaCount + 1;
}

std::optional<int> numberAt(const QString &path, int section) {
    bool ok = false;
    const int number = path.section(u'.', section, section).toInt(&ok);
    return ok && number >= 0 ? std::optional<int>(number) : std::nullopt;
}

} // namespace

QString DraftAreas::formFields() {
    return formFieldsArea;
}

QStringList DraftAreas::keys() {
    QStringList keys;
    for (const AreaInfo &area : areas)
        keys.append(area.key);
    return keys;
}

QString DraftAreas::areaOf(const QString &path) {
    const QString head = path.section(u'.', 0, 0);
    if (head == formFieldsArea)
        return head;
    for (const AreaInfo &area : areas) {
        if (head == area.key)
            return head;
    }
    if (head == "description"_L1)
        return u"summary"_s;
    for (const QLatin1StringView flag : optionFlags) {
        if (head == flag)
            return u"options"_s;
    }
    return {};
}

QString DraftAreas::name(const QString &path) {
    const QString area = areaOf(path);
    if (area == formFieldsArea) {
        const std::optional<int> index = formFieldIndex(path);
        return index ? tr("Form field %1").arg(*index + 1) : tr("Form fields");
    }
    for (const AreaInfo &info : areas) {
        if (area == info.key)
            return tr(info.name);
    }
    return path;
}

bool DraftAreas::isInMoreOptions(const QString &area) {
    return area == "options"_L1 || area == "max_assignable"_L1 || area == "webhook"_L1 ||
           area == "run_id"_L1;
}

std::optional<int> DraftAreas::formFieldIndex(const QString &path) {
    if (areaOf(path) != formFieldsArea)
        return std::nullopt;
    return numberAt(path, 1);
}

QString DraftAreas::formFieldPart(const QString &path) {
    if (!formFieldIndex(path))
        return {};
    return path.section(u'.', 2, 2);
}

std::optional<int> DraftAreas::formFieldItem(const QString &path) {
    const QString part = formFieldPart(path);
    if (part != "options"_L1 && part != "columns"_L1)
        return std::nullopt;
    return numberAt(path, 3);
}

QList<ValidationResult::Problem>
DraftAreas::inFormOrder(QList<ValidationResult::Problem> problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ValidationResult::Problem &a, const ValidationResult::Problem &b) {
                         return rankOf(a.path) < rankOf(b.path);
                     });
    return problems;
}

QStringList DraftAreas::reasons(const QList<ValidationResult::Problem> &problems) {
    QStringList lines;
    for (const ValidationResult::Problem &problem : problems) {
        const QString line = name(problem.path) + u": "_s + problem.message;
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines;
}

DraftAreas::ServerErrors DraftAreas::fromServer(const QMap<QString, QStringList> &fieldErrors) {
    ServerErrors errors;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        const QString area = areaOf(it.key());
        for (const QString &message : it.value()) {
            if (area.isEmpty())
                errors.unplaced.append(it.key() + u": "_s + message);
            errors.problems.append(
                ValidationResult::Problem{it.key(), message, ValidationResult::Severity::Error});
        }
        errors.areas.insert(area);
    }
    return errors;
}
