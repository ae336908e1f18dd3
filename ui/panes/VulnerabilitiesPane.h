#pragma once

#include "Pane.h"

#include "domain/FleetExposure.h"
#include "domain/Result.h"

class ChangeNotifier;
class CveExposureModel;
class Database;
class ExposedHostModel;
class FleetExposureLoader;
class FindingTableModel;
class QAction;
class QActionGroup;
class QStackedWidget;
class QTableView;
class QTimer;
class TablePane;
class UpdateExposureModel;

// What the fleet is exposed to, across hosts, in three views: one row per CVE, one per update (a source
// package's new version or an advisory), and one per scanner finding with the pending patch that closes
// it. Selecting a CVE or update row lists its hosts below the table. Only the view shown reads the
// database; the others read again when shown after a change. The views are read off the GUI thread
// (FleetExposureLoader: they take hundreds of milliseconds on a big fleet), showing "Loading…" meanwhile and
// keeping the rows and the selection of the last read until the new one arrives; a row's hosts (a few
// milliseconds, indexed) are read on the spot.
class VulnerabilitiesPane : public Pane
{
    Q_OBJECT

public:
    enum class View
    {
        Cves,
        Updates,
        Findings
    };

    VulnerabilitiesPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    const TablePane *exportedTable() const override;

    View view() const;
    void showView(View view);
    bool isLoading() const; // the view shown is being read

signals:
    void viewLoaded(VulnerabilitiesPane::View view); // its rows are in its table (or the problem was told)

private:
    TablePane *addView(View view, const QString &name, const QString &text, const QString &objectName);
    QTableView *addHostsView(TablePane *table, ExposedHostModel *model, const QString &name);
    void reloadView(View view);
    void reloadCves();
    void reloadUpdates();
    void reloadFindings();
    void showLoading(View view);
    void cvesLoaded(quint64 request, const Result<QList<CveExposure>> &rows);
    void updatesLoaded(quint64 request, const Result<QList<UpdateExposure>> &rows);
    void findingsLoaded(quint64 request, const Result<QList<FindingExposure>> &rows);
    bool loaded(View view, quint64 request, const Error *error); // false: not the newest request, or failed
    void showHostsOfCve(int sourceRow);
    void showHostsOfUpdate(int sourceRow);
    void markStale();

    Database &m_database;
    QIcon m_icon;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_views = nullptr;
    QList<TablePane *> m_tables; // by View
    QList<bool> m_stale;         // by View: data changed since it was last read
    QList<bool> m_loading;       // by View: a read is on its way
    FleetExposureLoader *m_loader = nullptr;
    QTimer *m_reloadSoon = nullptr;
    CveExposureModel *m_cves = nullptr;
    UpdateExposureModel *m_updates = nullptr;
    FindingTableModel *m_findings = nullptr;
    ExposedHostModel *m_cveHosts = nullptr;
    ExposedHostModel *m_updateHosts = nullptr;
};
