#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

/// A comment thread entry (the `threads` include of a task, tallyfy-api-notes.md 2.3).
struct Thread final {
    QString id; ///< 32 hex
    QString content;
    QString label; ///< comment, problem, resolve, improvement, advice; unknown kept as-is
    QString state; ///< hide-for-guests, open, collapsed; unknown kept as-is
    std::optional<qint64> authorId;
    QDateTime createdAt; ///< UTC; invalid when absent
    QString resolveId;   ///< the resolution's thread on a resolved problem; else empty
    QJsonObject raw;

    /// A problem nobody resolved yet: labelled `problem` and without a `resolve_id`
    /// (tallyfy-api-notes.md 6.6).
    [[nodiscard]] bool isOpenProblem() const;

    /// Fails only when the object has no `id`.
    static std::optional<Thread> fromJson(const QJsonObject &obj, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Thread)
