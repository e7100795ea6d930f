#include "core/domain/NetworkHost.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace NetworkHost {

bool isLoopback(const QString &host) {
    QString name = host.trimmed().toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    // "localhost." is the same name written as absolute (RFC 6761 reserves both forms). An
    // address with a final dot is no address but a name to look up, so it is not loopback.
    if (name == u"localhost"_s || name == u"localhost."_s)
        return true;
    QHostAddress address;
    if (name.isEmpty() || !address.setAddress(name))
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also reads ::ffff:a.b.c.d
    if (isV4)
        return (v4 >> 24) == 127;
    return address.isEqual(QHostAddress(QHostAddress::LocalHostIPv6));
}

} // namespace NetworkHost
