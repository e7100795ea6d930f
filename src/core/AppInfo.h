#pragma once

#include <QString>

/// Facts about the application that every layer may need: its version, its reverse-DNS ID and
/// the User-Agent it sends.
namespace AppInfo {

QString version();
QString appId();
QString userAgent();

} // namespace AppInfo
