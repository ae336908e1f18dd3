#include "PrivatePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
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
    const bool existed = QFileInfo::exists(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    // The umask cannot widen 0600, but a file made by an older version or by hand may be wider.
    const bool restricted = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return restricted || existed; // someone else's existing file: SQLite says whether it may be used
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace PrivatePaths
