#include "FormDialogLayout.h"

#include "itemmodels/StatusTone.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace FormDialogLayout {

QLabel *begin(QDialog *dialog, const QString &objectName, const QString &title, const QString &html)
{
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    auto *intro = new QLabel(html, dialog);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    return intro;
}

QLabel *problemLine(const QString &objectName, QWidget *dialog)
{
    auto *problem = new QLabel(dialog);
    problem->setObjectName(objectName);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: ") + StatusTone::css(StatusTone::Danger) +
                           QStringLiteral(";"));
    return problem;
}

void arrange(QDialog *dialog, QLabel *introduction, QLayout *form, QLabel *problem, QDialogButtonBox *buttons,
             int minimumWidth)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(introduction);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(minimumWidth);
}

} // namespace FormDialogLayout
