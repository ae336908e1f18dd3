#pragma once

#include "BundleFiles.h"

#include "domain/AuditCheckpoint.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Database;

// `report verify`: what an evidence bundle (EvidenceBundle) proves about itself, with no database. MANIFEST
// is well formed and every file it lists is there with its SHA-256, and no other file is; every audit event
// of the extract and of the link to the checkpoint hashes to its listed SHA-256 from its content and its
// predecessor's hash (AuditLog::hashOf), without a gap, up to the event the checkpoint signed, whose hash
// must be the one signed; the checkpoint's Ed25519 signature holds with its public key, which the bundle's
// signing-keys.json lists for its signer. Optionally against an open database as well (againstDatabase).
class EvidenceCheck
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCheck)

public:
    struct Report
    {
        QStringList checked;  // what held, one sentence each
        QStringList notes;    // what the checks cannot vouch for, said plainly
        QStringList problems; // what failed, one sentence each
        std::optional<AuditCheckpoint> checkpoint;
        QByteArray manifestSha256; // hex; empty without a MANIFEST
        bool intact() const { return problems.isEmpty(); }
    };

    static Report run(const BundleFiles &files);
    // The bundle's checkpoint against `database`: the same database, the checkpoint stored there unchanged,
    // its key registered there for its signer, the event it covers still there with the hash it signed, and
    // the bundle's export recorded (report.exported with this MANIFEST's SHA-256).
    static Status againstDatabase(Database &database, Report *report);

private:
    static void checkManifest(const BundleFiles &files, Report *report);
    static void checkCheckpoint(const BundleFiles &files, Report *report);
    static void checkChain(const BundleFiles &files, Report *report);
};
