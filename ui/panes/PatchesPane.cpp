#include "PatchesPane.h"

#include "widgets/TablePane.h"

#include "itemmodels/PatchTableModel.h"
#include "storage/Database.h"
#include "storage/PatchRepository.h"

#include <QComboBox>
#include <QToolBar>

PatchesPane::PatchesPane(Database &database, QWidget *parent)
    : ListPane(database, QStringLiteral("patches"), tr("Patches"), QStringLiteral(":/icons/patches.svg"),
               parent)
{
    m_model = new PatchTableModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(
        icon(), tr("<h3>No patches to show</h3><p>Scan an asset (Assets pane, <b>Scan selected</b>, "
                   "or <b>Scan ▸ Scan all assets</b>) to find its pending updates. An asset that is up "
                   "to date has none.</p>"));
    // Asset, Package, Installed, Available, Severity, Advisory, CVEs, Classification, State, Detected,
    // Origin.
    table->setColumnWidths({6, 17, 16, 16, 7, 9, 11, 8, 7, 15, 24});
    table->setDefaultSort(PatchTableModel::Classification, Qt::AscendingOrder);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("patchesState"));
    m_state->addItem(tr("Missing"), QStringLiteral("missing"));
    m_state->addItem(tr("Installed"), QStringLiteral("installed"));
    m_state->addItem(tr("Superseded"), QStringLiteral("superseded"));
    m_state->addItem(tr("Resolved otherwise"), QStringLiteral("resolved"));
    m_state->addItem(tr("All states"), QString());
    table->toolBar()->addWidget(m_state);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PatchesPane::reload);
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
    m_model->setRecords(patches.value());
    int security = 0;
    QSet<qint64> assets;
    for (const AssetPatch &row : patches.value()) {
        security += row.patch.classification == PatchClassification::Security ? 1 : 0;
        assets.insert(row.assetId);
    }
    tablePane()->setSubtitle(tr("%1 on %2, %3 security")
                                 .arg(tr("%n patch(es)", nullptr, int(patches.value().size())),
                                      tr("%n asset(s)", nullptr, int(assets.size())))
                                 .arg(security));
}
