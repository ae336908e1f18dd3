#pragma once

#include "BundleFiles.h"

#include "domain/Result.h"

#include <QCoreApplication>

// Where a bundle's files are kept: one ZIP archive (libzip; deflated entries with UTF-8 names), or a folder
// when the path names one (an existing empty folder, or a path ending in '/'). Reading takes either, within
// bounds (ZipArchive's limits for a ZIP; the same number of files and sizes for a folder), so a hostile
// bundle cannot exhaust memory.
class BundleArchive
{
    Q_DECLARE_TR_FUNCTIONS(BundleArchive)

public:
    static bool isFolder(const QString &path);
    static Status write(const QString &path, const BundleFiles &files);
    static Result<BundleFiles> read(const QString &path);

private:
    static Status writeZip(const QString &path, const BundleFiles &files);
    static Status writeFolder(const QString &path, const BundleFiles &files);
    static Result<BundleFiles> readFolder(const QString &path);
    static Result<BundleFiles> readZip(const QString &path);
};
