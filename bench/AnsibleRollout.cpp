#include "AnsibleRollout.h"

#include "BenchProcess.h"
#include "PeerCommandLine.h"
#include "RolloutPlan.h"

#include "platforms/AptPlatform.h"
#include "scan/FactsProbe.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>

#include <sys/prctl.h>
#include <sys/wait.h>

namespace AnsibleRollout {

namespace {

const char FirstTask[] = "precheck: facts";

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QString controlPath(const QString &scratch, const QString &host)
{
    return QDir(scratch).filePath(QStringLiteral("cp/") + host);
}

// A YAML double-quoted scalar (JSON's string syntax is valid YAML).
QByteArray quoted(const QByteArray &text)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{QString::fromUtf8(text)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

Result<QByteArray> playbook(const RolloutPlan &plan)
{
    const AptPlatform apt;
    QList<PackageChange> changes;
    QList<QString> packages = plan.targetVersions.keys();
    std::sort(packages.begin(), packages.end());
    for (const QString &package : packages)
        changes.append({package, QStringLiteral("all"), plan.targetVersions.value(package), QString()});
    const auto install = apt.installCommand(changes);
    if (!install)
        return install.error();
    const bool root = plan.sshUser == QLatin1String("root");
    struct Task
    {
        const char *name;
        Command command;
        bool verifyVersions = false;
    };
    const QList<Task> tasks{{FirstTask, FactsProbe::command()},
                            {"precheck: installed packages", apt.installedPackagesCommand()},
                            {"precheck: pending updates", apt.pendingPatchesCommand()},
                            {"refresh", apt.refreshCommand()},
                            {"install", install.value()},
                            {"verify: facts", FactsProbe::command()},
                            {"verify: installed packages", apt.installedPackagesCommand(), true},
                            {"verify: pending updates", apt.pendingPatchesCommand()}};
    QByteArray serial;
    for (const RolloutPlan::Ring &ring : plan.rings)
        serial += (serial.isEmpty() ? "" : ", ") + QByteArray::number(ring.hosts.size());
    QByteArray yaml = "- name: security updates, ring by ring\n"
                      "  hosts: all\n"
                      "  order: inventory\n"
                      "  gather_facts: false\n"
                      "  serial: [" +
                      serial +
                      "]\n"
                      "  max_fail_percentage: 0\n"
                      "  tasks:\n";
    for (const Task &task : tasks) {
        const auto line = peerCommandLine(task.command, root);
        if (!line)
            return line.error();
        // !unsafe: the command line is sent as it is, never templated.
        yaml += "    - name: " + quoted(task.name) + "\n      raw: !unsafe " + quoted(line.value()) + '\n';
        if (task.verifyVersions) {
            yaml += "      register: installed\n      failed_when: >-\n        installed.rc != 0";
            for (const QString &package : packages)
                yaml += "\n        or (\"\\t" + package.toUtf8() + "\\t" +
                        plan.targetVersions.value(package).toUtf8() + "\\t\" not in installed.stdout)";
            yaml += '\n';
        }
    }
    return yaml;
}

QByteArray inventory(const RolloutPlan &plan, const QString &scratch)
{
    QByteArray ini;
    for (const RolloutPlan::Ring &ring : plan.rings) {
        ini += '[' + ring.name.toUtf8() + "]\n";
        for (const QString &host : ring.hosts)
            ini += QStringLiteral("%1 ansible_host=%2 ansible_port=%3 ansible_user=%4 "
                                  "ansible_ssh_private_key_file=%5 ansible_control_path=%6\n")
                       .arg(host, plan.sshHost)
                       .arg(plan.sshPort)
                       .arg(plan.sshUser, plan.identities.value(host), controlPath(scratch, host))
                       .toUtf8();
    }
    return ini;
}

Result<QString> configure(const RolloutPlan &plan, const QString &scratch)
{
    const QDir dir(scratch);
    if (!QDir().mkpath(dir.filePath(QStringLiteral("cp"))))
        return Error{QStringLiteral("Cannot create %1.").arg(dir.filePath(QStringLiteral("cp")))};
    QFile hostKey(plan.hostKeyPath);
    if (!hostKey.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(plan.hostKeyPath, hostKey.errorString())};
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    if (Status written =
            writeFile(knownHosts, '[' + plan.sshHost.toUtf8() + "]:" + QByteArray::number(plan.sshPort) +
                                      ' ' + hostKey.readAll().trimmed() + '\n');
        !written)
        return written.error();
    if (Status written = writeFile(dir.filePath(QStringLiteral("inventory.ini")), inventory(plan, scratch));
        !written)
        return written.error();
    const auto play = playbook(plan);
    if (!play)
        return play.error();
    if (Status written = writeFile(dir.filePath(QStringLiteral("rollout.yml")), play.value()); !written)
        return written.error();
    // Ansible's defaults but for the known hosts (the benchmark's own, strictly checked) and the key
    // (only the host's own).
    const QByteArray config =
        QStringLiteral("[defaults]\n"
                       "inventory = %1\n"
                       "forks = %2\n"
                       "host_key_checking = True\n"
                       "retry_files_enabled = False\n"
                       "log_path = %3\n"
                       "[ssh_connection]\n"
                       "ssh_args = -C -o ControlMaster=auto -o ControlPersist=60s -o UserKnownHostsFile=%4 "
                       "-o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes "
                       "-o BatchMode=yes\n")
            .arg(dir.filePath(QStringLiteral("inventory.ini")))
            .arg(plan.parallel)
            .arg(dir.filePath(QStringLiteral("ansible.log")), knownHosts)
            .toUtf8();
    const QString configPath = dir.filePath(QStringLiteral("ansible.cfg"));
    if (Status written = writeFile(configPath, config); !written)
        return written.error();
    return configPath;
}

// Each batch's wall time from Ansible's task log: "2025-01-02 03:04:05,678 p=1 u=root n=ansible | TASK [..."
QJsonArray batchFigures(const RolloutPlan &plan, const QString &logPath)
{
    QFile log(logPath);
    QList<QDateTime> starts;
    QDateTime end;
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray firstTask = QByteArray("| TASK [") + FirstTask + ']';
        for (const QByteArray &line : log.readAll().split('\n')) {
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(line.left(23)),
                                                       QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
            if (!at.isValid())
                continue;
            if (line.contains(firstTask))
                starts.append(at);
            if (line.contains("| PLAY RECAP"))
                end = at;
        }
    }
    QJsonArray stages;
    for (int i = 0; i < plan.rings.size(); ++i) {
        QJsonObject stage{{QStringLiteral("ring"), plan.rings.at(i).name},
                          {QStringLiteral("assets"), int(plan.rings.at(i).hosts.size())}};
        if (i < starts.size()) {
            const QDateTime until = i + 1 < starts.size() ? starts.at(i + 1) : end;
            if (until.isValid())
                stage.insert(QStringLiteral("wallSeconds"), double(starts.at(i).msecsTo(until)) / 1000.0);
        }
        stages.append(stage);
    }
    return stages;
}

// Stops every host's control master (a subreaper's children by now) and reaps them, at most 60 s.
void stopControlMasters(const RolloutPlan &plan, const QString &scratch)
{
    for (const RolloutPlan::Ring &ring : plan.rings) {
        for (const QString &host : ring.hosts) {
            if (!QFile::exists(controlPath(scratch, host)))
                continue;
            QProcess exit; // its "Exit request sent." is not ours to print
            exit.start(QStringLiteral("ssh"),
                       {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"),
                        QStringLiteral("ControlPath=") + controlPath(scratch, host), QStringLiteral("-O"),
                        QStringLiteral("exit"), plan.sshHost});
            exit.waitForFinished(30000);
        }
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        const pid_t pid = ::waitpid(-1, nullptr, WNOHANG);
        if (pid < 0 && errno == ECHILD)
            return;
        if (pid <= 0)
            QThread::msleep(20);
    }
}

} // namespace

Result<QJsonObject> run(const QString &scratch)
{
    const auto plan = RolloutPlan::read(scratch);
    if (!plan)
        return plan.error();
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (program.isEmpty())
        return Error{
            QStringLiteral("ansible-playbook is not installed (apt-get install ansible-core), or run "
                           "with --peer none.")};
    const auto config = configure(plan.value(), scratch);
    if (!config)
        return config.error();
    // The control masters ssh daemonizes become this process's children: their CPU counts, and none
    // outlives the measurement.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    qputenv("ANSIBLE_CONFIG", config.value().toUtf8());
    qputenv("LC_ALL", "C.UTF-8"); // ansible-core refuses any other encoding
    const QDir dir(scratch);
    const BenchProcess::Usage before = BenchProcess::usage();
    const auto ran = BenchProcess::runPeer(
        program, {dir.filePath(QStringLiteral("rollout.yml"))}, dir.filePath(QStringLiteral("ansible.out")),
        dir.filePath(QStringLiteral("ansible.err")), QByteArrayLiteral("SSH_AUTH_SOCK"));
    if (!ran)
        return ran.error();
    stopControlMasters(plan.value(), scratch);
    const BenchProcess::Usage after = BenchProcess::usage();

    // The recap: "sim-001 : ok=8 changed=8 unreachable=0 failed=0 skipped=0 rescued=0 ignored=0".
    QFile out(dir.filePath(QStringLiteral("ansible.out")));
    const QByteArray output = out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
    static const QRegularExpression recap(
        QStringLiteral(R"(^(\S+)\s+:\s+ok=(\d+)\s+changed=\d+\s+unreachable=(\d+)\s+failed=(\d+))"),
        QRegularExpression::MultilineOption);
    int succeeded = 0;
    int failed = 0;
    for (auto it = recap.globalMatch(QString::fromUtf8(output.mid(output.lastIndexOf("PLAY RECAP"))));
         it.hasNext();) {
        const auto match = it.next();
        const bool ok = match.captured(2).toInt() == 8 && match.captured(3).toInt() == 0 &&
                        match.captured(4).toInt() == 0;
        ++(ok ? succeeded : failed);
    }
    QProcess version;
    version.start(program, {QStringLiteral("--version")});
    version.waitForFinished(60000);
    QJsonObject figures{
        {QStringLiteral("totalSeconds"), ran.value().seconds},
        {QStringLiteral("stages"), batchFigures(plan.value(), dir.filePath(QStringLiteral("ansible.log")))},
        {QStringLiteral("cpuSeconds"), after.childrenCpuSeconds - before.childrenCpuSeconds},
        {QStringLiteral("peakRssMiB"), ran.value().peakRssMiB},
        {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("failed"), plan.value().hostCount() - succeeded},
        {QStringLiteral("exitCode"), ran.value().exitCode},
        {QStringLiteral("ansibleVersion"),
         QString::fromUtf8(version.readAllStandardOutput().split('\n').value(0)).trimmed()}};
    if (failed > 0 || succeeded != plan.value().hostCount()) {
        QFile err(dir.filePath(QStringLiteral("ansible.err")));
        const QByteArray tail =
            (err.open(QIODevice::ReadOnly) ? err.readAll() : QByteArray()).right(400) + output.right(1200);
        figures.insert(QStringLiteral("firstError"), QString::fromUtf8(tail).trimmed());
    }
    return figures;
}

} // namespace AnsibleRollout
