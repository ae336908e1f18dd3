// Saves one PNG per main-window pane, taken from the real program after a real scan of this machine,
// into the folder given as the only argument. Uses a throwaway database and settings. The Compliance pane
// is shown over a seeded 90-day history, also in a dark palette (with the Assets and Patches panes) and (a
// second run of this program with QT_SCALE_FACTOR=2, started by the first) at 200 % in a 1024x700 window.
#include "../support/FleetFixture.h"

#include "audit/AuditSession.h"
#include "DarkPalette.h"
#include "dialogs/AssetDialog.h"
#include "dialogs/ChangeRequestDialog.h"
#include "dialogs/ChangeTargets.h"
#include "dialogs/DatabasePropertiesDialog.h"
#include "dialogs/HostKeyDialog.h"
#include "dialogs/SlaPolicyDialog.h"
#include "intel/FeedsDialog.h"
#include "intel/FeedSettings.h"
#include "intel/IntelImportDialog.h"
#include "IntelFixture.h"
#include "itemmodels/PatchTableModel.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/CompliancePane.h"
#include "panes/PatchesPane.h"
#include "panes/VulnerabilitiesPane.h"
#include "ScreenshotSeeds.h"
#include "setup/FirstStart.h"
#include "setup/Translations.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/FeedAttemptRepository.h"
#include "storage/FeedStateRepository.h"
#include "storage/KeyLocation.h"
#include "storage/KeyStore.h"
#include "TableHabitsShots.h"
#include "WelcomeShots.h"
#include "widgets/ScanProgress.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QtCore/qtestsupport_core.h>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace {

// The Assets, Patches and Audit panes read their rows off the GUI thread (a pane when first shown): until the
// rows are in.
void waitForRows(MainWindow &window)
{
    const bool loaded = QTest::qWaitFor(
        [&window] {
            return !window.findChild<AssetsPane *>()->isLoading() &&
                   !window.findChild<PatchesPane *>()->isLoading() &&
                   !window.findChild<AuditPane *>()->isLoading();
        },
        60000);
    if (!loaded)
        std::fprintf(stderr, "the panes' rows did not arrive within a minute\n");
}

// Shows the Compliance pane and waits until its report (computed off the GUI thread) is on screen.
void showCompliance(MainWindow &window)
{
    auto *pane = window.findChild<CompliancePane *>();
    window.showPane(5);
    waitForRows(window);
    QEventLoop shown;
    QObject::connect(pane, &CompliancePane::reportShown, &shown, &QEventLoop::quit);
    pane->reload();
    shown.exec();
    QApplication::processEvents();
}

