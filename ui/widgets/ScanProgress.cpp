#include "ScanProgress.h"

#include "jobs/RunDefaults.h"
#include "jobs/ScanRun.h" // with SshSessionCache (EndpointContext)

#include "itemmodels/DisplayFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

ScanProgress::ScanProgress(ChangeNotifier &changes, QWidget *parent)
    : QWidget(parent)
    , m_changes(changes)
    , m_keptSessions(std::make_shared<SshSessionCache>())
{
    setObjectName(QStringLiteral("scanProgress"));
    m_pace = new QLabel(this);
    m_pace->setObjectName(QStringLiteral("scanPace"));
    m_paceTimer = new QTimer(this);
    m_paceTimer->setObjectName(QStringLiteral("scanProgressPace"));
    m_paceTimer->setInterval(1000);
    connect(m_paceTimer, &QTimer::timeout, this, &ScanProgress::showPace);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("scanProgressBar"));
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(true);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("scanCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the scan; assets already scanned keep their results"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scanSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_summary, &QLabel::linkActivated, this, [this] { emit showAssetsRequested(m_failedIds); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_pace);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ScanProgress::cancel);
    hide();
}

ScanProgress::~ScanProgress() = default;

void ScanProgress::closeKeptSessions(qint64 assetId)
{
    m_keptSessions->closeAsset(assetId);
}

bool ScanProgress::isRunning() const
{
    return m_run && m_run->isRunning();
}

void ScanProgress::start(const DatabaseConfig &config, const QList<Asset> &assets, const RunDefaults &limits)
{
    if (isRunning() || assets.isEmpty())
        return;
    clearSummary();
    m_run = std::make_unique<ScanRun>(config, assets, limits.parallelism);
    m_run->setLimits(limits.scanLimits());
    EndpointContext endpoints;
    endpoints.connectTimeout = limits.scanLimits().connectTimeout;
    m_run->setEndpointContext(endpoints);
    m_run->setChangeNotifier(&m_changes);
    m_run->keepSessionsIn(m_keptSessions);
    m_assets = assets;
    m_clock.start();
    m_forecast.start(m_run->total(), 0);
    m_scanning.clear();
    for (const Asset &asset : assets) {
        if (asset.transport != Transport::None)
            m_scanning.insert(asset.id);
    }
    connect(m_run.get(), &ScanRun::progress, this, [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_bar->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(m_run.get(), &ScanRun::assetStep, this, [this](const QString &asset, const QString &step) {
        m_label->setText(tr("Scanning %1: %2…").arg(asset, step));
    });
    connect(m_run.get(), &ScanRun::assetFinished, this, [this](const ScanRun::Outcome &outcome) {
        m_scanning.remove(outcome.assetId);
        m_forecast.finishedOne(outcome.ok());
        showPace();
        emit scanningChanged(m_scanning);
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
    for (QWidget *part : {static_cast<QWidget *>(m_pace), static_cast<QWidget *>(m_label),
                          static_cast<QWidget *>(m_bar), static_cast<QWidget *>(m_cancel)})
        part->show();
    showPace();
    m_paceTimer->start();
    show();
    emit scanningChanged(m_scanning);
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

void ScanProgress::showPace()
{
    QString text = tr("%1 ok, %2 failed").arg(m_forecast.ok()).arg(m_forecast.failed());
    if (const auto left = m_forecast.remainingMs(m_clock.elapsed()))
        text +=
            QStringLiteral(" · ") + tr("about %1 left").arg(DisplayFormat::remaining((*left + 999) / 1000));
    m_pace->setText(text);
}

QString ScanProgress::paceText() const
{
    return m_pace->isHidden() ? QString() : m_pace->text();
}

void ScanProgress::onFinished()
{
    m_paceTimer->stop();
    const ScanSummary summary = ScanSummary::of(*m_run);
    if (!m_scanning.isEmpty()) {
        m_scanning.clear();
        emit scanningChanged(m_scanning);
    }
    showSummary(summary);
    emit finished(summary);
}

void ScanProgress::showSummary(const ScanSummary &summary)
{
    m_pace->hide();
    m_label->hide();
    m_bar->hide();
    m_cancel->hide();
    m_failedIds = summary.failedAssetIds;
    // Failures get a sign and a link to them; a cancel is the user's choice and reads neutral.
    QString html = summary.text().toHtmlEscaped();
    if (summary.anyFailed())
        html = QStringLiteral("⚠ ") + html + QStringLiteral(" — <a href=\"show\">%1</a>").arg(tr("show"));
    m_summary->setText(html);
    m_summary->setToolTip(summary.anyFailed() ? tr("Select the assets whose scan failed") : QString());
    m_summary->show();
    show();
}

void ScanProgress::clearSummary()
{
    m_failedIds.clear();
    m_summary->clear();
    m_summary->hide();
    if (!isRunning())
        hide();
}

QString ScanProgress::summaryText() const
{
    if (m_summary->isHidden() || m_summary->text().isEmpty())
        return {};
    QTextDocument document;
    document.setHtml(m_summary->text());
    return document.toPlainText();
}
