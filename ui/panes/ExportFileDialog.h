#pragma once

#include "reports/OutputTable.h"

#include <QString>

class QFileDialog;
class QWidget;

// The save dialog of every export (File ▸ Export…, the Audit pane's Export…): CSV or JSON, the suffix
// following the type chosen. Opened window-modal and deleted on close; tests find it by its object name.
class ExportFileDialog
{
public:
    static QFileDialog *open(QWidget *parent, const QString &title, const QString &objectName);
    // CSV or JSON by the file's suffix, else by the type chosen in the dialog.
    static OutputTable::Format formatFor(const QString &path, const QString &nameFilter);
};
