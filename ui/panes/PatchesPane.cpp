#include "PatchesPane.h"

#include "NewChangeRequest.h"
#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/PatchTableModel.h"
#include "jobs/BackgroundReads.h"
#include "listing/PatchListing.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QSet>
#include <QTableView>
#include <QToolBar>

PatchesPane::PatchesPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("patches"), tr("Patches"),
               QStringLiteral(":/icons/patches.svg"), parent)
{
    m_model = new PatchTableModel(this);
    m_reads = new BackgroundReads(QStringLiteral("patches-reads"), this);
    connect(m_reads, &BackgroundReads::delivered, this, &PatchesPane::loaded);
    m_reasons = new BackgroundReads(QStringLiteral("patches-reasons"), this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(
        icon(), tr("<h3>No patches to show</h3><p>Scan an asset (Assets pane, <b>Scan selected</b>, "
                   "or <b>Scan ▸ Scan all assets</b>) to find its pending updates. An asset that is up "
                   "to date has none.</p>"));
    // Asset, Package, Score, Decision, Due, KEV, Severity, CVEs, Findings, Advisory, Installed, Available,
    // Classification, State, Detected, Origin.
    table->setColumnWidths({8, 16, 4, 6, 17, 3, 7, 15, 5, 10, 14, 14, 8, 6, 15, 24, 6});
    // Most urgent first: the score already weighs severity, exploitation, exposure and the SLA.
    table->setDefaultSort(PatchTableModel::Score, Qt::DescendingOrder);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("patchesState"));
    m_state->setAccessibleName(tr("Patch state"));
    for (const PatchState state : everyValue<PatchState>())
        m_state->addItem(displayName(state), int(state));
    m_state->addItem(tr("All states"), QVariant()); // no state: every state
    table->toolBar()->addWidget(m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PatchesPane::reload);

    m_newChange = new QAction(tr("New change request…"), this);
    m_newChange->setObjectName(QStringLiteral("actionNewChangeRequest"));
    m_newChange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction(m_newChange);
    table->toolBar()->addAction(m_newChange);
    connect(m_newChange, &QAction::triggered, this, &PatchesPane::newChangeRequest);
    m_showAsset = new QAction(tr("Show asset"), this);
    m_showAsset->setObjectName(QStringLiteral("actionShowPatchAsset"));
    connect(m_showAsset, &QAction::triggered, this, [this] {
        const QList<AssetPatch> selected = selectedPatches();
        if (!selected.isEmpty() && m_showAsset->isEnabled())
            emit showAssetRequested(selected.constFirst().assetName);
    });
    table->addContextAction(m_newChange);
    table->addContextSeparator();
    table->addContextAction(m_showAsset);
    connect(table, &TablePane::selectedRowsChanged, this, &PatchesPane::updateShowAsset);
    connect(table, &TablePane::currentSourceRowChanged, this, &PatchesPane::explain);
    updateShowAsset();
    updateNewChangeRequest(); // whether this user may, before the rows are read
    connect(&changes, &ChangeNotifier::patchesChanged, this, &PatchesPane::reloadSoon);
    connect(&changes, &ChangeNotifier::assetsChanged, this, &PatchesPane::reloadSoon);
    connect(&changes, &ChangeNotifier::intelChanged, this, &PatchesPane::reloadSoon);
}

void PatchesPane::reload()
{
    PatchQuery query;
    const QVariant state = m_state->currentData();
    query.state = state.isValid() ? std::optional(PatchState(state.toInt())) : std::nullopt;
    query.sort = PatchQuery::Sort::Priority; // ties in the view's sort keep this order
    query.reasons = false;                   // the shown row's come with explain()
    updateNewChangeRequest();
    if (m_model->rowCount() == 0)
        tablePane()->setSubtitle(tr("Loading…"));
    // Read and prioritized on the worker: rows update in place when they arrive, the selection stays.
    // The rows as they are now, for the worker to say which ones the reload changes (it shares their data).
    QList<AssetPatch> before = m_model->records();
    const int sortColumn = tablePane()->table()->horizontalHeader()->sortIndicatorSection();
    m_reads->submit(
        database().config(),
        [this, query, before = std::move(before),
         sortColumn](const Result<Database *> &connection) mutable -> BackgroundReads::Delivery {
            if (connection && !before.isEmpty()) {
                // A reload keeps only what changed, as the rows are read.
                auto changes =
                    readChanges(connection.value()->connection(), query, std::move(before), sortColumn);
                if (!changes || changes.value().changes.valid) {
                    return [this, changes = std::move(changes)]() mutable {
                        showChanges(std::move(changes));
                    };
                }
                before = QList<AssetPatch>(); // a key came twice: the whole list, compared by the model
            }
            auto listed = connection ? PatchListing(connection.value()->connection()).list(query)
                                     : Result<PatchListing::Listed>(connection.error());
            // The filter's text, the sort column's ranks and the summary too, here rather than on the GUI
            // thread.
            QList<QByteArray> searchTexts;
            PatchTableModel::SortRanks ranks; // the sort column's, so the view sorts the rows in ms
            QString summary;
            if (listed) {
                const QList<AssetPatch> &rows = listed.value().rows;
                searchTexts = PatchTableModel::searchTexts(rows);
                ranks = PatchTableModel().ranksAfter(rows, {}, sortColumn);
                PatchCounts counts;
                for (const AssetPatch &row : rows)
                    counts.add(row);
                summary = counts.text();
            }
            return [this, listed = std::move(listed), searchTexts = std::move(searchTexts),
                    ranks = std::move(ranks), summary = std::move(summary)]() mutable {
                showPatches(std::move(listed), std::move(searchTexts), std::move(ranks), summary);
            };
        });
}

