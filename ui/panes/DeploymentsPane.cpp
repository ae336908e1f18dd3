#include "DeploymentsPane.h"

#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/DeploymentTableModel.h"
#include "storage/Database.h"
#include "storage/WorkflowRepository.h"

DeploymentsPane::DeploymentsPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("deployments"), tr("Deployments"),
               QStringLiteral(":/icons/deployments.svg"), parent)
{
    m_model = new DeploymentTableModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(icon(),
                         tr("<h3>No deployments yet</h3><p>Deployments start from approved change requests "
                            "(see Approvals). Each asset's progress, verification and any rollback will be "
                            "recorded here.</p>"));
    table->setColumnWidths({30, 16, 8, 12, 16, 16, 30});
    table->setDefaultSort(DeploymentTableModel::Started, Qt::DescendingOrder);
    connect(&changes, &ChangeNotifier::deploymentChanged, this, &DeploymentsPane::reloadSoon);
}

void DeploymentsPane::reload()
{
    const auto deployments = WorkflowRepository(database().connection()).deployments();
    if (!deployments) {
        emit problem(deployments.error().text());
        return;
    }
    m_model->updateRecords(deployments.value());
    int failed = 0;
    for (const Deployment &deployment : deployments.value())
        failed += deployment.state == DeploymentState::Failed ? 1 : 0;
    tablePane()->setSubtitle(
        tr("%n deployment step(s), %1 failed", nullptr, int(deployments.value().size())).arg(failed));
}
