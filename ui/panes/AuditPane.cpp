#include "AuditPane.h"

#include "ExportFileDialog.h"
#include "itemmodels/StatusTone.h"

#include "widgets/TablePane.h"

#include "audit/AuditSigningKey.h"
#include "changes/ChangeNotifier.h"
#include "itemmodels/AuditTableModel.h"
#include "jobs/AuditVerifyRun.h"
#include "jobs/BackgroundReads.h"
#include "reports/AuditExport.h"
#include "reports/AuditPeriod.h"
#include "storage/AuditCheckpoints.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/SqlTime.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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
    table->addTopWidget(createFilterBar());

    auto *verifyAction = new QAction(QIcon(QStringLiteral(":/icons/verify.svg")), tr("Verify chain"), this);
    verifyAction->setObjectName(QStringLiteral("actionVerifyAudit"));
    verifyAction->setToolTip(tr("Recompute every event's hash and check the chain is unbroken"));
    table->toolBar()->addAction(verifyAction);
    connect(verifyAction, &QAction::triggered, this, &AuditPane::verifyWholeChain);

    auto *exportAction = new QAction(tr("Export…"), this);
    exportAction->setObjectName(QStringLiteral("actionExportAudit"));
    exportAction->setToolTip(tr("Save the events shown by the search as CSV or JSON; the export is recorded "
                                "in the audit trail with the file's SHA-256"));
    table->toolBar()->addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &AuditPane::exportFiltered);
    table->addContextAction(verifyAction);
    table->addContextAction(exportAction);

    m_older = new QAction(tr("Older…"), this);
    m_older->setObjectName(QStringLiteral("actionOlderAudit"));
    m_older->setToolTip(tr("Show the next %1 older events").arg(PageSize));
    m_older->setEnabled(false);
    table->toolBar()->addAction(m_older);
    connect(m_older, &QAction::triggered, this, &AuditPane::loadOlder);

    m_reads = new BackgroundReads(QStringLiteral("audit-reads"), this);
    connect(m_reads, &BackgroundReads::delivered, this, &AuditPane::loaded);
    m_verification = std::make_unique<AuditVerifyRun>(database.config());
    connect(m_verification.get(), &AuditVerifyRun::finished, this, &AuditPane::onVerified);
    connect(&changes, &ChangeNotifier::auditAppended, this, &AuditPane::appendNewEvents);
}

AuditPane::~AuditPane() = default; // AuditVerifyRun waits for its worker

QWidget *AuditPane::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("auditFilters"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 0, 8, 4);
    const auto field = [this, bar, layout](const char *name, const QString &label, const QString &placeholder,
                                           const QString &tip) {
        auto *edit = new QLineEdit(bar);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(tip);
        edit->setClearButtonEnabled(true);
        auto *caption = new QLabel(label, bar);
        caption->setBuddy(edit);
        layout->addWidget(caption);
        layout->addWidget(edit, 1);
        connect(edit, &QLineEdit::returnPressed, this, &AuditPane::search);
        return edit;
    };
    const QString periodTip = tr("A date (a whole UTC day) or an ISO 8601 time such as 2026-11-01T08:00:00Z");
    m_from = field("auditFilterFrom", tr("&From"), QStringLiteral("2026-11-01"), periodTip);
    m_to = field("auditFilterTo", tr("&To"), QStringLiteral("2026-11-30"), periodTip);
    m_actor = field("auditFilterActor", tr("Ac&tor"), tr("any"), tr("Exactly this user or login"));
    m_action = field("auditFilterAction", tr("Act&ion"), tr("e.g. change."),
                     tr("Exactly this action, or a prefix ending in a dot (change. matches change.approved "
                        "and every other change action)"));
    m_subject = field("auditFilterSubject", tr("&Subject"), tr("contains…"),
                      tr("The subject contains this text (letters in either case)"));
    auto *searchButton = new QPushButton(tr("Search"), bar);
    searchButton->setObjectName(QStringLiteral("auditSearch"));
    layout->addWidget(searchButton);
    connect(searchButton, &QPushButton::clicked, this, &AuditPane::search);
    auto *clearButton = new QPushButton(tr("Clear"), bar);
    clearButton->setObjectName(QStringLiteral("auditClearFilters"));
    layout->addWidget(clearButton);
    connect(clearButton, &QPushButton::clicked, this, &AuditPane::clearFilter);
    return bar;
}

