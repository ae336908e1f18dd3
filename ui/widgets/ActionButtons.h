#pragma once

#include "domain/Result.h"

#include <QList>

class QAction;
class QBoxLayout;
class QKeySequence;
class QString;
class QWidget;

// The actions of a pane's selected item (a change request, a run) as the panes show them: each an action of
// the window (its shortcut works while the pane is shown), a button of its own in a row above the details,
// and enabled only when the engine allows it — with the engine's reason as its tooltip when it does not.
namespace ActionButtons {

// An action added to `window`, named `name` (its button is `name` + "Button").
QAction *make(QWidget *window, const QString &text, const char *name, const QKeySequence &shortcut);
// One text button per action, in a tool bar added to `row`; a null action makes a separator.
void fill(QBoxLayout *row, const QList<QAction *> &actions, QWidget *parent);
// Enabled when `allowed` is ok, with `what` (and its shortcut) as the tooltip; else disabled, the tooltip
// saying why.
void allow(QAction *action, const Status &allowed, const QString &what);

} // namespace ActionButtons
