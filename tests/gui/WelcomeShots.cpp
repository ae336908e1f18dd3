#include "WelcomeShots.h"

#include "help/HelpViewer.h"
#include "help/WelcomeDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>

#include <cstdio>

namespace {

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

bool WelcomeShots::save(MainWindow &window, Database &keychainDatabase,
                        const std::function<bool(QWidget &widget, const QString &name)> &save)
{
    // The window's own actions, so the offers look as they do at a first start.
    WelcomeDialog welcome(keychainDatabase,
                          {action(window, "actionScanThisMachine"), action(window, "actionAddAsset"),
                           action(window, "actionImportAssets"), action(window, "actionIntelImport"),
                           action(window, "actionIntelFeeds"), action(window, "actionDatabaseProperties")},
                          &window);
    welcome.setAttribute(Qt::WA_DeleteOnClose, false);
    welcome.show();
    welcome.adjustSize();
    QApplication::processEvents();
    if (!save(welcome, QStringLiteral("welcome.png")))
        return false;
    welcome.setPage(1);
    QApplication::processEvents();
    if (!save(welcome, QStringLiteral("welcome-fleet.png")))
        return false;
    welcome.hide();

    window.showPane(1);                             // Patches
    action(window, "actionHelpForPane")->trigger(); // F1
    auto *help = window.findChild<HelpViewer *>(QStringLiteral("helpViewer"));
    if (!help) {
        std::fprintf(stderr, "F1 opened no help viewer\n");
        return false;
    }
    QApplication::processEvents();
    const bool saved = save(*help, QStringLiteral("help-viewer.png"));
    help->close();
    return saved;
}
