#include "RunPanel.h"

#include "ActionButtons.h"
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/RunDossier.h"
#include "itemmodels/StatusTone.h"
#include "TableCopy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runPanel"));
    m_stages = new QTextBrowser(this);
    m_stages->setObjectName(QStringLiteral("runStages"));
    m_stages->setOpenLinks(false);

    m_assets = new DeploymentTableModel(this);
    m_assetTable = new QTableView(this);
    TableCopy::install(m_assetTable);
    m_assetTable->setObjectName(QStringLiteral("runAssets"));
    m_assetTable->setModel(m_assets); // in stage order, as the run goes
    m_assetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assetTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assetTable->setAlternatingRowColors(true);
    m_assetTable->setWordWrap(false);
    m_assetTable->verticalHeader()->hide();
    m_assetTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_assetTable->verticalHeader()->setDefaultSectionSize(m_assetTable->fontMetrics().height() + 8);
    m_assetTable->horizontalHeader()->setStretchLastSection(true);
    m_assetTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_assetTable->setColumnHidden(DeploymentTableModel::Change, true); // the run's change, above
    const int character = m_assetTable->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const auto &[column, width] : {std::pair{DeploymentTableModel::Asset, 9},
                                        {DeploymentTableModel::Ring, 12},
                                        {DeploymentTableModel::State, 8},
                                        {DeploymentTableModel::Step, 13},
                                        {DeploymentTableModel::Started, 14},
                                        {DeploymentTableModel::Finished, 14}})
        m_assetTable->setColumnWidth(column, width * character + 10);

    m_stepLog = new QTextBrowser(this);
    m_stepLog->setObjectName(QStringLiteral("runStepLog"));
    m_stepLog->setOpenLinks(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("runSplitter"));
    m_splitter->addWidget(m_stages);
    m_splitter->addWidget(m_assetTable);
    m_splitter->addWidget(m_stepLog);
    m_splitter->setChildrenCollapsible(false);
    m_stages->setAccessibleName(tr("Stages and gates of the run"));
    m_assetTable->setAccessibleName(tr("Assets of the run"));
    m_stepLog->setAccessibleName(tr("Step log of the selected asset"));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({330, 620, 330});

    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_buttons);
    layout->addWidget(m_splitter, 1);

    connect(m_assetTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showStepLog();
        emit currentAssetChanged();
    });
    // A step recorded or an outcome arrived for the asset shown.
    connect(m_assets, &QAbstractItemModel::dataChanged, this, &RunPanel::showStepLog);
    showMessage(tr("Select a run to see its stages, assets and gates."));
}

void RunPanel::setActions(const QList<QAction *> &actions)
{
    ActionButtons::fill(m_buttons, actions, this);
}

void RunPanel::showDossier(const RunDossier &dossier)
{
    // The same run shown again after a reload keeps the reader's place and the selected asset.
    const bool same = dossier.run.id == m_shownRun;
    const int scroll = m_stages->verticalScrollBar()->value();
    m_stages->setHtml(dossier.html());
    if (same) {
        m_stages->verticalScrollBar()->setValue(scroll);
        m_assets->updateRecords(dossier.assetRows());
    } else {
        m_assets->clearLiveSteps();
        m_assets->setRecords(dossier.assetRows());
    }
    m_shownRun = dossier.run.id;
    if (!m_assetTable->selectionModel()->hasSelection() && m_assets->rowCount() > 0) {
        // The first asset that went wrong, else the first.
        int row = 0;
        for (int i = 0; i < m_assets->rowCount(); ++i) {
            const DeploymentState state = m_assets->recordAt(i).state;
            if (state == DeploymentState::Failed || state == DeploymentState::RollbackFailed ||
                state == DeploymentState::Interrupted) {
                row = i;
                break;
            }
        }
        m_assetTable->selectRow(row);
    }
    showStepLog();
}

void RunPanel::showMessage(const QString &text)
{
    m_shownRun = 0;
    m_assets->clearLiveSteps();
    m_assets->setRecords({});
    m_stages->setHtml(QStringLiteral("<p style='color:") + StatusTone::css(StatusTone::Muted) +
                      QStringLiteral("'>") + text.toHtmlEscaped() + QStringLiteral("</p>"));
    m_stepLog->clear();
}

std::optional<Deployment> RunPanel::currentAsset() const
{
    const QModelIndex current = m_assetTable->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_assets->rowCount())
        return std::nullopt;
    return m_assets->recordAt(current.row());
}

void RunPanel::showStepLog()
{
    const auto asset = currentAsset();
    if (!asset) {
        m_stepLog->setHtml(QStringLiteral("<p style='color:") + StatusTone::css(StatusTone::Muted) +
                           QStringLiteral("'>") + tr("Select an asset to see its step log.") +
                           QStringLiteral("</p>"));
        return;
    }
    const int scroll = m_stepLog->verticalScrollBar()->value();
    QString html =
        m_assets->index(m_assetTable->currentIndex().row(), 0).data(TableRoles::DetailsRole).toString();
    if (asset->steps.isEmpty())
        html += QStringLiteral("<p style='color:") + StatusTone::css(StatusTone::Muted) +
                QStringLiteral("'>") + tr("No step recorded yet.") + QStringLiteral("</p>");
    m_stepLog->setHtml(html);
    m_stepLog->verticalScrollBar()->setValue(scroll);
}