bool save(QWidget &widget, const QDir &out, const QString &name)
{
    const QString file = out.filePath(name);
    if (!widget.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

// Intel ▸ Feeds… after a day of use: KEV synced from the team's mirror an hour ago (304 since), EPSS's
// last attempt stopped at the proxy, NVD not yet downloaded in full, OSV's Debian archive synced yesterday.
bool saveFeedsView(MainWindow &window, Database &database, const QDir &out)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedSettings settings(database);
    if (!settings.setMirror(IntelFeed::Kev, QStringLiteral("https://mirror.corp.example/cisa/kev.json")) ||
        !settings.setProxy(
            FeedProxy{FeedProxy::Mode::Manual, QStringLiteral("http://proxy.corp.example:3128")}))
        return false;
    FeedState kev;
    kev.feed = QStringLiteral("kev");
    kev.source = QStringLiteral("https://mirror.corp.example/cisa/kev.json");
    kev.etag = QStringLiteral("\"6751c2e0-f3a21\"");
    kev.lastModified = QStringLiteral("Sat, 05 Dec 2026 14:02:11 GMT");
    kev.version = QStringLiteral("2026.12.05");
    kev.recordCount = 1482;
    kev.importedAt = now.addSecs(-5 * 3600);
    kev.checkedAt = now.addSecs(-3600);
    FeedState epss;
    epss.feed = QStringLiteral("epss");
    epss.source = QStringLiteral("https://epss.empiricalsecurity.com/epss_scores-current.csv.gz");
    epss.lastModified = QStringLiteral("Fri, 04 Dec 2026 00:12:40 GMT");
    epss.version = QStringLiteral("v2025.03.14 2026-12-04");
    epss.recordCount = 296841;
    epss.importedAt = now.addSecs(-30 * 3600);
    FeedState osv;
    osv.feed = QStringLiteral("osv:Debian");
    osv.source = QStringLiteral("https://osv-vulnerabilities.storage.googleapis.com/Debian/all.zip");
    osv.etag = QStringLiteral("\"a41f0c9d\"");
    osv.recordCount = 61230;
    osv.importedAt = now.addSecs(-20 * 3600);
    for (const FeedState &state : {kev, epss, osv}) {
        if (!FeedStateRepository(database.connection()).save(state))
            return false;
    }
    FeedAttemptRepository attempts(database.connection());
    if (!attempts.record({QStringLiteral("kev"), kev.checkedAt, QStringLiteral("not-modified"), {}}) ||
        !attempts.record(
            {QStringLiteral("epss"), now.addSecs(-600), QStringLiteral("failed"),
             QStringLiteral("Sync of epss failed: Cannot reach the proxy proxy.corp.example:3128 "
                            "to fetch https://epss.empiricalsecurity.com/epss_scores-current.csv.gz: "
                            "Connection refused\nCheck the proxy setting and that the proxy is up.")}) ||
        !attempts.record({QStringLiteral("osv:Debian"), osv.importedAt, QStringLiteral("ok"), {}}))
        return false;
    window.findChild<QAction *>(QStringLiteral("actionIntelFeeds"))->trigger();
    auto *dialog = window.findChild<FeedsDialog *>(QStringLiteral("feedsDialog"));
    if (!dialog)
        return false;
    dialog->reload();
    dialog->findChild<QTableView *>(QStringLiteral("feedsTable"))->selectRow(0);
    dialog->resize(1440, 440);
    QApplication::processEvents();
    const bool saved = save(*dialog, out, QStringLiteral("feeds.png"));
    dialog->close();
    return saved;
}

// The second run, at QT_SCALE_FACTOR=2: only the Compliance pane, in the smallest window it is made for.
int complianceAtDoubleScale(Database &database, const QDir &out)
{
    if (Status seeded = ScreenshotSeeds::complianceHistory(database); !seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seeded.error().text()));
        return 1;
    }
    MainWindow window(database);
    window.resize(1024, 700);
    window.show();
    showCompliance(window);
    return save(window, out, QStringLiteral("compliance-200.png")) ? 0 : 1;
}