Result<PatchesPane::ReadChanges> PatchesPane::readChanges(const QSqlDatabase &db, const PatchQuery &query,
                                                          QList<AssetPatch> before, int sortColumn)
{
    // Slices of this many rows: a few MB each, however big the fleet.
    constexpr qsizetype SliceRows = 16384;
    const PatchTableModel model;
    PatchTableModel::ChangeCollector collector(model, std::move(before));
    PatchCounts counts;
    const auto warning =
        PatchListing(db).listInSlices(query, QDate::currentDate(), SliceRows, [&](QList<AssetPatch> &slice) {
            for (AssetPatch &row : slice) {
                counts.add(row);
                collector.take(std::move(row));
            }
        });
    if (!warning)
        return warning.error();
    ReadChanges read;
    read.changes = collector.finish();
    read.warning = warning.value();
    PatchListing::sortRows(read.changes.added, query.sort); // where the whole list would have them
    read.changedTexts = PatchTableModel::searchTexts(read.changes.changed);
    read.addedTexts = PatchTableModel::searchTexts(read.changes.added);
    read.ranks = model.ranksAfter(read.changes, sortColumn);
    read.summary = counts.text();
    return read;
}

void PatchesPane::showChanges(Result<ReadChanges> read)
{
    if (!read) {
        emit problem(read.error().text());
        return;
    }
    ReadChanges &changes = read.value();
    if (!changes.warning.isEmpty())
        emit problem(changes.warning);
    if (!m_model->applyChanges(std::move(changes.changes), std::move(changes.changedTexts),
                               std::move(changes.addedTexts), std::move(changes.ranks))) {
        reloadSoon(); // the rows changed here meanwhile: read them again
        return;
    }
    tablePane()->setSubtitle(changes.summary);
}

void PatchesPane::showPatches(Result<PatchListing::Listed> listed, QList<QByteArray> searchTexts,
                              PatchTableModel::SortRanks ranks, const QString &summary)
{
    if (!listed) {
        emit problem(listed.error().text());
        return;
    }
    if (!listed.value().warning.isEmpty())
        emit problem(listed.value().warning);
    // The model takes the list itself (a first load copies no row); what it leaves is freed on the worker.
    QList<AssetPatch> rows = std::move(listed.value().rows);
    m_model->updateRecords(rows, searchTexts, {}, std::move(ranks));
    m_reads->discard(std::pair(std::move(rows), std::move(searchTexts)));
    tablePane()->setSubtitle(summary);
}

void PatchesPane::explain(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    const AssetPatch &row = m_model->recordAt(sourceRow);
    if (!row.priority.computed || row.priority.explained)
        return;
    if (row.id == m_explaining && m_reasons->isBusy())
        return; // asked already
    m_explaining = row.id;
    m_reasons->submit(
        database().config(),
        [this, asset = row.assetName,
         id = row.id](const Result<Database *> &connection) -> BackgroundReads::Delivery {
            const auto reasons = connection
                                     ? PatchListing(connection.value()->connection()).reasonsFor(asset, id)
                                     : Result<QStringList>(connection.error());
            return [this, id, reasons] {
                // A failure is said where the reasons go, so the row does not ask again.
                m_model->setReasons(
                    id, reasons ? reasons.value()
                                : QStringList{tr("Why cannot be shown: %1").arg(reasons.error().text())});
            };
        });
}

void PatchesPane::PatchCounts::add(const AssetPatch &row)
{
    ++patches;
    overdue += row.priority.overdue ? 1 : 0;
    security += row.patch.classification == PatchClassification::Security ? 1 : 0;
    assets.insert(row.assetId);
}

QString PatchesPane::PatchCounts::text() const
{
    return tr("%1 on %2, %3 security, %4 overdue")
        .arg(tr("%n patch(es)", nullptr, patches), tr("%n asset(s)", nullptr, int(assets.size())))
        .arg(security)
        .arg(overdue);
}

bool PatchesPane::isLoading() const
{
    return m_reads->isBusy();
}

void PatchesPane::updateNewChangeRequest()
{
    // Only a role that may request changes gets the action; the board's reason says why not. Without a
    // selection it opens on the criteria (KEV, score, CVEs, advisories).
    NewChangeRequest::allow(m_newChange, database(), tr("Put the selected patches to the change board"));
}

void PatchesPane::updateShowAsset()
{
    QSet<QString> assets;
    for (const AssetPatch &patch : selectedPatches())
        assets.insert(patch.assetName);
    m_showAsset->setEnabled(assets.size() == 1);
    m_showAsset->setStatusTip(tr("Show the asset of the selected patches in the Assets pane"));
    m_showAsset->setToolTip(assets.size() == 1 ? tr("Show %1 in the Assets pane").arg(*assets.cbegin())
                            : assets.isEmpty() ? tr("Select a patch first.")
                                               : tr("The selected patches are on %n assets: select the "
                                                    "patches of one.",
                                                    nullptr, int(assets.size())));
}

QList<AssetPatch> PatchesPane::selectedPatches() const
{
    QList<AssetPatch> selected;
    for (int row : tablePane()->selectedSourceRows())
        selected.append(m_model->recordAt(row));
    return selected;
}

void PatchesPane::newChangeRequest()
{
    if (m_newChange->isEnabled())
        NewChangeRequest::forPatches(database(), changes(), selectedPatches(), this);
}
