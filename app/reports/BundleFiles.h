#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// The files of an evidence bundle by their path inside it ("audit/extract.json"), '/'-separated and
// relative, as a ZIP names its entries and `sha256sum -c` reads them in the unpacked folder.
using BundleFiles = QMap<QString, QByteArray>;
