// Team mode against a real PostgreSQL 15 server this test starts on loopback (a fresh initdb in a temporary
// folder): what only a shared server has — roles enforced by grants, the login as the audit identity,
// concurrent writers on one chain, clear connection errors, and patchwright-cli end to end with PGPASSFILE.
// The repository, audit and migration suites the SQLCipher unit tests run: tst_teamsuites; feeds on the team
// server: tst_teamintel. Without a server the test fails; it never skips.
#include "../support/Backend.h"
#include "../support/CliRunner.h"
#include "../support/PostgresServer.h"
#include "../support/PostgresTestMain.h"
#include "../support/TeamLogins.h"

#include "setup/SessionLog.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/ChangeRepository.h"
#include "storage/PatchRepository.h"
#include "storage/ScanRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {

const QString teamDb = QStringLiteral("pw_team");

} // namespace

class TestTeamMode : public QObject
{
    Q_OBJECT

public:
    explicit TestTeamMode(PostgresBackend &backend)
        : m_backend(backend)
        , m_server(backend.server())
    {
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrationCreatesNoLoginGroupRoles();
    void auditIdentityIsTheDatabaseLogin();
    void auditorChangesNothing();
    void reviewerDecidesButCannotRemoveAssets();
    void requesterCannotDecideOnOwnChange();
    void nobodyEditsTheAuditTrail();
    void concurrentWritersKeepOneChain();
    void onlyTheOwnerMigrates();
    void connectionFailuresSayWhatToDo();
    void cliWorksEndToEndWithPgpassfile();

private:
    std::unique_ptr<Database> openAs(const Login &login, const QString &database = teamDb)
    {
        return ::openAs(m_server, login, database);
    }
    Login makeLogin(const QString &name, const QString &groupRole)
    {
        return ::makeLogin(m_server, name, groupRole);
    }
    using Run = CliRunner::Run;
    Run cli(const QStringList &arguments, const QString &pgpassContent);

    PostgresBackend &m_backend;
    PostgresServer &m_server;
    std::unique_ptr<Database> m_owner;
    Login m_admin;
    Login m_reviewer;
    Login m_auditor;
    qint64 m_changeId = 0;
    QTemporaryDir m_files;
};

void TestTeamMode::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(m_server.createDatabase(teamDb, m_backend.owner()).ok());
    m_owner = openAs(Login{m_backend.owner(), m_backend.ownerPassword()});
    QVERIFY(m_owner);
    QCOMPARE(m_owner->schemaVersion(), Database::latestSchemaVersion());
    m_admin = makeLogin(QStringLiteral("ann_admin"), QStringLiteral("patchwright_admin"));
    m_reviewer = makeLogin(QStringLiteral("rita_reviewer"), QStringLiteral("patchwright_reviewer"));
    m_auditor = makeLogin(QStringLiteral("otto_auditor"), QStringLiteral("patchwright_auditor"));

    auto admin = openAs(m_admin);
    QVERIFY(admin);
    Asset web;
    web.name = QStringLiteral("web1");
    web.transport = Transport::Ssh;
    web.address = QStringLiteral("10.0.0.5");
    const auto added = AssetRepository(admin->connection(), admin->actor()).add(web);
    QVERIFY2(added.ok(), qPrintable(added.error().text()));
    // A scan finds openssl missing; the admin puts it to the change board.
    ScanRecord scanned;
    scanned.assetId = added.value();
    scanned.startedAt = QDateTime::currentDateTimeUtc();
    scanned.finishedAt = scanned.startedAt;
    scanned.installed = {InstalledPackage{QStringLiteral("openssl"), QStringLiteral("3.0.11-1"),
                                          QStringLiteral("amd64"), QString()}};
    PendingPatch openssl;
    openssl.package = QStringLiteral("openssl");
    openssl.architecture = QStringLiteral("amd64");
    openssl.installedVersion = QStringLiteral("3.0.11-1");
    openssl.availableVersion = QStringLiteral("3.0.13-1");
    openssl.classification = PatchClassification::Security;
    scanned.pending = {openssl};
    QVERIFY(ScanRepository(admin->connection(), admin->actor()).recordSuccess(scanned).ok());
    PatchRepository::Filter missing;
    missing.state = PatchState::Missing;
    const auto patches = PatchRepository(admin->connection()).list(missing);
    QVERIFY(patches.ok() && patches.value().size() == 1);
    ChangeDraft draft;
    draft.title = QStringLiteral("openssl on web1");
    draft.justification = QStringLiteral("CVE fix");
    draft.assetPatchIds = {patches.value().constFirst().id};
    ChangeRepository changes(admin->connection(), admin->actor());
    const auto change = changes.create(draft);
    QVERIFY2(change.ok(), qPrintable(change.error().text()));
    m_changeId = change.value();
    QVERIFY(changes.submit(m_changeId).ok());
}

