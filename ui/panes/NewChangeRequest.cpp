#include "NewChangeRequest.h"

#include "dialogs/ChangeRequestDialog.h"
#include "widgets/ActionButtons.h"

#include "board/ChangeBoard.h"
#include "changes/ChangeNotifier.h"

#include <QAction>

void NewChangeRequest::allow(QAction *action, Database &database, const QString &what)
{
    ActionButtons::allow(action, ChangeBoard(database).mayCreate(), what);
}

ChangeRequestDialog *NewChangeRequest::forPatches(Database &database, ChangeNotifier &changes,
                                                  const QList<AssetPatch> &patches, QWidget *parent)
{
    return open(new ChangeRequestDialog(database, patches, parent), changes);
}

ChangeRequestDialog *NewChangeRequest::forAssets(Database &database, ChangeNotifier &changes,
                                                 const QStringList &assetNames, QWidget *parent)
{
    return open(new ChangeRequestDialog(database, ChangeRequestDialog::Assets{assetNames}, parent), changes);
}

ChangeRequestDialog *NewChangeRequest::open(ChangeRequestDialog *dialog, ChangeNotifier &changes)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ChangeRequestDialog::saved, &changes, [&changes](qint64 changeId) {
        emit changes.changeRequestChanged(changeId);
        emit changes.auditAppended();
    });
    dialog->open();
    return dialog;
}
