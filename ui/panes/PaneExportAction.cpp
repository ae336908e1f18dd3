#include "PaneExportAction.h"

#include "ExportFileDialog.h"
#include "Pane.h"
#include "widgets/TablePane.h"

#include "changes/ChangeNotifier.h"
#include "reports/ModelRows.h"
#include "reports/PaneExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

PaneExportAction::PaneExportAction(Database &database, ChangeNotifier &changes,
                                   std::function<Pane *()> currentPane, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_changes(changes)
    , m_currentPane(std::move(currentPane))
    , m_window(window)
{
    m_action = new QAction(tr("&Export…"), this);
    m_action->setObjectName(QStringLiteral("actionExportPane"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setToolTip(tr("Save the rows this pane shows, as filtered and sorted, as CSV or JSON; the "
                            "export is recorded in the audit trail with the file's SHA-256"));
    connect(m_action, &QAction::triggered, this, [this] { chooseFile(false); });
    update();
}

void PaneExportAction::update()
{
    const Pane *pane = m_currentPane();
    const TablePane *table = pane ? pane->exportedTable() : nullptr;
    m_action->setEnabled(table && table->shownRowCount() > 0);
}

void PaneExportAction::exportSelection()
{
    chooseFile(true);
}

void PaneExportAction::chooseFile(bool selection)
{
    const Pane *pane = m_currentPane();
    const TablePane *table = pane ? pane->exportedTable() : nullptr;
    if (!table || (selection && table->selectedShownRows().isEmpty()))
        return;
    const QString title = selection ? tr("Export the selected rows of %1").arg(pane->title())
                                    : tr("Export the rows of %1").arg(pane->title());
    QFileDialog *dialog = ExportFileDialog::open(m_window, title, QStringLiteral("exportPaneDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, selection](const QString &path) {
        exportTo(path, dialog->selectedNameFilter(), selection);
    });
}

void PaneExportAction::exportTo(const QString &path, const QString &nameFilter, bool selection)
{
    // The pane as it is now (the dialog was modal only to the window, rows may have changed meanwhile).
    const Pane *pane = m_currentPane();
    const TablePane *table = pane ? pane->exportedTable() : nullptr;
    if (!table)
        return;
    ExportTable rows = selection ? ModelRows::read(*table->shownRows(), table->selectedShownRows())
                                 : ModelRows::read(*table->shownRows());
    rows.selection = selection;
    rows.pane = table->exportName();
    rows.filter = table->filterText();
    const auto written =
        PaneExport::toFile(m_database, rows, ExportFileDialog::formatFor(path, nameFilter), path);

    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("paneExportResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Export %1").arg(pane->title()));
    if (!written) {
        box->setIcon(QMessageBox::Critical);
        box->setText(written.error().message.toHtmlEscaped());
        box->setInformativeText(written.error().hint.toHtmlEscaped());
    } else {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("%n row(s) saved to %1.<br>SHA-256: <code>%2</code><br>The export is recorded in the "
                        "audit trail (report.exported).",
                        nullptr, int(written.value().rows))
                         .arg(QDir::toNativeSeparators(path).toHtmlEscaped(),
                              QString::fromLatin1(written.value().sha256)));
        emit m_changes.auditAppended();
        emit exported(path);
    }
    box->open();
}