void TestTeamMode::cleanupTestCase()
{
    m_owner.reset();
}

void TestTeamMode::migrationCreatesNoLoginGroupRoles()
{
    QSqlQuery query(m_owner->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE "
                                      "'patchwright\\_%' ORDER BY rolname")));
    QStringList roles;
    while (query.next()) {
        roles.append(query.value(0).toString());
        QVERIFY2(!query.value(1).toBool(), qPrintable(query.value(0).toString()));
    }
    QCOMPARE(roles, (QStringList{QStringLiteral("patchwright_admin"), QStringLiteral("patchwright_auditor"),
                                 QStringLiteral("patchwright_reviewer")}));
    QVERIFY(m_owner->engineDescription().startsWith(QStringLiteral("PostgreSQL 15")));
    QCOMPARE(m_owner->dialect(), Migrations::Dialect::PostgreSql);
}

void TestTeamMode::auditIdentityIsTheDatabaseLogin()
{
    auto admin = openAs(m_admin);
    QVERIFY(admin);
    QCOMPARE(admin->actor(), m_admin.name);
    Asset db1;
    db1.name = QStringLiteral("db-identity");
    QVERIFY(AssetRepository(admin->connection(), admin->actor()).add(db1).ok());
    const auto events = AuditLog(admin->connection()).list(1).value();
    QCOMPARE(events.constFirst().actor, m_admin.name);
    QCOMPARE(events.constFirst().subject, QStringLiteral("db-identity"));

    // The server refuses an event written in someone else's name, even by a login allowed to append.
    const Status forged = AuditLog(admin->connection())
                              .append(QStringLiteral("rita_reviewer"), QStringLiteral("asset.removed"),
                                      QStringLiteral("web1"), {});
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().code, QString::fromLatin1(StorageError::PermissionDeniedCode));
    Asset forgedAsset;
    forgedAsset.name = QStringLiteral("forged-by-root");
    const auto viaRepository = AssetRepository(admin->connection(), QStringLiteral("root")).add(forgedAsset);
    QCOMPARE(viaRepository.error().code, QString::fromLatin1(StorageError::PermissionDeniedCode));
    QVERIFY(!AssetRepository(admin->connection(), admin->actor()).findByName(forgedAsset.name).ok());
    QCOMPARE(AuditLog(admin->connection()).list(1).value().constFirst().subject,
             QStringLiteral("db-identity"));
}

