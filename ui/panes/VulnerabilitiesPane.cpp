#include "VulnerabilitiesPane.h"

#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "itemmodels/CveExposureModel.h"
#include "itemmodels/ExposedHostModel.h"
#include "itemmodels/FindingTableModel.h"
#include "itemmodels/UpdateExposureModel.h"
#include "listing/FleetExposureLoader.h"
#include "storage/Database.h"
#include "storage/FleetExposureRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QString emptyStateHtml()
{
    return VulnerabilitiesPane::tr(
        "<h3>No vulnerabilities known yet</h3><p>Scan your assets (Assets pane, <b>Scan ▸ Scan all "
        "assets</b>) to find their pending updates, import a Nessus or OpenVAS report (<b>Intel ▸ Import "
        "feed or scanner report…</b>), and sync vulnerability intelligence (<b>Intel ▸ Sync due feeds</b>) "
        "so "
        "the CVEs get their CVSS, EPSS and KEV facts.</p>");
}

QString loadingHtml()
{
    return VulnerabilitiesPane::tr(
        "<h3>Loading…</h3><p>Reading the fleet's pending updates, CVEs and scanner "
        "findings.</p>");
}

} // namespace

VulnerabilitiesPane::VulnerabilitiesPane(Database &database, ChangeNotifier &changes, QWidget *parent)
    : Pane(parent)
    , m_database(database)
    , m_icon(QStringLiteral(":/icons/vulnerabilities.svg"))
{
    m_views = new QActionGroup(this);
    m_views->setExclusive(true);
    const QList<std::pair<QString, QString>> switches{
        {tr("By CVE"), QStringLiteral("actionVulnerabilitiesByCve")},
        {tr("By update"), QStringLiteral("actionVulnerabilitiesByUpdate")},
        {tr("Scanner findings"), QStringLiteral("actionVulnerabilitiesFindings")},
    };
    for (int i = 0; i < switches.size(); ++i) {
        auto *action = new QAction(switches.at(i).first, m_views);
        action->setObjectName(switches.at(i).second);
        action->setCheckable(true);
        action->setData(i);
    }
    m_views->actions().constFirst()->setChecked(true);
    connect(m_views, &QActionGroup::triggered, this,
            [this](QAction *action) { showView(View(action->data().toInt())); });

    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_cves = new CveExposureModel(this);
    TablePane *cves = addView(View::Cves, QStringLiteral("vulnerabilitiesByCve"), tr("Vulnerabilities"),
                              QStringLiteral("cves"));
    cves->setModel(m_cves);
    // CVE, Score, Decision, CVSS, EPSS, KEV, Assets, Patch pending, Findings.
    cves->setColumnWidths({16, 5, 7, 5, 7, 16, 6, 10, 6});
    cves->setDefaultSort(CveExposureModel::Score, Qt::DescendingOrder);
    m_cveHosts = new ExposedHostModel(this);
    addHostsView(cves, m_cveHosts, QStringLiteral("vulnerabilitiesByCveHosts"));
    connect(cves, &TablePane::currentSourceRowChanged, this, &VulnerabilitiesPane::showHostsOfCve);

    m_updates = new UpdateExposureModel(this);
    TablePane *updates = addView(View::Updates, QStringLiteral("vulnerabilitiesByUpdate"),
                                 tr("Vulnerabilities"), QStringLiteral("updates"));
    updates->setModel(m_updates);
    // Update, Target version, Hosts, CVEs, KEV CVEs, Max CVSS, Packages.
    updates->setColumnWidths({20, 22, 6, 5, 8, 8, 30});
    updates->setDefaultSort(UpdateExposureModel::KevCves, Qt::DescendingOrder);
    m_updateHosts = new ExposedHostModel(this);
    addHostsView(updates, m_updateHosts, QStringLiteral("vulnerabilitiesByUpdateHosts"));
    connect(updates, &TablePane::currentSourceRowChanged, this, &VulnerabilitiesPane::showHostsOfUpdate);

    m_findings = new FindingTableModel(this);
    TablePane *findings = addView(View::Findings, QStringLiteral("vulnerabilitiesFindings"),
                                  tr("Vulnerabilities"), QStringLiteral("findings"));
    findings->setModel(m_findings);
    // Asset, Scanner, Plugin, Name, Severity, Port, CVEs, Solution, Closed by.
    findings->setColumnWidths({14, 7, 7, 28, 8, 8, 16, 28, 24});
    findings->setDefaultSort(FindingTableModel::Severity, Qt::DescendingOrder);

    m_loader = new FleetExposureLoader(this);
    connect(m_loader, &FleetExposureLoader::cvesLoaded, this, &VulnerabilitiesPane::cvesLoaded);
    connect(m_loader, &FleetExposureLoader::updatesLoaded, this, &VulnerabilitiesPane::updatesLoaded);
    connect(m_loader, &FleetExposureLoader::findingsLoaded, this, &VulnerabilitiesPane::findingsLoaded);

    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setObjectName(QStringLiteral("vulnerabilitiesReloadSoon"));
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &VulnerabilitiesPane::reload);
    connect(&changes, &ChangeNotifier::patchesChanged, this, &VulnerabilitiesPane::markStale);
    connect(&changes, &ChangeNotifier::assetsChanged, this, &VulnerabilitiesPane::markStale);
    connect(&changes, &ChangeNotifier::intelChanged, this, &VulnerabilitiesPane::markStale);
}

