#include "core/domain/ValidationResult.h"

#include <algorithm>

bool ValidationResult::hasErrors() const {
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity == Severity::Error; });
}

bool ValidationResult::hasWarnings() const {
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity == Severity::Warning; });
}

QList<ValidationResult::Problem> ValidationResult::errors() const {
    QList<Problem> result;
    for (const Problem &problem : problems) {
        if (problem.severity == Severity::Error)
            result.append(problem);
    }
    return result;
}

QList<ValidationResult::Problem> ValidationResult::warnings() const {
    QList<Problem> result;
    for (const Problem &problem : problems) {
        if (problem.severity == Severity::Warning)
            result.append(problem);
    }
    return result;
}

QList<ValidationResult::Problem> ValidationResult::forPath(const QString &path) const {
    QList<Problem> result;
    for (const Problem &problem : problems) {
        if (problem.path == path)
            result.append(problem);
    }
    return result;
}

QList<ValidationResult::Problem> ValidationResult::underPath(const QString &prefix) const {
    QList<Problem> result;
    for (const Problem &problem : problems) {
        if (problem.path == prefix ||
            (problem.path.startsWith(prefix) && problem.path.size() > prefix.size() &&
             problem.path.at(prefix.size()) == u'.'))
            result.append(problem);
    }
    return result;
}

QStringList ValidationResult::paths() const {
    QStringList result;
    for (const Problem &problem : problems) {
        if (!result.contains(problem.path))
            result.append(problem.path);
    }
    return result;
}

void ValidationResult::addError(const QString &path, const QString &message) {
    problems.append(Problem{path, message, Severity::Error});
}

void ValidationResult::addWarning(const QString &path, const QString &message) {
    problems.append(Problem{path, message, Severity::Warning});
}
