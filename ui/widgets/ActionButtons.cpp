#include "ActionButtons.h"

#include <QAction>
#include <QBoxLayout>
#include <QToolButton>
#include <QWidget>

namespace ActionButtons {

QAction *make(QWidget *window, const QString &text, const char *name, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, window);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

void fill(QBoxLayout *row, const QList<QAction *> &actions, QWidget *parent)
{
    for (QAction *action : actions) {
        if (!action) {
            row->addSpacing(18);
            continue;
        }
        auto *button = new QToolButton(parent);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumHeight(button->sizeHint().height() + 6);
        row->addWidget(button);
    }
    row->addStretch(1);
}

void allow(QAction *action, const Status &allowed, const QString &what)
{
    action->setEnabled(allowed.ok());
    QString tip = allowed.ok() ? what : allowed.error().text();
    if (allowed.ok() && !action->shortcut().isEmpty())
        tip +=
            QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
    action->setToolTip(tip);
}

} // namespace ActionButtons
