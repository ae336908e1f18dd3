#pragma once

class MainWindow;
class QDir;

// The README's pictures of issue 14's table habits, from the screenshot program's window: the Patches pane's
// context menu on three selected patches (table-context-menu.png) and the Assets pane with a filter that
// hides every row (table-no-matches.png). Prints each file written; false (with the reason on stderr) on
// failure.
namespace TableHabitsShots {

bool save(MainWindow &window, const QDir &out);

} // namespace TableHabitsShots