void TestTeamMode::auditorChangesNothing()
{
    auto auditor = openAs(m_auditor);
    QVERIFY(auditor);
    QCOMPARE(auditor->actor(), m_auditor.name);
    const int assetsBefore =
        int(AssetRepository(auditor->connection(), auditor->actor()).list().value().size());
    const int eventsBefore = int(AuditLog(auditor->connection()).list().value().size());
    QVERIFY(assetsBefore >= 1);
    QVERIFY(AuditLog(auditor->connection()).verify().value().intact);

    // Opening the console as an auditor works; the session is the server's to log, not the trail's.
    QVERIFY(SessionLog::opened(*auditor, QStringLiteral("test")).ok());
    QCOMPARE(int(AuditLog(auditor->connection()).list().value().size()), eventsBefore);

    // Through the repositories: a clear Error, nothing written. The engine refuses asset writes before the
    // server is asked (the raw SQL below shows the server refusing them too).
    Asset intruder;
    intruder.name = QStringLiteral("auditor-was-here");
    const auto added = AssetRepository(auditor->connection(), auditor->actor()).add(intruder);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("forbidden"));
    QVERIFY2(added.error().message.contains(QStringLiteral("may not")), qPrintable(added.error().message));
    const Status removed =
        AssetRepository(auditor->connection(), auditor->actor()).remove(QStringLiteral("web1"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, QStringLiteral("forbidden"));
    Asset changed =
        AssetRepository(auditor->connection(), auditor->actor()).findByName(QStringLiteral("web1")).value();
    changed.ring = QStringLiteral("auditor-ring");
    const Status updated = AssetRepository(auditor->connection(), auditor->actor()).update(changed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, QStringLiteral("forbidden"));
    QVERIFY(AssetRepository(auditor->connection(), auditor->actor())
                .findByName(QStringLiteral("web1"))
                .value()
                .ring != QStringLiteral("auditor-ring"));
    const auto decided = ChangeRepository(auditor->connection(), auditor->actor())
                             .decide(m_changeId, ReviewDecision::Approved, QStringLiteral("looks fine"), {});
    QCOMPARE(decided.error().code, QString::fromLatin1(StorageError::PermissionDeniedCode));
    const Status setting =
        SettingsRepository(auditor->connection()).setValue(QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(setting.error().code, QString::fromLatin1(StorageError::PermissionDeniedCode));
    const Status appended = AuditLog(auditor->connection())
                                .append(auditor->actor(), QStringLiteral("a"), QStringLiteral("b"), {});
    QCOMPARE(appended.error().code, QString::fromLatin1(StorageError::PermissionDeniedCode));

    // And raw SQL, the way a curious auditor with psql would try: every write is refused by the server.
    QSqlQuery query(auditor->connection());
    for (const char *sql :
         {"INSERT INTO assets (name, transport, created_at) VALUES ('x', 'ssh', 'now')",
          "UPDATE assets SET criticality = 'low'", "DELETE FROM assets",
          "INSERT INTO approvals (change_request_id, reviewer, decision, decided_at) "
          "VALUES (1, 'otto_auditor', 'approved', 'now')",
          "UPDATE change_requests SET state = 'approved'", "DELETE FROM audit_events",
          "INSERT INTO settings (key, value) VALUES ('a', 'b')", "CREATE TABLE mine (x INTEGER)",
          "CREATE TEMP TABLE mine (x INTEGER)", "TRUNCATE audit_events"}) {
        QVERIFY2(!query.exec(QString::fromLatin1(sql)), sql);
        QVERIFY2(StorageError::isPermissionDenied(query.lastError()),
                 qPrintable(QString::fromLatin1(sql) + QStringLiteral(" → ") + query.lastError().text()));
    }
    QCOMPARE(int(AssetRepository(auditor->connection(), auditor->actor()).list().value().size()),
             assetsBefore);
    QCOMPARE(int(AuditLog(auditor->connection()).list().value().size()), eventsBefore);
}

void TestTeamMode::reviewerDecidesButCannotRemoveAssets()
{
    auto reviewer = openAs(m_reviewer);
    QVERIFY(reviewer);
    const auto decided = ChangeRepository(reviewer->connection(), reviewer->actor())
                             .decide(m_changeId, ReviewDecision::Approved, QStringLiteral("LGTM"), {});
    QVERIFY2(decided.ok(), qPrintable(decided.error().text()));
    QCOMPARE(storedText(
                 ChangeRepository(reviewer->connection(), reviewer->actor()).find(m_changeId).value().state),
             QStringLiteral("approved"));
    QSqlQuery query(reviewer->connection());
    query.prepare(QStringLiteral("SELECT reviewer, decision FROM approvals WHERE change_request_id = ? "
                                 "ORDER BY id DESC"));
    query.addBindValue(m_changeId);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), m_reviewer.name);
    QCOMPARE(query.value(1).toString(), QStringLiteral("approved"));
    const auto newest = AuditLog(reviewer->connection()).list(1).value().constFirst();
    QCOMPARE(newest.action, QStringLiteral("change.approved"));
    QVERIFY(SessionLog::opened(*reviewer, QStringLiteral("test")).ok());
    const auto session = AuditLog(reviewer->connection()).list(1).value().constFirst();
    QCOMPARE(session.action, QStringLiteral("session.opened"));
    QCOMPARE(session.actor, m_reviewer.name);
    QCOMPARE(newest.actor, m_reviewer.name);
    // The change's state is the reviewer's to move; its title is not.
    QVERIFY(query.exec(
        QStringLiteral("UPDATE change_requests SET state = 'approved' WHERE id = %1").arg(m_changeId)));
    QVERIFY(
        !query.exec(QStringLiteral("UPDATE change_requests SET title = 'x' WHERE id = %1").arg(m_changeId)));
    QVERIFY(StorageError::isPermissionDenied(query.lastError()));

    const Status removed =
        AssetRepository(reviewer->connection(), reviewer->actor()).remove(QStringLiteral("web1"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, QStringLiteral("forbidden"));
    Asset added;
    added.name = QStringLiteral("reviewer-asset");
    QCOMPARE(AssetRepository(reviewer->connection(), reviewer->actor()).add(added).error().code,
             QStringLiteral("forbidden"));
    // The server refuses the same without the engine.
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM assets WHERE name = 'web1'")));
    QVERIFY(StorageError::isPermissionDenied(query.lastError()));
    QVERIFY(
        AssetRepository(reviewer->connection(), reviewer->actor()).findByName(QStringLiteral("web1")).ok());
    QVERIFY(AuditLog(reviewer->connection()).verify().value().intact);
}

