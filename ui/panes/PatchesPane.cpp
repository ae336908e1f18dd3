#include "PatchesPane.h"

#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "intel/PatchPrioritizer.h"
#include "itemmodels/PatchTableModel.h"
#include "storage/Database.h"
#include "storage/PatchRepository.h"

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
    m_state->addItem(tr("Missing"), QStringLiteral("missing"));
    m_state->addItem(tr("Installed"), QStringLiteral("installed"));
    m_state->addItem(tr("Superseded"), QStringLiteral("superseded"));
    m_state->addItem(tr("Resolved otherwise"), QStringLiteral("resolved"));
    m_state->addItem(tr("All states"), QString());
    table->toolBar()->addWidget(m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PatchesPane::reload);
    connect(&changes, &ChangeNotifier::patchesChanged, this, &PatchesPane::reloadSoon);
    connect(&changes, &ChangeNotifier::assetsChanged, this, &PatchesPane::reloadSoon);
    connect(&changes, &ChangeNotifier::intelChanged, this, &PatchesPane::reloadSoon);
}

void PatchesPane::reload()
{
    PatchRepository::Filter filter;
    filter.state = m_state->currentData().toString();
    const auto patches = PatchRepository(database().connection()).list(filter);
    if (!patches) {
        emit problem(patches.error().text());
        return;
    }
    QList<AssetPatch> rows = patches.value();
    // Without intel the rows still show; the window says why their priority is missing.
    if (const Status prioritized = PatchPrioritizer(database().connection()).prioritize(rows); !prioritized)
        emit problem(tr("Patches are shown without a priority: %1").arg(prioritized.error().text()));
    PatchPrioritizer::sortByPriority(rows); // ties in the view's sort keep this order
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
