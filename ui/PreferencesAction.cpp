#include "PreferencesAction.h"

#include "dialogs/SettingsDialog.h"

#include "changes/ChangeNotifier.h"
#include "jobs/RunScheduler.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace PreferencesAction {

QAction *add(QMenu *menu, Database &database, ChangeNotifier &changes, RunScheduler &scheduler,
             QWidget *window)
{
    QAction *action = menu->addAction(QCoreApplication::translate("PreferencesAction", "&Preferences…"));
    action->setObjectName(QStringLiteral("actionPreferences"));
    action->setShortcut(QKeySequence::Preferences);
    action->setMenuRole(QAction::PreferencesRole);
    QObject::connect(action, &QAction::triggered, window, [&database, &changes, &scheduler, window] {
        auto *dialog = new SettingsDialog(database, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SettingsDialog::ringsChanged, &changes, &ChangeNotifier::auditAppended);
        QObject::connect(dialog, &QDialog::accepted, &scheduler, [&database, &changes, &scheduler] {
            // The SLA policy moves due dates; the run limits apply to the next scan and the next staged run.
            emit changes.patchesChanged(ChangedIds::all());
            emit changes.auditAppended();
            if (Status limits = scheduler.useTeamLimits(database); !limits)
                emit scheduler.problem(0, limits.error().text());
        });
        dialog->open();
    });
    return action;
}

} // namespace PreferencesAction
