#include "ActionButtons.h"

#include <QAction>
#include <QBoxLayout>
#include <QToolBar>
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
    // A tool bar, not a row of buttons: when the pane is narrower than all of them, the last ones move into
    // its extension menu instead of widening the window.
    auto *bar = new QToolBar(parent);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setFloatable(false);
    bar->setMovable(false);
    for (QAction *action : actions) {
        if (!action) {
            bar->addSeparator();
            continue;
        }
        bar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action))) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAutoRaise(false);
            button->setMinimumHeight(button->sizeHint().height() + 6);
        }
    }
    row->addWidget(bar, 1);
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
