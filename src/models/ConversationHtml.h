#pragma once

#include "core/domain/Thread.h"
#include "models/NameDirectory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// A task's comments as one HTML document for a read-only text view: each thread with its
/// author by name, its local time, a badge for its kind (problem, resolved problem, resolution,
/// improvement, advice) and its content cleaned by SafeHtml, with member mentions (`@[id]`)
/// shown as names. Nothing the server sent reaches the document unescaped or uncleaned.
class ConversationHtml final {
    Q_DECLARE_TR_FUNCTIONS(ConversationHtml)

public:
    /// Colours of the badges and the muted text, chosen by the view for its palette (`#rrggbb`).
    struct Colors final {
        QString problem = QStringLiteral("#b3261e");
        QString resolved = QStringLiteral("#1b6e3a");
        QString other = QStringLiteral("#3a5a99");
        QString muted = QStringLiteral("#666666");
    };

    /// The document: oldest thread first (the server's order where dates tie or are missing).
    [[nodiscard]] static QString render(const QList<Thread> &threads, const NameDirectory &names,
                                        const Colors &colors);
    /// The text of a thread's badge ("Problem", "Resolved problem", ...); empty for a comment.
    [[nodiscard]] static QString badge(const Thread &thread);
    /// `html` (already clean) with every `@[id]` of a member written as a bold `@Name`.
    [[nodiscard]] static QString withMentionNames(const QString &html, const NameDirectory &names);
};
