#include "ScanPeers.h"

#include "BenchProcess.h"
#include "ChrootSshd.h"
#include "PeerCommandLine.h"

#include "platforms/AptPlatform.h"
#include "scan/FactsProbe.h"
#include "scan/ScanScript.h"

#include "storage/Database.h"
#include "storage/KeyStore.h"
#include "storage/ScanRepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

#include <signal.h>
#include <unistd.h>

namespace ScanPeers {

namespace {

using namespace ScanMeasure;

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files every peer's OpenSSH client reads: the sshd's host key as known for [127.0.0.1]:PORT, and an
// ssh_config for every host name (pssh passes sim-0001 ..., Ansible 127.0.0.1): the address, port, login,
// key, strict host key checking against that file only, no agent, no multiplexing, the pinned kex.
Result<QString> writeSshConfig(const QDir &scratch, SshServer &server)
{
    const QString knownHosts = scratch.filePath(QStringLiteral("known_hosts"));
    const QByteArray hostKey = readFile(server.hostKeyPath() + QStringLiteral(".pub")).trimmed();
    if (hostKey.isEmpty())
        return Error{QStringLiteral("Cannot read the sshd's host key.")};
    if (Status written =
            writeFile(knownHosts, "[127.0.0.1]:" + QByteArray::number(server.port()) + ' ' + hostKey + '\n');
        !written)
        return written.error();
    const QString config = scratch.filePath(QStringLiteral("ssh_config"));
    const QByteArray text =
        "Host *\n"
        "    HostName " +
        server.host().toUtf8() + "\n    Port " + QByteArray::number(server.port()) + "\n    User " +
        server.user().toUtf8() + "\n    IdentityFile " + server.userKeyPath().toUtf8() +
        "\n    IdentitiesOnly yes\n    IdentityAgent none\n    UserKnownHostsFile " + knownHosts.toUtf8() +
        "\n    GlobalKnownHostsFile /dev/null\n    StrictHostKeyChecking yes\n"
        "    BatchMode yes\n    ControlMaster no\n    ControlPath none\n"
        "    KexAlgorithms " +
        KeyExchange + '\n';
    if (Status written = writeFile(config, text); !written)
        return written.error();
    return config;
}

// The host's scan from its output with Patchwright's parsers, as AssetScanner reads a cold scan's script.
Result<ScanRecord> scriptRecord(qint64 assetId, const QByteArray &out, const QByteArray &err,
                                const QByteArray &boundary)
{
    const auto sections = ScanScript::parse(out, err, boundary);
    if (!sections)
        return sections.error();
    const auto section = [&sections](const char *name) {
        return sections.value().value(QString::fromLatin1(name));
    };
    const AptPlatform apt;
    if (section(ScanScript::Platform).standardOutput.trimmed() != apt.name().toLatin1())
        return Error{QStringLiteral("The scan script found no apt-get.")};
    const auto facts = FactsProbe::parse(section(ScanScript::Facts).standardOutput);
    if (!facts)
        return facts.error();
    const ScanScript::Section installedSection = section(ScanScript::Installed);
    const ScanScript::Section pendingSection = section(ScanScript::Pending);
    if (installedSection.exitCode != 0 || !apt.isPendingExitCodeOk(pendingSection.exitCode))
        return Error{
            QStringLiteral("A package step failed: %1 %2")
                .arg(QString::fromUtf8(installedSection.standardError + pendingSection.standardError))};
    auto installed = apt.parseInstalledPackages(installedSection.standardOutput);
    if (!installed)
        return installed.error();
    auto pending = apt.parsePendingPatches(pendingSection.standardOutput);
    if (!pending)
        return pending.error();
    ScanRecord record;
    record.assetId = assetId;
    record.facts = facts.value();
    record.facts.packageManager = apt.name();
    record.installed = std::move(installed).value();
    record.pending = std::move(pending).value();
    return record;
}

// package_facts' {"name": [{"name", "version", "arch", ...}]} as installed-package rows.
Result<ScanRecord> factsRecord(qint64 assetId, const QJsonObject &result)
{
    const QJsonObject packages =
        result.value(QLatin1String("ansible_facts")).toObject().value(QLatin1String("packages")).toObject();
    if (packages.isEmpty())
        return Error{QStringLiteral("package_facts returned no packages: %1")
                         .arg(result.value(QLatin1String("msg")).toString())};
    ScanRecord record;
    record.assetId = assetId;
    record.facts.packageManager = QStringLiteral("apt");
    for (auto it = packages.begin(); it != packages.end(); ++it) {
        for (const QJsonValue entry : it->toArray()) {
            const QJsonObject package = entry.toObject();
            record.installed.append({package.value(QLatin1String("name")).toString(),
                                     package.value(QLatin1String("version")).toString(),
                                     package.value(QLatin1String("arch")).toString(), QString()});
        }
    }
    return record;
}

// One host's record from what the tool left in `outDir` (and `errDir` for parallel-ssh).
Result<ScanRecord> hostRecord(const QString &tool, const QString &name, qint64 assetId, const QDir &outDir,
                              const QDir &errDir, const QByteArray &boundary)
{
    if (tool == QLatin1String(ParallelSsh))
        return scriptRecord(assetId, readFile(outDir.filePath(name)), readFile(errDir.filePath(name)),
                            boundary);
    const QByteArray tree = readFile(outDir.filePath(name));
    const QJsonObject result = QJsonDocument::fromJson(tree).object();
    if (result.isEmpty())
        return Error{QStringLiteral("Ansible left no result: %1").arg(QString::fromUtf8(tree.left(400)))};
    if (result.value(QLatin1String("unreachable")).toBool() || result.value(QLatin1String("failed")).toBool())
        return Error{QStringLiteral("Ansible failed: %1 %2")
                         .arg(result.value(QLatin1String("msg")).toString(),
                              result.value(QLatin1String("stderr")).toString().left(400))};
    if (tool == QLatin1String(AnsibleRaw))
        return scriptRecord(assetId, result.value(QLatin1String("stdout")).toString().toUtf8(),
                            result.value(QLatin1String("stderr")).toString().toUtf8(), boundary);
    return factsRecord(assetId, result);
}

// A YAML inventory (JSON is YAML): the hosts, how to reach them, and the scan command tagged !unsafe so
// that Ansible does not template the shell's ${...}.
QByteArray inventory(const Setup &setup, const QString &sshConfig, const QByteArray &command)
{
    QByteArray hosts;
    for (int i = 1; i <= setup.hosts; ++i)
        hosts += "    " + hostName(i).toUtf8() + ":\n";
    const QByteArray quoted = QJsonDocument(QJsonArray{QString::fromUtf8(command)})
                                  .toJson(QJsonDocument::Compact)
                                  .mid(1)
                                  .chopped(1);
    return "all:\n  vars:\n    ansible_host: 127.0.0.1\n    ansible_ssh_args: -F " + sshConfig.toUtf8() +
           "\n    ansible_ssh_use_tty: false\n    ansible_ssh_pipelining: true\n"
           "    ansible_python_interpreter: /usr/bin/python3\n    scan_command: !unsafe " +
           quoted + "\n  hosts:\n" + hosts;
}

struct Launch
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
};

Result<Launch> launch(const QString &tool, const Setup &setup, const QDir &scratch, const QString &sshConfig,
                      const QByteArray &command)
{
    Launch launch;
    launch.environment = QProcessEnvironment::systemEnvironment();
    launch.environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    const QString out = scratch.filePath(QStringLiteral("out"));
    if (tool == QLatin1String(ParallelSsh)) {
        QByteArray hosts;
        for (int i = 1; i <= setup.hosts; ++i)
            hosts += hostName(i).toUtf8() + '\n';
        const QString hostsFile = scratch.filePath(QStringLiteral("hosts"));
        if (Status written = writeFile(hostsFile, hosts); !written)
            return written.error();
        launch.program = QStringLiteral("parallel-ssh");
        launch.arguments = {QStringLiteral("-h"),      hostsFile,
                            QStringLiteral("-p"),      QString::number(setup.parallel),
                            QStringLiteral("-t"),      QStringLiteral("0"),
                            QStringLiteral("-o"),      out,
                            QStringLiteral("-e"),      scratch.filePath(QStringLiteral("err")),
                            QStringLiteral("-x"),      QStringLiteral("-F ") + sshConfig,
                            QString::fromUtf8(command)};
        return launch;
    }
    const QString inventoryFile = scratch.filePath(QStringLiteral("inventory.yml"));
    if (Status written = writeFile(inventoryFile, inventory(setup, sshConfig, command)); !written)
        return written.error();
    const QString config = scratch.filePath(QStringLiteral("ansible.cfg"));
    const QByteArray cfg =
        "[defaults]\nhost_key_checking = True\nretry_files_enabled = False\nnocolor = True\n"
        "local_tmp = " +
        scratch.filePath(QStringLiteral("ansible-local")).toUtf8() + "\n";
    if (Status written = writeFile(config, cfg); !written)
        return written.error();
    launch.environment.insert(QStringLiteral("ANSIBLE_CONFIG"), config);
    launch.environment.insert(QStringLiteral("ANSIBLE_HOME"),
                              scratch.filePath(QStringLiteral("ansible-home")));
    launch.program = QStringLiteral("ansible");
    launch.arguments = {QStringLiteral("all"),
                        QStringLiteral("-i"),
                        inventoryFile,
                        QStringLiteral("-f"),
                        QString::number(setup.parallel),
                        QStringLiteral("-t"),
                        out};
    if (tool == QLatin1String(AnsibleRaw))
        launch.arguments += {QStringLiteral("-m"), QStringLiteral("raw"), QStringLiteral("-a"),
                             QStringLiteral("{{ scan_command }}")};
    else
        launch.arguments += {QStringLiteral("-m"), QStringLiteral("package_facts"), QStringLiteral("-a"),
                             QStringLiteral("manager=apt")};
    return launch;
}

} // namespace

