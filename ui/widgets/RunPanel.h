#pragma once

#include "domain/Workflow.h"

#include <QWidget>

#include <optional>

class DeploymentTableModel;
class QAction;
class QHBoxLayout;
class QSplitter;
class QTableView;
class QTextBrowser;
struct RunDossier;

// One staged run, below the Deployments pane's list of runs: the run's actions as buttons, its stages with
// their gates' verdicts, its assets (one row each: state, the step it is at, times) and the step log of the
// asset selected there, with each step's output.
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);

    // One button per action, in order; a null action leaves a gap between groups.
    void setActions(const QList<QAction *> &actions);
    void showDossier(const RunDossier &dossier);
    // No run to show (nothing selected, or it could not be read): says so, and why.
    void showMessage(const QString &text);
    DeploymentTableModel *assets() const { return m_assets; }
    // The asset row selected in the assets table.
    std::optional<Deployment> currentAsset() const;
    QSplitter *splitter() const { return m_splitter; }

signals:
    void currentAssetChanged();

private:
    void showStepLog();

    QHBoxLayout *m_buttons = nullptr;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_stages = nullptr;
    DeploymentTableModel *m_assets = nullptr;
    QTableView *m_assetTable = nullptr;
    QTextBrowser *m_stepLog = nullptr;
    qint64 m_shownRun = 0;
};
