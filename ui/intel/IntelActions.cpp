#include "IntelActions.h"

#include "FeedsDialog.h"
#include "IntelImportDialog.h"

#include "intel/FeedOverview.h"
#include "jobs/IntelRun.h"
#include "storage/Database.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace {

QString countsText(const IntelImport::Outcome &o)
{
    return IntelActions::tr("%n record(s): %1 added, %2 changed, %3 unchanged, %4 removed.", nullptr,
                            int(o.records))
        .arg(o.counts.added)
        .arg(o.counts.changed)
        .arg(o.counts.unchanged)
        .arg(o.counts.removed);
}

QString correlationText(const IntelImport::Outcome &o)
{
    if (!o.correlated)
        return {};
    const Correlator::Summary &s = o.correlation;
    return IntelActions::tr(
               "Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a pending patch.")
        .arg(s.packagesChecked)
        .arg(s.assets)
        .arg(s.vulnerabilities)
        .arg(s.fixedByPendingPatch);
}

} // namespace

IntelActions::IntelActions(Database &database, ChangeNotifier &changes, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_changes(changes)
    , m_window(window)
{
    setObjectName(QStringLiteral("intelActions"));
    m_import = new QAction(tr("&Import feed or scanner report…"), this);
    m_import->setObjectName(QStringLiteral("actionIntelImport"));
    m_import->setStatusTip(tr("Import a KEV, EPSS, NVD or OSV file, or a Nessus or OpenVAS report"));
    connect(m_import, &QAction::triggered, this, &IntelActions::chooseImport);
    m_sync = new QAction(tr("&Sync due feeds"), this);
    m_sync->setObjectName(QStringLiteral("actionIntelSync"));
    m_sync->setStatusTip(
        tr("Download the enabled feeds that are due (KEV, EPSS, NVD updates, OSV) and import "
           "what changed; NVD's first full download starts from Intel ▸ Feeds…"));
    connect(m_sync, &QAction::triggered, this, &IntelActions::startSync);
    m_feedsAction = new QAction(tr("&Feeds…"), this);
    m_feedsAction->setObjectName(QStringLiteral("actionIntelFeeds"));
    m_feedsAction->setStatusTip(
        tr("Each feed's status, sync one or more feeds, cancel, and the proxy and mirror settings"));
    connect(m_feedsAction, &QAction::triggered, this, &IntelActions::showFeeds);
}

IntelActions::~IntelActions() = default; // IntelRun's destructor cancels and waits for the worker

bool IntelActions::isRunning() const
{
    return (m_run && m_run->isRunning()) || (m_feeds && m_feeds->isRunning());
}

FeedsDialog *IntelActions::feedsDialog()
{
    if (!m_feeds) {
        m_feeds = new FeedsDialog(m_database, m_changes, m_window);
        m_feeds->setBusyCheck([this] {
            if (m_run && m_run->isRunning()) {
                QMessageBox::information(
                    m_window, tr("Intel is busy"),
                    tr("An import or sync is running. Wait for it or cancel it, then try again."));
                return true;
            }
            return m_busy && m_busy();
        });
    }
    return m_feeds;
}

void IntelActions::showFeeds()
{
    FeedsDialog *dialog = feedsDialog();
    dialog->reload();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool IntelActions::refuse()
{
    if (isRunning()) {
        QMessageBox::information(
            m_window, tr("Intel is busy"),
            tr("An import or sync is running. Wait for it or cancel it, then try again."));
        return true;
    }
    return m_busy && m_busy();
}

void IntelActions::chooseImport()
{
    if (refuse())
        return;
    auto *dialog = new IntelImportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startImport(dialog->feed(), dialog->path(), dialog->createAssets()); });
    dialog->open();
}

