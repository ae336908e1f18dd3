#pragma once

class ChangeNotifier;
class Database;
class QAction;
class QMenu;
class QWidget;
class RunScheduler;

// Settings ▸ Preferences… (the platform's Preferences shortcut): opens the SettingsDialog. When it saves,
// the panes hear that patches (due dates) and the audit trail changed, and `scheduler` takes the team's new
// run limits for the runs it starts from then on; the next scan reads them when it starts.
namespace PreferencesAction {

QAction *add(QMenu *menu, Database &database, ChangeNotifier &changes, RunScheduler &scheduler,
             QWidget *window);

} // namespace PreferencesAction
