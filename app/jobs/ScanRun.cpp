#include "ScanRun.h"

#include "changes/ChangeNotifier.h"
#include "endpoints/EndpointForAsset.h"
#include "intel/Correlator.h"
#include "scan/AssetScanner.h"
#include "trust/ConsoleTrust.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <algorithm>

Q_LOGGING_CATEGORY(lcScan, "patchwright.scan", QtWarningMsg)

ScanRun::ScanRun(DatabaseConfig config, QList<Asset> assets, int parallelism, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_assets(std::move(assets))
{
    m_pool.setMaxThreadCount(std::max(1, parallelism));
    m_endpointContext = ConsoleTrust::forDatabase({}, m_config);
}

void ScanRun::setEndpointContext(const EndpointContext &context)
{
    m_endpointContext = ConsoleTrust::forDatabase(context, m_config);
}

ScanRun::~ScanRun()
{
    cancel();
    m_pool.waitForDone();
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
    for (const Asset &asset : std::as_const(m_assets)) {
        m_pool.start([this, asset] {
            const Outcome outcome = scanOne(asset);
            QMetaObject::invokeMethod(
                this, [this, outcome] { deliver(outcome); }, Qt::QueuedConnection);
        });
    }
}

void ScanRun::cancel()
{
    m_cancel = true;
}

void ScanRun::deliver(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    if (m_changes) {
        // Success or failure, the asset's last scan was recorded, with its audit event.
        emit m_changes->assetsChanged(ChangedIds::of({outcome.assetId}));
        emit m_changes->patchesChanged(ChangedIds::of({outcome.assetId}));
        emit m_changes->auditAppended();
    }
    emit assetFinished(outcome);
    emit progress(int(m_outcomes.size()), total());
    if (m_outcomes.size() == m_assets.size())
        correlateThenFinish();
}

void ScanRun::correlateThenFinish()
{
    const bool anyStored =
        std::any_of(m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome &o) { return o.ok; });
    if (!anyStored || m_cancel) {
        m_running = false;
        emit finished();
        return;
    }
    m_pool.start([this] {
        QString error;
        if (auto database = Database::open(m_config); !database) {
            error = database.error().text();
        } else {
            QMutexLocker writer(&m_writeLock);
            if (const auto summary = Correlator(database.value()->connection()).run(); !summary)
                error = summary.error().text();
        }
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_correlationError = error;
                if (error.isEmpty() && m_changes)
                    emit m_changes->intelChanged();
                m_running = false;
                emit finished();
            },
            Qt::QueuedConnection);
    });
}

ScanRun::Outcome ScanRun::scanOne(const Asset &asset)
{
    Outcome outcome;
    outcome.assetId = asset.id;
    outcome.assetName = asset.name;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();

    Result<ScanRecord> record = Error{tr("Canceled."), {}};
    if (!m_cancel) {
        auto endpoint = endpointForAsset(asset, m_endpointContext);
        if (!endpoint) {
            record = endpoint.error();
        } else {
            const auto onStep = [this, name = asset.name](const QString &step) {
                QMetaObject::invokeMethod(
                    this, [this, name, step] { emit assetStep(name, step); }, Qt::QueuedConnection);
            };
            record = AssetScanner::scan(*endpoint.value(), asset.id, m_limits, &m_cancel, onStep);
        }
    }
    outcome.canceled = !record && m_cancel;

    QMutexLocker writer(&m_writeLock);
    QElapsedTimer writing;
    writing.start();
    store(record, startedAt, &outcome);
    outcome.writeMs = double(writing.nsecsElapsed()) / 1e6;
    qCInfo(lcScan) << "scanned" << asset.name << (outcome.ok ? "ok" : "failed");
    return outcome;
}

void ScanRun::store(const Result<ScanRecord> &record, const QDateTime &startedAt, Outcome *outcome) const
{
    auto database = Database::open(m_config);
    if (!database) {
        outcome->message = database.error().text();
        return;
    }
    ScanRepository repository(database.value()->connection(), database.value()->actor());
    if (record) {
        auto summary = repository.recordSuccess(record.value());
        outcome->ok = summary.ok();
        if (summary)
            outcome->summary = summary.value();
        else
            outcome->message = summary.error().text();
    } else {
        outcome->message = record.error().text();
        outcome->errorCode = record.error().code;
        if (Status stored =
                repository.recordFailure(outcome->assetId, startedAt, outcome->message, outcome->canceled);
            !stored)
            outcome->message += QLatin1Char(' ') + stored.error().text();
    }
}
