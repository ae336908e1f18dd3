#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"

#include "../support/CliRunner.h"
#include "../support/RecordedScan.h"

#include <QDirIterator>
#include <QHash>
#include <QProcess>

#include <sys/stat.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

// Runs the built patchwright-cli as a user's script would and checks its output contract.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void listsThisMachineAsJsonAndCsv();
    void scanThenPatchesAgree();
    void usageErrorsExitTwo();
    void failuresExitOneWithOneLine();
    void controlCharactersNeverReachTheTerminal();
    void withoutKeychainOrPassphraseRefusesToCreateAnything();
    void passphraseFileOpensTheSameDatabase();
    void auditVerifyFindsATamperedEvent();
    void rekeyToANewPassphrase();
    void dbInfoDescribesTheDatabase();
    void changeWorkflowGuardsDeployment();
    void passphraseFileOthersCanReadIsRefused();
    void weakPassphraseCreatesNothingButAnExistingOneStillOpens();
    void databaseIsPrivateUnderUmaskZero();
    void childProcessesNeverSeeThePassphrase();

private:
    using Run = CliRunner::Run;
    // Runs the CLI on `database` (default: this test's cli.db) in passphrase mode.
    Run cli(const QStringList &arguments, int timeoutMs = 60000, const QString &database = QString());
    // Stores a successful scan of `assetName` (in this test's cli.db) with `packages` at 1.0, each with a
    // pending 1.1 security update.
    bool recordPendingPatches(const QString &assetName, const QStringList &packages);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCli::Run TestCli::cli(const QStringList &arguments, int timeoutMs, const QString &database)
{
    CliRunner runner;
    runner.setEnvironment(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"),
                          QStringLiteral("correct horse battery staple"));
    runner.setTimeout(timeoutMs);
    return runner.run(QStringList{QStringLiteral("--db"),
                                  database.isEmpty() ? m_dir->filePath(QStringLiteral("cli.db")) : database} +
                      arguments);
}

