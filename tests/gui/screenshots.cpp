// Saves one PNG per main-window pane, taken from the real program after a real scan of this machine,
// into the folder given as the only argument. Uses a throwaway database and settings.
#include "MainWindow.h"
#include "setup/FirstStart.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "Translations.h"
#include "widgets/ScanProgress.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: pw_screenshots OUTPUT_DIR\n");
        return 2;
    }
    Translations::install(app);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PatchwrightScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Patchwright"));
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));

    QTemporaryDir dir;
    auto database = Database::open(DatabaseConfig::encryptedFile(
        dir.filePath(QStringLiteral("screens.db")), KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().text()));
        return 1;
    }
    if (auto registered = FirstStart::ensureThisMachine(*database.value()); !registered) {
        std::fprintf(stderr, "%s\n", qPrintable(registered.error().text()));
        return 1;
    }

    MainWindow window(*database.value());
    window.resize(1440, 860);
    window.show();

    // Scan, then wait for the scan to finish.
    auto *progress = window.findChild<ScanProgress *>();
    QEventLoop loop;
    QObject::connect(progress, &ScanProgress::finished, &loop, &QEventLoop::quit);
    window.findChild<QAction *>(QStringLiteral("actionScanAll"))->trigger();
    if (progress->isRunning())
        loop.exec();

    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.absolutePath());
    const char *names[] = {"assets", "patches", "approvals", "deployments", "compliance", "audit"};
    for (int i = 0; i < 6; ++i) {
        window.showPane(i);
        if (auto *table =
                window.findChild<QTableView *>(QString::fromLatin1(names[i]) + QStringLiteral("Table"));
            table && table->model()->rowCount() > 0)
            table->selectRow(0);
        QApplication::processEvents();
        const QString file = out.filePath(QString::fromLatin1(names[i]) + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
    }
    return 0;
}
