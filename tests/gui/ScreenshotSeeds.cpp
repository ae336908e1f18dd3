#include "ScreenshotSeeds.h"

#include "../support/RecordedScan.h"

#include "board/ChangeBoard.h"
#include "jobs/StagedRun.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/PatchRepository.h"
#include "storage/RingRepository.h"
#include "storage/RolloutRunRepository.h"
#include "storage/ScanRepository.h"
#include "storage/SqlTime.h"
#include "storage/WindowRepository.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

namespace ScreenshotSeeds {

// An application server whose scan found a new kernel package (nothing to roll back to) and an OpenSSL
// update, for the change board's "cannot be undone" line.
Status appServer(Database &database)
{
    Asset app;
    app.name = QStringLiteral("app01");
    app.transport = Transport::Ssh;
    app.address = QStringLiteral("app01.example.org");
    app.user = QStringLiteral("patch");
    app.ring = QStringLiteral("canary");
    const auto id = AssetRepository(database.connection(), database.actor()).add(app);
    if (!id)
        return id.error();
    ScanRecord record;
    record.assetId = id.value();
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.finishedAt = record.startedAt.addSecs(3);
    record.facts.hostname = app.name;
    record.facts.osId = QStringLiteral("debian");
    record.facts.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    record.facts.osVersion = QStringLiteral("12");
    record.facts.packageManager = QStringLiteral("apt");
    PendingPatch kernel;
    kernel.package = QStringLiteral("linux-image-6.1.0-28-amd64");
    kernel.architecture = QStringLiteral("amd64");
    kernel.availableVersion = QStringLiteral("6.1.119-1");
    kernel.origin = QStringLiteral("Debian-Security:12/stable-security");
    kernel.advisory = QStringLiteral("DSA-5818-1");
    kernel.classification = PatchClassification::Security;
    kernel.severity = PatchSeverity::Important;
    kernel.cves = {QStringLiteral("CVE-2024-50264")};
    PendingPatch openssl = kernel;
    openssl.package = QStringLiteral("openssl");
    openssl.installedVersion = QStringLiteral("3.0.11-1~deb12u1");
    openssl.availableVersion = QStringLiteral("3.0.11-1~deb12u2");
    openssl.advisory = QStringLiteral("DSA-5532-1");
    openssl.cves = {QStringLiteral("CVE-2023-5678")};
    record.pending = {kernel, openssl};
    const auto summary = ScanRepository(database.connection(), database.actor()).recordSuccess(record);
    if (!summary)
        return summary.error();
    return {};
}

// The change board with something on it: two changes by ann waiting for this console's user (one approved
// by rita already, of the two its high risk needs) and a draft of this user's own.
Status changeBoard(Database &database)
{
    const QString me = database.actor();
    BoardPolicy policy;
    policy.quorum = {1, 2, 2};
    if (Status set = ChangeBoard(database).setPolicy(policy); !set)
        return set;
    // The pilot first, on Saturday nights; canary after it, at any time.
    for (const auto &[name, position] :
         {std::pair{QStringLiteral("pilot"), 1}, std::pair{QStringLiteral("canary"), 2}}) {
        RingSettings ring;
        ring.name = name;
        ring.position = position;
        ring.minSuccessPercent = position == 1 ? 90 : 100;
        if (Status set = RingRepository(database.connection(), me).set(ring); !set)
            return set;
    }
    if (const auto window = WindowRepository(database.connection(), me)
                                .add(WindowScope::Ring, QStringLiteral("pilot"),
                                     QStringLiteral("Sat 22:00-02:00"), QStringLiteral("Europe/Berlin"));
        !window)
        return window.error();
    const auto patches = PatchRepository(database.connection()).list({});
    if (!patches)
        return patches.error();
    const auto idsOf = [&patches](const QStringList &assetPackages) {
        QList<qint64> ids;
        for (const AssetPatch &p : patches.value()) {
            if (assetPackages.contains(p.assetName + QLatin1Char('/') + p.patch.package))
                ids.append(p.id);
        }
        return ids;
    };
    const auto change = [&database](const QString &requester, ChangeDraft draft,
                                    bool submit) -> Result<qint64> {
        database.setActor(requester);
        ChangeBoard board(database);
        const auto created = board.create(draft);
        if (!created)
            return created.error();
        if (submit) {
            if (const auto submitted = board.submit(created.value(), {}); !submitted)
                return submitted.error();
        }
        return created.value();
    };
    ChangeDraft tzdata;
    tzdata.title = QStringLiteral("Time zone data 2025b on web01");
    tzdata.justification = QStringLiteral("New DST rules for Paraguay; our booking service schedules there.");
    tzdata.risk = ChangeRisk::Low;
    tzdata.assetPatchIds = idsOf({QStringLiteral("web01/tzdata")});
    ChangeDraft log4shell;
    log4shell.title = QStringLiteral("Log4Shell and OpenSSL on the web tier");
    log4shell.justification = QStringLiteral(
        "CVE-2021-44228 is in CISA's KEV catalog and web01 faces the internet. The kernel on app01 closes "
        "CVE-2024-50264.");
    log4shell.risk = ChangeRisk::High;
    log4shell.rollbackPlan = QStringLiteral(
        "Snapshot app01 before the kernel; it boots the previous kernel from GRUB if the new one fails. apt "
        "returns the libraries to the versions listed.");
    log4shell.assetPatchIds =
        idsOf({QStringLiteral("web01/liblog4j2-java"), QStringLiteral("web01/openssl"),
               QStringLiteral("app01/linux-image-6.1.0-28-amd64"), QStringLiteral("app01/openssl")});
    ChangeDraft mine;
    mine.title = QStringLiteral("OpenSSL on app01 only");
    mine.assetPatchIds = idsOf({QStringLiteral("app01/openssl")});
    for (const auto &[requester, draft, submit] :
         {std::tuple{QStringLiteral("ann"), tzdata, true}, std::tuple{QStringLiteral("ann"), log4shell, true},
          std::tuple{me, mine, false}}) {
        const auto made = change(requester, draft, submit);
        if (!made) {
            database.setActor(me);
            return made.error();
        }
        if (draft.risk == ChangeRisk::High) {
            database.setActor(QStringLiteral("rita"));
            const auto approved = ChangeBoard(database).decide(
                made.value(), ReviewDecision::Approved,
                QStringLiteral("Tested on staging (web02): the booking service starts with log4j 2.17.1."));
            if (!approved) {
                database.setActor(me);
                return approved.error();
            }
        }
    }
    database.setActor(me);
    return {};
}

// A staged run halted at its first gate, made as `deploy CHANGE` makes it: rings payments-pilot (every asset
// must succeed, no maintenance window) and payments, an approved change of a library update on three hosts
// whose SSH port refuses the connection, and the run driven until the pilot's gate halts it.
Result<qint64> haltedRun(Database &database)
{
    const QString me = database.actor();
    QSqlQuery rings(database.connection());
    if (!rings.exec(QStringLiteral("INSERT INTO rings (name, position, min_success_percent, soak_minutes) "
                                   "VALUES ('payments-pilot', 3, 100, 30), ('payments', 4, 90, 0)")))
        return Error{QStringLiteral("cannot add the rings"), {}};
    rings.finish();
    QTcpServer probe; // a port nothing listens on
    if (!probe.listen(QHostAddress::LocalHost))
        return Error{QStringLiteral("cannot find a free port"), {}};
    const quint16 refusing = probe.serverPort();
    probe.close();
    QList<qint64> patches;
    for (const auto &[name, ring] : {std::pair{QStringLiteral("pay01"), QStringLiteral("payments-pilot")},
                                     {QStringLiteral("pay02"), QStringLiteral("payments-pilot")},
                                     {QStringLiteral("pay03"), QStringLiteral("payments")},
                                     {QStringLiteral("pay04"), QStringLiteral("payments")}}) {
        Asset asset;
        asset.name = name;
        asset.transport = Transport::Ssh;
        asset.address = QStringLiteral("127.0.0.1");
        asset.port = refusing;
        asset.user = QStringLiteral("patch");
        asset.ring = ring;
        const auto id = AssetRepository(database.connection(), database.actor()).add(asset);
        if (!id)
            return id.error();
        if (const auto scanned = ScanRepository(database.connection(), database.actor())
                                     .recordSuccess(recordedScan(id.value(), {QStringLiteral("libxml2")}));
            !scanned)
            return scanned.error();
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM asset_patches WHERE asset_id = %1").arg(id.value())) ||
            !query.next())
            return Error{QStringLiteral("no patch on %1").arg(name), {}};
        patches.append(query.value(0).toLongLong());
    }
    ChangeDraft draft;
    draft.title = QStringLiteral("libxml2 on the payment hosts");
    draft.risk = ChangeRisk::Low;
    draft.assetPatchIds = patches;
    database.setActor(QStringLiteral("ann"));
    ChangeBoard requester(database);
    const auto change = requester.create(draft);
    Status ready = !change ? Status(change.error()) : Status();
    if (ready)
        if (const auto submitted = requester.submit(change.value(), {}); !submitted)
            ready = submitted.error();
    if (ready) {
        database.setActor(QStringLiteral("rita"));
        if (const auto approved = ChangeBoard(database).decide(change.value(), ReviewDecision::Approved,
                                                               QStringLiteral("Low risk; staged."));
            !approved)
            ready = approved.error();
    }
    database.setActor(me);
    if (!ready)
        return ready.error();
    const auto run =
        RolloutRunRepository(database.connection(), me)
            .create(change.value(), false, {QStringLiteral("payments-pilot"), QStringLiteral("payments")});
    if (!run)
        return run.error();
    StagedRun staged(database.config(), run.value());
    QEventLoop loop;
    QObject::connect(&staged, &StagedRun::finished, &loop, &QEventLoop::quit);
    if (Status started = staged.start(); !started)
        return started.error();
    loop.exec();
    if (staged.endState() != RunState::Halted)
        return Error{QStringLiteral("the run ended %1, not halted: %2")
                         .arg(storedText(staged.endState()), staged.endDetail()),
                     {}};
    return run.value();
}