void TestTeamMode::requesterCannotDecideOnOwnChange()
{
    auto admin = openAs(m_admin);
    QVERIFY(admin);
    const auto own = ChangeRepository(admin->connection(), admin->actor())
                         .decide(m_changeId, ReviewDecision::Approved, QStringLiteral("mine"), {});
    QVERIFY(!own.ok());
    QVERIFY2(own.error().hint.contains(QStringLiteral("Separation of duties")),
             qPrintable(own.error().text()));
}

void TestTeamMode::nobodyEditsTheAuditTrail()
{
    auto admin = openAs(m_admin);
    QVERIFY(admin);
    QSqlQuery asAdmin(admin->connection());
    QVERIFY(!asAdmin.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory'")));
    QVERIFY(StorageError::isPermissionDenied(asAdmin.lastError()));
    QVERIFY(!asAdmin.exec(QStringLiteral("DELETE FROM audit_events")));
    QVERIFY(StorageError::isPermissionDenied(asAdmin.lastError()));
    // Even the owner, who holds every privilege, meets the append-only triggers.
    QSqlQuery asOwner(m_owner->connection());
    for (const char *sql :
         {"UPDATE audit_events SET actor = 'mallory'", "DELETE FROM audit_events", "TRUNCATE audit_events"}) {
        QVERIFY2(!asOwner.exec(QString::fromLatin1(sql)), sql);
        QVERIFY2(asOwner.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(asOwner.lastError().text()));
    }
    QVERIFY(AuditLog(admin->connection()).verify().value().intact);
}

void TestTeamMode::concurrentWritersKeepOneChain()
{
    const qint64 before = AuditLog(m_owner->connection()).verify().value().checked;
    constexpr int perWriter = 30;
    QSemaphore ready;
    QSemaphore go;
    QStringList failures[2];
    const auto writer = [&](int index) {
        // Each thread has its own connection, as the console's workers do.
        const Login &login = index == 0 ? m_admin : m_reviewer;
        auto opened = Database::open(m_server.config(login.name, login.password, teamDb));
        ready.release();
        go.acquire();
        if (!opened) {
            failures[index].append(opened.error().text());
            return;
        }
        Database &db = *opened.value();
        for (int i = 0; i < perWriter; ++i) {
            if (index == 0) {
                // Appends inside the repository's transaction...
                Asset asset;
                asset.name = QStringLiteral("race-%1").arg(i);
                if (auto added = AssetRepository(db.connection(), db.actor()).add(asset); !added)
                    failures[index].append(added.error().text());
            } else {
                // ...racing appends that open their own.
                if (Status done = AuditLog(db.connection())
                                      .append(db.actor(), QStringLiteral("change.viewed"),
                                              QStringLiteral("change %1").arg(i), {});
                    !done)
                    failures[index].append(done.error().text());
            }
        }
    };
    std::thread first(writer, 0);
    std::thread second(writer, 1);
    ready.acquire(2);
    go.release(2);
    first.join();
    second.join();
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0].join(QLatin1Char('\n'))));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1].join(QLatin1Char('\n'))));
    const auto verdict = AuditLog(m_owner->connection()).verify();
    QVERIFY(verdict.ok());
    QVERIFY2(verdict.value().intact, qPrintable(verdict.value().reason));
    QCOMPARE(verdict.value().checked, before + 2 * perWriter);
}

