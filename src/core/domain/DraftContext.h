#pragma once

#include "core/domain/Run.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// What validation needs to know besides the draft itself: the cached directory and the clock.
/// Empty collections mean "not loaded": the checks that need them are skipped.
struct DraftContext final {
    /// Emails of org members, any case (compared lowercased). A guest with one of these is an
    /// error; a guest whose domain matches a member's domain gets a company-domain warning.
    QStringList memberEmails;
    /// IDs of org members. When non-empty, users not in it are errors.
    QSet<qint64> memberIds;
    /// Known runs. When non-empty, `run_id` must name one with can_add_oot not false.
    QList<Run> runs;
    /// Extra company or SSO domains (lowercase, e.g. "example.com") that warn as guests.
    QStringList companyDomains;
    /// "Now" for the deadline-in-the-past warning; invalid means QDateTime::currentDateTime().
    QDateTime now;
};
