#pragma once

#include "BundleFiles.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A bundle's MANIFEST in the format of `sha256sum` (GNU coreutils, text mode): one line per file,
// "<64 lowercase hex>  <path>", sorted by path, every file of the bundle except MANIFEST itself. An auditor
// checks the unpacked folder with `sha256sum -c MANIFEST` alone; `report verify` reads it strictly.
class BundleManifest
{
    Q_DECLARE_TR_FUNCTIONS(BundleManifest)

public:
    static constexpr const char *FileName = "MANIFEST";

    struct Line
    {
        int number = 0; // 1-based, for messages
        QString path;
        QByteArray sha256; // hex
    };
    struct Parsed
    {
        QList<Line> lines;
        QStringList problems; // each names its line; empty when well formed
    };

    static QByteArray write(const BundleFiles &files);
    static Parsed parse(const QByteArray &manifest);

    static QByteArray sha256(const QByteArray &bytes); // hex
    // A path a bundle may hold: relative, '/'-separated, no "." or ".." part, no control character.
    static bool isSafePath(const QString &path);
};
