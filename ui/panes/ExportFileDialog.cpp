#include "ExportFileDialog.h"

#include "reports/PaneExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

QFileDialog *ExportFileDialog::open(QWidget *parent, const QString &title, const QString &objectName)
{
    auto *dialog = new QFileDialog(parent, title, QDir::homePath());
    dialog->setObjectName(objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({QCoreApplication::translate("ExportFileDialog", "CSV (*.csv)"),
                            QCoreApplication::translate("ExportFileDialog", "JSON (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &nameFilter) {
        dialog->setDefaultSuffix(nameFilter.contains(QLatin1String("*.json")) ? QStringLiteral("json")
                                                                              : QStringLiteral("csv"));
    });
    dialog->open();
    return dialog;
}

OutputTable::Format ExportFileDialog::formatFor(const QString &path, const QString &nameFilter)
{
    return PaneExport::formatForPath(path, nameFilter.contains(QLatin1String("*.json"))
                                               ? OutputTable::Format::Json
                                               : OutputTable::Format::Csv);
}
