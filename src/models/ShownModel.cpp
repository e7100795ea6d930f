#include "models/ShownModel.h"

#include <QMetaEnum>
#include <QMetaObject>

QHash<int, QByteArray> withRoleEnumNames(const QMetaObject &model, QHash<int, QByteArray> names) {
    const int found = model.indexOfEnumerator("Role");
    if (found < 0)
        return names;
    const QMetaEnum roles = model.enumerator(found);
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray name(roles.key(i));
        if (name.endsWith("Role"))
            name.chop(4);
        if (!name.isEmpty())
            name[0] = char(QChar::toLower(uchar(name[0])));
        names.insert(roles.value(i), name);
    }
    return names;
}
