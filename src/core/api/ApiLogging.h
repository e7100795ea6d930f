#pragma once

#include <QLoggingCategory>

/// `taskdesk.api`: method, URL (never a token), status and duration at debug level; retries
/// and failures at info. Never an Authorization header, never a whole body above debug.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
