#include "MainWindow.h"

#include "setup/DatabaseLocation.h"
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Patch administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Open this database instead of the default."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const auto fail = [](const Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Patchwright cannot start"),
                              error.text());
        return 1;
    };
    const auto config = DatabaseLocation::resolve(parser.value(dbOption));
    if (!config)
        return fail(config.error());
    auto database = Database::open(config.value());
    if (!database)
        return fail(database.error());
    if (const auto registered = FirstStart::ensureThisMachine(*database.value()); !registered)
        return fail(registered.error());

    MainWindow window(*database.value());
    window.show();
    return QApplication::exec();
}