void TestTeamMode::onlyTheOwnerMigrates()
{
    const QString fresh = QStringLiteral("pw_fresh");
    QVERIFY(m_server.createDatabase(fresh, m_backend.owner()).ok());
    const auto refused = Database::open(m_server.config(m_admin.name, m_admin.password, fresh));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString::fromLatin1(Database::NeedsOwnerMigrationCode));
    QVERIFY2(refused.error().message.contains(m_backend.owner()), qPrintable(refused.error().message));
    QVERIFY(refused.error().hint.contains(QStringLiteral("not changed")));
    // Nothing was created by the refused login; the owner then migrates, after which the admin may connect.
    auto owner = openAs(Login{m_backend.owner(), m_backend.ownerPassword()}, fresh);
    QVERIFY(owner);
    QSqlQuery query(owner->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && query.next());
    QCOMPARE(query.value(0).toInt(), int(Migrations::versions().size())); // each once (numbers may have gaps)
    QVERIFY(query.exec(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'assets'")) &&
            query.next());
    QCOMPARE(query.value(0).toString(), m_backend.owner());
    QVERIFY(openAs(m_admin, fresh));
    // A login in none of the three group roles cannot even connect to a migrated database.
    const auto outsider = m_server.createLogin(QStringLiteral("mallory"));
    QVERIFY(outsider.ok());
    const auto locked = Database::open(m_server.config(QStringLiteral("mallory"), outsider.value(), fresh));
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().message.contains(QStringLiteral("permission denied")) ||
                 locked.error().message.contains(QStringLiteral("CONNECT")),
             qPrintable(locked.error().text()));
}

void TestTeamMode::connectionFailuresSayWhatToDo()
{
    const auto wrong =
        Database::open(m_server.config(m_admin.name, QStringLiteral("not-the-password"), teamDb));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, QString::fromLatin1(Database::PostgresAuthCode));
    QVERIFY(wrong.error().hint.contains(QStringLiteral("PGPASSFILE")));
    QVERIFY(!wrong.error().text().contains(QStringLiteral("not-the-password")));

    const auto missing =
        Database::open(m_server.config(m_admin.name, m_admin.password, QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QString::fromLatin1(Database::PostgresNoDatabaseCode));
    QVERIFY(missing.error().message.contains(QStringLiteral("\"nope\"")));

    // No password anywhere: PGPASSFILE points at an empty file.
    const QString emptyPgpass = m_files.filePath(QStringLiteral("empty.pgpass"));
    QFile file(emptyPgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(emptyPgpass));
    const auto none = Database::open(m_server.config(m_admin.name, QString(), teamDb));
    qunsetenv("PGPASSFILE");
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QString::fromLatin1(Database::PostgresAuthCode));
    QVERIFY2(none.error().message.contains(QStringLiteral("none was found")),
             qPrintable(none.error().text()));

    // Nobody listens on a port we just had and closed.
    int closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    DatabaseConfig unreachable = m_server.config(m_admin.name, m_admin.password, teamDb);
    unreachable.port = closedPort;
    const auto down = Database::open(unreachable);
    QVERIFY(!down.ok());
    QCOMPARE(down.error().code, QString::fromLatin1(Database::PostgresUnreachableCode));
    QVERIFY(down.error().hint.contains(QStringLiteral("server runs")));
}

