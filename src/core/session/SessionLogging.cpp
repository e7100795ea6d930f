#include "core/session/SessionLogging.h"

Q_LOGGING_CATEGORY(lcSession, "taskdesk.session", QtInfoMsg)
