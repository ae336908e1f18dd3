#pragma once

#include <QString>

#include <functional>

class Database;
class MainWindow;
class QWidget;

// The README's pictures of the first run (issue 16): the welcome's first two pages over a database whose key
// is in the keychain (welcome.png, welcome-fleet.png), and F1 in the Patches pane (help-viewer.png), each
// written by `save` (false when it could not).
namespace WelcomeShots {

bool save(MainWindow &window, Database &keychainDatabase,
          const std::function<bool(QWidget &widget, const QString &name)> &save);

} // namespace WelcomeShots