// Ninety days of patch history on eight more servers (detected, installed some days later, a few still
// open, some fixing known-exploited CVEs), so the Compliance pane's charts have a trend to show.
Status complianceHistory(Database &database)
{
    QSqlQuery query(database.connection());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto daysAgo = [&now](double days) {
        return SqlTime::toValue(now.addSecs(qint64(-days * 86400))).toString();
    };
    const QString kevDue = now.date().addDays(-20).toString(Qt::ISODate);
    if (!query.exec(
            QStringLiteral("INSERT INTO vulnerabilities (cve_id, kev, kev_due_date, updated_at) VALUES "
                           "('CVE-2026-41001', 1, '%1', 'now'), ('CVE-2026-41002', 1, '%1', 'now')")
                .arg(kevDue)))
        return Error{query.lastError().text(), {}};
    struct Host
    {
        const char *name, *ring, *criticality, *tags, *os, *manager;
    };
    const Host hosts[] = {{"web02", "pilot", "high", "web,dmz", "debian", "apt"},
                          {"web03", "pilot", "high", "web", "debian", "apt"},
                          {"db02", "prod", "critical", "db", "rhel", "dnf"},
                          {"db03", "prod", "critical", "db", "rhel", "dnf"},
                          {"app02", "prod", "medium", "app", "ubuntu", "apt"},
                          {"app03", "canary", "medium", "app,web", "ubuntu", "apt"},
                          {"mail01", "prod", "low", "mail", "sles", "zypper"},
                          {"build01", "canary", "low", "ci", "debian", "apt"}};
    const char *severities[] = {"critical", "important", "moderate", "low"};
    int i = 0;
    for (const Host &host : hosts) {
        if (!query.exec(
                QStringLiteral("INSERT INTO assets (name, transport, address, ring, criticality, tags, "
                               "os_id, package_manager, created_at) VALUES ('%1', 'ssh', '%1.example.org', "
                               "'%2', '%3', '%4', '%5', '%6', '%7')")
                    .arg(QLatin1String(host.name), QLatin1String(host.ring), QLatin1String(host.criticality),
                         QLatin1String(host.tags), QLatin1String(host.os), QLatin1String(host.manager),
                         daysAgo(120 - i))))
            return Error{query.lastError().text(), {}};
        for (int k = 0; k < 10; ++k) {
            // Most patches are installed within their SLA, fewer as the weeks go by; one in five is still
            // open (found in the last days), one in seven of the old ones fixes a known-exploited CVE.
            const bool open = (i + k) % 5 == 0;
            const double detected = open ? 1 + (i + k) % 9 + 0.25 : 88 - ((i * 7 + k * 9) % 80) + 0.25;
            const double takes = 1 + ((i * 3 + k * 5) % (detected > 45 ? 25 : 9));
            const QString cves = !open && (i + k) % 7 == 0 ? QStringLiteral("CVE-2026-41001")
                                 : open && i == 2          ? QStringLiteral("CVE-2026-41002")
                                                           : QString();
            const QString sql =
                QStringLiteral(
                    "INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                    "available_version, classification, severity, cves, state, detected_at, "
                    "resolved_at) SELECT id, 'pkg%1', 'amd64', '1', '2', 'security', '%2', '%3', '%4', "
                    "'%5', %6 FROM assets WHERE name = '%7'")
                    .arg(k)
                    .arg(QLatin1String(severities[(i + k) % 4]), cves,
                         open ? QStringLiteral("missing") : QStringLiteral("installed"), daysAgo(detected),
                         open ? QStringLiteral("NULL")
                              : QLatin1Char('\'') + daysAgo(std::max(0.1, detected - takes)) +
                                    QLatin1Char('\''),
                         QLatin1String(host.name));
            if (!query.exec(sql))
                return Error{query.lastError().text(), {}};
        }
        if (!query.exec(QStringLiteral(
                            "INSERT INTO scans (asset_id, started_at, finished_at, status) SELECT id, '%1', "
                            "'%1', '%2' FROM assets WHERE name = '%3'")
                            .arg(daysAgo(1 + i % 3), i == 6 ? QStringLiteral("failed") : QStringLiteral("ok"),
                                 QLatin1String(host.name))))
            return Error{query.lastError().text(), {}};
        if (i == 6 &&
            !query.exec(QStringLiteral("UPDATE assets SET last_scan_error = 'Cannot connect to %1:22: "
                                       "Connection timed out (after 10 s)' WHERE name = '%1'")
                            .arg(QLatin1String(host.name))))
            return Error{query.lastError().text(), {}};
        ++i;
    }
    return {};
}

} // namespace ScreenshotSeeds
