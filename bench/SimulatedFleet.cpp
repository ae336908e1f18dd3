#include "SimulatedFleet.h"

#include "../tests/support/SupportScript.h"

#include <QDir>
#include <QFile>
#include <QProcess>

Result<std::unique_ptr<SimulatedFleet>> SimulatedFleet::create(const QString &workDir,
                                                               const QStringList &names)
{
    auto prepared = SimulatedDebianHost::create(workDir);
    if (!prepared)
        return prepared.error();
    prepared.value()->unmount(); // its upper layer becomes a lower layer of every host
    const QString fleetDir = QDir(workDir).filePath(QStringLiteral("fleet"));
    std::unique_ptr<SimulatedFleet> fleet(new SimulatedFleet(fleetDir, names, std::move(prepared).value()));
    for (const QString &name : names) {
        if (!QDir().mkpath(fleet->hostDir(name)))
            return Error{QStringLiteral("Cannot create %1.").arg(fleet->hostDir(name))};
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-C"), name, QStringLiteral("-f"),
                      fleet->identity(name)});
        if (!keygen.waitForFinished(30000) || keygen.exitStatus() != QProcess::NormalExit ||
            keygen.exitCode() != 0)
            return Error{QStringLiteral("ssh-keygen for %1 failed: %2")
                             .arg(name, QString::fromUtf8(keygen.readAllStandardError()).trimmed() +
                                            keygen.errorString())};
    }
    return fleet;
}

SimulatedFleet::SimulatedFleet(QString fleetDir, QStringList names,
                               std::unique_ptr<SimulatedDebianHost> prepared)
    : m_fleetDir(std::move(fleetDir))
    , m_names(std::move(names))
    , m_prepared(std::move(prepared))
{
}

SimulatedFleet::~SimulatedFleet()
{
    unmount();
}

QString SimulatedFleet::hostDir(const QString &name) const
{
    return QDir(m_fleetDir).filePath(name);
}

QString SimulatedFleet::root(const QString &name) const
{
    return QDir(hostDir(name)).filePath(QStringLiteral("root"));
}

QString SimulatedFleet::identity(const QString &name) const
{
    return QDir(hostDir(name)).filePath(QStringLiteral("id_ed25519"));
}

void SimulatedFleet::unmount()
{
    if (!m_mounted)
        return;
    // One umount for all: each host's boot id, /proc and overlay, innermost first.
    QStringList arguments{QStringLiteral("--recursive")};
    for (const QString &name : m_names)
        arguments << root(name);
    QProcess umount;
    umount.start(QStringLiteral("umount"), arguments);
    umount.waitForFinished(120000);
    m_mounted = false;
}

Status SimulatedFleet::reset()
{
    unmount();
    QStringList hosts;
    for (const QString &name : m_names) {
        for (const char *layer : {"upper", "work"}) {
            QDir dir(QDir(hostDir(name)).filePath(QLatin1String(layer)));
            if (dir.exists() && !dir.removeRecursively())
                return Error{QStringLiteral("Cannot empty %1.").arg(dir.path())};
        }
        hosts << hostDir(name);
    }
    m_mounted = true; // a failure half-way leaves some mounted: unmount() tries them all
    return runSupportScript(QStringLiteral("debian-endpoint-clone.sh"),
                            QStringList{SimulatedDebianHost::baseRoot(), m_prepared->upperLayer()} + hosts);
}

QString SimulatedFleet::installedVersion(const QString &name, const QString &package) const
{
    QFile status(root(name) + QStringLiteral("/var/lib/dpkg/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    // One stanza a package, fields one a line, stanzas separated by a blank line.
    QByteArray current;
    QByteArray version;
    bool installed = false;
    const QByteArray wanted = package.toUtf8();
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty()) {
            if (current == wanted && installed)
                return QString::fromUtf8(version);
            current.clear();
            version.clear();
            installed = false;
        } else if (line.startsWith("Package: ")) {
            current = line.mid(9);
        } else if (line.startsWith("Version: ")) {
            version = line.mid(9);
        } else if (line.startsWith("Status: ")) {
            installed = line == "Status: install ok installed";
        }
    }
    return current == wanted && installed ? QString::fromUtf8(version) : QString();
}
