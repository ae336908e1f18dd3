#include "CompliancePane.h"

#include "ComplianceRuleDialog.h"

#include "widgets/ComplianceCharts.h"
#include "widgets/FlowLayout.h"
#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "domain/Asset.h"
#include "domain/UtcTime.h"
#include "itemmodels/DisplayFormat.h"
#include "reports/ComplianceRuleSetting.h"
#include "reports/DrillDownTableModel.h"
#include "reports/FleetMetricsRun.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QDateTime startOf(const QDate &day)
{
    return UtcTime::startOfDay(day);
}

QComboBox *newChooser(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->addItem(CompliancePane::tr("all"), QString());
    return box;
}

} // namespace

CompliancePane::CompliancePane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : ListPane(database, changes, QStringLiteral("compliance"), tr("Compliance"),
               QStringLiteral(":/icons/compliance.svg"), parent)
{
    m_model = new DrillDownTableModel(this);
    TablePane *table = tablePane();
    table->setModel(m_model);
    table->setDefaultSort(
        -1, Qt::AscendingOrder); // the engine's order (most exposed first) until a header is clicked
    table->setEmptyState(icon(), tr("<h3>Nothing behind this figure</h3><p>No row matches it in this scope "
                                    "and period. Use <b>Back to all assets</b> above, or widen the "
                                    "filters.</p>"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    topLayout->addWidget(createFilterBar());
    m_charts = new ComplianceCharts(top);
    topLayout->addWidget(m_charts, 1);
    auto *showingRow = new QHBoxLayout;
    m_showing = new QLabel(top);
    m_showing->setObjectName(QStringLiteral("complianceShowing"));
    m_showing->setWordWrap(true);
    m_back = new QPushButton(tr("Back to all assets"), top);
    m_back->setObjectName(QStringLiteral("complianceBack"));
    m_back->setVisible(false);
    m_gaps = new QPushButton(top);
    m_gaps->setObjectName(QStringLiteral("complianceGaps"));
    m_gaps->setAccessibleName(tr("Visibility gaps")); // its text, with the counts, comes with the figures
    m_gaps->setToolTip(tr("Assets whose open patches the console cannot vouch for: the last scan failed, the "
                          "last good scan is older than the stale limit, or there was never a good scan"));
    showingRow->addWidget(m_showing, 1);
    showingRow->addWidget(m_gaps);
    showingRow->addWidget(m_back);
    topLayout->addLayout(showingRow);
    table->addTopWidget(top);

    m_run = new FleetMetricsRun(database.config(), this); // a child: tests reach it by its name
    m_run->setObjectName(QStringLiteral("complianceRun"));
    connect(m_run, &FleetMetricsRun::finished, this, &CompliancePane::onComputed);
    connect(m_charts, &ComplianceCharts::drillDown, this, &CompliancePane::showDrillDown);
    // A report landed: "Computing…" stays until its charts are built (one per turn of the event loop).
    connect(m_charts, &ComplianceCharts::built, this, [this] {
        if (!m_awaitingCharts)
            return;
        m_awaitingCharts = false;
        if (!m_run->isRunning())
            m_busy->clear();
        emit reportShown();
    });
    connect(m_back, &QPushButton::clicked, this, [this] { showDrillDown({}); });
    connect(m_gaps, &QPushButton::clicked, this, [this] {
        DrillDownRequest gaps;
        gaps.kind = DrillDownRequest::Kind::VisibilityGaps;
        showDrillDown(gaps);
    });
    // Anything the figures are computed from: assets, patches, intel (KEV, scores), deployments.
    connect(&changes, &ChangeNotifier::assetsChanged, this, &CompliancePane::reloadSoon);
    connect(&changes, &ChangeNotifier::patchesChanged, this, &CompliancePane::reloadSoon);
    connect(&changes, &ChangeNotifier::intelChanged, this, &CompliancePane::reloadSoon);
    connect(&changes, &ChangeNotifier::deploymentChanged, this, &CompliancePane::reloadSoon);
}

CompliancePane::~CompliancePane() = default; // FleetMetricsRun waits for its worker

QWidget *CompliancePane::createFilterBar()
{
    // The filters wrap onto a second line where the language's labels do not fit on one (German needs
    // more than 1,024 px on one line); Rule… and the busy note stay on the right of the first.
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *filters = new QWidget(bar);
    auto *flow = new FlowLayout(filters, 10, 4);
    layout->addWidget(filters, 1, Qt::AlignTop);
    const auto label = [filters, flow](const QString &text, QWidget *buddy) {
        auto *pair = new QWidget(filters); // a label and its field wrap together
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        pairLayout->setSpacing(4);
        auto *l = new QLabel(text, pair);
        l->setBuddy(buddy);
        buddy->setParent(pair);
        pairLayout->addWidget(l);
        pairLayout->addWidget(buddy);
        flow->addWidget(pair);
    };
    m_ring = newChooser(QStringLiteral("complianceRing"), bar);
    label(tr("&Ring:"), m_ring);
    m_tag = newChooser(QStringLiteral("complianceTag"), bar);
    label(tr("&Tag:"), m_tag);
    m_os = newChooser(QStringLiteral("complianceOs"), bar);
    label(tr("&OS:"), m_os);
    m_criticality = newChooser(QStringLiteral("complianceCriticality"), bar);
    for (const Criticality c : everyValue<Criticality>())
        m_criticality->addItem(displayName(c), storedText(c));
    label(tr("&Criticality:"), m_criticality);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("compliancePeriod"));
    m_period->addItem(tr("last 30 days"), 30);
    m_period->addItem(tr("last 90 days"), 90);
    m_period->addItem(tr("last 365 days"), 365);
    m_period->addItem(tr("from – to"), 0);
    label(tr("&Period:"), m_period);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(today.addDays(-29), filters);
    m_from->setObjectName(QStringLiteral("complianceFrom"));
    m_from->setDisplayFormat(DisplayFormat::datePattern());
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, filters);
    m_to->setObjectName(QStringLiteral("complianceTo"));
    m_to->setDisplayFormat(DisplayFormat::datePattern());
    m_to->setCalendarPopup(true);
    m_from->setToolTip(tr("First day of the period (UTC)"));
    m_to->setToolTip(tr("Last day of the period (UTC)"));
    m_from->setAccessibleName(m_from->toolTip());
    m_to->setAccessibleName(m_to->toolTip());
    flow->addWidget(m_from);
    flow->addWidget(m_to);
    m_from->setVisible(false);
    m_to->setVisible(false);
    m_shares = new QCheckBox(tr("&Shares"), filters);
    m_shares->setObjectName(QStringLiteral("complianceShares"));
    m_shares->setToolTip(tr("Show the severity chart as shares of the fleet (assets by their most severe "
                            "open patch, in % of the assets in scope) instead of counts of open patches"));
    flow->addWidget(m_shares);
    m_busy = new QLabel(bar);
    m_busy->setObjectName(QStringLiteral("complianceBusy"));
    layout->addWidget(m_busy, 0, Qt::AlignTop);
    m_rule = new QPushButton(tr("R&ule…"), bar);
    m_rule->setObjectName(QStringLiteral("complianceRule"));
    layout->addWidget(m_rule, 0, Qt::AlignTop);

    for (QComboBox *box : {m_ring, m_tag, m_os, m_criticality})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { compute(false); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &CompliancePane::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, [this] { compute(false); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { compute(false); });
    connect(m_shares, &QCheckBox::toggled, this, [this](bool on) { m_charts->setShowShares(on); });
    connect(m_rule, &QPushButton::clicked, this, &CompliancePane::editRule);
    return bar;
}

void CompliancePane::periodChanged()
{
    const bool custom = m_period->currentData().toInt() == 0;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    compute(false);
}

bool CompliancePane::isComputing() const
{
    return m_run->isRunning() || m_awaitingCharts;
}

void CompliancePane::reload()
{
    // Only an admin changes the rule; others see it in the subtitle.
    const Status admin =
        UserRepository(database().connection(), database().actor()).require(Permission::RunFleet);
    m_rule->setEnabled(admin.ok());
    m_rule->setToolTip(admin ? tr("Change when an asset counts as compliant (for the whole team)")
                             : admin.error().message);
    compute(true);
}

void CompliancePane::compute(bool reloadHistory, bool drillDownOnly)
{
    FleetMetricsRun::Request request;
    const int days = m_period->currentData().toInt();
    if (days > 0) {
        // The period ends with today (UTC): its figures are as of now.
        request.to = startOf(QDateTime::currentDateTimeUtc().date().addDays(1));
        request.from = request.to.addDays(-days);
    } else {
        request.from = startOf(m_from->date());
        request.to = startOf(std::max(m_to->date(), m_from->date()).addDays(1));
    }
    request.scope.ring = m_ring->currentData().toString();
    request.scope.tag = m_tag->currentData().toString();
    request.scope.osId = m_os->currentData().toString();
    request.scope.criticality = m_criticality->currentData().toString();
    request.reloadHistory = reloadHistory;
    request.drillDown = m_request;
    request.drillDownOnly = drillDownOnly;
    m_busy->setText(tr("Computing…"));
    m_run->start(request);
}

void CompliancePane::fillChoices(QComboBox *box, const QStringList &values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString &value : values)
        box->addItem(value, value);
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(current, current); // still filtering by it: keep it, even if no asset has it now
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void CompliancePane::onComputed()
{
    const auto &result = m_run->result();
    if (!result) {
        m_awaitingCharts = false;
        m_busy->clear();
        emit problem(result.error().text());
        return;
    }
    if (!result.value().reportChanged) { // a click on a chart: only its rows are new
        if (!m_awaitingCharts)
            m_busy->clear();
        showRows(result.value().drillDown, result.value().drillDownComparison);
        return;
    }
    const FleetReport &report = result.value().report;
    fillChoices(m_ring, result.value().rings);
    fillChoices(m_tag, result.value().tags);
    fillChoices(m_os, result.value().osIds);
    m_charts->setShowShares(m_shares->isChecked());
    // The report the charts drew before (every asset's standing) is freed off the GUI thread.
    m_run->discard(m_charts->setReport(report));
    const QString rule = tr("Compliant: %1.").arg(ComplianceRuleSetting::describe(report.rule));
    const QString lastDay = DisplayFormat::date(report.to.addMSecs(-1).date());
    const auto share = report.sla.compliantPercent();
    tablePane()->setSubtitle(
        share ? tr("%1 % of the assets in scope compliant on %2 (%3 of %n). %4", nullptr, report.sla.assets)
                    .arg(QLocale().toString(*share, 'f', 1), lastDay)
                    .arg(report.sla.compliantAssets)
                    .arg(rule)
              : tr("No asset in this scope. %1").arg(rule));
    // Failed, stale and never-scanned hosts are not "0 pending": they are counted apart, in sight.
    const VisibilityGaps &gaps = report.visibility;
    QString gapText = tr("Visibility gaps: %1 (failed %2, stale %3, never scanned %4)")
                          .arg(gaps.count())
                          .arg(gaps.failed.size())
                          .arg(gaps.stale.size())
                          .arg(gaps.neverScanned.size());
    if (!gaps.inventoryOnly.isEmpty())
        gapText += QLatin1Char(' ') + tr("+ %n inventory only", nullptr, int(gaps.inventoryOnly.size()));
    m_gaps->setText(gapText);
    m_gaps->setEnabled(gaps.count() > 0 || !gaps.inventoryOnly.isEmpty());
    showRows(result.value().drillDown, result.value().drillDownComparison);
    m_shown = true;
    m_awaitingCharts = true; // reportShown() once the charts are built
}

void CompliancePane::showDrillDown(const DrillDownRequest &request)
{
    m_request = request;
    tablePane()->setDefaultSort(-1, Qt::AscendingOrder); // new rows in the engine's order
    compute(false, true);                                // built on the worker, for the report on screen
}

void CompliancePane::showRows(DrillDownTable table, DrillDownTableModel::Comparison comparison)
{
    m_showing->setText(tr("<b>Showing:</b> %1").arg(table.showing.toHtmlEscaped()));
    m_back->setVisible(!(m_request == DrillDownRequest{}));
    // The rows replaced (100,000 assets' at fleet scale) are freed off the GUI thread.
    m_run->discard(m_model->setTable(std::move(table), std::move(comparison)));
}

void CompliancePane::editRule()
{
    const auto current = ComplianceRuleSetting::load(database().connection());
    if (!current) {
        emit problem(current.error().text());
        return;
    }
    ComplianceRuleDialog dialog(current.value(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.rule() == current.value())
        return;
    if (Status saved =
            ComplianceRuleSetting::save(database().connection(), database().actor(), dialog.rule());
        !saved) {
        emit problem(saved.error().text());
        return;
    }
    emit changes().auditAppended();
    compute(false);
}

void CompliancePane::saveState(QSettings &settings) const
{
    ListPane::saveState(settings);
    settings.beginGroup(QStringLiteral("compliance"));
    settings.setValue(QStringLiteral("period"), m_period->currentIndex());
    settings.setValue(QStringLiteral("shares"), m_shares->isChecked());
    settings.endGroup();
}

void CompliancePane::restoreState(QSettings &settings)
{
    ListPane::restoreState(settings);
    settings.beginGroup(QStringLiteral("compliance"));
    const int period = settings.value(QStringLiteral("period"), 0).toInt();
    const bool shares = settings.value(QStringLiteral("shares"), false).toBool();
    settings.endGroup();
    {
        const QSignalBlocker blocker(m_period);
        m_period->setCurrentIndex(std::clamp(period, 0, m_period->count() - 2)); // never the custom range
    }
    m_shares->setChecked(shares);
}
