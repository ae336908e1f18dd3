#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

class ChangeNotifier;
class ChangeRequestDialog;
class Database;
class QAction;
class QWidget;

// "New change request…" as the Patches and Assets panes offer it: the change board decides who may (its
// reason is the action's tooltip when not), and the dialog opens window-modal pre-filled with the selected
// patches or with every missing patch on the selected assets; a saved change is announced to every pane.
class NewChangeRequest
{
    Q_DECLARE_TR_FUNCTIONS(NewChangeRequest)

public:
    // Enables `action` as the board allows, with `what` (and its shortcut) as the tooltip, else the reason.
    static void allow(QAction *action, Database &database, const QString &what);
    // Opens the dialog for these patches (may be empty: then chosen by criteria).
    static ChangeRequestDialog *forPatches(Database &database, ChangeNotifier &changes,
                                           const QList<AssetPatch> &patches, QWidget *parent);
    // Opens the dialog for every missing patch on these assets.
    static ChangeRequestDialog *forAssets(Database &database, ChangeNotifier &changes,
                                          const QStringList &assetNames, QWidget *parent);

private:
    static ChangeRequestDialog *open(ChangeRequestDialog *dialog, ChangeNotifier &changes);
};
