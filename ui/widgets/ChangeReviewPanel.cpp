#include "ChangeReviewPanel.h"

#include "ActionButtons.h"
#include "itemmodels/ChangeDossier.h"
#include "itemmodels/StatusTone.h"
#include "itemmodels/TableFilterProxy.h"
#include "TableCopy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

ChangeReviewPanel::ChangeReviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("changeReviewPanel"));
    m_overview = new QTextBrowser(this);
    m_overview->setObjectName(QStringLiteral("changeReviewOverview"));
    m_overview->setOpenLinks(false);

    m_patches = new ChangeTargetModel(this);
    auto *proxy = new TableFilterProxy(this);
    proxy->setSourceModel(m_patches);
    m_patchTable = new QTableView(this);
    TableCopy::install(m_patchTable);
    m_patchTable->setObjectName(QStringLiteral("changeReviewPatches"));
    m_patchTable->setModel(proxy);
    m_patchTable->setSortingEnabled(true);
    m_patchTable->sortByColumn(ChangeTargetModel::Asset, Qt::AscendingOrder);
    m_patchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_patchTable->setAlternatingRowColors(true);
    m_patchTable->setWordWrap(false);
    m_patchTable->verticalHeader()->hide();
    m_patchTable->verticalHeader()->setDefaultSectionSize(m_patchTable->fontMetrics().height() + 8);
    m_patchTable->horizontalHeader()->setStretchLastSection(true);
    m_patchTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("changeReviewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_patchTable, tr("Patches"));
    for (int tab = 0; tab < m_tabs->count(); ++tab) // a screen reader names each page as its tab
        m_tabs->widget(tab)->setAccessibleName(m_tabs->tabText(tab));

    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_buttons);
    layout->addWidget(m_tabs, 1);
    showMessage(tr("Select a change request to review it."));
}

void ChangeReviewPanel::setActions(const QList<QAction *> &actions)
{
    ActionButtons::fill(m_buttons, actions, this);
}

void ChangeReviewPanel::showDossier(const ChangeDossier &dossier)
{
    // The same change shown again after a reload keeps the reader's place.
    const bool same = dossier.change.id == m_shownId;
    const int scroll = m_overview->verticalScrollBar()->value();
    m_overview->setHtml(dossier.html());
    if (same)
        m_overview->verticalScrollBar()->setValue(scroll);
    m_shownId = dossier.change.id;
    m_patches->updateRecords(dossier.targets);
    if (!same)
        m_patchTable->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("Patches (%1)").arg(dossier.targets.size()));
}

void ChangeReviewPanel::showMessage(const QString &text)
{
    m_overview->setHtml(QStringLiteral("<p style='color:") + StatusTone::css(StatusTone::Muted) +
                        QStringLiteral("'>") + text.toHtmlEscaped() + QStringLiteral("</p>"));
    m_shownId = 0;
    m_patches->setRecords({});
    m_tabs->setTabText(1, tr("Patches"));
}
