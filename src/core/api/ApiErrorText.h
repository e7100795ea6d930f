#pragma once

#include <QString>

struct ApiError;

/// The one place where an ApiError becomes words for the user (translation context "ApiError").
/// The wording depends on the error and on what was being done: ApiError::action tells a lookup
/// from a create, and the callers below pass what only they know. Server messages are never part
/// of these texts (they stay in ApiError::technicalDetails()), except a 409's or a 422's message,
/// which says what to change.
namespace ApiErrorText {

/// What went wrong and what to do next. Empty for Cancelled. `organization` names the
/// organization the request was for (its name, else its ID) where the text mentions it; empty
/// means "this organization".
QString userText(const ApiError &error, const QString &organization = {});

/// What went wrong, in one sentence without advice on what to do next: for messages that give
/// their own advice (the new-task form after a create whose outcome is unknown).
QString whatHappened(const ApiError &error);

/// The problem a connection check (the token, the organization, the server) found: `organizationId`
/// is the organization being checked (empty while only the token is), `timeoutSeconds` the
/// timeout in force. Empty for Cancelled.
QString connectionCheck(const ApiError &error, const QString &organizationId, int timeoutSeconds);

} // namespace ApiErrorText
