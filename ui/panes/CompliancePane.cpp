#include "CompliancePane.h"

#include "widgets/ComplianceCharts.h"
#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/ComplianceTableModel.h"
#include "storage/ComplianceRepository.h"
#include "storage/Database.h"

CompliancePane::CompliancePane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("compliance"), tr("Compliance"),
               QStringLiteral(":/icons/compliance.svg"), parent)
{
    m_model = new ComplianceTableModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(
        icon(), tr("<h3>Nothing to measure yet</h3><p>Compliance is computed from scans. Scan your "
                   "assets from the Assets pane to see which ones have security updates pending.</p>"));
    table->setColumnWidths({16, 8, 12, 8, 8, 10, 6, 16});
    table->setDefaultSort(ComplianceTableModel::SecurityPending, Qt::DescendingOrder);
    m_charts = new ComplianceCharts(this);
    table->addTopWidget(m_charts);
    connect(&changes, &ChangeNotifier::assetsChanged, this, &CompliancePane::reloadSoon);
}

void CompliancePane::reload()
{
    ComplianceRepository repository(database().connection());
    const auto status = repository.currentStatus();
    const auto history = repository.history(90);
    if (!status || !history) {
        emit problem(!status ? status.error().text() : history.error().text());
        return;
    }
    m_model->updateRecords(status.value());
    int compliant = 0;
    int nonCompliant = 0;
    int unscanned = 0;
    for (const ComplianceStatus &row : status.value()) {
        if (!row.lastScanAt.isValid())
            ++unscanned;
        else if (row.securityPending == 0)
            ++compliant;
        else
            ++nonCompliant;
    }
    m_charts->setStatus(compliant, nonCompliant, unscanned);
    m_charts->setHistory(history.value());
    const int scanned = compliant + nonCompliant;
    tablePane()->setSubtitle(scanned == 0 ? tr("No asset scanned yet")
                                          : tr("%1% of scanned assets compliant (%2 of %3); rule: no pending "
                                               "security update")
                                                .arg(100 * compliant / scanned)
                                                .arg(compliant)
                                                .arg(scanned));
}
