#include "RecordedExport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

Result<RecordedExport::Written> RecordedExport::write(Database &database, const QByteArray &bytes,
                                                      const QString &path, const QString &what,
                                                      const QString &details, qint64 rows)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1 to %2: %3").arg(what, shown, file.errorString()),
                     tr("Choose a folder you may write to, then export again."),
                     QStringLiteral("not-writable")};
    // QSaveFile writes a temporary file and renames it on commit: a full disk leaves no half file behind.
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write %1 to %2: %3").arg(what, shown, file.errorString()),
                     tr("The disk may be full: free some space or choose another disk, then export again."),
                     QStringLiteral("write-failed")};

    Written written;
    written.path = path;
    written.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    written.rows = rows;
    AuditLog log(database.connection());
    if (Status recorded =
            log.append(database.actor(), QStringLiteral("report.exported"), QFileInfo(path).fileName(),
                       details + QStringLiteral(", sha256 ") + QString::fromLatin1(written.sha256));
        !recorded) {
        QFile::remove(path);
        return Error{
            tr("%1 was not kept (the file is removed): its export could not be recorded in the audit "
               "trail. %2")
                .arg(shown, recorded.error().message),
            recorded.error().hint, recorded.error().code};
    }
    return written;
}
