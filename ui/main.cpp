#include "MainWindow.h"
#include "Translations.h"

#include "dialogs/DatabaseUnlock.h"
#include "setup/FirstStart.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Patchwright"));
    QApplication::setApplicationName(QStringLiteral("Patchwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Patchwright"));
    QApplication::setApplicationVersion(QStringLiteral(PW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.patchwright.Patchwright"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/patchwright.svg")));

    Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Patch administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Open this database instead of the default."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    auto database = DatabaseUnlock::open(parser.value(dbOption), nullptr);
    if (!database) {
        if (database.error().message.isEmpty())
            return 1; // the user canceled the passphrase dialog
        QMessageBox::critical(nullptr, QApplication::translate("main", "Patchwright cannot start"),
                              database.error().text());
        return 1;
    }
    if (const auto registered = FirstStart::ensureThisMachine(*database.value()); !registered) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Patchwright cannot start"),
                              registered.error().text());
        return 1;
    }

    MainWindow window(*database.value());
    window.show();
    return QApplication::exec();
}
