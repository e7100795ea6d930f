#pragma once

#include <QLoggingCategory>

/// `taskdesk.session`: state changes and where the token came from (never the token itself).
Q_DECLARE_LOGGING_CATEGORY(lcSession)
