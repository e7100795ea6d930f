#pragma once

#include <QLoggingCategory>

// "taskdesk.sandbox": problems of the fake server itself (seed, listeners, fault patterns).
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
