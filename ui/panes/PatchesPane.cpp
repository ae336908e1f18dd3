#include "PatchesPane.h"

#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/PatchTableModel.h"
#include "listing/PatchListing.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QToolBar>

PatchesPane::PatchesPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("patches"), tr("Patches"),
               QStringLiteral(":/icons/patches.svg"), parent)
{
    m_model = new PatchTableModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(
        icon(), tr("<h3>No patches to show</h3><p>Scan an asset (Assets pane, <b>Scan selected</b>, "
                   "or <b>Scan ▸ Scan all assets</b>) to find its pending updates. An asset that is up "
                   "to date has none.</p>"));
    // Asset, Package, Score, Decision, Due, KEV, Severity, CVEs, Findings, Advisory, Installed, Available,
    // Classification, State, Detected, Origin.
    table->setColumnWidths({8, 16, 4, 6, 17, 3, 7, 15, 5, 10, 14, 14, 8, 6, 15, 24});
    // Most urgent first: the score already weighs severity, exploitation, exposure and the SLA.
    table->setDefaultSort(PatchTableModel::Score, Qt::DescendingOrder);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("patchesState"));
    for (const PatchState state : everyValue<PatchState>())
        m_state->addItem(displayName(state), int(state));
    m_state->addItem(tr("All states"), QVariant()); // no state: every state
    table->toolBar()->addWidget(m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PatchesPane::reload);
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
    const auto listed = PatchListing(database().connection()).list(query);
    if (!listed) {
        emit problem(listed.error().text());
        return;
    }
    if (!listed.value().warning.isEmpty())
        emit problem(listed.value().warning);
    const QList<AssetPatch> &rows = listed.value().rows;
    m_model->updateRecords(rows);
    int security = 0;
    int overdue = 0;
    QSet<qint64> assets;
    for (const AssetPatch &row : std::as_const(rows)) {
        overdue += row.priority.overdue ? 1 : 0;
        security += row.patch.classification == PatchClassification::Security ? 1 : 0;
        assets.insert(row.assetId);
    }
    tablePane()->setSubtitle(tr("%1 on %2, %3 security, %4 overdue")
                                 .arg(tr("%n patch(es)", nullptr, int(rows.size())),
                                      tr("%n asset(s)", nullptr, int(assets.size())))
                                 .arg(security)
                                 .arg(overdue));
}
