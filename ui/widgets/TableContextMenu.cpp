#include "TableContextMenu.h"

#include "TableCopy.h"

#include <QAction>
#include <QCursor>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

TableContextMenu::TableContextMenu(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    m_copy = TableCopy::install(table);
    m_copy->setStatusTip(tr("Copy the selected rows with a header line, tab-separated, to paste into a "
                            "spreadsheet or a ticket"));
    m_exportSelection = new QAction(tr("E&xport Selection…"), this);
    m_exportSelection->setObjectName(QStringLiteral("exportSelection"));
    m_exportSelection->setStatusTip(
        tr("Save the selected rows only, every column, as CSV or JSON; the export "
           "is recorded in the audit trail with the file's SHA-256"));
    connect(m_exportSelection, &QAction::triggered, this, &TableContextMenu::exportSelectionRequested);

    if (QItemSelectionModel *selection = table->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this,
                &TableContextMenu::updateSelectionActions);
    updateSelectionActions();

    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        // The Menu key asks at no particular row (the pointer is elsewhere): the menu opens on the current
        // row, and the selection stays.
        QPoint at = pos;
        const QPoint pointer = m_table->viewport()->mapFromGlobal(QCursor::pos());
        if ((pointer - pos).manhattanLength() > 3 && m_table->currentIndex().isValid())
            at = m_table->visualRect(m_table->currentIndex()).center();
        QMenu *menu = menuFor(at);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
}

void TableContextMenu::addAction(QAction *action)
{
    if (action)
        m_actions.append(action);
}

void TableContextMenu::addSeparator()
{
    if (!m_actions.isEmpty() && m_actions.constLast())
        m_actions.append(nullptr);
}

void TableContextMenu::updateSelectionActions()
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const bool selected = selection && selection->hasSelection();
    const QString none = tr("Select one or more rows first.");
    m_copy->setEnabled(selected);
    m_copy->setToolTip(selected ? m_copy->statusTip() : none);
    m_exportSelection->setEnabled(selected);
    m_exportSelection->setToolTip(selected ? m_exportSelection->statusTip() : none);
}

QMenu *TableContextMenu::menuFor(const QPoint &viewportPos)
{
    // The row under the pointer is what the admin means when it is not part of the selection.
    const QModelIndex under = m_table->indexAt(viewportPos);
    QItemSelectionModel *selection = m_table->selectionModel();
    if (under.isValid() && selection && !selection->isRowSelected(under.row(), under.parent())) {
        selection->setCurrentIndex(under, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateSelectionActions();

    auto *menu = new QMenu(m_table);
    menu->setObjectName(m_table->objectName() + QStringLiteral("Menu"));
    menu->setToolTipsVisible(true);
    menu->addAction(m_copy);
    menu->addAction(m_exportSelection);
    if (!m_actions.isEmpty())
        menu->addSeparator();
    for (QAction *action : std::as_const(m_actions)) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    return menu;
}
