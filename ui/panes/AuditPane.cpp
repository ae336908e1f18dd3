#include "AuditPane.h"

#include "widgets/TablePane.h"

#include "audit/AuditSigningKey.h"
#include "changes/ChangeNotifier.h"
#include "itemmodels/AuditTableModel.h"
#include "jobs/AuditVerifyRun.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/SqlTime.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>

AuditPane::AuditPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("audit"), tr("Audit"), QStringLiteral(":/icons/audit.svg"),
               parent)
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
    connect(verifyAction, &QAction::triggered, this, &AuditPane::verifyWholeChain);

    m_verification = std::make_unique<AuditVerifyRun>(database.config());
    connect(m_verification.get(), &AuditVerifyRun::finished, this, &AuditPane::onVerified);
    connect(&changes, &ChangeNotifier::auditAppended, this, &AuditPane::appendNewEvents);
}

AuditPane::~AuditPane() = default; // AuditVerifyRun waits for its worker

void AuditPane::reload()
{
    const auto events = AuditLog(database().connection()).list();
    if (!events) {
        emit problem(events.error().text());
        return;
    }
    m_model->updateRecords(events.value());
    m_lastEventId = events.value().isEmpty() ? 0 : events.value().constFirst().id;
    showCount();
    verifyNew();
}

void AuditPane::appendNewEvents()
{
    const auto events = AuditLog(database().connection()).listAfter(m_lastEventId);
    if (!events) {
        emit problem(events.error().text());
        return;
    }
    if (events.value().isEmpty())
        return;
    m_model->upsertRecords(events.value());
    m_lastEventId = events.value().constFirst().id;
    showCount();
    verifyNew();
}

void AuditPane::showCount()
{
    tablePane()->setSubtitle(tr("%n event(s)", nullptr, m_model->rowCount()));
}

void AuditPane::verifyFrom(const AuditLog::Position &from)
{
    if (!m_verification->isRunning()) {
        if (from.id == 0) {
            showVerdictText(tr("Verifying the audit chain…"), {});
            // The keychain is asked here, on the GUI thread, once; a passphrase's key is derived by the
            // worker.
            if (!m_ownKeyGiven && AuditSession::ownKeyIsInTheKeychain(database())) {
                m_verification->setOwnKey(AuditSession::ownKey(database(), KeyStore()));
                m_ownKeyGiven = true;
            }
        }
        m_running = from;
        m_verification->start(from);
        return;
    }
    if (!m_pending || from.id < m_pending->id)
        m_pending = from;
}

void AuditPane::onVerified()
{
    const auto &result = m_verification->result();
    if (!result) {
        showVerdictText(QStringLiteral("<span style='color:#b01e1e'>") +
                            result.error().text().toHtmlEscaped() + QStringLiteral("</span>"),
                        {});
    } else {
        const AuditLog::Verdict &verdict = result.value();
        if (verdict.intact) {
            m_verifiedEvents = (m_running.id == 0 ? 0 : m_verifiedEvents) + verdict.checked;
            m_checkpoint = verdict.verified;
        } else {
            // Nothing is trusted any more: later checks go over the whole chain and keep saying so.
            m_verifiedEvents = 0;
            m_checkpoint = {};
        }
        showVerdict(verdict);
    }
    emit verdictShown();
    if (m_pending) {
        // A pending incremental run starts from where this one got to.
        const AuditLog::Position next = m_pending->id == 0 ? AuditLog::Position() : m_checkpoint;
        m_pending.reset();
        verifyFrom(next);
    }
}

void AuditPane::showVerdict(const AuditLog::Verdict &verdict)
{
    const auto &checkpoints = m_verification->checkpoints();
    const bool checkpointsHold = !checkpoints || checkpoints->problems.isEmpty();
    if (verdict.intact && checkpointsHold) {
        showVerdictText(tr("<b>Chain intact.</b> All %n event(s) verified against their SHA-256 hashes.",
                           nullptr, int(m_verifiedEvents)) +
                            checkpointText(),
                        QStringLiteral("#e6f4ea"));
        return;
    }
    if (verdict.intact) {
        showVerdictText(tr("<b>The hash chain holds, but its signed checkpoints do not:</b> %1. Events may "
                           "have been cut or rewritten; restore the database from a backup and investigate "
                           "who changed it.")
                            .arg(checkpoints->problems.join(QStringLiteral("; ")).toHtmlEscaped()),
                        QStringLiteral("#fce8e6"));
        return;
    }
    showVerdictText(tr("<b>Chain broken at event %1:</b> %2. Events after it cannot be trusted; "
                       "restore the database from a backup and investigate who changed it.")
                        .arg(verdict.firstBrokenId)
                        .arg(verdict.reason.toHtmlEscaped()),
                    QStringLiteral("#fce8e6"));
}

QString AuditPane::checkpointText() const
{
    const auto &checkpoints = m_verification->checkpoints();
    if (!checkpoints)
        return {};
    if (!checkpoints->newest)
        return QLatin1Char(' ') + tr("No signed checkpoint yet.");
    const AuditCheckpoint &newest = *checkpoints->newest;
    return QLatin1Char(' ') +
           tr("%n signed checkpoint(s); the newest, #%1 (%2 by %3, key %4), covers event #%5.", nullptr,
              int(checkpoints->checkpointCount))
               .arg(newest.id)
               .arg(SqlTime::toValue(newest.at).toString(), newest.signer.toHtmlEscaped(),
                    AuditSigningKey::fingerprint(newest.publicKey))
               .arg(newest.eventId);
}

void AuditPane::showVerdictText(const QString &html, const QString &background)
{
    m_verdict->setStyleSheet(background.isEmpty()
                                 ? QString()
                                 : QStringLiteral("background:%1; border-radius:4px;").arg(background));
    m_verdict->setText(html);
}
