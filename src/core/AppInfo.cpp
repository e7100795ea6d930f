#include "core/AppInfo.h"

namespace AppInfo {

QString version()
{
    return QStringLiteral(TASKDESK_VERSION);
}

QString appId()
{
    return QStringLiteral(TASKDESK_APP_ID);
}

QString userAgent()
{
    return QStringLiteral("Taskdesk/") + version();
}

} // namespace AppInfo
