#pragma once

#include "core/settings/Validated.h"

#include <QString>
#include <QStringList>
#include <QUrl>

/// Checks and normalizes what a user types or passes on the command line: server URLs,
/// organization and run IDs, pasted tokens, `with=` includes. Every refusal comes with a
/// translated reason that can be shown as is.
namespace Validators {

/// An absolute http(s) URL with a host, no user info, no query or fragment; plain http only for
/// loopback hosts (NetworkHost::isLoopback: the same rule ApiClient applies before sending) so
/// that a token never crosses a network in the clear. The result is trimmed and loses trailing
/// slashes.
Validated<QUrl> serverUrl(const QString &input);
Validated<QUrl> serverUrl(const QUrl &input);

/// 32 lowercase hex after trimming and lowercasing.
Validated<QString> organizationId(const QString &input);
/// Same format as an organization ID (tallyfy-api-notes.md 1.4).
Validated<QString> runId(const QString &input);

/// A pasted token: trimmed, a leading "Bearer " removed; refused when empty or when it still
/// contains whitespace. The token is never decoded.
Validated<QString> token(const QString &input);

/// A locale name such as "de", "pt_BR" or "pt-BR" that QLocale knows; "-" becomes "_".
Validated<QString> language(const QString &input);

/// A comma-separated subset of TaskIncludes::documented(); names are trimmed and lowercased,
/// duplicates and empty entries dropped, order kept. An empty input is an empty list.
Validated<QStringList> includes(const QString &commaSeparated);
Validated<QStringList> includes(const QStringList &names);

} // namespace Validators
