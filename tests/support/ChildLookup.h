#pragma once

#include <QObject>
#include <QString>

/// The child of `parent` named `name`; a test that asks for one that does not exist stops at
/// once with its name, instead of crashing on a null pointer later.
template<typename T>
T *requireChild(const QObject *parent, const char *name) {
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (child == nullptr)
        qFatal("no child %s", name);
    return child;
}