TablePane *VulnerabilitiesPane::addView(View view, const QString &name, const QString &text,
                                        const QString &exportName)
{
    auto *table = new TablePane(name, text, m_stack);
    table->setExportName(QStringLiteral("vulnerabilities-") + exportName);
    table->setEmptyState(m_icon, emptyStateHtml());
    table->toolBar()->addActions(m_views->actions());
    m_stack->insertWidget(int(view), table);
    m_tables.insert(int(view), table);
    m_stale.insert(int(view), true);
    m_loading.insert(int(view), false);
    connect(table, &TablePane::shownRowsChanged, this, [this, table] {
        if (m_stack->currentWidget() == table)
            emit exportableChanged();
    });
    return table;
}

QTableView *VulnerabilitiesPane::addHostsView(TablePane *table, ExposedHostModel *model, const QString &name)
{
    auto *hosts = new QTableView(this);
    hosts->setTabKeyNavigation(false);
    hosts->setObjectName(name);
    hosts->setAccessibleName(tr("Hosts exposed by the selected row"));
    hosts->setModel(model);
    hosts->setSelectionBehavior(QAbstractItemView::SelectRows);
    hosts->setAlternatingRowColors(true);
    hosts->setWordWrap(false);
    hosts->verticalHeader()->hide();
    hosts->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows, as in the table above
    hosts->verticalHeader()->setDefaultSectionSize(hosts->fontMetrics().height() + 8);
    hosts->horizontalHeader()->setStretchLastSection(true);
    hosts->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int character = hosts->fontMetrics().averageCharWidth();
    // Host, Packages, Installed, Pending version, Criticality, Last scan.
    const QList<int> widths{16, 28, 20, 22, 9, 16};
    for (int i = 0; i < widths.size(); ++i)
        hosts->setColumnWidth(i, widths.at(i) * character + 10);
    table->setDetailsWidget(hosts, Qt::Vertical, {600, 240});
    return hosts;
}

QString VulnerabilitiesPane::title() const
{
    return tr("Vulnerabilities");
}

QIcon VulnerabilitiesPane::icon() const
{
    return m_icon;
}

const TablePane *VulnerabilitiesPane::exportedTable() const
{
    return m_tables.value(int(view()));
}

VulnerabilitiesPane::View VulnerabilitiesPane::view() const
{
    return View(m_stack->currentIndex());
}

bool VulnerabilitiesPane::isLoading() const
{
    return m_loading.at(int(view()));
}

void VulnerabilitiesPane::showView(View view)
{
    m_views->actions().at(int(view))->setChecked(true);
    m_stack->setCurrentIndex(int(view));
    if (m_stale.at(int(view)))
        reloadView(view);
    emit exportableChanged();
}

void VulnerabilitiesPane::markStale()
{
    for (bool &stale : m_stale)
        stale = true;
    m_reloadSoon->start(); // once the current burst of change notices is over
}

void VulnerabilitiesPane::reload()
{
    for (bool &stale : m_stale)
        stale = true;
    reloadView(view());
}

void VulnerabilitiesPane::reloadView(View view)
{
    m_stale[int(view)] = false;
    switch (view) {
    case View::Cves:
        reloadCves();
        break;
    case View::Updates:
        reloadUpdates();
        break;
    case View::Findings:
        reloadFindings();
        break;
    }
}

void VulnerabilitiesPane::showLoading(View view)
{
    m_loading[int(view)] = true;
    TablePane *table = m_tables.at(int(view));
    table->setEmptyState(m_icon, loadingHtml()); // shown until the first rows arrive
    table->setSubtitle(tr("Loading…"));
}

