#include "TableHabitsShots.h"

#include "MainWindow.h"
#include "widgets/TablePane.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTableView>

#include <cstdio>
#include <memory>

namespace {

bool write(const QPixmap &shot, const QDir &out, const QString &name)
{
    const QString file = out.filePath(name);
    if (!shot.save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

} // namespace

namespace TableHabitsShots {

bool save(MainWindow &window, const QDir &out)
{
    // The menu is a window of its own: drawn over the main window where it opened.
    window.showPane(1);
    auto *patches = window.findChild<TablePane *>(QStringLiteral("patchesPane"));
    QTableView *view = patches->table();
    view->clearSelection();
    for (int row = 0; row < 3 && row < view->model()->rowCount(); ++row)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QPoint at = view->visualRect(view->model()->index(1, 2)).center();
    std::unique_ptr<QMenu> menu(patches->contextMenuFor(at));
    menu->popup(view->viewport()->mapToGlobal(at));
    QApplication::processEvents();
    QPixmap shot = window.grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
    }
    menu->close();
    if (!write(shot, out, QStringLiteral("table-context-menu.png")))
        return false;

    window.showPane(0);
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("assetsFilter"));
    filter->setText(QStringLiteral("web02x"));
    QApplication::processEvents();
    const bool saved = write(window.grab(), out, QStringLiteral("table-no-matches.png"));
    filter->clear();
    return saved;
}

} // namespace TableHabitsShots
