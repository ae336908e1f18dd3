#include "WinRmDoubles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <unistd.h>

WinRmDoubles::~WinRmDoubles()
{
    stop();
}

Status WinRmDoubles::start(const Settings &settings)
{
    stop();
    m_logs.clear();
    for (int i = 0; i < settings.count; ++i) {
        WinRmDouble::Settings host;
        host.scenarioFile = QStringLiteral(PW_SUPPORT_DIR "/winrm/scenarios/windows-update-host.json");
        host.certificate = settings.certificate;
        host.key = settings.key;
        host.auth = settings.auth;
        host.user = settings.user;
        host.password = settings.password;
        host.extraArguments = {QStringLiteral("--scripts-dir"),
                               QStringLiteral(PW_SOURCE_DIR "/app/platforms/scripts")};
        const QString log = QDir(settings.logFolder).filePath(QStringLiteral("double-%1.log").arg(i + 1));
        QFile::remove(log); // the double appends
        auto started = std::make_unique<WinRmDouble>();
        if (Status ok = started->start(host, log); !ok)
            return Error{
                QStringLiteral("Cannot start WinRM double %1: %2").arg(i + 1).arg(ok.error().text())};
        m_doubles.push_back(std::move(started));
        m_logs << log;
    }
    return {};
}

void WinRmDoubles::stop()
{
    for (const auto &host : m_doubles)
        host->stop();
    m_doubles.clear();
}

QList<int> WinRmDoubles::ports() const
{
    QList<int> ports;
    for (const auto &host : m_doubles)
        ports << host->port();
    return ports;
}

int WinRmDoubles::portFor(int index) const
{
    return m_doubles.empty() ? 0 : m_doubles.at(size_t(index) % m_doubles.size())->port();
}

Result<double> WinRmDoubles::cpuSeconds() const
{
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    double total = 0;
    for (const auto &host : m_doubles) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(host->processId()));
        if (host->processId() <= 0 || !stat.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("Cannot read the CPU time of WinRM double process %1.")
                             .arg(host->processId())};
        // Fields after the command name (which is in parentheses and may hold spaces): state is field 3,
        // utime 14 and stime 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return Error{QStringLiteral("Unexpected /proc/%1/stat: %2")
                             .arg(host->processId())
                             .arg(QString::fromLatin1(line.left(200)))};
        total += (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
    }
    return total;
}

WinRmDoubles::Requests WinRmDoubles::requests() const
{
    Requests counted;
    QHash<QString, int> actions;
    for (const QString &path : m_logs) {
        QFile log(path);
        if (!log.open(QIODevice::ReadOnly))
            continue;
        QSet<QString> connections;
        for (const QByteArray &line : log.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            const QString action = event.value(QLatin1String("action")).toString();
            // A login's last step is logged beside the request it carried, which is logged on its own.
            if (action == QLatin1String("tls") ||
                (action == QLatin1String("auth") &&
                 event.value(QLatin1String("step")).toString() == QLatin1String("authenticated")))
                continue;
            ++counted.httpRequests;
            connections.insert(event.value(QLatin1String("conn")).toString());
            if (action == QLatin1String("auth")) {
                ++counted.loginRoundTrips;
                continue;
            }
            actions[action] += 1;
            if (!event.value(QLatin1String("fault")).toString().isEmpty())
                ++counted.faults;
            if (event.value(QLatin1String("encrypted")).toBool())
                ++counted.encrypted;
        }
        counted.connections += int(connections.size());
    }
    for (auto it = actions.begin(); it != actions.end(); ++it)
        counted.byAction.insert(it.key(), it.value());
    return counted;
}
