#pragma once

class Database;
class MainWindow;
class QDir;

// The README's pictures of the first run (issue 16): the welcome's first page over a database whose key is
// in the keychain (welcome.png), and F1 in the Patches pane (help-viewer.png). Prints each file written;
// false (with the reason on stderr) on failure.
namespace WelcomeShots {

bool save(MainWindow &window, Database &keychainDatabase, const QDir &out);

} // namespace WelcomeShots
