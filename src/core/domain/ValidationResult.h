#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The problems found in a draft, keyed by the dotted paths the server uses in 422 errors
/// (`title`, `owners.guests.0`, `form_fields.1.options`, ...). Errors block sending; warnings
/// do not.
struct ValidationResult final {
    enum class Severity { Error, Warning };

    struct Problem final {
        QString path;    ///< dotted path as in a 422 `errors` key
        QString message; ///< translated, user-facing
        Severity severity = Severity::Error;
        bool operator==(const Problem &) const = default;
    };

    QList<Problem> problems; ///< in the order the form shows its inputs

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] bool hasWarnings() const;
    /// No errors (warnings allowed): the draft may be sent.
    [[nodiscard]] bool canSend() const { return !hasErrors(); }
    [[nodiscard]] QList<Problem> errors() const;
    [[nodiscard]] QList<Problem> warnings() const;
    /// Problems whose path is `path` exactly.
    [[nodiscard]] QList<Problem> forPath(const QString &path) const;
    /// Problems whose path is `prefix` or starts with `prefix` + ".".
    [[nodiscard]] QList<Problem> underPath(const QString &prefix) const;
    /// Distinct paths, in order.
    [[nodiscard]] QStringList paths() const;

    void addError(const QString &path, const QString &message);
    void addWarning(const QString &path, const QString &message);
};
