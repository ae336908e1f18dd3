#include "ScanRun.h"

#include "storage/UserRepository.h"

#include "changes/ChangeNotifier.h"
#include "endpoints/EndpointForAsset.h"
#include "intel/Correlator.h"
#include "scan/AssetScanner.h"

#include "storage/Database.h"
#include "storage/ScanBaselineRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <algorithm>

Q_LOGGING_CATEGORY(lcScan, "patchwright.scan", QtWarningMsg)

ScanRun::ScanRun(DatabaseConfig config, QList<Asset> assets, int parallelism, QObject *parent)
    : QObject(parent)
    , m_workers(config, parallelism)
{
    for (Asset &asset : assets)
        (asset.transport == Transport::None ? m_skipped : m_assets).append(std::move(asset));
}

void ScanRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outcomes.clear();
    emit progress(0, total());
    if (m_assets.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    for (const Asset &asset : std::as_const(m_assets))
        m_workers.run(
            this, [this, asset] { return scanOne(asset); },
            [this](const Outcome &outcome) { deliver(outcome); });
}

void ScanRun::deliver(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    // Success or failure, the asset's last scan was recorded, with its audit event.
    m_batch.add(outcome.assetId);
    emit assetFinished(outcome);
    emit progress(int(m_outcomes.size()), total());
    if (m_outcomes.size() == m_assets.size())
        correlateThenFinish();
}

void ScanRun::correlateThenFinish()
{
    m_batch.flush();
    const bool anyStored =
        std::any_of(m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome &o) { return o.ok(); });
    if (!anyStored || m_workers.isCanceled()) {
        m_running = false;
        emit finished();
        return;
    }
    const auto correlate = [this] {
        auto database = m_workers.database();
        if (!database)
            return database.error().text();
        QMutexLocker writer(&m_workers.writeLock());
        const auto summary = Correlator(database.value()->connection()).run();
        return summary ? QString() : summary.error().text();
    };
    m_workers.run(this, correlate, [this](const QString &error) {
        m_correlationError = error;
        if (error.isEmpty() && m_changes)
            emit m_changes->intelChanged();
        m_running = false;
        emit finished();
    });
}

Status ScanRun::mayScan()
{
    auto database = m_workers.database();
    if (!database)
        return database.error();
    return UserRepository(database.value()->connection(), database.value()->actor())
        .require(Permission::RunFleet);
}

ScanRun::Outcome ScanRun::scanOne(const Asset &asset)
{
    Outcome outcome;
    outcome.assetId = asset.id;
    outcome.assetName = asset.name;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();

    // Scanning is a fleet action: a reviewer or an auditor contacts no host and writes nothing.
    if (Status allowed = mayScan(); !allowed) {
        outcome.message = allowed.error().text();
        outcome.errorCode = allowed.error().code;
        return outcome;
    }
    Result<ScanRecord> record = Error{tr("Canceled."), {}};
    QString fingerprint; // what the asset printed, kept with its record for the next scan
    if (!m_workers.isCanceled()) {
        auto endpoint = endpointForAsset(asset, m_workers.endpointContext());
        if (!endpoint) {
            record = endpoint.error();
        } else {
            const auto onStep = [this, name = asset.name](const QString &step) {
                QMetaObject::invokeMethod(
                    this, [this, name, step] { emit assetStep(name, step); }, Qt::QueuedConnection);
            };
            const std::optional<ScanBaseline> baseline = baselineOf(asset.id);
            auto scanned =
                AssetScanner::scanAsset(*endpoint.value(), asset.id, m_limits, m_workers.cancelFlag(), onStep,
                                        factsSourceFor(asset.transport), baseline ? &*baseline : nullptr);
            if (scanned) {
                outcome.unchanged = scanned.value().unchanged;
                outcome.commands = scanned.value().commands;
                fingerprint = scanned.value().fingerprint;
                if (m_baselines)
                    m_baselines->remember(asset.id, {scanned.value().fingerprint, scanned.value().record});
                record = std::move(scanned).value().record;
            } else {
                if (m_baselines)
                    m_baselines->forget(asset.id);
                record = scanned.error();
            }
        }
    }
    // Failed until stored; canceled when the scan stopped because the user canceled.
    outcome.status = !record && m_workers.isCanceled() ? ScanStatus::Canceled : ScanStatus::Failed;

    // The connection opened and the baseline encoded before the write lock is taken: only the writes
    // themselves wait for the other workers.
    auto database = m_workers.database();
    const bool keepBaseline = record && !fingerprint.isEmpty() && !outcome.unchanged;
    const QByteArray baseline = keepBaseline ? ScanBaselineRepository::encode(record.value()) : QByteArray();
    QMutexLocker writer(&m_workers.writeLock());
    QElapsedTimer writing;
    writing.start();
    if (database)
        store(*database.value(), record, fingerprint, baseline, startedAt, &outcome);
    else
        outcome.message = database.error().text();
    outcome.writeMs = double(writing.nsecsElapsed()) / 1e6;
    qCInfo(lcScan) << "scanned" << asset.name << storedText(outcome.status);
    return outcome;
}

std::optional<ScanBaseline> ScanRun::baselineOf(qint64 assetId)
{
    if (m_baselines) {
        if (std::optional<ScanBaseline> kept = m_baselines->find(assetId))
            return kept;
    }
    // Not scanned in this session (the console started again, or this is the CLI): the database's.
    auto database = m_workers.database();
    if (!database)
        return std::nullopt;
    const auto stored = ScanBaselineRepository(database.value()->connection()).find(assetId);
    if (!stored) {
        qCWarning(lcScan) << "scanning cold:" << stored.error().text();
        return std::nullopt;
    }
    if (!stored.value())
        return std::nullopt;
    return ScanBaseline{stored.value()->fingerprint, std::move(stored.value()->record)};
}

void ScanRun::store(Database &database, const Result<ScanRecord> &record, const QString &fingerprint,
                    const QByteArray &baseline, const QDateTime &startedAt, Outcome *outcome) const
{
    ScanRepository repository(database.connection(), database.actor());
    ScanBaselineRepository baselines(database.connection());
    if (record) {
        auto summary = repository.recordSuccess(record.value());
        if (summary) {
            outcome->status = ScanStatus::Ok;
            outcome->summary = summary.value();
            // The baseline for the next scan: the same one when nothing changed, none when the asset printed
            // no fingerprint. Only a speed-up: a failure to keep it is logged, the scan stays stored.
            Status kept = outcome->unchanged ? Status()
                          : fingerprint.isEmpty()
                              ? baselines.forget(outcome->assetId)
                              : baselines.saveEncoded(outcome->assetId, fingerprint, baseline);
            if (!kept)
                qCWarning(lcScan) << kept.error().text();
        } else {
            outcome->message = summary.error().text();
        }
    } else {
        if (Status forgotten = baselines.forget(outcome->assetId); !forgotten)
            qCWarning(lcScan) << forgotten.error().text();
        outcome->message = record.error().text();
        outcome->errorCode = record.error().code;
        if (Status stored =
                repository.recordFailure(outcome->assetId, startedAt, outcome->message, outcome->status);
            !stored)
            outcome->message += QLatin1Char(' ') + stored.error().text();
    }
}
