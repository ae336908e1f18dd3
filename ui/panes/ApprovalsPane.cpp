#include "ApprovalsPane.h"

#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/ApprovalQueueModel.h"
#include "storage/Database.h"
#include "storage/WorkflowRepository.h"

ApprovalsPane::ApprovalsPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("approvals"), tr("Approvals"),
               QStringLiteral(":/icons/approvals.svg"), parent)
{
    m_model = new ApprovalQueueModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(
        icon(), tr("<h3>No change requests</h3><p>A change request groups pending patches and target "
                   "assets with a maintenance window, for the change board to approve before anything "
                   "is deployed. Requests appear here as soon as one is created.</p>"));
    table->setColumnWidths({8, 36, 10, 14, 16, 30, 6, 6});
    table->setDefaultSort(ApprovalQueueModel::Id, Qt::DescendingOrder);
    connect(&changes, &ChangeNotifier::changeRequestChanged, this, &ApprovalsPane::reloadSoon);
}

void ApprovalsPane::reload()
{
    const auto requests = WorkflowRepository(database().connection()).changeRequests();
    if (!requests) {
        emit problem(requests.error().text());
        return;
    }
    m_model->updateRecords(requests.value());
    int waiting = 0;
    for (const ChangeRequest &request : requests.value())
        waiting += request.state == ChangeState::Submitted ? 1 : 0;
    tablePane()->setSubtitle(
        tr("%n change request(s), %1 awaiting review", nullptr, int(requests.value().size())).arg(waiting));
}
