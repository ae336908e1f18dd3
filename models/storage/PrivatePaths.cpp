#include "PrivatePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace PrivatePaths {

bool makeFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    // The missing folders, outermost first.
    QStringList missing;
    for (QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).path()) {
        missing.prepend(folder);
        if (folder == QFileInfo(folder).path())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(folder);
        if (::mkdir(native.constData(), 0700) != 0 && !QFileInfo(folder).isDir())
            return false;
        // mkdir applies the umask, which may only take rights away; chmod makes it exactly 0700.
        if (::chmod(native.constData(), 0700) != 0)
            return false;
    }
    return QFileInfo(path).isDir();
#else
    return QDir().mkpath(path);
#endif
}

bool makeFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::stat(native.constData(), &status) == 0) {
        // An existing file is never opened here: closing a descriptor of a file drops every POSIX lock this
        // process holds on it, and SQLite's locks are POSIX locks — a connection open in this process would
        // lose them, and another process closing the database would then take itself for the last one and
        // delete the write-ahead log under it (writes lost). chmod works on the name.
        // The umask cannot widen 0600, but a file made by an older version or by hand may be wider.
        // Someone else's file stays as it is: SQLite says whether it may be used.
        if ((status.st_mode & 077) != 0)
            ::chmod(native.constData(), 0600);
        return true;
    }
    const int fd = ::open(native.constData(), O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST; // made by another process just now
    ::close(fd);
    return true;
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace PrivatePaths
