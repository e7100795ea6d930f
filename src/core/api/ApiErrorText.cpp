#include "core/api/ApiErrorText.h"

#include "core/api/ApiError.h"

#include <QCoreApplication>

// Every text below is spelled out as QCoreApplication::translate("ApiError", ...), so that
// lupdate files them all under the one context the runtime asks for.

namespace {

QString lookupNotFound(const ApiError &error, const QString &organization) {
    if (organization.isEmpty()) {
        return error.organizationCheckFailed
                   ? QCoreApplication::translate("ApiError",
                                                 "No task with this ID in this organization, or "
                                                 "the server address is wrong.")
                   : QCoreApplication::translate("ApiError",
                                                 "No task with this ID in this organization.");
    }
    return error.organizationCheckFailed
               ? QCoreApplication::translate("ApiError",
                                             "No task with this ID in organization %1, or the "
                                             "server address is wrong.")
                     .arg(organization)
               : QCoreApplication::translate("ApiError", "No task with this ID in organization %1.")
                     .arg(organization);
}

QString createForbidden(const QString &organization) {
    if (organization.isEmpty())
        return QCoreApplication::translate("ApiError",
                                           "You may not create tasks in this organization.");
    return QCoreApplication::translate("ApiError", "You may not create tasks in organization %1.")
        .arg(organization);
}

bool isDecompressionFailure(const ApiError &error) {
    return error.kind == ApiError::Kind::Network &&
           error.code == ApiError::decompressionFailedCode();
}

} // namespace

