#include "PostgresServer.h"

#include "storage/KeyStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace {

const QString superuser = QStringLiteral("pw_super");

// The newest /usr/lib/postgresql/N/bin with an initdb (Debian), else initdb on PATH.
QString findBinDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(entry + QStringLiteral("/bin"));
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && version > best) {
            best = version;
            bestDir = bin;
        }
    }
    if (!bestDir.isEmpty())
        return bestDir;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("pgserver-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

PostgresServer::PostgresServer()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pw-pg-XXXXXX")))
    , m_binDir(findBinDir())
    , m_superuserPassword(KeyStore::newRawKey())
{
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        (void)run(m_binDir + QStringLiteral("/pg_ctl"),
                  {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                   QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                  60000);
}

// As root, the server's tools run as `postgres` (initdb refuses root); with a clean PG* environment so
// nothing of the caller's libpq settings leaks in, and C messages.
Result<QByteArray> PostgresServer::run(const QString &program, const QStringList &arguments,
                                       int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return Error{QStringLiteral("cannot start %1: %2").arg(program, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return Error{QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs)};
    }
    const QByteArray output = process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{QStringLiteral("%1 failed (exit %2): %3")
                         .arg(QFileInfo(program).fileName())
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(output))};
    return output;
}

Status PostgresServer::start()
{
    if (!m_dir->isValid())
        return Error{QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString())};
    if (m_binDir.isEmpty())
        return Error{
            QStringLiteral("no PostgreSQL server binaries (initdb) found"),
            QStringLiteral("Install the postgresql package (bash packaging/install-deps.sh --tests).")};
    const QString passwordFile = m_dir->filePath(QStringLiteral("superuser.pw"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_superuserPassword.toLatin1()) < 0)
            return Error{QStringLiteral("cannot write %1").arg(passwordFile)};
    }
    if (geteuid() == 0) {
        const passwd *account = getpwnam("postgres");
        if (!account)
            return Error{QStringLiteral("running as root, but there is no `postgres` user to run the server"),
                         QStringLiteral("Install the postgresql package, which creates it.")};
        for (const QString &path : {m_dir->path(), passwordFile}) {
            if (chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0)
                return Error{QStringLiteral("cannot hand %1 to the postgres user").arg(path)};
        }
    }
    const auto initialized =
        run(m_binDir + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"), superuser,
             QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("--pwfile"), passwordFile,
             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
             QStringLiteral("--no-sync")},
            120000);
    if (!initialized)
        return initialized.error();
    // A port can be taken between probing and binding (other tests run in parallel): try a few.
    Status started = Error{QStringLiteral("not started")};
    for (int attempt = 0; attempt < 5 && !started; ++attempt)
        started = startOnce();
    return started;
}

Status PostgresServer::startOnce()
{
    m_port = freePort();
    if (m_port == 0)
        return Error{QStringLiteral("no free TCP port on 127.0.0.1")};
    const QString options = QStringLiteral("-p %1 -k '%2' -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c full_page_writes=off -c synchronous_commit=off")
                                .arg(m_port)
                                .arg(m_dir->path());
    const auto started =
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
             m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
             QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")},
            90000);
    if (!started)
        return Error{started.error().message + QStringLiteral("\nserver log:\n") + logTail()};
    m_running = true;
    return {};
}

QString PostgresServer::logTail() const
{
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray all = log.readAll();
    return QString::fromLocal8Bit(all.right(4000));
}

Status PostgresServer::superuserExec(const QString &sql, const QString &database) const
{
    const QString name = nextConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setUserName(superuser);
        db.setPassword(m_superuserPassword);
        db.setDatabaseName(database);
        if (!db.open()) {
            result = Error{QStringLiteral("superuser cannot connect: %1").arg(db.lastError().text())};
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                result =
                    Error{QStringLiteral("superuser statement failed: %1").arg(query.lastError().text())};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QString> PostgresServer::createLogin(const QString &name, const QString &options) const
{
    const QString password = KeyStore::newRawKey();
    if (Status created = superuserExec(
            QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' %3").arg(name, password, options));
        !created)
        return created.error();
    return password;
}

Status PostgresServer::createDatabase(const QString &name, const QString &owner) const
{
    return superuserExec(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(name, owner));
}

DatabaseConfig PostgresServer::config(const QString &user, const QString &password,
                                      const QString &database) const
{
    DatabaseConfig config = DatabaseConfig::postgres(host(), m_port, user, database,
                                                     QStringLiteral("connect_timeout='10' "
                                                                    "application_name='patchwright-test'"));
    config.key = password;
    return config;
}

QString PostgresServer::url(const QString &user, const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host()).arg(m_port).arg(database);
}