void TestCli::versionAndHelp()
{
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("patchwright-cli " PW_VERSION));
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("asset list"));
    const Run commandHelp = cli({QStringLiteral("patches"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains("--state"));
}

void TestCli::listsThisMachineAsJsonAndCsv()
{
    const Run json = cli({QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject asset = doc.array().at(0).toObject();
    QCOMPARE(asset.value(QStringLiteral("name")).toString(), QSysInfo::machineHostName());
    QCOMPARE(asset.value(QStringLiteral("transport")).toString(), QStringLiteral("local"));
    for (const char *key : {"address", "port", "os", "os_version", "criticality", "exposure", "ring", "tags",
                            "last_scan", "reboot_required"})
        QVERIFY2(asset.contains(QString::fromLatin1(key)), key);
    QVERIFY(asset.value(QStringLiteral("last_scan")).isNull());

    const Run csv = cli(
        {QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QVERIFY(lines.at(0).startsWith("name,transport,address"));
    QVERIFY(lines.at(1).startsWith(QByteArray(QSysInfo::machineHostName().toUtf8() + ",local,")));
}

void TestCli::scanThenPatchesAgree()
{
    // This machine's pending count is whatever its package manager says (often 0 on a CI machine), so an
    // asset with a recorded scan of two known pending patches stands beside it: every count compared below
    // has a known, non-zero part. The real scan of this machine is checked as before.
    QCOMPARE(cli({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("recorded1"),
                  QStringLiteral("--transport"), QStringLiteral("ssh"), QStringLiteral("--address"),
                  QStringLiteral("192.0.2.10")})
                 .exitCode,
             0);
    QVERIFY(recordPendingPatches(QStringLiteral("recorded1"),
                                 {QStringLiteral("pw-demo"), QStringLiteral("pw-kernel")}));
    const QString thisMachine = QSysInfo::machineHostName();

    const Run scan = cli(
        {QStringLiteral("scan"), thisMachine, QStringLiteral("--format"), QStringLiteral("json")}, 180000);
    QCOMPARE(scan.exitCode, 0);
    const QJsonArray summary = QJsonDocument::fromJson(scan.out).array();
    QCOMPARE(summary.size(), 1);
    const QJsonObject row = summary.at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(row.value(QStringLiteral("installed")).toInt() > 10); // a Debian system has many packages
    const int pending = row.value(QStringLiteral("pending")).toInt();

    const Run patches = cli({QStringLiteral("patches"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(patches.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(patches.out).array();
    QCOMPARE(rows.size(), pending + 2);
    QStringList recorded;
    int onThisMachine = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject patch = value.toObject();
        QCOMPARE(patch.value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
        QVERIFY(!patch.value(QStringLiteral("package")).toString().isEmpty());
        QVERIFY(patch.value(QStringLiteral("available_version")).toString() !=
                patch.value(QStringLiteral("installed_version")).toString());
        QVERIFY(patch.value(QStringLiteral("cves")).isArray());
        const QString asset = patch.value(QStringLiteral("asset")).toString();
        if (asset == QLatin1String("recorded1"))
            recorded << patch.value(QStringLiteral("package")).toString();
        else if (asset == thisMachine)
            ++onThisMachine;
    }
    recorded.sort();
    QCOMPARE(recorded, (QStringList{QStringLiteral("pw-demo"), QStringLiteral("pw-kernel")}));
    QCOMPARE(onThisMachine, pending);

    const Run listed = cli({QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    const QJsonArray assets = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(assets.size(), 2);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : assets)
        byName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    const QJsonObject asset = byName.value(thisMachine);
    QVERIFY(!asset.value(QStringLiteral("last_scan")).isNull());
    QVERIFY(!asset.value(QStringLiteral("os")).toString().isEmpty());
    QCOMPARE(asset.value(QStringLiteral("pending")).toInt(), pending);
    QCOMPARE(byName.value(QStringLiteral("recorded1")).value(QStringLiteral("pending")).toInt(), 2);
}

bool TestCli::recordPendingPatches(const QString &assetName, const QStringList &packages)
{
    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(QStringLiteral("cli.db")),
                                                           QStringLiteral("correct horse battery staple"),
                                                           DatabaseConfig::KeyKind::Passphrase));
    if (!db)
        return false;
    const auto asset = AssetRepository(db.value()->connection(), QStringLiteral("ann")).findByName(assetName);
    if (!asset)
        return false;
    const ScanRecord scanned = recordedScan(asset.value().id, packages);
    return ScanRepository(db.value()->connection(), QStringLiteral("ann")).recordSuccess(scanned).ok();
}

void TestCli::usageErrorsExitTwo()
{
    for (const QStringList &arguments :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("scan")},
          QStringList{QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--format"),
                      QStringLiteral("xml")},
          QStringList{QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--parallel"),
                      QStringLiteral("0")},
          QStringList{QStringLiteral("patches"), QStringLiteral("--state"), QStringLiteral("bogus")},
          QStringList{QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--timeout"),
                      QStringLiteral("0")},
          QStringList{QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--output-cap"),
                      QStringLiteral("lots")},
          QStringList{QStringLiteral("deploy"), QStringLiteral("1"), QStringLiteral("--connect-timeout"),
                      QStringLiteral("9999")}}) {
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(run.err.startsWith("patchwright-cli: "));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::failuresExitOneWithOneLine()
{
    const Run missing = cli({QStringLiteral("scan"), QStringLiteral("no-such-host")});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err.count('\n'), 1);
    QVERIFY(missing.err.contains("no-such-host"));

    QFile notADatabase(m_dir->filePath(QStringLiteral("junk.db")));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray(4096, 'x'));
    notADatabase.close();
    const Run junk = cli({QStringLiteral("asset"), QStringLiteral("list")}, 30000, notADatabase.fileName());
    QCOMPARE(junk.exitCode, 1);
    QCOMPARE(junk.err.count('\n'), 1);
    QVERIFY2(junk.err.contains("junk.db"), junk.err.constData());
    QFile check(notADatabase.fileName());
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // nothing was written to it
}

void TestCli::controlCharactersNeverReachTheTerminal()
{
    const auto raw = [](const QByteArray &bytes) {
        return bytes.contains('\x1b') || bytes.contains('\x07') || bytes.contains("\xc2\x9b");
    };
    // An error that quotes what was typed shows the escape, never obeys it.
    const Run missing = cli({QStringLiteral("scan"), QStringLiteral("no\x1b[2Jhost")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(!raw(missing.err), missing.err.constData());
    QVERIFY2(missing.err.contains("no\\x1B[2Jhost"), missing.err.constData());

    // A field with a control character is refused, and nothing is stored.
    const Run identity = cli({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("box"),
                              QStringLiteral("--transport"), QStringLiteral("ssh"),
                              QStringLiteral("--address"), QStringLiteral("10.0.0.5"),
                              QStringLiteral("--identity"), QStringLiteral("/home/a/\x1b]52;c;QUFB\x07key")});
    QVERIFY2(identity.exitCode != 0, identity.out.constData());
    QVERIFY2(!raw(identity.err), identity.err.constData());
    QVERIFY2(identity.err.contains("\\x1B"), identity.err.constData());
    const Run listed = cli(
        {QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.out.contains("box"));
}

void TestCli::withoutKeychainOrPassphraseRefusesToCreateAnything()
{
    // No session bus and no display: no keychain can answer. There must be no plaintext fallback.
    CliRunner runner;
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        runner.removeEnvironment(QString::fromLatin1(name));
    const QString path = m_dir->filePath(QStringLiteral("never.db"));
    const Run refused =
        runner.run({QStringLiteral("--db"), path, QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("keychain") && refused.err.contains("PATCHWRIGHT_DB_PASSPHRASE"),
             refused.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestCli::passphraseFileOpensTheSameDatabase()
{
    QVERIFY(cli({QStringLiteral("asset"), QStringLiteral("list")}).exitCode ==
            0); // created with the env passphrase
    const QString secret = m_dir->filePath(QStringLiteral("secret"));
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("correct horse battery staple\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CliRunner runner; // no PATCHWRIGHT_DB_PASSPHRASE: only the file gives the key
    runner.setLeadingArguments({QStringLiteral("--db"), m_dir->filePath(QStringLiteral("cli.db")),
                                QStringLiteral("--passphrase-file"), secret});
    const Run opened = runner.run({QStringLiteral("asset"), QStringLiteral("list"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(opened.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(opened.out).array().size(), 1);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("wrong passphrase\n");
    file.close();
    const Run refused = runner.run({QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("different key"));
}

void TestCli::auditVerifyFindsATamperedEvent()
{
    QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--all")}, 180000).exitCode, 0);
    // asset.added, one patch.detected per pending patch, scan.completed, and the registration of the
    // passphrase's audit key (signed with the scan's checkpoint).
    const Run pending = cli({QStringLiteral("patches"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(pending.exitCode, 0);
    const qsizetype expectedEvents = QJsonDocument::fromJson(pending.out).array().size() + 3;
    const Run intact = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains(QByteArray("intact: " + QByteArray::number(expectedEvents) + " events")),
             intact.out.constData());

    {
        // Someone with the key drops the append-only triggers and rewrites who scanned.
        auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(QStringLiteral("cli.db")),
                                                               QStringLiteral("correct horse battery staple"),
                                                               DatabaseConfig::KeyKind::Passphrase));
        QVERIFY(db.ok());
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 2")));
    }
    const Run broken = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.err.count('\n'), 1);
    QVERIFY2(broken.err.contains("broken at event 2"), broken.err.constData());

    const Run listed = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--since"), QStringLiteral("2000-01-01")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(events.size(), expectedEvents);
    QCOMPARE(events.at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("audit.key.registered"));
    QCOMPARE(events.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("scan.completed"));
    const Run future = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--since"), QStringLiteral("2999-01-01")});
    QCOMPARE(QJsonDocument::fromJson(future.out).array().size(), 0);
}

void TestCli::rekeyToANewPassphrase()
{
    QCOMPARE(cli({QStringLiteral("asset"), QStringLiteral("list")}).exitCode, 0);
    const QString fileName = m_dir->filePath(QStringLiteral("new-passphrase"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a brand new passphrase\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run rekey = cli(
        {QStringLiteral("db"), QStringLiteral("rekey"), QStringLiteral("--new-passphrase-file"), fileName});
    QCOMPARE(rekey.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("asset"), QStringLiteral("list")}).exitCode,
             1); // the old passphrase is dead

    auto db = Database::open(DatabaseConfig::encryptedFile(m_dir->filePath(QStringLiteral("cli.db")),
                                                           QStringLiteral("a brand new passphrase"),
                                                           DatabaseConfig::KeyKind::Passphrase));
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    // The rekey, then the registration of the new passphrase's audit key, which signs from now on.
    const auto events = AuditLog(db.value()->connection()).list().value();
    QCOMPARE(events.at(0).action, QStringLiteral("audit.key.registered"));
    QCOMPARE(events.at(1).action, QStringLiteral("db.rekeyed"));
    QVERIFY(!events.at(1).details.contains(QStringLiteral("brand new"))); // no secret in the trail
    QVERIFY(AuditLog(db.value()->connection()).verify().value().intact);

    // Passphrase mode without a new passphrase is a usage error, not a silent switch.
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("rekey")}).exitCode,
             1); // cannot even open: old passphrase
}

void TestCli::dbInfoDescribesTheDatabase()
{
    const Run info = cli(
        {QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(info.out).array().at(0).toObject();
    QVERIFY(row.value(QStringLiteral("engine")).toString().startsWith(QStringLiteral("SQLCipher")));
    QCOMPARE(row.value(QStringLiteral("key")).toString(), QStringLiteral("passphrase"));
    QCOMPARE(row.value(QStringLiteral("schema_version")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(row.value(QStringLiteral("assets")).toInt(), 1);
    QVERIFY(row.value(QStringLiteral("audit_intact")).toBool());
    QVERIFY(!info.out.contains("correct horse")); // the passphrase is never printed
}

void TestCli::changeWorkflowGuardsDeployment()
{
    // A known pending patch on this machine's asset, whatever the machine's real state: a recorded scan.
    QCOMPARE(cli({QStringLiteral("asset"), QStringLiteral("list")}).exitCode, 0);
    QVERIFY(recordPendingPatches(QSysInfo::machineHostName(), {QStringLiteral("pw-demo")}));
    const Run pending = cli({QStringLiteral("patches"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray patches = QJsonDocument::fromJson(pending.out).array();
    QCOMPARE(patches.size(), 1);
    const QString patchId =
        QString::number(patches.at(0).toObject().value(QStringLiteral("patch_id")).toInteger());

    const Run created = cli({QStringLiteral("change"), QStringLiteral("create"), QStringLiteral("--title"),
                             QStringLiteral("first fix"), QStringLiteral("--patch"), patchId});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString change = QString::fromUtf8(created.out).trimmed();
    QVERIFY2(change.toLongLong() > 0, created.out.constData());

    // A draft is not deployable; nothing runs.
    Run deployed = cli({QStringLiteral("deploy"), change});
    QCOMPARE(deployed.exitCode, 1);
    QVERIFY2(deployed.err.contains("only an approved change"), deployed.err.constData());
    // The asset was never scanned with a package manager: the board is told it cannot be rolled back.
    const Run submitted = cli({QStringLiteral("change"), QStringLiteral("submit"), change});
    QCOMPARE(submitted.exitCode, 0);
    QVERIFY2(submitted.err.contains("cannot be rolled back"), submitted.err.constData());
    // A decision needs a comment; and the requester cannot approve their own change.
    QCOMPARE(cli({QStringLiteral("change"), QStringLiteral("approve"), change}).exitCode, 2);
    const Run approved = cli({QStringLiteral("change"), QStringLiteral("approve"), change,
                              QStringLiteral("--comment"), QStringLiteral("mine")});
    QCOMPARE(approved.exitCode, 1);
    QVERIFY2(approved.err.contains("cannot also decide"), approved.err.constData());
    deployed = cli({QStringLiteral("deploy"), change});
    QCOMPARE(deployed.exitCode, 1);
    const Run rolledBack = cli({QStringLiteral("rollback"), change});
    QCOMPARE(rolledBack.exitCode, 1);
    QVERIFY2(rolledBack.err.contains("was never deployed: there is nothing to roll back"),
             rolledBack.err.constData());

    const Run shown = cli({QStringLiteral("change"), QStringLiteral("show"), change,
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject target = QJsonDocument::fromJson(shown.out).array().at(0).toObject();
    QCOMPARE(target.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(target.value(QStringLiteral("target_version")).toString(), QStringLiteral("1.1"));
    QCOMPARE(target.value(QStringLiteral("rollback_version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(target.value(QStringLiteral("rollback_possible")).toBool(), false);
    QVERIFY(
        target.value(QStringLiteral("rollback_note")).toString().contains(QStringLiteral("scan it first")));
    const Run status = cli({QStringLiteral("deploy"), QStringLiteral("status"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(status.out).array().size(), 0);
    QCOMPARE(cli({QStringLiteral("deploy"), QStringLiteral("abc")}).exitCode, 2);
}

void TestCli::passphraseFileOthersCanReadIsRefused()
{
    const QString secret = m_dir->filePath(QStringLiteral("shared-secret"));
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("correct horse battery staple\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                QFileDevice::ReadOther)); // 0644
    CliRunner runner;
    runner.setLeadingArguments({QStringLiteral("--db"), m_dir->filePath(QStringLiteral("cli.db")),
                                QStringLiteral("--passphrase-file"), secret});
    const Run refused = runner.run({QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("0644") &&
                 refused.err.contains(QString(QStringLiteral("chmod 600 ") + secret).toUtf8()),
             refused.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("cli.db"))));

    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(runner.run({QStringLiteral("asset"), QStringLiteral("list")}).exitCode, 0);
}

void TestCli::weakPassphraseCreatesNothingButAnExistingOneStillOpens()
{
    const QString path = m_dir->filePath(QStringLiteral("weak.db"));
    CliRunner runner;
    runner.setEnvironment(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"), QStringLiteral("a"));
    runner.setLeadingArguments({QStringLiteral("--db"), path});
    const Run refused = runner.run({QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("PATCHWRIGHT_DB_PASSPHRASE") &&
                 refused.err.contains("at least 12 characters"),
             refused.err.constData());
    QVERIFY(!QFileInfo::exists(path));

    // A database made earlier with a short passphrase (before the policy) still opens with it.
    {
        auto made = Database::open(
            DatabaseConfig::encryptedFile(path, QStringLiteral("a"), DatabaseConfig::KeyKind::Passphrase));
        QVERIFY2(made.ok(), qPrintable(made.error().text()));
    }
    const Run opened = runner.run({QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(!opened.err.contains("weak"), opened.err.constData()); // said when a key is made, not on open

    // Long enough but easy to guess: the database is made, and the CLI says so as the GUI's dialog does.
    CliRunner repeats;
    repeats.setEnvironment(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"), QStringLiteral("aaaaaaaaaaaaaaaa"));
    repeats.setLeadingArguments({QStringLiteral("--db"), m_dir->filePath(QStringLiteral("repeats.db"))});
    const Run made = repeats.run({QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.err.contains("note: the new database's passphrase is weak: It repeats a few characters"),
             made.err.constData());
    QVERIFY(!repeats.run({QStringLiteral("asset"), QStringLiteral("list")}).err.contains("weak"));
}

void TestCli::databaseIsPrivateUnderUmaskZero()
{
    const QString path = m_dir->filePath(QStringLiteral("shared/data/cli.db"));
    const mode_t previous = ::umask(0); // the child CLI inherits it
    const Run created = cli({QStringLiteral("asset"), QStringLiteral("list")}, 60000, path);
    ::umask(previous);
    QCOMPARE(created.exitCode, 0);
    const auto mode = [](const QString &file) {
        struct stat status
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
    };
    QCOMPARE(mode(m_dir->filePath(QStringLiteral("shared"))), 0700);
    QCOMPARE(mode(m_dir->filePath(QStringLiteral("shared/data"))), 0700);
    QCOMPARE(mode(path), 0600);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QCOMPARE(mode(path + suffix), 0600);
    }
}

// The CLI runs with the passphrase (and a planted secret) in its environment and scans this machine; the
// dpkg-query it starts is a wrapper bind-mounted over /usr/local/sbin (first on the children's PATH) in a
// private mount namespace, which writes down the environment it got and runs the real one.
void TestCli::childProcessesNeverSeeThePassphrase()
{
    const QString wrapDir = m_dir->filePath(QStringLiteral("wrap"));
    QVERIFY(QDir().mkpath(wrapDir));
    QFile wrapper(wrapDir + QStringLiteral("/dpkg-query"));
    QVERIFY(wrapper.open(QIODevice::WriteOnly));
    wrapper.write("#!/bin/sh\nenv > \"/usr/local/sbin/seen-env.$$\"\nexec /usr/bin/dpkg-query \"$@\"\n");
    wrapper.close();
    QVERIFY(wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"),
                       QStringLiteral("correct horse battery staple"));
    environment.insert(QStringLiteral("PW_TEST_PLANTED_SECRET"), QStringLiteral("s3cret-planted"));
    environment.insert(QStringLiteral("PW_WRAP"), wrapDir);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                   QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("mount --bind \"$PW_WRAP\" /usr/local/sbin && exec \"$@\""),
                   QStringLiteral("sh"), QStringLiteral(PW_CLI_PATH), QStringLiteral("--db"),
                   m_dir->filePath(QStringLiteral("cli.db")), QStringLiteral("scan"),
                   QStringLiteral("--all")});
    QVERIFY(process.waitForFinished(180000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QStringList seen;
    for (QDirIterator it(wrapDir, {QStringLiteral("seen-env.*")}, QDir::Files); it.hasNext();)
        seen << it.next();
    QVERIFY2(!seen.isEmpty(), "the scan did not run dpkg-query through the wrapper");
    for (const QString &name : std::as_const(seen)) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray env = file.readAll();
        QVERIFY2(!env.contains("PATCHWRIGHT_DB_PASSPHRASE") && !env.contains("correct horse"),
                 env.constData());
        QVERIFY2(!env.contains("PW_TEST_PLANTED_SECRET") && !env.contains("s3cret-planted"), env.constData());
        QVERIFY2(env.contains("\nPATH=/usr/local/sbin:") || env.startsWith("PATH=/usr/local/sbin:"),
                 env.constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