bool AuditPane::readFilter()
{
    AuditLog::Filter filter;
    for (const auto &[edit, end] :
         {std::pair{m_from, AuditPeriod::End::Start}, std::pair{m_to, AuditPeriod::End::Finish}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        const auto bound = AuditPeriod::parse(edit->text(), end);
        if (!bound) {
            emit problem(tr("\"%1\" is not a date or time: write 2026-11-01 or 2026-11-01T08:00:00Z.")
                             .arg(edit->text()));
            edit->setFocus();
            return false;
        }
        (end == AuditPeriod::End::Start ? filter.from : filter.until) = *bound;
    }
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->text().trimmed();
    filter.subject = m_subject->text().trimmed();
    m_filter = filter;
    return true;
}

void AuditPane::search()
{
    if (readFilter())
        reload();
}

void AuditPane::clearFilter()
{
    for (QLineEdit *edit : {m_from, m_to, m_actor, m_action, m_subject})
        edit->clear();
    m_filter = {};
    reload();
}

namespace {

// What a reload reads on the worker.
struct AuditPage
{
    Result<QList<AuditEvent>> events = QList<AuditEvent>();
    qint64 newestId = 0;
    std::optional<AuditCheckpoint> checkpoint; // the newest signed one, when asked for
};

} // namespace

void AuditPane::reload()
{
    AuditLog::Filter shown = m_filter;
    shown.limit = PageSize;
    // Before the first verdict, the newest checkpoint: the first verification starts there.
    const bool wantCheckpoint = !m_verifying;
    if (!m_verifying)
        showVerdictText(tr("Verifying the audit chain…"), {}); // right after this read
    if (m_model->rowCount() == 0)
        tablePane()->setSubtitle(tr("Loading…"));
    m_reads->submit(
        database().config(),
        [this, shown, wantCheckpoint](const Result<Database *> &connection) -> BackgroundReads::Delivery {
            AuditPage page;
            if (!connection) {
                page.events = connection.error();
            } else {
                const AuditLog log(connection.value()->connection());
                page.events = log.list(shown);
                // New events are looked for after the newest event of the trail, whether it matched or not.
                const auto newest = log.list(1);
                page.newestId = newest && !newest.value().isEmpty() ? newest.value().constFirst().id : 0;
                if (wantCheckpoint) {
                    const auto checkpoint = AuditCheckpoints(connection.value()->connection()).newest();
                    if (checkpoint)
                        page.checkpoint = checkpoint.value();
                }
            }
            return [this, page = std::move(page)] {
                if (!page.events) {
                    emit problem(page.events.error().text());
                    return;
                }
                m_model->updateRecords(page.events.value());
                m_lastEventId = page.newestId;
                m_oldestShownId =
                    page.events.value().size() >= PageSize ? page.events.value().constLast().id : 0;
                m_loaded = true;
                showCount();
                if (page.checkpoint && page.checkpoint->eventId > 0 && !m_verifying) {
                    m_fromCheckpoint = page.checkpoint;
                    verifyFrom(AuditLog::Position{page.checkpoint->eventId, page.checkpoint->eventHash});
                } else {
                    verifyNew();
                }
            };
        });
}

bool AuditPane::isLoading() const
{
    return m_reads->isBusy();
}

void AuditPane::loadOlder()
{
    if (m_oldestShownId == 0 || m_reads->isBusy())
        return;
    AuditLog::Filter older = m_filter;
    older.beforeId = m_oldestShownId;
    older.limit = PageSize;
    m_reads->submit(database().config(),
                    [this, older](const Result<Database *> &connection) -> BackgroundReads::Delivery {
                        auto events = connection ? AuditLog(connection.value()->connection()).list(older)
                                                 : Result<QList<AuditEvent>>(connection.error());
                        return [this, events = std::move(events)] {
                            if (!events) {
                                emit problem(events.error().text());
                                return;
                            }
                            m_model->upsertRecords(events.value());
                            m_oldestShownId =
                                events.value().size() >= PageSize ? events.value().constLast().id : 0;
                            showCount();
                        };
                    });
}

void AuditPane::appendNewEvents()
{
    if (!m_loaded)
        return; // not read yet: the first read has them
    const auto newest = AuditLog(database().connection()).list(1);
    if (!newest) {
        emit problem(newest.error().text());
        return;
    }
    if (newest.value().isEmpty() || newest.value().constFirst().id == m_lastEventId)
        return;
    AuditLog::Filter added = m_filter;
    added.afterId = m_lastEventId;
    const auto events = AuditLog(database().connection()).list(added);
    if (!events) {
        emit problem(events.error().text());
        return;
    }
    m_lastEventId = newest.value().constFirst().id;
    if (!events.value().isEmpty()) {
        m_model->upsertRecords(events.value());
        showCount();
    }
    verifyNew();
}

void AuditPane::showCount()
{
    const int rows = m_model->rowCount();
    QString text = m_filter.isEmpty() ? tr("%n event(s)", nullptr, rows)
                                      : tr("%n event(s) match the search", nullptr, rows);
    if (m_oldestShownId != 0)
        text += QLatin1Char(' ') +
                tr("(the newest shown: Older… adds %1 more; Export… writes them all)").arg(PageSize);
    tablePane()->setSubtitle(text);
    m_older->setEnabled(m_oldestShownId != 0);
}

void AuditPane::exportFiltered()
{
    if (!readFilter())
        return;
    reload(); // what is exported is what the search shows
    QFileDialog *dialog = ExportFileDialog::open(this, tr("Export the audit events shown"),
                                                 QStringLiteral("exportAuditDialog"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog](const QString &path) { exportTo(path, dialog->selectedNameFilter()); });
}

void AuditPane::exportTo(const QString &path, const QString &nameFilter)
{
    const auto written =
        AuditExport::toFile(database(), m_filter, ExportFileDialog::formatFor(path, nameFilter), path);
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("auditExportResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Export audit events"));
    if (!written) {
        box->setIcon(QMessageBox::Critical);
        box->setText(written.error().text());
    } else {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("%n event(s) saved to %1.<br>SHA-256: <code>%2</code><br>The export is recorded in "
                        "the audit trail (report.exported).",
                        nullptr, int(written.value().events))
                         .arg(QDir::toNativeSeparators(path).toHtmlEscaped(),
                              QString::fromLatin1(written.value().sha256)));
        emit changes().auditAppended();
        emit exported(path);
    }
    box->open();
}

