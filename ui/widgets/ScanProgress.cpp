#include "ScanProgress.h"

#include "jobs/ScanRun.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

ScanProgress::ScanProgress(ChangeNotifier &changes, QWidget *parent)
    : QWidget(parent)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("scanProgress"));
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("scanProgressBar"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(true);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("scanCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the scan; assets already scanned keep their results"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ScanProgress::cancel);
    hide();
}

ScanProgress::~ScanProgress() = default;

bool ScanProgress::isRunning() const
{
    return m_run && m_run->isRunning();
}

void ScanProgress::start(const DatabaseConfig &config, const QList<Asset> &assets, int parallelism)
{
    if (isRunning() || assets.isEmpty())
        return;
    m_run = std::make_unique<ScanRun>(config, assets, parallelism);
    m_run->setChangeNotifier(&m_changes);
    m_assets = assets;
    connect(m_run.get(), &ScanRun::progress, this, [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_bar->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(m_run.get(), &ScanRun::assetStep, this, [this](const QString &asset, const QString &step) {
        m_label->setText(tr("Scanning %1: %2…").arg(asset, step));
    });
    connect(m_run.get(), &ScanRun::assetFinished, this, [this](const ScanRun::Outcome &outcome) {
        emit assetScanned(outcome.assetName, outcome.ok(), outcome.message);
        if (outcome.errorCode == QLatin1String(HostKeyVerifier::UnknownCode) ||
            outcome.errorCode == QLatin1String(HostKeyVerifier::ChangedCode)) {
            for (const Asset &asset : std::as_const(m_assets)) {
                if (asset.id == outcome.assetId)
                    emit hostKeyRefused(asset);
            }
        }
    });
    connect(m_run.get(), &ScanRun::finished, this, &ScanProgress::onFinished);
    m_cancel->setEnabled(true);
    m_label->setText(tr("Starting scan…"));
    show();
    m_run->start();
}

void ScanProgress::cancel()
{
    if (!isRunning())
        return;
    m_cancel->setEnabled(false);
    m_label->setText(tr("Canceling…"));
    m_run->cancel();
}

void ScanProgress::onFinished()
{
    int succeeded = 0;
    int failed = 0;
    for (const ScanRun::Outcome &outcome : m_run->outcomes())
        (outcome.ok() ? succeeded : failed) += 1;
    hide();
    emit finished(succeeded, failed);
}
