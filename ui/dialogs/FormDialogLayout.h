#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QWidget;

// The shape Patchwright's form dialogs share, top to bottom: an introduction that says what the dialog is
// for, the form, a line in red that says what is wrong (empty while nothing is), and the buttons.
namespace FormDialogLayout {

// Names the dialog (objectName, for tests and saved geometry), sets its title and returns the introduction.
QLabel *begin(QDialog *dialog, const QString &objectName, const QString &title, const QString &html);
QLabel *problemLine(const QString &objectName, QWidget *dialog);
void arrange(QDialog *dialog, QLabel *introduction, QLayout *form, QLabel *problem, QDialogButtonBox *buttons,
             int minimumWidth);

} // namespace FormDialogLayout