void AuditPane::verifyFrom(const AuditLog::Position &from)
{
    m_verifying = true;
    if (!m_verification->isRunning()) {
        if (from.id == 0)
            m_fromCheckpoint.reset(); // every event, and the checkpoints' signatures
        if (m_fromCheckpoint && from.id == m_fromCheckpoint->eventId)
            showVerdictText(tr("Verifying the events since signed checkpoint #%1…").arg(m_fromCheckpoint->id),
                            {});
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
        showVerdictText(QStringLiteral("<span style='color:") + StatusTone::css(StatusTone::Danger) +
                            QStringLiteral("'>") + result.error().text().toHtmlEscaped() +
                            QStringLiteral("</span>"),
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
    if (verdict.intact && m_fromCheckpoint) {
        showVerdictText(
            tr("<b>Chain intact since signed checkpoint #%1</b> (event #%2): %n event(s) after it "
               "verified against their SHA-256 hashes. <i>Verify chain</i> checks every event and "
               "the checkpoints' signatures.",
               nullptr, int(m_verifiedEvents))
                .arg(m_fromCheckpoint->id)
                .arg(m_fromCheckpoint->eventId),
            StatusTone::background(StatusTone::Good).name());
        return;
    }
    if (verdict.intact && checkpointsHold) {
        showVerdictText(tr("<b>Chain intact.</b> All %n event(s) verified against their SHA-256 hashes.",
                           nullptr, int(m_verifiedEvents)) +
                            checkpointText(),
                        StatusTone::background(StatusTone::Good).name());
        return;
    }
    if (verdict.intact) {
        showVerdictText(tr("<b>The hash chain holds, but its signed checkpoints do not:</b> %1. Events may "
                           "have been cut or rewritten; restore the database from a backup and investigate "
                           "who changed it.")
                            .arg(checkpoints->problems.join(QStringLiteral("; ")).toHtmlEscaped()),
                        StatusTone::background(StatusTone::Danger).name());
        return;
    }
    showVerdictText(tr("<b>Chain broken at event %1:</b> %2. Events after it cannot be trusted; "
                       "restore the database from a backup and investigate who changed it.")
                        .arg(verdict.firstBrokenId)
                        .arg(verdict.reason.toHtmlEscaped()),
                    StatusTone::background(StatusTone::Danger).name());
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
