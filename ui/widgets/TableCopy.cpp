#include "TableCopy.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace {

QString cell(const QVariant &value)
{
    QString text = value.toString();
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

QAction *TableCopy::install(QTableView *table)
{
    auto *copy = new QAction(tr("&Copy Rows"), table);
    copy->setObjectName(QStringLiteral("copyRows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(copy);
    QObject::connect(copy, &QAction::triggered, table, [table] {
        const QString text = selectedRowsText(table);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    return copy;
}

QString TableCopy::selectedRowsText(const QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    const QItemSelectionModel *selection = table->selectionModel();
    if (!model || !selection)
        return {};
    QList<int> rows;
    for (const QModelIndex &index : selection->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end()); // the view's order: these are the view model's rows
    const QHeaderView *header = table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!table->isColumnHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList headings;
    for (int column : std::as_const(columns))
        headings << cell(model->headerData(column, Qt::Horizontal, Qt::DisplayRole));
    lines << headings.join(QLatin1Char('\t'));
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << cell(model->index(row, column).data(Qt::DisplayRole));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
