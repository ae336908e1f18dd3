#include "EvidenceExport.h"

#include "BundleArchive.h"
#include "BundleManifest.h"
#include "EvidenceBundle.h"

#include "audit/AuditSession.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

void removeWritten(const QString &path, bool folder, const BundleFiles &files)
{
    if (!folder) {
        QFile::remove(path);
        return;
    }
    QDir root(path);
    for (auto file = files.cbegin(); file != files.cend(); ++file)
        root.remove(file.key());
    for (auto file = files.cbegin(); file != files.cend(); ++file) { // now-empty subfolders
        if (const QString sub = QFileInfo(file.key()).path(); sub != QLatin1String("."))
            root.rmpath(sub);
    }
}

} // namespace

Result<EvidenceExport::Written> EvidenceExport::toPath(Database &database, const KeyStore &keyStore,
                                                       const QDateTime &from, const QDateTime &to,
                                                       const QString &path)
{
    if (const auto sealed = AuditSession::sealIfUnsigned(database, keyStore); !sealed)
        return Error{tr("The audit trail could not be signed before the bundle was made: %1")
                         .arg(sealed.error().message),
                     sealed.error().hint, sealed.error().code};
    const auto sources = EvidenceBundle::load(database, from, to);
    if (!sources)
        return sources.error();
    const auto files = EvidenceBundle::build(sources.value());
    if (!files)
        return files.error();

    Written written;
    written.path = path;
    written.folder = BundleArchive::isFolder(path);
    if (Status stored = BundleArchive::write(path, files.value()); !stored)
        return stored.error();
    written.files = int(files.value().size()) - 1; // MANIFEST lists the others
    written.manifestSha256 =
        BundleManifest::sha256(files.value().value(QString::fromLatin1(BundleManifest::FileName)));
    if (!written.folder) {
        QFile zip(path);
        if (!zip.open(QIODevice::ReadOnly)) {
            removeWritten(path, false, files.value());
            return Error{tr("Cannot read back the bundle %1: %2")
                             .arg(QDir::toNativeSeparators(path), zip.errorString()),
                         {}};
        }
        written.sha256 = BundleManifest::sha256(zip.readAll());
    }
    const EvidenceSources &s = sources.value();
    written.events = s.extract.size();
    written.checkpointId = s.checkpoint.id;
    written.checkpointEventId = s.checkpoint.eventId;
    for (const AuditEvent &event : s.extract)
        written.eventsAfterCheckpoint += event.id > s.checkpoint.eventId ? 1 : 0;

    QString details = QStringLiteral("evidence bundle, %1 to %2 (excluded), %3 files, %4 audit event(s), "
                                     "checkpoint #%5, manifest sha256 %6")
                          .arg(SqlTime::toValue(s.from).toString(), SqlTime::toValue(s.to).toString())
                          .arg(written.files)
                          .arg(written.events)
                          .arg(written.checkpointId)
                          .arg(QString::fromLatin1(written.manifestSha256));
    if (!written.folder)
        details += QStringLiteral(", sha256 %1").arg(QString::fromLatin1(written.sha256));
    const QString subject = QFileInfo(QDir::cleanPath(path)).fileName();
    if (Status recorded = AuditLog(database.connection())
                              .append(database.actor(), QStringLiteral("report.exported"), subject, details);
        !recorded) {
        removeWritten(path, written.folder, files.value());
        return Error{tr("The evidence bundle was not kept: its export could not be recorded in the audit "
                        "trail. %1")
                         .arg(recorded.error().message),
                     recorded.error().hint, recorded.error().code};
    }
    return written;
}
