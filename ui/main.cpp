#include "MainWindow.h"
#include "setup/Translations.h"

#include "audit/AuditSealTimer.h"
#include "dialogs/DatabaseUnlock.h"
#include "reports/DailySnapshotTimer.h"
#include "setup/DatabaseChoice.h"
#include "setup/DatabaseLocation.h"
#include "setup/FirstStart.h"
#include "setup/HeapArenas.h"
#include "setup/LocalTimeZone.h"
#include "setup/SessionLog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    LocalTimeZone::pin(); // before any thread: it sets TZ
    HeapArenas::limit();  // before any thread allocates
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

    // --db wins for this start; otherwise (and after Database ▸ Connect to team database…) the choice
    // remembered in the settings, empty for the embedded default.
    QString location = parser.isSet(dbOption) ? parser.value(dbOption) : DatabaseChoice::remembered();
    QString previous;
    for (;;) {
        auto database = DatabaseUnlock::open(location, nullptr);
        if (!database) {
            if (database.error().message.isEmpty() && previous.isNull()) {
                // The user chose Quit in an unlock dialog, which said so before; the terminal hears it too.
                qInfo("%s",
                      qPrintable(QApplication::translate(
                          "main", "Patchwright quit before opening the database; nothing was changed.")));
                return 1;
            }
            QMessageBox::critical(nullptr,
                                  QApplication::translate("main", "Patchwright cannot open the database"),
                                  database.error().text());
            if (previous.isNull())
                return 1;
            // The newly chosen database failed: go back to the one that worked.
            (void)DatabaseChoice::remember(previous);
            location = previous;
            previous = QString();
            continue;
        }
        // The key is in the open database's config now: an ssh ProxyCommand (started by libssh with this
        // process's environment) must not inherit the passphrase, as the CLI's children never do.
        qunsetenv(DatabaseLocation::PassphraseEnvironment);
        if (const auto registered = FirstStart::ensureThisMachine(*database.value()); !registered) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Patchwright cannot start"),
                                  registered.error().text());
            return 1;
        }
        const QString client = QApplication::translate("main", "Patchwright console");
        if (Status logged = SessionLog::opened(*database.value(), client); !logged) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Patchwright cannot start"),
                                  logged.error().text());
            return 1;
        }
        MainWindow window(*database.value());
        // The session's start is signed into an audit checkpoint now, its events every 10 minutes and at
        // its end; a trail that cannot be signed (cut, rewritten) is said at once, and the console still
        // opens so the admin can look.
        AuditSealTimer seals(*database.value(), std::chrono::minutes(10));
        QObject::connect(&seals, &AuditSealTimer::failed, &window,
                         [&window](const QString &message) { window.statusBar()->showMessage(message); });
        // Each finished day's compliance figures are stored once (an admin's console; the daemon too), so
        // the Compliance pane's trend survives later changes to the history.
        DailySnapshotTimer snapshots(database.value()->config(), database.value()->actor(),
                                     std::chrono::minutes(15));
        QObject::connect(&snapshots, &DailySnapshotTimer::failed, &window,
                         [&window](const QString &message) { window.statusBar()->showMessage(message); });
        QObject::connect(
            &snapshots, &DailySnapshotTimer::stored, &window,
            [&window](int days, const QDate &first, const QDate &last) {
                window.statusBar()->showMessage(
                    QApplication::translate("main", "Stored the compliance figures of %n day(s), %1 to %2.",
                                            nullptr, days)
                        .arg(QLocale().toString(first, QLocale::ShortFormat),
                             QLocale().toString(last, QLocale::ShortFormat)),
                    10000);
            });
        window.show();
        window.offerWelcome();
        snapshots.start();
        if (!seals.sealNow())
            QMessageBox::warning(&window, QApplication::translate("main", "The audit trail is not intact"),
                                 window.statusBar()->currentMessage());
        const int code = QApplication::exec();
        if (Status logged = SessionLog::closed(*database.value(), client); !logged)
            qWarning("The end of this session could not be audited: %s", qPrintable(logged.error().text()));
        else if (!seals.sealNow())
            qWarning("The end of this session was not signed: %s",
                     qPrintable(window.statusBar()->currentMessage()));
        if (!window.reopenRequested())
            return code;
        previous = location.isNull() ? QStringLiteral("") : location;
        location = DatabaseChoice::remembered();
    }
}
