#include "AssetsPane.h"

#include "AssetActions.h"
#include "NewChangeRequest.h"
#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/AssetTableModel.h"
#include "jobs/BackgroundReads.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHeaderView>
#include <QItemSelection>
#include <QTableView>
#include <QToolBar>

AssetsPane::AssetsPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("assets"), tr("Assets"),
               QStringLiteral(":/icons/assets.svg"), parent)
{
    m_model = new AssetTableModel(this);
    m_reads = new BackgroundReads(QStringLiteral("assets-reads"), this);
    connect(m_reads, &BackgroundReads::delivered, this, &AssetsPane::loaded);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(icon(),
                         tr("<h3>No assets yet</h3><p>Add one with <b>Add asset…</b> (Ctrl+N), or import a "
                            "CSV file or an Ansible inventory with <b>Import assets…</b>.</p>"));
    table->setColumnWidths({12, 22, 12, 24, 14, 6, 6, 5, 5, 5, 16});
    table->setDefaultSort(AssetTableModel::Name, Qt::AscendingOrder);

    m_scanSelected = new QAction(QIcon(QStringLiteral(":/icons/scan.svg")), tr("Scan selected"), this);
    m_scanSelected->setObjectName(QStringLiteral("actionScanSelected"));
    m_scanSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_scanSelected->setStatusTip(
        tr("Collect facts, installed packages and pending updates from the selected assets"));
    m_scanSelected->setEnabled(false);
    table->toolBar()->addAction(m_scanSelected);
    connect(m_scanSelected, &QAction::triggered, this, [this] {
        if (!m_actions->fleetPermission())
            return;
        const QList<Asset> assets = selectedAssets();
        if (!assets.isEmpty())
            emit scanRequested(assets);
    });
    m_actions = new AssetActions(database, changes, this);
    table->toolBar()->addActions(m_actions->actions());

    m_newChange = new QAction(tr("New change request for these assets…"), this);
    m_newChange->setObjectName(QStringLiteral("actionNewChangeForAssets"));
    connect(m_newChange, &QAction::triggered, this, &AssetsPane::newChangeRequest);
    // The table's menu: what applies to the selected assets.
    table->addContextAction(m_scanSelected);
    table->addContextAction(m_actions->editAction());
    table->addContextAction(m_actions->removeAction());
    table->addContextSeparator();
    table->addContextAction(m_newChange);

    connect(table->table(), &QAbstractItemView::activated, m_actions, &AssetActions::edit);
    connect(m_actions, &AssetActions::changed, this, &AssetsPane::select);
    connect(&changes, &ChangeNotifier::assetsChanged, this, &AssetsPane::update);
    connect(table, &TablePane::currentSourceRowChanged, this, [this](int row) {
        m_actions->setCurrent(row >= 0 ? std::optional<Asset>(m_model->recordAt(row)) : std::nullopt);
        updateSelectionActions();
    });
    connect(table, &TablePane::selectedRowsChanged, this, &AssetsPane::updateSelectionActions);
    updateSelectionActions();
}

void AssetsPane::updateSelectionActions()
{
    const int selected = int(tablePane()->selectedSourceRows().size());
    m_actions->setSelectedCount(selected);
    const QString none = tr("Select one or more assets first.");
    // Scanning writes the fleet's records: the same permission as the asset actions, the same reason.
    const Status &allowed = m_actions->fleetPermission();
    m_scanSelected->setEnabled(selected > 0 && allowed.ok());
    m_scanSelected->setToolTip(!allowed       ? allowed.error().text()
                               : selected > 0 ? m_scanSelected->statusTip()
                                              : none);
    if (selected == 0) {
        m_newChange->setEnabled(false);
        m_newChange->setToolTip(none);
    } else {
        NewChangeRequest::allow(
            m_newChange, database(),
            tr("Put every missing patch on the %n selected asset(s) to the change board", nullptr, selected));
    }
    m_newChange->setStatusTip(tr("Put every missing patch on the selected assets to the change board"));
}

void AssetsPane::newChangeRequest()
{
    QStringList names;
    for (const Asset &asset : selectedAssets())
        names.append(asset.name);
    if (!names.isEmpty() && m_newChange->isEnabled())
        NewChangeRequest::forAssets(database(), changes(), names, this);
}