bool VulnerabilitiesPane::loaded(View view, quint64 request, const Error *error)
{
    const FleetExposureLoader::View loaderView = view == View::Cves ? FleetExposureLoader::View::Cves
                                                 : view == View::Updates
                                                     ? FleetExposureLoader::View::Updates
                                                     : FleetExposureLoader::View::Findings;
    if (request != m_loader->latest(loaderView))
        return false; // a newer read is on its way
    m_loading[int(view)] = false;
    m_tables.at(int(view))->setEmptyState(m_icon, emptyStateHtml());
    if (error) {
        m_tables.at(int(view))->setSubtitle(QString());
        m_stale[int(view)] = true; // read again when next shown
        emit problem(error->text());
        emit viewLoaded(view);
        return false;
    }
    return true;
}

void VulnerabilitiesPane::reloadCves()
{
    showLoading(View::Cves);
    m_loader->loadCves(m_database.config());
}

void VulnerabilitiesPane::cvesLoaded(quint64 request, const Result<QList<CveExposure>> &rows)
{
    if (!loaded(View::Cves, request, rows ? nullptr : &rows.error()))
        return;
    m_cves->updateRecords(rows.value());
    int kev = 0;
    int unpatched = 0;
    for (const CveExposure &row : rows.value()) {
        kev += row.kev ? 1 : 0;
        unpatched += row.assets > 0 && row.patchedAssets == 0 ? 1 : 0;
    }
    m_tables.at(int(View::Cves))
        ->setSubtitle(tr("%1 across the fleet, %2 in CISA's KEV catalog, %3 with no patch pending anywhere")
                          .arg(tr("%n CVE(s)", nullptr, int(rows.value().size())))
                          .arg(kev)
                          .arg(unpatched));
    emit viewLoaded(View::Cves);
}

void VulnerabilitiesPane::reloadUpdates()
{
    showLoading(View::Updates);
    m_loader->loadUpdates(m_database.config());
}

void VulnerabilitiesPane::updatesLoaded(quint64 request, const Result<QList<UpdateExposure>> &rows)
{
    if (!loaded(View::Updates, request, rows ? nullptr : &rows.error()))
        return;
    m_updates->updateRecords(rows.value());
    int withKev = 0;
    for (const UpdateExposure &row : rows.value())
        withKev += row.kevCves > 0 ? 1 : 0;
    m_tables.at(int(View::Updates))
        ->setSubtitle(tr("%1 pending across hosts, %2 of them closing a KEV CVE")
                          .arg(tr("%n update(s)", nullptr, int(rows.value().size())))
                          .arg(withKev));
    emit viewLoaded(View::Updates);
}

void VulnerabilitiesPane::reloadFindings()
{
    showLoading(View::Findings);
    m_loader->loadFindings(m_database.config());
}

void VulnerabilitiesPane::findingsLoaded(quint64 request, const Result<QList<FindingExposure>> &rows)
{
    if (!loaded(View::Findings, request, rows ? nullptr : &rows.error()))
        return;
    m_findings->updateRecords(rows.value());
    int closed = 0;
    int unmatched = 0;
    for (const FindingExposure &row : rows.value()) {
        closed += row.closed() ? 1 : 0;
        unmatched += row.assetId == 0 ? 1 : 0;
    }
    m_tables.at(int(View::Findings))
        ->setSubtitle(tr("%1, %2 closed by a pending patch, %3 on hosts no asset matches")
                          .arg(tr("%n scanner finding(s)", nullptr, int(rows.value().size())))
                          .arg(closed)
                          .arg(unmatched));
    emit viewLoaded(View::Findings);
}

void VulnerabilitiesPane::showHostsOfCve(int sourceRow)
{
    if (sourceRow < 0) {
        m_cveHosts->setRecords({});
        return;
    }
    const auto hosts =
        FleetExposureRepository(m_database.connection()).hostsOfCve(m_cves->recordAt(sourceRow).cveId);
    if (!hosts) {
        emit problem(hosts.error().text());
        return;
    }
    m_cveHosts->updateRecords(hosts.value());
}

void VulnerabilitiesPane::showHostsOfUpdate(int sourceRow)
{
    if (sourceRow < 0) {
        m_updateHosts->setRecords({});
        return;
    }
    const auto hosts =
        FleetExposureRepository(m_database.connection()).hostsOfUpdate(m_updates->recordAt(sourceRow));
    if (!hosts) {
        emit problem(hosts.error().text());
        return;
    }
    m_updateHosts->updateRecords(hosts.value());
}

void VulnerabilitiesPane::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("vulnerabilities/view"), int(view()));
    for (const TablePane *table : m_tables)
        table->saveState(settings);
}

void VulnerabilitiesPane::restoreState(QSettings &settings)
{
    for (TablePane *table : std::as_const(m_tables))
        table->restoreState(settings);
    const int saved = settings.value(QStringLiteral("vulnerabilities/view"), 0).toInt();
    if (saved >= 0 && saved < m_tables.size() && saved != int(view()))
        showView(View(saved));
}