TestTeamMode::Run TestTeamMode::cli(const QStringList &arguments, const QString &pgpassContent)
{
    const QString pgpass = m_files.filePath(QStringLiteral("cli.pgpass"));
    QFile file(pgpass);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(pgpassContent.toUtf8());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CliRunner runner;
    runner.setEnvironment(QStringLiteral("PGPASSFILE"), pgpass);
    return runner.run(arguments);
}

void TestTeamMode::cliWorksEndToEndWithPgpassfile()
{
    const QString url = m_server.url(m_admin.name, teamDb);
    const QString pgpassLine = QStringLiteral("%1:%2:%3:%4:%5\n")
                                   .arg(m_server.host())
                                   .arg(m_server.port())
                                   .arg(teamDb, m_admin.name, m_admin.password);
    const Run list = cli({QStringLiteral("--db"), url, QStringLiteral("asset"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json")},
                         pgpassLine);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray assets = QJsonDocument::fromJson(list.out).array();
    QStringList names;
    for (const auto &asset : assets)
        names.append(asset.toObject().value(QStringLiteral("name")).toString());
    QVERIFY2(names.contains(QStringLiteral("web1")), list.out.constData());
    // Team mode registers no workstation in the shared database.
    QVERIFY(!names.contains(QSysInfo::machineHostName()));

    const Run info = cli({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("info"),
                          QStringLiteral("--format"), QStringLiteral("json")},
                         pgpassLine);
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const QJsonObject fields = QJsonDocument::fromJson(info.out).array().at(0).toObject();
    QCOMPARE(
        fields.value(QStringLiteral("path")).toString(),
        QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(m_admin.name).arg(m_server.port()).arg(teamDb));
    QVERIFY(fields.value(QStringLiteral("engine")).toString().startsWith(QStringLiteral("PostgreSQL 15")));
    QCOMPARE(fields.value(QStringLiteral("audit_intact")).toBool(), true);
    QVERIFY(!info.out.contains(m_admin.password.toUtf8()));

    const Run verify =
        cli({QStringLiteral("--db"), url, QStringLiteral("audit"), QStringLiteral("verify")}, pgpassLine);
    QVERIFY2(verify.exitCode == 0, verify.err.constData());

    // A wrong password in PGPASSFILE: exit 1, one line that says what to do, and no password echoed.
    const QString wrongLine = QStringLiteral("%1:%2:%3:%4:wrong-password\n")
                                  .arg(m_server.host())
                                  .arg(m_server.port())
                                  .arg(teamDb, m_admin.name);
    const Run refused =
        cli({QStringLiteral("--db"), url, QStringLiteral("asset"), QStringLiteral("list")}, wrongLine);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("PGPASSFILE"), refused.err.constData());
    QVERIFY(!refused.err.contains("wrong-password"));
    QCOMPARE(refused.err.trimmed().count('\n'), 0);

    // A password in the URL is refused before anything connects.
    const Run inUrl = cli({QStringLiteral("--db"),
                           QStringLiteral("postgresql://%1:hunter2@127.0.0.1:%2/%3")
                               .arg(m_admin.name)
                               .arg(m_server.port())
                               .arg(teamDb),
                           QStringLiteral("asset"), QStringLiteral("list")},
                          pgpassLine);
    QCOMPARE(inUrl.exitCode, 1);
    QVERIFY(!inUrl.err.contains("hunter2"));
}

PW_POSTGRES_TEST_MAIN(TestTeamMode, "tst_teammode")

#include "tst_teammode.moc"
