#pragma once

#include <QString>

// One package installed on an asset, as its package manager reports it.
struct InstalledPackage
{
    QString name;
    QString version;
    QString architecture;
    QString source; // source package, where the platform knows it
};
