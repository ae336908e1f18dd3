#include "AuditPane.h"

#include "widgets/TablePane.h"

#include "itemmodels/AuditTableModel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>

AuditPane::AuditPane(Database &database, QWidget *parent)
    : ListPane(database, QStringLiteral("audit"), tr("Audit"), QStringLiteral(":/icons/audit.svg"), parent)
{
    m_model = new AuditTableModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setEmptyState(
        icon(), tr("<h3>The audit trail is empty</h3><p>Every change — assets added, scans, approvals, "
                   "deployments, exports — is recorded here with who did it and when.</p>"));
    table->setColumnWidths({5, 20, 10, 16, 18, 60});
    table->setDefaultSort(AuditTableModel::Id, Qt::DescendingOrder);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_verdict->setContentsMargins(8, 6, 8, 6);
    table->addTopWidget(m_verdict);

    auto *verifyAction = new QAction(QIcon(QStringLiteral(":/icons/verify.svg")), tr("Verify chain"), this);
    verifyAction->setObjectName(QStringLiteral("actionVerifyAudit"));
    verifyAction->setToolTip(tr("Recompute every event's hash and check the chain is unbroken"));
    table->toolBar()->addAction(verifyAction);
    connect(verifyAction, &QAction::triggered, this, &AuditPane::verify);
}

void AuditPane::reload()
{
    const auto events = AuditLog(database().connection()).list();
    if (!events) {
        emit problem(events.error().text());
        return;
    }
    m_model->setRecords(events.value());
    tablePane()->setSubtitle(tr("%n event(s)", nullptr, int(events.value().size())));
    verify();
}

void AuditPane::verify()
{
    const auto verdict = AuditLog(database().connection()).verify();
    if (!verdict) {
        m_verdict->setText(QStringLiteral("<span style='color:#b01e1e'>") +
                           verdict.error().text().toHtmlEscaped() + QStringLiteral("</span>"));
        return;
    }
    if (verdict.value().intact) {
        m_verdict->setStyleSheet(QStringLiteral("background:#e6f4ea; border-radius:4px;"));
        m_verdict->setText(tr("<b>Chain intact.</b> All %n event(s) verified against their SHA-256 hashes.",
                              nullptr, int(verdict.value().checked)));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("background:#fce8e6; border-radius:4px;"));
        m_verdict->setText(tr("<b>Chain broken at event %1:</b> %2. Events after it cannot be trusted; "
                              "restore the database from a backup and investigate who changed it.")
                               .arg(verdict.value().firstBrokenId)
                               .arg(verdict.value().reason.toHtmlEscaped()));
    }
}
