// Audit checkpoints on a team database, through patchwright-cli as three logins of a real PostgreSQL server
// would use it (PGPASSFILE, no keychain): each writing login signs with a key of its own, registered in the
// trail under its name; an auditor signs nothing and makes no key; nobody signs under another login's name.
#include "../support/Backend.h"
#include "../support/CliRunner.h"
#include "../support/PostgresServer.h"
#include "../support/PostgresTestMain.h"
#include "../support/TeamLogins.h"

#include "reports/AuditExport.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString teamDb = u"pw_team_audit"_s;

} // namespace

class TestTeamAudit : public QObject
{
    Q_OBJECT

public:
    explicit TestTeamAudit(PostgresBackend &backend)
        : m_backend(backend)
        , m_server(backend.server())
    {
    }

private slots:
    void initTestCase();
    void eachWritingLoginSignsWithItsOwnKey();
    void anAuditorSignsNothingAndVerifiesEverything();
    void nobodySignsUnderAnotherLoginsName();
    void skewedClientClocksStillAppendInServerTimeOrder();
    void anAuditorListsAndExportsAndWritesNothingElse();
    void anAuditorBuildsAnEvidenceBundleAndWritesNothingElse();

private:
    Login makeLogin(const QString &name, const QString &groupRole) const
    {
        return ::makeLogin(m_server, name, groupRole);
    }
    CliRunner::Run cli(const Login &login, const QStringList &arguments);
    QStringList keyFiles() const;

    PostgresBackend &m_backend;
    PostgresServer &m_server;
    QTemporaryDir m_files;
    Login m_admin;
    Login m_reviewer;
    Login m_auditor;
};

CliRunner::Run TestTeamAudit::cli(const Login &login, const QStringList &arguments)
{
    const QString pgpass = m_files.filePath(u"%1.pgpass"_s.arg(login.name));
    QFile file(pgpass);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(u"%1:%2:%3:%4:%5\n"_s.arg(m_server.host())
                   .arg(m_server.port())
                   .arg(teamDb, login.name, login.password)
                   .toUtf8());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CliRunner runner;
    runner.setEnvironment(u"PGPASSFILE"_s, pgpass);
    runner.setEnvironment(u"XDG_DATA_HOME"_s, m_files.filePath(u"data"_s));
    runner.removeEnvironment(u"DBUS_SESSION_BUS_ADDRESS"_s); // a script's shell: no keychain
    return runner.run(QStringList{u"--db"_s, m_server.url(login.name, teamDb)} + arguments);
}

QStringList TestTeamAudit::keyFiles() const
{
    return QDir(m_files.filePath(u"data/Patchwright/Patchwright/audit-keys"_s))
        .entryList({u"*.key"_s}, QDir::Files, QDir::Name);
}

void TestTeamAudit::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(m_server.createDatabase(teamDb, m_backend.owner()).ok());
    auto owner = Database::open(m_server.config(m_backend.owner(), m_backend.ownerPassword(), teamDb));
    QVERIFY2(owner, qPrintable(owner ? QString() : owner.error().text())); // migrates
    m_admin = makeLogin(u"ada_admin"_s, u"patchwright_admin"_s);
    m_reviewer = makeLogin(u"rui_reviewer"_s, u"patchwright_reviewer"_s);
    m_auditor = makeLogin(u"aud_auditor"_s, u"patchwright_auditor"_s);
}

