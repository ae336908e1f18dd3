#include "FeedsDialog.h"

#include "FeedNetworkSettings.h"
#include "itemmodels/StatusTone.h"

#include "changes/ChangeNotifier.h"
#include "intel/FeedOverview.h"
#include "intel/FeedSettings.h"
#include "itemmodels/FeedTableModel.h"
#include "jobs/IntelRun.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool isNetworkFailure(const QString &code)
{
    static const QStringList codes{QStringLiteral("proxy"),   QStringLiteral("host-not-found"),
                                   QStringLiteral("timeout"), QStringLiteral("connection-refused"),
                                   QStringLiteral("network"), QStringLiteral("tls")};
    return codes.contains(code);
}

} // namespace

FeedsDialog::FeedsDialog(Database &database, ChangeNotifier &changes, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("feedsDialog"));
    setWindowTitle(tr("Feeds"));
    setModal(false);

    auto *intro = new QLabel(
        tr("Where each feed comes from, when it last synced and what it holds. Nothing syncs on a schedule: "
           "sync the feeds you choose, or those due (never synced, failed, or last synced a day ago)."),
        this);
    intro->setWordWrap(true);

    m_model = new FeedTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("feedsTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons (arrows move in it)
    m_table->setAccessibleName(tr("Vulnerability feeds"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setMinimumHeight(180);

    m_syncSelected = new QPushButton(tr("&Sync selected"), this);
    m_syncSelected->setObjectName(QStringLiteral("feedsSyncSelected"));
    m_syncDue = new QPushButton(tr("Sync &due feeds"), this);
    m_syncDue->setObjectName(QStringLiteral("feedsSyncDue"));
    m_cancel = new QPushButton(tr("&Cancel sync"), this);
    m_cancel->setObjectName(QStringLiteral("feedsCancel"));
    m_toggleEnabled = new QPushButton(tr("&Enable / disable"), this);
    m_toggleEnabled->setObjectName(QStringLiteral("feedsToggleEnabled"));
    m_toggleEnabled->setToolTip(
        tr("Disabled feeds are left out of Sync due feeds and Intel ▸ Sync due feeds."));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("feedsClose"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncSelected);
    buttons->addWidget(m_syncDue);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_toggleEnabled);
    buttons->addStretch(1);
    buttons->addWidget(close);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("feedsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_network = new FeedNetworkSettings(database, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_network);
    resize(1100, 520);

    connect(m_syncSelected, &QPushButton::clicked, this, &FeedsDialog::syncSelected);
    connect(m_syncDue, &QPushButton::clicked, this, &FeedsDialog::syncDue);
    connect(m_cancel, &QPushButton::clicked, this, &FeedsDialog::cancel);
    connect(m_toggleEnabled, &QPushButton::clicked, this, &FeedsDialog::toggleEnabled);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedsDialog::selectionChanged);
    connect(m_network, &FeedNetworkSettings::changed, this, &FeedsDialog::reload);
    connect(&m_changes, &ChangeNotifier::intelChanged, this, [this] {
        if (!isRunning())
            reload();
    });
    reload();
    // Fitted to the contents, but no column wider than 240 px: long URLs and errors are elided in the
    // middle (a URL's "(mirror)" stays in sight; errors are whole in their tooltips) so that validators,
    // records, next due and enabled fit a window 1440 px wide.
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 240));
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

FeedsDialog::~FeedsDialog() = default; // IntelRun's destructor cancels and waits for the worker

bool FeedsDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

void FeedsDialog::reload()
{
    auto rows = FeedOverview(m_database).list(m_options);
    if (!rows) {
        showMessage(rows.error().text(), true);
        return;
    }
    m_model->setRows(rows.value());
    selectionChanged();
}

void FeedsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        problem ? QString(QStringLiteral("color: ") + StatusTone::css(StatusTone::Danger)) : QString());
}

QList<FeedSource> FeedsDialog::selectedSources() const
{
    QList<FeedSource> sources;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers.append(index.row());
    std::sort(numbers.begin(), numbers.end());
    for (int row : std::as_const(numbers)) {
        if (const auto source = FeedSource::fromKey(m_model->rows().at(row).key))
            sources.append(*source);
    }
    return sources;
}

void FeedsDialog::selectionChanged()
{
    const QList<FeedSource> sources = selectedSources();
    bool oneFeed = !sources.isEmpty();
    for (const FeedSource &source : sources)
        oneFeed = oneFeed && source.feed == sources.first().feed;
    m_network->setFeed(oneFeed ? sources.first().feed : IntelFeed::Kev, oneFeed);
    updateButtons();
}

void FeedsDialog::updateButtons()
{
    const bool running = isRunning();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_syncSelected->setEnabled(!running && selected);
    m_syncDue->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_toggleEnabled->setEnabled(!running && selected);
}

void FeedsDialog::syncSelected()
{
    const QList<FeedSource> sources = selectedSources();
    if (sources.isEmpty()) {
        showMessage(tr("Select one or more feeds in the table first."), true);
        return;
    }
    confirmThenStart(sources);
}

void FeedsDialog::syncDue()
{
    const QList<FeedSource> due = FeedOverview::dueSources(m_model->rows());
    if (due.isEmpty()) {
        showMessage(tr("No feed is due: every enabled feed synced within the last %n hour(s). Select feeds "
                       "and use Sync selected to sync them anyway.",
                       nullptr, FeedOverview::DueAfterHours),
                    false);
        return;
    }
    confirmThenStart(due);
}