QProgressDialog *IntelActions::newProgress(const QString &title, const QString &label, bool cancelable)
{
    auto *progress = new QProgressDialog(m_window);
    progress->setObjectName(QStringLiteral("intelProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowTitle(title);
    progress->setLabelText(label);
    progress->setRange(0, 0); // busy until there is something to count
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumWidth(420);
    if (!cancelable)
        progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->show();
    return progress;
}

void IntelActions::startImport(IntelFeed feed, const QString &path, bool createAssets)
{
    if (refuse())
        return;
    IntelImport::Options options;
    options.createAssets = createAssets;
    m_run = std::make_unique<IntelRun>(m_database.config());
    m_run->setChangeNotifier(&m_changes);
    m_progress = newProgress(
        tr("Importing"),
        tr("Importing %1 from %2…").arg(IntelImportDialog::feedTitle(feed), QFileInfo(path).fileName()),
        false);
    connect(m_run.get(), &IntelRun::finished, this, [this, path] { onImportFinished(path); });
    m_run->startImport(feed, path, options);
}

void IntelActions::onImportFinished(const QString &path)
{
    if (m_progress)
        m_progress->close();
    const IntelRun::FeedResult result =
        m_run->results().isEmpty() ? IntelRun::FeedResult() : m_run->results().constFirst();
    const QString title = IntelImportDialog::feedTitle(result.feed);
    if (!result.ok) {
        showOutcome(tr("Import failed"), tr("%1 was not imported from %2.").arg(title, path),
                    result.error + QStringLiteral("\n\n") +
                        tr("Nothing was stored. Check that the file is the kind chosen and complete "
                           "(download it again if it was cut short), then import it again."),
                    true);
        return;
    }
    const IntelImport::Outcome &o = result.import;
    QStringList details{countsText(o)};
    if (!o.version.isEmpty())
        details.append(tr("Version: %1").arg(o.version));
    if (!o.createdAssets.isEmpty())
        details.append(tr("Created %n inventory-only asset(s) (never scanned or logged into until you give "
                          "them a transport with Edit asset… in the Assets pane): %1",
                          nullptr, int(o.createdAssets.size()))
                           .arg(o.createdAssets.join(QStringLiteral(", "))));
    if (!o.unmatchedHosts.isEmpty())
        details.append(tr("No asset matches these hosts, so their findings are kept unassigned: %1. Add the "
                          "assets, or import again with \"Add an asset for each host no asset matches\".")
                           .arg(o.unmatchedHosts.join(QStringLiteral(", "))));
    if (const QString correlation = correlationText(o); !correlation.isEmpty())
        details.append(correlation);
    showOutcome(tr("Import finished"), tr("Imported %1 from %2.").arg(title, QFileInfo(path).fileName()),
                details.join(QStringLiteral("\n\n")), false);
}

void IntelActions::startSync()
{
    if (refuse())
        return;
    const auto rows = FeedOverview(m_database).list();
    if (!rows) {
        showOutcome(tr("Sync feeds"), tr("The feeds' state cannot be read."), rows.error().text(), true);
        return;
    }
    QList<FeedSource> due;
    m_skipped.clear();
    for (const FeedStatus &row : rows.value()) {
        if (!row.due)
            continue;
        if (row.longRunning) {
            m_skipped.append(
                tr("NVD was not synced: its first full download takes hours. Start it from "
                   "Intel ▸ Feeds… (select NVD, Sync selected) when the console can stay open."));
            continue;
        }
        if (const auto source = FeedSource::fromKey(row.key))
            due.append(*source);
    }
    if (due.isEmpty()) {
        QStringList details = m_skipped;
        details.append(
            tr("Intel ▸ Feeds… shows when each feed last synced and syncs any of them on demand."));
        showOutcome(tr("Sync feeds"),
                    tr("No feed is due: every enabled feed synced within the last %n hour(s).", nullptr,
                       FeedOverview::DueAfterHours),
                    details.join(QStringLiteral("\n\n")), false);
        return;
    }
    m_run = std::make_unique<IntelRun>(m_database.config());
    m_run->setChangeNotifier(&m_changes);
    m_progress = newProgress(tr("Syncing feeds"), tr("Connecting…"), true);
    connect(m_progress, &QProgressDialog::canceled, this, &IntelActions::cancel);
    connect(m_run.get(), &IntelRun::feedStarted, this, [this](const QString &feed) {
        if (!m_progress || m_run->wasCanceled())
            return;
        m_progress->setRange(0, 0);
        m_progress->setLabelText(tr("Syncing %1: connecting…").arg(feed));
    });
    connect(
        m_run.get(), &IntelRun::progress, this, [this](const QString &feed, qint64 received, qint64 total) {
            if (!m_progress || m_run->wasCanceled())
                return;
            const QLocale locale;
            if (total > 0) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
                m_progress->setLabelText(
                    tr("Syncing %1: %2 of %3")
                        .arg(feed, locale.formattedDataSize(received), locale.formattedDataSize(total)));
            } else {
                m_progress->setRange(0, 0);
                m_progress->setLabelText(tr("Syncing %1: %2").arg(feed, locale.formattedDataSize(received)));
            }
        });
    connect(m_run.get(), &IntelRun::finished, this, &IntelActions::onSyncFinished);
    m_run->startSync(due, IntelSync::Options());
}

void IntelActions::cancel()
{
    if (m_feeds)
        m_feeds->cancel();
    if (!m_run || !m_run->isRunning())
        return;
    m_run->cancel();
    if (m_progress) {
        m_progress->setLabelText(tr("Canceling…"));
        m_progress->show(); // QProgressDialog hides itself on Cancel; keep saying what is happening
    }
}

void IntelActions::onSyncFinished()
{
    if (m_progress)
        m_progress->close();
    QStringList lines;
    int failed = 0;
    for (const IntelRun::FeedResult &r : m_run->results()) {
        const QString feed = r.key.isEmpty() ? intelFeedName(r.feed) : r.key;
        if (!r.ok) {
            ++failed;
            lines.append(tr("%1: %2").arg(feed, r.error));
        } else if (r.notModified) {
            lines.append(tr("%1: not modified since the last sync.").arg(feed));
        } else {
            QString line = tr("%1: %2").arg(feed, countsText(r.import));
            if (const QString correlation = correlationText(r.import); !correlation.isEmpty())
                line += QLatin1Char(' ') + correlation;
            lines.append(line);
        }
    }
    const bool canceled = m_run->wasCanceled();
    QString text;
    if (canceled)
        text = tr("Sync canceled. Feeds imported before the cancel are kept.");
    else if (failed == 0)
        text = tr("Feeds are up to date.");
    else
        text = tr("%n feed(s) could not be synced.", nullptr, failed);
    if (failed > 0 && !canceled)
        lines.append(tr("Check the network connection and the proxy (Intel ▸ Feeds… ▸ Network ▸ Proxy), then "
                        "sync again. Without access to the internet, set a mirror in Intel ▸ Feeds…, or "
                        "download the feeds on another machine and use Intel ▸ Import feed or scanner "
                        "report…"));
    lines.append(m_skipped);
    showOutcome(tr("Sync feeds"), text, lines.join(QStringLiteral("\n\n")), failed > 0 && !canceled);
    if (m_feeds)
        m_feeds->reload();
}

void IntelActions::showOutcome(const QString &title, const QString &text, const QString &details, bool failed)
{
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("intelOutcome"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->open();
    emit finished();
}
