#pragma once

#include <QMetaType>
#include <QString>

/// What the lookup box understood (tallyfy-api-notes.md 1.4 app rule): a task ID, or a pasted web
/// link with the 32-hex segment after `tasks` (plus the org and process when the link shows
/// them), or an explanation of why not. Never guesses.
struct TaskReference final {
    enum class Problem {
        None,
        Empty,             ///< nothing typed
        NotTaskId,         ///< wrong length or non-hex characters
        LinkWithoutTaskId, ///< a link, but no 32-hex segment after `tasks`
    };

    QString taskId; ///< 32 lowercase hex when valid
    QString orgId;  ///< from a link, when it shows one; else empty
    QString runId;  ///< from a `processes/<run>` or `runs/<run>` link segment; else empty
    Problem problem = Problem::Empty;

    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
    /// A translated sentence a person understands; empty when valid.
    [[nodiscard]] QString errorText() const;

    /// Trims and lowercases `text`, then accepts a bare 32-hex ID or a link such as
    /// `https://go.tallyfy.com/<org>/tasks/<task>`, `.../<org>/processes/<run>/tasks/<task>`,
    /// API paths `/organizations/<org>/[runs/<run>/]tasks/<task>`, with any query or fragment.
    static TaskReference parse(const QString &text);
};

Q_DECLARE_METATYPE(TaskReference)
