#pragma once

#include <QString>
#include <QWidget>

// The child widget (or action) named `name`; the test stops at once when there is none, naming it.
template<typename T>
T *widgetChild(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}