namespace ApiErrorText {

QString userText(const ApiError &error, const QString &organization) {
    using Kind = ApiError::Kind;
    using Action = ApiError::Action;
    switch (error.kind) {
    case Kind::Network:
        if (isDecompressionFailure(error))
            return QCoreApplication::translate("ApiError",
                                               "The answer from Tallyfy arrived damaged (it could "
                                               "not be decompressed). Try again.");
        return QCoreApplication::translate(
            "ApiError", "Could not reach Tallyfy. Check your internet connection and try again.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
                                           "Tallyfy did not answer in time. Try again.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "ApiError", "The secure connection to Tallyfy failed (certificate or TLS problem). "
                        "Nothing was sent.");
    case Kind::InsecureTransport:
        return QCoreApplication::translate(
            "ApiError",
            "Taskdesk refused to send the token over an unencrypted http:// connection. "
            "Use an https:// base URL in Settings.");
    case Kind::Unauthorized:
        return QCoreApplication::translate(
            "ApiError",
            "Tallyfy rejected the token: it may have expired, or you logged out of the web "
            "app. Paste a new token in Settings.");
    case Kind::Forbidden:
        if (error.action == Action::TaskCreate)
            return createForbidden(organization);
        if (error.action == Action::TaskLookup)
            return QCoreApplication::translate("ApiError", "You do not have access to this task.");
        if (error.action == Action::TaskWrite)
            return QCoreApplication::translate(
                "ApiError", "Tallyfy did not let you change this task: you may not have the "
                            "right to, or only its assignees may complete it.");
        return QCoreApplication::translate(
            "ApiError", "Tallyfy refused the request: you do not have permission for it.");
    case Kind::NotFound:
        if (error.action == Action::TaskLookup)
            return lookupNotFound(error, organization);
        if (error.action == Action::TaskWrite)
            return QCoreApplication::translate(
                "ApiError", "Tallyfy no longer finds this task where it was (HTTP 404): it may "
                            "have been deleted, archived or moved. Look it up again.");
        return QCoreApplication::translate("ApiError",
                                           "Tallyfy found nothing with this ID (HTTP 404).");
    case Kind::EndpointNotFound:
        return QCoreApplication::translate(
                   "ApiError",
                   "Tallyfy did not recognise the request (HTTP %1). Check the base URL in "
                   "Settings.")
            .arg(error.httpStatus);
    case Kind::Conflict:
        return error.message.isEmpty()
                   ? QCoreApplication::translate(
                         "ApiError", "Tallyfy refused the change because of a conflict (HTTP 409).")
                   : QCoreApplication::translate("ApiError", "Tallyfy refused the change: %1")
                         .arg(error.message);
    case Kind::Validation:
        if (error.code == ApiError::noOrganizationCode())
            return QCoreApplication::translate("ApiError",
                                               "No organization is selected in Settings.");
        if (!error.message.isEmpty())
            return QCoreApplication::translate("ApiError", "Tallyfy did not accept the request: %1")
                .arg(error.message);
        return QCoreApplication::translate("ApiError",
                                           "Tallyfy did not accept the request (HTTP %1).")
            .arg(error.httpStatus);
    case Kind::RateLimited:
        if (error.retryAfterSeconds && *error.retryAfterSeconds > 0)
            return QCoreApplication::translate(
                "ApiError", "Tallyfy is receiving too many requests. Try again in %n second(s).",
                nullptr, *error.retryAfterSeconds);
        return QCoreApplication::translate(
            "ApiError", "Tallyfy is receiving too many requests. Try again in a moment.");
    case Kind::Server:
        return QCoreApplication::translate("ApiError",
                                           "Tallyfy had a problem (HTTP %1). Try again later.")
            .arg(error.httpStatus);
    case Kind::InvalidResponse:
        if (error.code == ApiError::redirectRefusedCode())
            return QCoreApplication::translate(
                       "ApiError",
                       "The server redirected the request to another address (%1). Taskdesk did "
                       "not follow it, to keep the token safe. Check the base URL in Settings.")
                .arg(error.message);
        return QCoreApplication::translate(
            "ApiError", "Tallyfy sent a response that Taskdesk could not read. Try again later.");
    case Kind::Cancelled:
        return {};
    }
    return {};
}

QString whatHappened(const ApiError &error) {
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Network:
        if (isDecompressionFailure(error))
            return QCoreApplication::translate(
                "ApiError",
                "The answer from Tallyfy arrived damaged (it could not be decompressed).");
        return QCoreApplication::translate("ApiError", "The connection to Tallyfy failed.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "Tallyfy did not answer in time.");
    case Kind::Server:
        return QCoreApplication::translate("ApiError", "Tallyfy reported a problem (HTTP %1).")
            .arg(error.httpStatus);
    case Kind::RateLimited:
        return QCoreApplication::translate("ApiError", "Tallyfy is receiving too many requests.");
    case Kind::InvalidResponse:
        if (error.code == ApiError::redirectRefusedCode())
            return QCoreApplication::translate(
                       "ApiError",
                       "The server redirected the request to another address (%1), and Taskdesk "
                       "did not follow it.")
                .arg(error.message);
        return QCoreApplication::translate("ApiError",
                                           "Tallyfy sent a response that Taskdesk could not read.");
    default:
        return userText(error);
    }
}

QString connectionCheck(const ApiError &error, const QString &organizationId, int timeoutSeconds) {
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Unauthorized:
        return organizationId.isEmpty()
                   ? QCoreApplication::translate(
                         "ApiError", "Tallyfy rejected the token: it may have expired, or you "
                                     "logged out of the web app. Copy a new token from the web "
                                     "app.")
                   : QCoreApplication::translate(
                         "ApiError", "the token is not valid for organization %1. Create the "
                                     "token while that organization is active in the web app.")
                         .arg(organizationId);
    case Kind::Forbidden:
    case Kind::NotFound:
        return QCoreApplication::translate(
                   "ApiError",
                   "this token has no access to organization %1. Check the ID, or create the "
                   "token while that organization is active in the web app.")
            .arg(organizationId);
    case Kind::Network:
        if (isDecompressionFailure(error))
            return userText(error);
        return QCoreApplication::translate("ApiError",
                                           "The server could not be reached. Check the server "
                                           "address and your connection.");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError",
                                           "The secure connection failed (TLS certificate or "
                                           "handshake error). Nothing was sent.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
                                           "The server did not answer within %1 seconds.")
            .arg(timeoutSeconds);
    case Kind::EndpointNotFound:
        return QCoreApplication::translate("ApiError",
                                           "This address does not answer like the Tallyfy API "
                                           "(HTTP %1). Check the server address.")
            .arg(error.httpStatus);
    case Kind::Cancelled:
        return {};
    default:
        return userText(error);
    }
}

} // namespace ApiErrorText
