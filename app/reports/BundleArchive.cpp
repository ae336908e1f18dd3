#include "BundleArchive.h"

#include "BundleManifest.h"
#include "intel/ZipArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <zip.h>

#include <memory>

namespace {

constexpr qint64 MaxFiles = 10000;
constexpr qint64 MaxFileSize = qint64(256) << 20;
constexpr qint64 MaxTotalSize = qint64(1) << 30;

struct ZipDiscard
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

} // namespace

bool BundleArchive::isFolder(const QString &path)
{
    return QFileInfo(path).isDir() || path.endsWith(QLatin1Char('/'));
}

Status BundleArchive::write(const QString &path, const BundleFiles &files)
{
    return isFolder(path) ? writeFolder(path, files) : writeZip(path, files);
}

Status BundleArchive::writeZip(const QString &path, const BundleFiles &files)
{
    const auto failed = [&path](const QString &why) {
        return Error{tr("Cannot write the bundle %1: %2").arg(QDir::toNativeSeparators(path), why),
                     tr("Choose a file in a folder you may write to, with free space.")};
    };
    int code = 0;
    std::unique_ptr<zip_t, ZipDiscard> archive(
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return failed(why);
    }
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        // libzip reads the buffer when the archive is closed: `files` outlives it.
        zip_source_t *source =
            zip_source_buffer(archive.get(), file.value().constData(), zip_uint64_t(file.value().size()), 0);
        if (!source)
            return failed(QString::fromLocal8Bit(zip_strerror(archive.get())));
        if (zip_file_add(archive.get(), file.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            return failed(QString::fromLocal8Bit(zip_strerror(archive.get())));
        }
    }
    // zip_close writes a temporary file next to `path` and renames it: no half-written bundle.
    if (zip_close(archive.get()) != 0)
        return failed(QString::fromLocal8Bit(zip_strerror(archive.get())));
    (void)archive.release(); // closed and freed by zip_close
    return {};
}

Status BundleArchive::writeFolder(const QString &path, const BundleFiles &files)
{
    QDir folder(path);
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error{tr("The folder %1 is not empty.").arg(QDir::toNativeSeparators(path)),
                     tr("A bundle folder holds the bundle's files only: name a new or empty folder.")};
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        const QString target = folder.filePath(file.key());
        QSaveFile out(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly) ||
            out.write(file.value()) != file.value().size() || !out.commit())
            return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()),
                         tr("Choose a folder you may write to, with free space.")};
    }
    return {};
}

Result<BundleFiles> BundleArchive::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("There is no bundle at %1.").arg(QDir::toNativeSeparators(path)),
                     tr("Name the bundle's ZIP file or its unpacked folder.")};
    return info.isDir() ? readFolder(path) : readZip(path);
}

Result<BundleFiles> BundleArchive::readFolder(const QString &path)
{
    BundleFiles files;
    qint64 total = 0;
    const QDir root(path);
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = root.relativeFilePath(file);
        const QFileInfo info(file);
        if (files.size() >= MaxFiles)
            return Error{tr("The bundle folder holds more than %1 files.").arg(MaxFiles), {}};
        if (info.isSymLink() || !info.isFile())
            return Error{tr("The bundle folder holds %1, which is not a regular file (a link?).").arg(name),
                         tr("A bundle holds plain files only.")};
        if (info.size() > MaxFileSize || (total += info.size()) > MaxTotalSize)
            return Error{tr("The bundle folder's files are larger than a bundle may be (%1 at %2 bytes).")
                             .arg(name)
                             .arg(info.size()),
                         {}};
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString()), {}};
        files.insert(name, in.read(MaxFileSize));
    }
    return files;
}

Result<BundleFiles> BundleArchive::readZip(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()), {}};
    ZipLimits limits;
    limits.maxArchiveSize = MaxTotalSize;
    limits.maxEntries = MaxFiles;
    limits.maxEntrySize = MaxFileSize;
    limits.maxTotalSize = MaxTotalSize;
    const QByteArray data = in.read(MaxTotalSize + 1);
    auto archive = ZipArchive::open(data, limits);
    if (!archive)
        return Error{
            tr("%1 is not a bundle: %2").arg(QDir::toNativeSeparators(path), archive.error().message),
            tr("Name the bundle's ZIP file or its unpacked folder.")};
    BundleFiles files;
    for (const ZipArchive::Entry &entry : archive.value().entries()) {
        if (entry.isDirectory())
            continue;
        const auto content = archive.value().read(entry);
        if (!content)
            return Error{tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), content.error().message),
                         {}};
        files.insert(entry.name, content.value());
    }
    return files;
}