Result<QJsonObject> run(const QString &tool, const Setup &setup)
{
    if (tool != QLatin1String(ParallelSsh) && tool != QLatin1String(AnsibleRaw) &&
        tool != QLatin1String(AnsibleFacts))
        return Error{QStringLiteral("Unknown peer \"%1\".").arg(tool)};
    ChrootSshd sshd(setup.root);
    if (Status started = sshd.start(); !started)
        return started.error();
    const QDir scratch(setup.scratch);
    const auto sshConfig = writeSshConfig(scratch, sshd.server());
    if (!sshConfig)
        return sshConfig.error();
    const DatabaseConfig config = DatabaseConfig::encryptedFile(
        scratch.filePath(QStringLiteral("bench.db")), KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    auto database = Database::open(config);
    if (!database)
        return database.error();
    database.value()->setActor(Actor);
    const QSqlDatabase db = database.value()->connection();
    const auto assets = addAssets(db, sshd.server(), setup.hosts);
    if (!assets)
        return assets.error();
    // The same one command Patchwright sends for a cold scan, with a boundary of this run's.
    const QByteArray boundary = ScanScript::newBoundary();
    const auto command =
        peerCommandLine(ScanScript::command(boundary), sshd.server().user() == QLatin1String("root"));
    if (!command)
        return command.error();
    const auto how = launch(tool, setup, scratch, sshConfig.value(), command.value());
    if (!how)
        return how.error();

    auto accounting = startAccounting(setup, QStringLiteral("acct"));
    if (!accounting)
        return accounting.error();
    QProcess process;
    process.setProcessEnvironment(how.value().environment);
    // The tool leads a process group of its own, so that stopping it stops every process it forked: Ansible's
    // workers outlived their parent killed alone (50 of them, 660 MiB each, kept the machine out of memory).
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.setStandardOutputFile(scratch.filePath(QStringLiteral("tool.log")));
    process.setStandardErrorFile(scratch.filePath(QStringLiteral("tool.log")), QIODevice::Append);
    const BenchProcess::Usage before = BenchProcess::usage();
    QElapsedTimer clock;
    clock.start();
    process.start(how.value().program, how.value().arguments);
    // An event loop, not waitForFinished(): sshd logs every connection on stderr, which SshServer drains
    // only while events are processed; a full pipe would stall sshd's sessions.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    // The tool's pid while it runs (QProcess forgets it at exit): its tree is the client's, not the
    // endpoint's.
    const qint64 client = process.waitForStarted(30000) ? process.processId() : 0;
    // A peer that never ends is stopped, not waited for: Ansible whose forked worker was killed (the kernel's
    // OOM killer did, with package_facts at 1,000 hosts and 64 forks) waits for its result forever.
    const int deadlineSeconds =
        setup.peerDeadlineSeconds >= 0 ? setup.peerDeadlineSeconds : peerDeadline(setup.hosts);
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setInterval(std::chrono::seconds(deadlineSeconds));
    bool overdue = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&process, &overdue, client] {
        overdue = true;
        ::kill(pid_t(-client), SIGKILL); // client > 0: the loop runs only then
        process.kill();
    });
    deadline.start();
    if (client > 0 && process.state() != QProcess::NotRunning)
        loop.exec();
    if (overdue) {
        process.waitForFinished(30000);
        return Error{
            QStringLiteral("%1 did not finish within %2 s and was stopped with every process it started (a "
                           "peer that hangs: Ansible waits forever for a worker the OOM killer took, which "
                           "the kernel log names)")
                .arg(how.value().program)
                .arg(deadlineSeconds)};
    }
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit)
        return Error{QStringLiteral("%1 did not run: %2").arg(how.value().program, process.errorString())};
    const double toolSeconds = double(clock.nsecsElapsed()) / 1e9;

    // Inside the timed window: every host's output parsed and stored, as ScanRun stores its results.
    const QDir outDir(scratch.filePath(QStringLiteral("out")));
    const QDir errDir(scratch.filePath(QStringLiteral("err")));
    ScanRepository repository(db, Actor);
    int ok = 0;
    int installedRows = 0;
    int pendingRows = 0;
    QString firstError;
    for (const Asset &asset : assets.value()) {
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        auto record = hostRecord(tool, asset.name, asset.id, outDir, errDir, boundary);
        if (record) {
            record.value().startedAt = startedAt;
            record.value().finishedAt = QDateTime::currentDateTimeUtc();
            const auto summary = repository.recordSuccess(record.value());
            if (summary) {
                ++ok;
                installedRows += summary.value().installed;
                pendingRows += summary.value().pending;
                continue;
            }
            record = summary.error();
        }
        if (firstError.isEmpty())
            firstError = asset.name + QStringLiteral(": ") + record.error().text();
        if (Status stored =
                repository.recordFailure(asset.id, startedAt, record.error().text(), ScanStatus::Failed);
            !stored && firstError.isEmpty())
            firstError = stored.error().text();
    }
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    const BenchProcess::Usage after = BenchProcess::usage();
    const ChrootSshd::Figures server = sshd.stop(after);

    const double cpu = (after.childrenCpuSeconds - before.childrenCpuSeconds) +
                       (after.selfCpuSeconds - before.selfCpuSeconds);
    QJsonObject figures = commonFigures(setup, wall, cpu, after.childrenPeakRssMiB, ok, server);
    if (Status counted = addProcessCounts(accounting.value(), setup, &figures, {client}); !counted)
        return counted.error();
    figures.insert(QStringLiteral("toolExitCode"), process.exitCode());
    figures.insert(QStringLiteral("toolSeconds"), toolSeconds);
    figures.insert(QStringLiteral("parseStoreSeconds"), wall - toolSeconds);
    figures.insert(QStringLiteral("commandsPerHost"), 1.0);
    figures.insert(QStringLiteral("connections"), setup.hosts);
    figures.insert(QStringLiteral("installedRows"), installedRows);
    figures.insert(QStringLiteral("pendingRows"), pendingRows);
    figures.insert(QStringLiteral("stored"), storedRows(db));
    figures.insert(QStringLiteral("perHost"), hostDigests(db, assets.value()));
    if (!firstError.isEmpty())
        figures.insert(
            QStringLiteral("firstError"),
            QString(firstError + QStringLiteral(" | ") +
                    QString::fromUtf8(readFile(scratch.filePath(QStringLiteral("tool.log"))).right(600))));
    return figures;
}

} // namespace ScanPeers