// Its own run: the Vulnerabilities pane over a small fleet with a Nessus report imported, by update, with the
// hosts of the update that closes a KEV CVE listed.
int vulnerabilities(Database &database, const QDir &out)
{
    if (Status seeded = FleetFixture::seed(database, QStringLiteral(PW_FIXTURES_DIR)); !seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seeded.error().text()));
        return 1;
    }
    MainWindow window(database);
    window.resize(1440, 760);
    window.show();
    window.showPane(2);
    waitForRows(window);
    auto *pane = window.findChild<VulnerabilitiesPane *>();
    pane->showView(VulnerabilitiesPane::View::Updates);
    while (pane->isLoading()) { // read off the GUI thread
        QEventLoop loaded;
        QObject::connect(pane, &VulnerabilitiesPane::viewLoaded, &loaded, &QEventLoop::quit);
        loaded.exec();
    }
    window.findChild<QTableView *>(QStringLiteral("vulnerabilitiesByUpdateTable"))->selectRow(0);
    QApplication::processEvents();
    return save(window, out, QStringLiteral("vulnerabilities.png")) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool doubleScale = argc == 3 && qstrcmp(argv[2], "--compliance-200") == 0;
    const bool vulnerabilitiesOnly = argc == 3 && qstrcmp(argv[2], "--vulnerabilities") == 0;
    const bool welcomeOnly = argc == 3 && qstrcmp(argv[2], "--welcome") == 0;
    // The German UI at 1024×700, the smallest window the layouts are made for, with German's long words.
    const bool german = argc == 3 && qstrcmp(argv[2], "--german") == 0;
    if (doubleScale)
        qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    if (argc != 2 && !doubleScale && !vulnerabilitiesOnly && !welcomeOnly && !german) {
        std::fprintf(stderr, "usage: pw_screenshots OUTPUT_DIR\n");
        return 2;
    }
    if (german) {
        QLocale::setDefault(Translations::locale(QStringLiteral("de"), QLocale(QStringLiteral("de_DE"))));
        std::unique_ptr<QTranslator> translator = Translations::load(QStringLiteral("de"), QLocale::system());
        if (!translator) {
            std::fprintf(stderr, "no German translation compiled in\n");
            return 1;
        }
        QCoreApplication::installTranslator(translator.get());
        translator.release()->setParent(&app);
        // Qt's own buttons (OK, Cancel) as the console has them with Debian's qt6-translations-l10n.
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QStringLiteral("de_DE")), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    } else {
        Translations::install(app);
    }
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
    if (doubleScale)
        return complianceAtDoubleScale(*database.value(), QDir(QString::fromLocal8Bit(argv[1])));
    if (vulnerabilitiesOnly)
        return vulnerabilities(*database.value(), QDir(QString::fromLocal8Bit(argv[1])));

    MainWindow window(*database.value());
    window.resize(german ? QSize(1024, 700) : QSize(1440, 860));
    window.show();
    // A database whose key is in the keychain (default mode), as recorded when its key was stored; this
    // program holds the raw key itself, so no keychain is needed to show it.
    const QString keychainPath = dir.filePath(QStringLiteral("patchwright.db"));
    const DatabaseConfig keychainConfig =
        DatabaseConfig::encryptedFile(keychainPath, KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    auto keychainDatabase = Database::open(keychainConfig);
    if (!keychainDatabase ||
        !KeyLocation::record(
            keychainPath, KeyLocation::of(keychainConfig, KeyStore().service(), KeyStore::backendName()))) {
        std::fprintf(stderr, "cannot make the keychain-mode database\n");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const auto saveInOut = [&out](QWidget &widget, const QString &name) {
        return save(widget, out, name);
    };
    if (welcomeOnly)
        return WelcomeShots::save(window, *keychainDatabase.value(), saveInOut) ? 0 : 1;

    // Scan, then wait for the scan to finish.
    auto *progress = window.findChild<ScanProgress *>();
    QEventLoop loop;
    QObject::connect(progress, &ScanProgress::finished, &loop, &QEventLoop::quit);
    window.findChild<QAction *>(QStringLiteral("actionScanAll"))->trigger();
    if (progress->isRunning() || window.isListingAssetsToScan()) // the assets are listed on a worker
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
    for (const Status &seeded :
         {IntelFixture::seedPatches(*database.value(), webId.value()),
          IntelFixture::importKevAndEpss(*database.value()), ScreenshotSeeds::appServer(*database.value()),
          ScreenshotSeeds::changeBoard(*database.value()),
          ScreenshotSeeds::complianceHistory(*database.value())}) {
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
    waitForRows(window);
    auto *audit = window.findChild<AuditPane *>();
    QEventLoop verified;
    QObject::connect(audit, &AuditPane::verdictShown, &verified, &QEventLoop::quit);
    window.findChild<QAction *>(QStringLiteral("actionVerifyAudit"))->trigger();
    verified.exec();

    QDir().mkpath(out.absolutePath());
    // The panes in navigation order; the Vulnerabilities pane (2) has its own run over a fleet with a
    // scanner report (`--vulnerabilities`).
    const struct
    {
        int pane;
        const char *name;
    } shots[] = {{0, "assets"},      {1, "patches"},    {3, "approvals"},
                 {4, "deployments"}, {5, "compliance"}, {6, "audit"}};
    for (const auto &shot : shots) {
        if (shot.pane == 5)
            showCompliance(window);
        window.showPane(shot.pane);
        waitForRows(window);
        if (auto *table =
                window.findChild<QTableView *>(QString::fromLatin1(shot.name) + QStringLiteral("Table"));
            table && table->model()->rowCount() > 0)
            table->selectRow(0);
        QApplication::processEvents();
        // The Patches pane works out the shown row's reasons on a worker: the shot shows them.
        if (auto *details = window.findChild<QTextBrowser *>(QStringLiteral("patchesDetails"));
            details && shot.pane == 1) {
            const QString working = PatchTableModel::tr("Working out why…");
            (void)QTest::qWaitFor([&] { return !details->toPlainText().contains(working); }, 10000);
        }
        const QString file = out.filePath((german ? QStringLiteral("de-") : QString()) +
                                          QString::fromLatin1(shot.name) + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
    }

    if (german) {
        // Settings ▸ Preferences… as well: the dialog with the most labels side by side.
        window.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
        auto *settings = window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
        if (!settings) {
            std::fprintf(stderr, "the Settings dialog did not open\n");
            return 1;
        }
        QApplication::processEvents();
        return save(*settings, out, QStringLiteral("de-settings.png")) ? 0 : 1;
    }

    // The Assets, Patches and Compliance panes in a dark palette (colours and charts follow it), then at
    // 200 % in a second run.
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        for (const auto &[pane, name] : {std::pair{0, "assets-dark.png"}, std::pair{1, "patches-dark.png"},
                                         std::pair{5, "compliance-dark.png"}}) {
            window.showPane(pane);
            waitForRows(window);
            QApplication::processEvents();
            if (!save(window, out, QString::fromLatin1(name)))
                return 1;
        }
        QApplication::setPalette(light);
        QApplication::processEvents();
        QProcess doubled;
        doubled.setProcessChannelMode(QProcess::ForwardedChannels);
        doubled.start(QCoreApplication::applicationFilePath(),
                      {out.absolutePath(), QStringLiteral("--compliance-200")});
        if (!doubled.waitForFinished(300000) || doubled.exitCode() != 0) {
            std::fprintf(stderr, "the 200 %% run failed\n");
            return 1;
        }
        QProcess fleet;
        fleet.setProcessChannelMode(QProcess::ForwardedChannels);
        fleet.start(QCoreApplication::applicationFilePath(),
                    {out.absolutePath(), QStringLiteral("--vulnerabilities")});
        if (!fleet.waitForFinished(300000) || fleet.exitCode() != 0) {
            std::fprintf(stderr, "the Vulnerabilities run failed\n");
            return 1;
        }
    }

    // The Add asset dialog, filled in as an admin would, with one value the validation refuses.
    window.showPane(0);
    waitForRows(window);
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
    if (!save(*dialog, out, QStringLiteral("asset-dialog.png")))
        return 1;
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed dialog is gone

    // The same dialog for a Windows host: its WinRM rows, with plain HTTP ticked and its warning.
    window.findChild<QAction *>(QStringLiteral("actionAddAsset"))->trigger();
    auto *windows = window.findChild<AssetDialog *>();
    if (!windows) {
        std::fprintf(stderr, "the Add asset dialog did not open\n");
        return 1;
    }
    auto *transport = windows->findChild<QComboBox *>(QStringLiteral("assetTransport"));
    transport->setCurrentIndex(transport->findData(int(Transport::WinRm)));
    const auto setWindows = [windows](const char *name, const QString &text) {
        windows->findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
    };
    setWindows("assetName", QStringLiteral("win01"));
    setWindows("assetAddress", QStringLiteral("win01.corp.example.com"));
    setWindows("assetUser", QStringLiteral("CORP\\patchadmin"));
    setWindows("assetCaFile", QStringLiteral("/etc/patchwright/corp-ca.pem"));
    setWindows("assetRing", QStringLiteral("pilot"));
    windows->findChild<QCheckBox *>(QStringLiteral("assetAllowHttp"))->setChecked(true);
    windows->adjustSize();
    QApplication::processEvents();
    if (!save(*windows, out, QStringLiteral("asset-dialog-winrm.png")))
        return 1;
    windows->reject();

    // A WinRM listener's certificate no CA vouches for, as a scan meets it.
    HostKeyInfo certificate;
    certificate.host = QStringLiteral("win01.corp.example.com");
    certificate.port = 5986;
    certificate.keyType = QString::fromLatin1(HostKeyInfo::CertificateKeyType);
    certificate.fingerprint = QStringLiteral("SHA256:3F:9A:C1:07:5E:22:B4:8D:61:F0:2C:9E:A7:43:D8:15:6B:E9:"
                                             "70:04:CE:58:1A:B2:97:3D:E6:0F:84:21:5C:AB");
    certificate.details =
        QStringLiteral("subject win01.corp.example.com; issuer win01.corp.example.com; valid "
                       "from 2026-01-10 to 2027-01-10");
    HostKeyDialog certificateDialog(QStringLiteral("win01"), certificate, std::nullopt);
    certificateDialog.adjustSize();
    certificateDialog.show();
    QApplication::processEvents();
    if (!save(certificateDialog, out, QStringLiteral("certificate-dialog.png")))
        return 1;
    certificateDialog.reject();

    // Settings ▸ SLA policy…, with the defaults.
    window.findChild<QAction *>(QStringLiteral("actionSlaPolicy"))->trigger();
    auto *sla = window.findChild<SlaPolicyDialog *>();
    if (!sla) {
        std::fprintf(stderr, "the SLA policy dialog did not open\n");
        return 1;
    }
    sla->adjustSize();
    QApplication::processEvents();
    if (!save(*sla, out, QStringLiteral("sla-policy-dialog.png")))
        return 1;
    sla->reject();

    // New change request…, from two patches selected in the Patches pane, as the admin fills it in.
    window.showPane(1);
    waitForRows(window);
    auto *patches = window.findChild<QTableView *>(QStringLiteral("patchesTable"));
    patches->clearSelection();
    for (int row = 0; row < patches->model()->rowCount(); ++row) {
        const QString asset = patches->model()->index(row, 0).data().toString();
        const QString package = patches->model()->index(row, 1).data().toString();
        if ((asset == QLatin1String("web01") && package == QLatin1String("openssl")) ||
            (asset == QLatin1String("app01") && package.startsWith(QLatin1String("linux-image"))))
            patches->selectionModel()->select(patches->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    window.findChild<QAction *>(QStringLiteral("actionNewChangeRequest"))->trigger();
    auto *change = window.findChild<ChangeRequestDialog *>();
    if (!change) {
        std::fprintf(stderr, "the New change request dialog did not open\n");
        return 1;
    }
    change->findChild<QLineEdit *>(QStringLiteral("changeTitle"))
        ->setText(QStringLiteral("OpenSSL and the kernel, second wave"));
    change->findChild<QPlainTextEdit *>(QStringLiteral("changeJustification"))
        ->setPlainText(QStringLiteral("CVE-2023-5678 on web01; CVE-2024-50264 on app01."));
    change->resize(1000, 840);
    QApplication::processEvents();
    if (!save(*change, out, QStringLiteral("change-request-dialog.png")))
        return 1;
    change->reject();

    // The reviewer's queue in a smaller window, the selected change's overview scrolled to its rollback and
    // decisions.
    window.resize(1024, 700);
    window.showPane(3);
    waitForRows(window);
    window.findChild<QTableView *>(QStringLiteral("approvalsTable"))->selectRow(0);
    QApplication::processEvents();
    auto *overview = window.findChild<QTextBrowser *>(QStringLiteral("changeReviewOverview"));
    overview->verticalScrollBar()->setValue(overview->verticalScrollBar()->maximum());
    if (!save(window, out, QStringLiteral("change-review.png")))
        return 1;
    // Its patches: ids, versions, what can be undone, CVEs, score and SSVC decision.
    window.findChild<QTabWidget *>(QStringLiteral("changeReviewTabs"))->setCurrentIndex(1);
    QApplication::processEvents();
    if (!save(window, out, QStringLiteral("change-review-patches.png")))
        return 1;

    // A run halted at its payments-pilot ring's gate: its stages and verdict, its assets and a failed asset's
    // log.
    const auto halted = ScreenshotSeeds::haltedRun(*database.value());
    if (!halted) {
        std::fprintf(stderr, "%s\n", qPrintable(halted.error().text()));
        return 1;
    }
    window.resize(1440, 860);
    window.reloadAll();
    waitForRows(window);
    window.showPane(4);
    waitForRows(window);
    window.findChild<QTableView *>(QStringLiteral("deploymentsTable"))->selectRow(0);
    QApplication::processEvents();
    if (!save(window, out, QStringLiteral("deployments-halted.png")))
        return 1;

    // Intel ▸ Import feed or scanner report…, as a scanner report is about to be imported.
    IntelImportDialog import(&window);
    auto *kind = import.findChild<QComboBox *>(QStringLiteral("intelFeed"));
    kind->setCurrentIndex(kind->findData(int(IntelFeed::Nessus)));
    import.findChild<QLineEdit *>()->setText(QStringLiteral("/srv/scans/weekly-dmz.nessus"));
    import.adjustSize();
    QApplication::processEvents();
    if (!save(import, out, QStringLiteral("intel-import-dialog.png")))
        return 1;

    // Database ▸ Properties… of the keychain-mode database.
    DatabasePropertiesDialog properties(*keychainDatabase.value(), KeyStore().service(), &window);
    properties.show();
    QApplication::processEvents();
    if (!save(properties, out, QStringLiteral("database-properties.png")))
        return 1;
    if (!saveFeedsView(window, *database.value(), out)) {
        std::fprintf(stderr, "cannot take the Feeds view's screenshot\n");
        return 1;
    }
    if (!WelcomeShots::save(window, *keychainDatabase.value(), saveInOut))
        return 1;
    return TableHabitsShots::save(window, out) ? 0 : 1;
}