void TestTeamAudit::eachWritingLoginSignsWithItsOwnKey()
{
    const CliRunner::Run added = cli(m_admin, {u"asset"_s, u"add"_s, u"web1"_s, u"--transport"_s, u"ssh"_s,
                                               u"--address"_s, u"10.0.0.5"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(keyFiles().size(), 1);
    // A reviewer adds no asset, but exporting a checkpoint signs the head first.
    const QString exported = m_files.filePath(u"cp.json"_s);
    const CliRunner::Run export_ = cli(m_reviewer, {u"audit"_s, u"checkpoint"_s, u"export"_s, exported});
    QVERIFY2(export_.exitCode == 0, export_.err.constData());
    QCOMPARE(keyFiles().size(), 2);
    for (const QString &name : keyFiles())
        QCOMPARE(QFile::permissions(m_files.filePath(u"data/Patchwright/Patchwright/audit-keys/"_s + name)) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

    auto owner = Database::open(m_server.config(m_backend.owner(), m_backend.ownerPassword(), teamDb));
    QVERIFY(owner);
    AuditCheckpoints store(owner.value()->connection());
    const auto checkpoints = store.all();
    QVERIFY(checkpoints.ok());
    QCOMPARE(checkpoints.value().size(), 2);
    QCOMPARE(checkpoints.value().at(0).signer, m_admin.name);
    QCOMPARE(checkpoints.value().at(1).signer, m_reviewer.name);
    QVERIFY(checkpoints.value().at(0).publicKey != checkpoints.value().at(1).publicKey);
    const auto registered = store.registeredKeys();
    QCOMPARE(registered.value().size(), 2);
    QCOMPARE(registered.value().at(0).signer, m_admin.name);
    QCOMPARE(registered.value().at(0).publicKey, checkpoints.value().at(0).publicKey);
    QCOMPARE(registered.value().at(1).signer, m_reviewer.name);
    QCOMPARE(registered.value().at(1).publicKey, checkpoints.value().at(1).publicKey);

    // The admin's next session signs with the same key as before: no second registration.
    QCOMPARE(cli(m_admin, {u"asset"_s, u"remove"_s, u"web1"_s}).exitCode, 0);
    QCOMPARE(store.registeredKeys().value().size(), 2);
    QCOMPARE(store.newest().value()->publicKey, checkpoints.value().at(0).publicKey);
}

void TestTeamAudit::anAuditorSignsNothingAndVerifiesEverything()
{
    const QStringList before = keyFiles();
    const CliRunner::Run verified = cli(m_auditor, {u"audit"_s, u"verify"_s});
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("3 signed checkpoint(s); the newest, #3"), verified.out.constData());
    QVERIFY2(verified.out.contains(m_admin.name.toUtf8()), verified.out.constData());
    const QString exported = m_files.filePath(u"auditor.json"_s);
    const CliRunner::Run export_ = cli(m_auditor, {u"audit"_s, u"checkpoint"_s, u"export"_s, exported});
    QVERIFY2(export_.exitCode == 0, export_.err.constData());
    QVERIFY2(export_.out.contains("Checkpoint #3"), export_.out.constData()); // the newest, not a new one
    QCOMPARE(keyFiles(), before); // no key was made for a login that cannot sign
    const CliRunner::Run against = cli(m_auditor, {u"audit"_s, u"verify"_s, u"--checkpoint"_s, exported});
    QVERIFY2(against.exitCode == 0, against.err.constData());
}

void TestTeamAudit::nobodySignsUnderAnotherLoginsName()
{
    auto owner = Database::open(m_server.config(m_backend.owner(), m_backend.ownerPassword(), teamDb));
    QVERIFY(owner);
    QSqlQuery query(owner.value()->connection());
    QVERIFY(
        !query.exec(u"INSERT INTO audit_checkpoints (id, at, signer, event_id, event_hash, event_count, "
                    "public_key, signature) VALUES (99, '2026-12-04T00:00:00.000Z', 'ada_admin', 1, 'x', 1, "
                    "'00', '00')"_s));
    QVERIFY2(query.lastError().text().contains(u"signed under the database login"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"DELETE FROM audit_checkpoints"_s));
    QCOMPARE(AuditCheckpoints(owner.value()->connection()).all().value().size(), 3);
}

void TestTeamAudit::skewedClientClocksStillAppendInServerTimeOrder()
{
    // Two desktops, one a day ahead, one a day behind, appending in turn: in team mode the event time is
    // the server's, so every append is accepted, the times follow the chain, and none is a client's.
    auto ahead = Database::open(m_server.config(m_admin.name, m_admin.password, teamDb));
    auto behind = Database::open(m_server.config(m_reviewer.name, m_reviewer.password, teamDb));
    QVERIFY(ahead && behind);
    AuditLog fast(ahead.value()->connection());
    fast.setClock([] { return QDateTime::currentDateTimeUtc().addDays(1); });
    AuditLog slow(behind.value()->connection());
    slow.setClock([] { return QDateTime::currentDateTimeUtc().addDays(-1); });
    const auto serverNow = [&ahead] {
        QSqlQuery query(ahead.value()->connection());
        query.exec(u"SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                   u"'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s);
        return query.next() ? SqlTime::fromValue(query.value(0)) : QDateTime();
    };
    const QDateTime start = serverNow();
    QVERIFY(start.isValid());
    const qint64 before = AuditLog(ahead.value()->connection()).list(1).value().constFirst().id;
    for (int i = 0; i < 3; ++i) {
        const Status first = fast.append(m_admin.name, u"asset.updated"_s, u"web%1"_s.arg(i), {});
        QVERIFY2(first.ok(), qPrintable(first.error().text()));
        const Status second = slow.append(m_reviewer.name, u"change.approved"_s, u"CR-%1"_s.arg(i), {});
        QVERIFY2(second.ok(), qPrintable(second.error().text()));
    }
    const QDateTime end = serverNow();

    AuditLog::Filter appended;
    appended.afterId = before;
    const auto events = AuditLog(ahead.value()->connection()).list(appended);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 6);
    QDateTime later = end;
    for (const AuditEvent &event : events.value()) { // newest first
        QVERIFY2(event.at >= start && event.at <= later,
                 qPrintable(SqlTime::toValue(event.at).toString() + u" outside the server's "_s +
                            SqlTime::toValue(start).toString() + u".."_s +
                            SqlTime::toValue(later).toString()));
        later = event.at;
    }
    QCOMPARE(events.value().constFirst().actor, m_reviewer.name);
    QVERIFY(AuditLog(ahead.value()->connection()).verify().value().intact);
}

void TestTeamAudit::anAuditorListsAndExportsAndWritesNothingElse()
{
    const CliRunner::Run listed =
        cli(m_auditor, {u"audit"_s, u"list"_s, u"--action"_s, u"change."_s, u"--format"_s, u"json"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 3); // the reviewer's, above

    const QString path = m_files.filePath(u"auditor-extract.csv"_s);
    const CliRunner::Run exported = cli(m_auditor, {u"audit"_s, u"list"_s, u"--actor"_s, m_reviewer.name,
                                                    u"--format"_s, u"csv"_s, u"--out"_s, path});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();

    auto owner = Database::open(m_server.config(m_backend.owner(), m_backend.ownerPassword(), teamDb));
    QVERIFY(owner);
    const AuditEvent newest = AuditLog(owner.value()->connection()).list(1).value().constFirst();
    QCOMPARE(newest.action, u"report.exported"_s);
    QCOMPARE(newest.actor, m_auditor.name);
    QVERIFY2(newest.details.contains(u"sha256 "_s + QString::fromLatin1(sha256)), qPrintable(newest.details));

    // That event is the only thing an auditor may write: any other action, through the engine or raw SQL,
    // is refused by the server, and so is any other table.
    auto auditor = Database::open(m_server.config(m_auditor.name, m_auditor.password, teamDb));
    QVERIFY(auditor);
    const Status forged =
        AuditLog(auditor.value()->connection()).append(m_auditor.name, u"change.approved"_s, u"CR-1"_s, {});
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().code, QString::fromLatin1(StorageError::PermissionDeniedCode));
    const CliRunner::Run added = cli(m_auditor, {u"asset"_s, u"add"_s, u"intruder"_s, u"--transport"_s,
                                                 u"ssh"_s, u"--address"_s, u"intruder.example.org"_s});
    QVERIFY(added.exitCode != 0);
    QCOMPARE(AuditLog(owner.value()->connection()).list(1).value().constFirst().id, newest.id);
    QVERIFY(AuditLog(owner.value()->connection()).verify().value().intact);
}

void TestTeamAudit::anAuditorBuildsAnEvidenceBundleAndWritesNothingElse()
{
    auto owner = Database::open(m_server.config(m_backend.owner(), m_backend.ownerPassword(), teamDb));
    QVERIFY(owner);
    const auto newestCheckpoint = AuditCheckpoints(owner.value()->connection()).newest();
    QVERIFY(newestCheckpoint.ok() && newestCheckpoint.value());
    const qint64 checkpoints = AuditCheckpoints(owner.value()->connection()).all().value().size();

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString bundle = m_files.filePath(u"auditor-evidence.zip"_s);
    const CliRunner::Run made =
        cli(m_auditor, {u"report"_s, u"evidence"_s, u"--from"_s, today.addDays(-1).toString(Qt::ISODate),
                        u"--to"_s, today.addDays(2).toString(Qt::ISODate), u"--out"_s, bundle});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    // The auditor signs nothing: the bundle carries the newest checkpoint a writing login signed, and the
    // events after it (the auditor's own exports) are chained but not vouched for.
    QVERIFY2(made.out.contains(QByteArray(QByteArray("anchored to checkpoint #") +
                                          QByteArray::number(newestCheckpoint.value()->id))),
             made.out.constData());
    QVERIFY2(made.out.contains("come after that checkpoint"), made.out.constData());
    QCOMPARE(AuditCheckpoints(owner.value()->connection()).all().value().size(), checkpoints);

    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    const AuditEvent newest = AuditLog(owner.value()->connection()).list(1).value().constFirst();
    QCOMPARE(newest.action, u"report.exported"_s);
    QCOMPARE(newest.actor, m_auditor.name);
    QCOMPARE(newest.subject, u"auditor-evidence.zip"_s);
    QVERIFY2(newest.details.endsWith(u"sha256 "_s + QString::fromLatin1(sha256)), qPrintable(newest.details));

    // It verifies with no database, and against the team database as the auditor.
    CliRunner alone;
    const CliRunner::Run offline = alone.run({u"report"_s, u"verify"_s, bundle});
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QVERIFY2(offline.out.contains("come after the checkpoint's event"), offline.out.constData());
    const CliRunner::Run online = cli(m_auditor, {u"report"_s, u"verify"_s, bundle});
    QVERIFY2(online.exitCode == 0, online.err.constData());
    QVERIFY2(online.out.contains(
                 QByteArray("ok: database: its export is recorded (event #" + QByteArray::number(newest.id))),
             online.out.constData());

    // And nothing else is written: a metrics recompute and a change are refused, the trail unchanged.
    const CliRunner::Run recompute =
        cli(m_auditor, {u"metrics"_s, u"recompute"_s, u"--from"_s, today.addDays(-1).toString(Qt::ISODate),
                        u"--to"_s, today.toString(Qt::ISODate)});
    QVERIFY(recompute.exitCode != 0);
    const CliRunner::Run ring = cli(m_auditor, {u"ring"_s, u"set"_s, u"canary"_s, u"--position"_s, u"1"_s});
    QVERIFY(ring.exitCode != 0);
    QCOMPARE(AuditLog(owner.value()->connection()).list(1).value().constFirst().id, newest.id);
    QVERIFY(AuditLog(owner.value()->connection()).verify().value().intact);
}

PW_POSTGRES_TEST_MAIN(TestTeamAudit, "tst_teamaudit")

#include "tst_teamaudit.moc"