void FeedsDialog::confirmThenStart(QList<FeedSource> sources)
{
    const int nvdRow = m_model->rowOfKey(QStringLiteral("nvd"));
    const bool nvdLong = nvdRow >= 0 && m_model->rows().at(nvdRow).longRunning;
    if (!nvdLong || !sources.contains(FeedSource{IntelFeed::Nvd, {}})) {
        start(sources);
        return;
    }
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("NVD's full download"),
        tr("NVD has not been synced in full from this URL yet. Its first sync pages through every CVE (over "
           "250,000) at NVD's rate limit, which takes hours; later syncs fetch only what changed."),
        QMessageBox::NoButton, this);
    ask->setObjectName(QStringLiteral("feedsNvdConfirm"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(tr("Keep the console open until it ends; Cancel stops it, keeping the pages "
                               "imported so far. `patchwright-cli intel sync nvd` can run it unattended."));
    QPushButton *include = ask->addButton(tr("Start NVD's full download"), QMessageBox::AcceptRole);
    include->setObjectName(QStringLiteral("feedsNvdStart"));
    QPushButton *skip = ask->addButton(tr("Sync without NVD"), QMessageBox::RejectRole);
    skip->setObjectName(QStringLiteral("feedsNvdSkip"));
    connect(ask, &QMessageBox::finished, this, [this, ask, include, sources]() mutable {
        if (ask->clickedButton() != include)
            sources.removeAll(FeedSource{IntelFeed::Nvd, {}});
        if (sources.isEmpty()) {
            showMessage(tr("Nothing was synced."), false);
            return;
        }
        start(sources);
    });
    ask->open();
}

void FeedsDialog::start(const QList<FeedSource> &sources)
{
    if (isRunning() || (m_busy && m_busy()))
        return;
    m_run = std::make_unique<IntelRun>(m_database.config());
    m_run->setChangeNotifier(&m_changes);
    for (const FeedSource &source : sources)
        m_model->setActivity(source.key(), tr("Waiting…"));
    connect(m_run.get(), &IntelRun::feedStarted, this,
            [this](const QString &key) { m_model->setActivity(key, tr("Connecting…")); });
    connect(m_run.get(), &IntelRun::progress, this, &FeedsDialog::onProgress);
    connect(m_run.get(), &IntelRun::feedFinished, this, [this](const IntelRun::FeedResult &result) {
        m_model->setActivity(result.key, QString());
        reload(); // the row shows its new state as soon as it ends
    });
    connect(m_run.get(), &IntelRun::finished, this, &FeedsDialog::onSyncFinished);
    showMessage(tr("Syncing %n feed(s)…", nullptr, int(sources.size())), false);
    m_run->startSync(sources, m_options);
    updateButtons();
}

void FeedsDialog::onProgress(const QString &key, qint64 received, qint64 total)
{
    if (!m_run || m_run->wasCanceled())
        return;
    const QLocale locale;
    m_model->setActivity(
        key,
        total > 0
            ? tr("Syncing: %1 of %2").arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
            : tr("Syncing: %1").arg(locale.formattedDataSize(received)));
}

void FeedsDialog::cancel()
{
    if (!isRunning())
        return;
    m_run->cancel();
    for (const FeedStatus &row : m_model->rows())
        m_model->setActivity(row.key, QString());
    showMessage(tr("Canceling…"), false);
    m_cancel->setEnabled(false);
}

void FeedsDialog::onSyncFinished()
{
    m_model->clearActivities();
    reload();
    QStringList lines;
    bool failed = false;
    bool unreachable = false;
    for (const IntelRun::FeedResult &r : m_run->results()) {
        const QString title = FeedSource::fromKey(r.key) ? FeedSource::fromKey(r.key)->title() : r.key;
        if (r.cancelled) {
            lines.append(tr("%1: canceled; its stored data is unchanged.").arg(title));
        } else if (!r.ok) {
            failed = true;
            unreachable = unreachable || isNetworkFailure(r.errorCode);
            lines.append(tr("%1: %2").arg(title, r.error));
        } else if (r.notModified) {
            lines.append(tr("%1: not modified since the last sync.").arg(title));
        } else {
            lines.append(tr("%1: %n record(s), %2 added, %3 changed.", nullptr, int(r.import.records))
                             .arg(title)
                             .arg(r.import.counts.added)
                             .arg(r.import.counts.changed));
        }
    }
    if (m_run->wasCanceled() && m_run->results().size() < 1)
        lines.append(tr("Sync canceled before it started; nothing changed."));
    if (unreachable)
        lines.append(tr("Behind a proxy? Set it under Network ▸ Proxy below. Without internet access, set a "
                        "mirror for the feed, or import downloaded files with Intel ▸ Import feed or scanner "
                        "report…"));
    showMessage(lines.join(QLatin1Char('\n')), failed);
    updateButtons();
    emit finished();
}

void FeedsDialog::toggleEnabled()
{
    FeedSettings settings(m_database);
    for (const FeedSource &source : selectedSources()) {
        const int row = m_model->rowOfKey(source.key());
        if (row < 0)
            continue;
        if (const Status saved = settings.setEnabled(source.key(), !m_model->rows().at(row).enabled);
            !saved) {
            showMessage(saved.error().text(), true);
            break;
        }
    }
    reload();
}
