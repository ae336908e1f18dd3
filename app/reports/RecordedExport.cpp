#include "RecordedExport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

Result<QByteArray> RecordedExport::write(Database &database, const QString &path, const QByteArray &bytes,
                                         const QString &what, const QString &description)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write %1 to %2: %3").arg(what, path, file.errorString()),
                     tr("Choose a folder you may write to, with free space.")};

    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QString details = description + QStringLiteral(", sha256 ") + QString::fromLatin1(sha256);
    if (Status recorded =
            AuditLog(database.connection())
                .append(database.actor(), QString::fromLatin1(Action), QFileInfo(path).fileName(), details);
        !recorded) {
        QFile::remove(path);
        return Error{tr("%1 was not kept: its export could not be recorded in the audit trail. %2")
                         .arg(what.left(1).toUpper() + what.mid(1), recorded.error().message),
                     recorded.error().hint, recorded.error().code};
    }
    return sha256;
}