bool AssetsPane::select(const QString &name)
{
    QTableView *view = tablePane()->table();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, AssetTableModel::Name);
        if (index.data().toString() == name) {
            view->selectRow(row);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool AssetsPane::showAsset(const QString &name)
{
    if (select(name))
        return true;
    // The filter may hide it.
    tablePane()->setFilterText(QString());
    return select(name);
}

namespace {
// A first load reads this many assets first (by name: what the view shows at the top) and the rest after:
// the pane is interactive in ms while the whole fleet (100,000 assets: seconds) is read.
constexpr int FirstPageRows = 500;
// A reload reads the assets in slices of this many (a few MB each).
constexpr qsizetype SliceRows = 8192;
} // namespace

void AssetsPane::reload()
{
    m_actions->refreshPermission();
    updateSelectionActions();
    if (m_model->rowCount() == 0)
        tablePane()->setSubtitle(tr("Loading…"));
    // Read on the worker: rows update in place when they arrive, the selection stays. The worker also says
    // which rows changed, against the rows as they are now (it shares their data), and ranks the sort column.
    QList<Asset> before = m_model->records();
    const int staleDays = m_model->staleDays();
    const QSet<qint64> scanning = m_model->scanning();
    const int sortColumn = tablePane()->table()->horizontalHeader()->sortIndicatorSection();
    m_reads->submitInSteps(
        database().config(),
        [this, before = std::move(before), staleDays, scanning,
         sortColumn](const Result<Database *> &connection,
                     const BackgroundReads::Early &early) mutable -> BackgroundReads::Delivery {
            if (!connection) {
                return [this, error = connection.error()] {
                    showAssets(Result<QList<Asset>>(error), {}, {}, {});
                };
            }
            const AssetRepository assetRepository(connection.value()->connection(),
                                                  connection.value()->actor());
            const bool reloading = !before.isEmpty();
            if (reloading) {
                // A reload keeps only what changed, as the assets are read: never a second copy of them all.
                AssetTableModel model; // this pane's settings
                model.setStaleDays(staleDays);
                model.setScanning(scanning);
                AssetTableModel::ChangeCollector collector(model, std::move(before));
                const Status read = assetRepository.listInSlices(SliceRows, [&](QList<Asset> &slice) {
                    for (Asset &asset : slice)
                        collector.take(std::move(asset));
                });
                if (!read)
                    return [this, error = read.error()] {
                        showAssets(Result<QList<Asset>>(error), {}, {}, {});
                    };
                AssetTableModel::Changes changes = collector.finish();
                if (changes.valid) {
                    AssetTableModel::SortRanks ranks = model.ranksAfter(changes, sortColumn);
                    return
                        [this, changes = std::move(changes), ranks = std::move(ranks), scanning]() mutable {
                            showChanges(std::move(changes), std::move(ranks), scanning);
                        };
                }
                before = QList<Asset>(); // a key came twice: the whole list, compared by the model
            }
            if (!reloading) {
                auto page = assetRepository.listFirst(FirstPageRows);
                // A fleet of one page is read whole at once.
                if (page && page.value().size() == FirstPageRows) {
                    before = page.value(); // the model's rows once the page is shown: compared below
                    early(
                        [this, page = std::move(page).value()]() mutable { showFirstPage(std::move(page)); });
                }
            }
            auto assets = assetRepository.list();
            AssetTableModel::Comparison comparison;
            AssetTableModel::SortRanks ranks;
            if (assets) {
                AssetTableModel model; // this pane's settings
                model.setStaleDays(staleDays);
                model.setScanning(scanning);
                if (!before.isEmpty())
                    comparison = model.compare(std::move(before), assets.value());
                ranks = model.ranksAfter(assets.value(), comparison, sortColumn);
            }
            before = QList<Asset>(); // not kept past the read: the model's rows stay unshared
            return [this, assets = std::move(assets), comparison = std::move(comparison),
                    ranks = std::move(ranks), scanning]() mutable {
                showAssets(std::move(assets), std::move(comparison), std::move(ranks), scanning);
            };
        });
}

void AssetsPane::showFirstPage(QList<Asset> assets)
{
    if (m_model->rowCount() != 0)
        return; // rows came another way (an asset added meanwhile): the full read replaces them in place
    m_model->updateRecords(std::move(assets));
    tablePane()->setSubtitle(tr("Loading…"));
    selectFirstRow();
}

void AssetsPane::showAssets(Result<QList<Asset>> assets, AssetTableModel::Comparison comparison,
                            AssetTableModel::SortRanks ranks, const QSet<qint64> &rankedScanning)
{
    if (!assets) {
        emit problem(assets.error().text());
        return;
    }
    if (rankedScanning != m_model->scanning())
        ranks = {}; // the Status column reads otherwise now
    // What the model leaves (a reload's unchanged rows) is freed on the worker.
    QList<Asset> rows = std::move(assets).value();
    m_model->updateRecords(rows, {}, std::move(comparison), std::move(ranks));
    m_reads->discard(std::move(rows));
    showSummary();
    selectFirstRow();
}

void AssetsPane::showChanges(AssetTableModel::Changes changes, AssetTableModel::SortRanks ranks,
                             const QSet<qint64> &rankedScanning)
{
    if (rankedScanning != m_model->scanning())
        ranks = {}; // the Status column reads otherwise now
    if (!m_model->applyChanges(std::move(changes), {}, {}, std::move(ranks))) {
        reloadSoon(); // the rows changed here meanwhile: read them again
        return;
    }
    showSummary();
    selectFirstRow();
}

void AssetsPane::selectFirstRow()
{
    // Start on the first row; later reloads keep the admin's place (rows update in place).
    QTableView *view = tablePane()->table();
    if (!view->selectionModel()->hasSelection() && view->model()->rowCount() > 0)
        view->selectRow(0);
}

void AssetsPane::update(const ChangedIds &assetIds)
{
    if (assetIds.isAll()) {
        reload();
        return;
    }
    const auto assets =
        AssetRepository(database().connection(), database().actor()).findByIds(assetIds.ids());
    if (!assets) {
        emit problem(assets.error().text());
        return;
    }
    QSet<qint64> gone(assetIds.ids().cbegin(), assetIds.ids().cend());
    for (const Asset &asset : assets.value())
        gone.remove(asset.id);
    m_model->removeKeys(gone);
    m_model->upsertRecords(assets.value());
    showSummary();
}

void AssetsPane::showSummary()
{
    QMap<AssetStatus, int> counts;
    int security = 0;
    for (const Asset &asset : m_model->records()) {
        counts[m_model->statusOf(asset)] += 1;
        security += asset.securityPendingCount;
    }
    // The statuses present, in the Status column's words: failures are counted, not hidden in a total.
    QStringList parts;
    for (AssetStatus status : everyValue<AssetStatus>()) {
        if (const int n = counts.value(status); n > 0)
            parts.append(QStringLiteral("%1 %2").arg(n).arg(displayName(status)));
    }
    tablePane()->setSubtitle(
        tr("%n asset(s)", nullptr, m_model->rowCount()) +
        (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", "))) +
        QStringLiteral("; ") + tr("%n security update(s) pending", nullptr, security));
}

void AssetsPane::setScanning(const QSet<qint64> &assetIds)
{
    m_model->setScanning(assetIds);
    showSummary();
}

void AssetsPane::selectAssets(const QList<qint64> &assetIds)
{
    QTableView *view = tablePane()->table();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : assetIds) {
        const int sourceRow = m_model->rowOfKey(id);
        if (sourceRow < 0)
            continue;
        QModelIndex index = m_model->index(sourceRow, AssetTableModel::Name);
        if (proxy)
            index = proxy->mapFromSource(index);
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index.siblingAtColumn(view->model()->columnCount() - 1));
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    if (!first.isValid())
        return;
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(first);
    view->setFocus();
}

QList<Asset> AssetsPane::selectedAssets() const
{
    QList<Asset> assets;
    for (int row : tablePane()->selectedSourceRows())
        assets.append(m_model->recordAt(row));
    return assets;
}

bool AssetsPane::isLoading() const
{
    return m_reads->isBusy();
}
