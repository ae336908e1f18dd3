#pragma once

#include "BundleFiles.h"
#include "FleetReport.h"

#include "domain/AuditCheckpoint.h"
#include "domain/AuditEvent.h"
#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <functional>

class Database;

// Everything a bundle's parts are made from, read once from the database for the period [from, to).
struct EvidenceSources
{
    Database *database = nullptr;
    QDateTime from; // UTC, included
    QDateTime to;   // UTC, excluded
    QDateTime generatedAt;
    QString generatedBy;
    QString databaseId;
    FleetReport report;                            // the compliance figures of the period, fleet-wide
    QList<ChangeRequest> changes;                  // of the period, oldest first
    QMap<qint64, QList<ChangeApproval>> decisions; // by change
    QList<Deployment> deployments;                 // started or finished in the period, oldest first
    QList<AuditEvent> extract;                     // the period's audit events, oldest first
    QByteArray extractPreviousHash;                // the hash the first of them continues ("" for event 1)
    QList<AuditEvent> link;                        // the events after the extract, up to the checkpoint's
    AuditCheckpoint checkpoint;                    // the newest signed checkpoint
    QList<AuditSigningKeyRecord> keys;             // the signing keys the trail registers
};

// The evidence bundle of a period: the files an auditor takes away (see parts()), a README.txt saying what
// each is and how to check it, and a MANIFEST (BundleManifest) of their SHA-256 sums. The audit extract is
// checkable on its own: chain.json carries the hash its first event continues and the events that lead from
// its last event to the newest signed checkpoint, whose file and public keys are included, so `report
// verify` recomputes every hash up to an Ed25519 signature. Reading only: recording the export is the
// caller's (EvidenceExport).
class EvidenceBundle
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceBundle)

public:
    static constexpr const char *ReadmeName = "README.txt";
    static constexpr const char *ExtractPath = "audit/extract.json";
    static constexpr const char *ChainPath = "audit/chain.json";
    static constexpr const char *CheckpointPath = "audit/checkpoint.json";
    static constexpr const char *KeysPath = "audit/signing-keys.json";
    static constexpr const char *ChainFormat = "patchwright-audit-chain/1";
    static constexpr const char *KeysFormat = "patchwright-audit-keys/1";
    // A deployment step's detail (command, output tail) is kept up to this many characters, its end first.
    static constexpr int MaxStepDetail = 16 * 1024;

    // One file the bundle holds: its path, what README.txt says it is, and how it is made.
    struct Part
    {
        QString path;
        QString description;
        std::function<Result<QByteArray>(const EvidenceSources &)> make;
    };
    // THE list of what a bundle holds, in README order. A new part (the PDF report: "report.pdf") is one
    // more entry here; README.txt and MANIFEST follow from it.
    static QList<Part> parts();

    static Result<EvidenceSources> load(Database &database, const QDateTime &from, const QDateTime &to);
    // Every part, README.txt and MANIFEST.
    static Result<BundleFiles> build(const EvidenceSources &sources);
    static QByteArray readme(const EvidenceSources &sources, const QList<Part> &parts);
};
