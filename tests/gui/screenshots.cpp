// Saves one PNG per main-window pane, taken from the real program after a real scan of this machine,
// into the folder given as the only argument. Uses a throwaway database and settings.
#include "audit/AuditSession.h"
#include "dialogs/AssetDialog.h"
#include "dialogs/SlaPolicyDialog.h"
#include "intel/IntelImportDialog.h"
#include "IntelFixture.h"
#include "MainWindow.h"
#include "panes/AuditPane.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "Translations.h"
#include "widgets/ScanProgress.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
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
    // Passphrase mode: its audit key is derived, so the trail can be signed without a keychain.
    auto database = Database::open(DatabaseConfig::encryptedFile(
        dir.filePath(QStringLiteral("screens.db")), QStringLiteral("screenshots only, not secret"),
        DatabaseConfig::KeyKind::Passphrase));
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

    // A web server with known-exploited and scored CVEs pending, so the Patches pane shows its priority
    // columns with something in them (this machine may have no pending updates, or none with intel).
    Asset web;
    web.name = QStringLiteral("web01");
    web.transport = Transport::Ssh;
    web.address = QStringLiteral("web01.example.org");
    web.port = 22;
    web.user = QStringLiteral("patch");
    web.criticality = Criticality::High;
    web.exposure = Exposure::Internet;
    web.ring = QStringLiteral("pilot");
    const auto webId = AssetRepository(database.value()->connection(), database.value()->actor()).add(web);
    if (!webId) {
        std::fprintf(stderr, "%s\n", qPrintable(webId.error().text()));
        return 1;
    }
    for (const Status &seeded : {IntelFixture::seedPatches(*database.value(), webId.value()),
                                 IntelFixture::importKevAndEpss(*database.value())}) {
        if (!seeded) {
            std::fprintf(stderr, "%s\n", qPrintable(seeded.error().text()));
            return 1;
        }
    }
    // The session's events signed, as the console does at its start and every 10 minutes, then the Audit
    // pane's whole-chain check (with the checkpoints) finished before it is shown.
    if (const auto sealed = AuditSession::seal(*database.value(), KeyStore()); !sealed) {
        std::fprintf(stderr, "%s\n", qPrintable(sealed.error().text()));
        return 1;
    }
    window.reloadAll();
    auto *audit = window.findChild<AuditPane *>();
    QEventLoop verified;
    QObject::connect(audit, &AuditPane::verdictShown, &verified, &QEventLoop::quit);
    window.findChild<QAction *>(QStringLiteral("actionVerifyAudit"))->trigger();
    verified.exec();

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

    // The Add asset dialog, filled in as an admin would, with one value the validation refuses.
    window.showPane(0);
    window.findChild<QAction *>(QStringLiteral("actionAddAsset"))->trigger();
    auto *dialog = window.findChild<AssetDialog *>();
    if (!dialog) {
        std::fprintf(stderr, "the Add asset dialog did not open\n");
        return 1;
    }
    const auto set = [dialog](const char *name, const QString &text) {
        dialog->findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
    };
    set("assetName", QStringLiteral("web01"));
    set("assetAddress", QStringLiteral("web01.example.org"));
    set("assetUser", QStringLiteral("patch"));
    set("assetIdentity", QStringLiteral("~/.ssh/missing_ed25519"));
    set("assetRing", QStringLiteral("pilot"));
    set("assetTags", QStringLiteral("web, dmz"));
    dialog->findChild<QSpinBox *>(QStringLiteral("assetPort"))->setValue(2222);
    auto *criticality = dialog->findChild<QComboBox *>(QStringLiteral("assetCriticality"));
    criticality->setCurrentIndex(criticality->findText(QStringLiteral("high")));
    auto *exposure = dialog->findChild<QComboBox *>(QStringLiteral("assetExposure"));
    exposure->setCurrentIndex(exposure->findText(QStringLiteral("internet")));
    dialog->adjustSize();
    QApplication::processEvents();
    const QString file = out.filePath(QStringLiteral("asset-dialog.png"));
    if (!dialog->grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    std::printf("%s\n", qPrintable(file));
    dialog->reject();

    // Settings ▸ SLA policy…, with the defaults.
    window.findChild<QAction *>(QStringLiteral("actionSlaPolicy"))->trigger();
    auto *sla = window.findChild<SlaPolicyDialog *>();
    if (!sla) {
        std::fprintf(stderr, "the SLA policy dialog did not open\n");
        return 1;
    }
    sla->adjustSize();
    QApplication::processEvents();
    const QString slaFile = out.filePath(QStringLiteral("sla-policy-dialog.png"));
    if (!sla->grab().save(slaFile)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(slaFile));
        return 1;
    }
    std::printf("%s\n", qPrintable(slaFile));
    sla->reject();

    // Intel ▸ Import feed or scanner report…, as a scanner report is about to be imported.
    IntelImportDialog import(&window);
    auto *kind = import.findChild<QComboBox *>(QStringLiteral("intelFeed"));
    kind->setCurrentIndex(kind->findData(int(IntelFeed::Nessus)));
    import.findChild<QLineEdit *>()->setText(QStringLiteral("/srv/scans/weekly-dmz.nessus"));
    import.adjustSize();
    QApplication::processEvents();
    const QString importFile = out.filePath(QStringLiteral("intel-import-dialog.png"));
    if (!import.grab().save(importFile)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(importFile));
        return 1;
    }
    std::printf("%s\n", qPrintable(importFile));
    return 0;
}
