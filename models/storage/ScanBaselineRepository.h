#pragma once

#include "domain/Result.h"
#include "domain/ScanRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDataStream>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The last scan of each asset that printed a fingerprint (scan_baselines, schema 15): the fingerprint and
// the record the asset reported with it, so that a warm rescan (the asset prints the same fingerprint
// again) works after the console restarts and from the CLI, not only within one console session
// (ScanBaselines keeps them in memory). The record is stored whole, as zlib-compressed JSON of every field
// (facts, installed packages, pending updates), not rebuilt from the asset's rows: those may change for
// other reasons (a deployment's own verification scan, a patch marked otherwise) while the asset's own
// answer for that fingerprint does not. Stored as "PWB2" and a zlib-compressed (qCompress) QDataStream of
// every field, at a fixed stream version: Qt has both, no serialization library needed. Every scan encodes
// its record, so the format is chosen for CPU: a 2,000-package record in about a fifth of what JSON and
// qCompress's default level took (pw_bench_scan: 8 -> 2 ms a host). Baselines stored as compressed JSON
// (before schema 17) still decode.
class ScanBaselineRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScanBaselineRepository)

public:
    explicit ScanBaselineRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    struct Stored
    {
        QString fingerprint;
        ScanRecord record;
    };

    // The asset's baseline; nullopt when it has none (never scanned with a fingerprint, or forgotten).
    Result<std::optional<Stored>> find(qint64 assetId) const;
    // Replaces the asset's baseline.
    Status save(qint64 assetId, const QString &fingerprint, const ScanRecord &record);
    // The same with the record already encode()d (outside a write lock, say).
    Status saveEncoded(qint64 assetId, const QString &fingerprint, const QByteArray &encodedRecord);
    Status forget(qint64 assetId);

    // The stored form of a record and back (every field but assetId, which the row's key holds).
    static QByteArray encode(const ScanRecord &record);
    static Result<ScanRecord> decode(const QByteArray &stored);

private:
    static constexpr char Magic[4] = {'P', 'W', 'B', '2'}; // no JSON blob starts so (its length, 1.3 GB)
    static constexpr int StreamVersion = QDataStream::Qt_6_0;
    static Result<ScanRecord> decodeJson(const QByteArray &stored);

    QSqlDatabase m_db;
};
