// Audit checkpoints on a team database, through patchwright-cli as three logins of a real PostgreSQL server
// would use it (PGPASSFILE, no keychain): each writing login signs with a key of its own, registered in the
// trail under its name; an auditor signs nothing and makes no key; nobody signs under another login's name.
#include "../support/Backend.h"
#include "../support/CliRunner.h"
#include "../support/PostgresServer.h"

#include "storage/AuditCheckpoints.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString teamDb = u"pw_team_audit"_s;

struct Login
{
    QString name;
    QString password;
};

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

private:
    Login makeLogin(const QString &name, const QString &groupRole) const;
    CliRunner::Run cli(const Login &login, const QStringList &arguments);
    QStringList keyFiles() const;

    PostgresBackend &m_backend;
    PostgresServer &m_server;
    QTemporaryDir m_files;
    Login m_admin;
    Login m_reviewer;
    Login m_auditor;
};

Login TestTeamAudit::makeLogin(const QString &name, const QString &groupRole) const
{
    const auto password = m_server.createLogin(name, u"IN ROLE "_s + groupRole);
    if (!password)
        qFatal("cannot create login %s: %s", qPrintable(name), qPrintable(password.error().text()));
    return Login{name, password.value()};
}

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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PostgresServer server;
    if (Status started = server.start(); !started) {
        qCritical("FAIL: tst_teamaudit needs a PostgreSQL server and could not start one: %s",
                  qPrintable(started.error().text()));
        return 1;
    }
    PostgresBackend backend(server);
    TestTeamAudit test(backend);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamaudit.moc"
