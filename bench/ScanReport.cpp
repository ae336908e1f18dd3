#include "ScanReport.h"

#include "BenchReport.h"

#include <QJsonArray>

using BenchReport::grouped;
using BenchReport::number;
using BenchReport::row;

namespace ScanReport {

void addRatios(QJsonObject *results)
{
    QJsonObject runs = results->value(QLatin1String("runs")).toObject();
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        QJsonObject run = it->toObject();
        run.insert(QStringLiteral("ratio"),
                   BenchReport::ratios(run.value(QLatin1String(Patchwright)).toObject(),
                                       run.value(QLatin1String(Peer)).toObject()));
        const double warm =
            BenchReport::at(run.value(QLatin1String(Warm)).toObject(), {QStringLiteral("wallSeconds")});
        if (warm > 0)
            run.insert(QStringLiteral("warmSpeedup"),
                       BenchReport::at(run.value(QLatin1String(Patchwright)).toObject(),
                                       {QStringLiteral("wallSeconds")}) /
                           warm);
        *it = run;
    }
    results->insert(QStringLiteral("runs"), runs);
}

QString table(const QJsonObject &results)
{
    const QJsonObject machine = results.value(QLatin1String("machine")).toObject();
    const QJsonObject parameters = results.value(QLatin1String("parameters")).toObject();
    const QJsonObject runs = results.value(QLatin1String("runs")).toObject();

    QString text;
    text +=
        QStringLiteral("Patchwright scan benchmark on %1 (%2 logical CPUs, shared by the client and sshd)\n")
            .arg(machine.value(QLatin1String("cpu")).toString())
            .arg(machine.value(QLatin1String("logicalCpus")).toInt());
    text += QStringLiteral("%1 simulated Debian 12 hosts: %2\n\n")
                .arg(parameters.value(QLatin1String("hosts")).toInt())
                .arg(parameters.value(QLatin1String("endpoint")).toString());
    text +=
        row(QString(), QStringLiteral("Patchwright"), QStringLiteral("OpenSSH ssh"), QStringLiteral("ratio"));
    text +=
        row(QString(), QStringLiteral("(libssh)"), QStringLiteral("(xargs -P)"), QStringLiteral("PW/ssh"));
    for (const QJsonValue parallel : parameters.value(QLatin1String("parallel")).toArray()) {
        const QJsonObject run = runs.value(QString::number(parallel.toInt())).toObject();
        const QJsonObject ours = run.value(QLatin1String(Patchwright)).toObject();
        const QJsonObject peer = run.value(QLatin1String(Peer)).toObject();
        const QJsonObject ratio = run.value(QLatin1String("ratio")).toObject();
        const auto line = [&](const QString &label, const QString &key, int decimals) {
            const double a = BenchReport::at(ours, {key});
            const double b = BenchReport::at(peer, {key});
            const bool big = decimals == 0;
            return row(label, big ? grouped(a) : number(a, decimals), big ? grouped(b) : number(b, decimals),
                       BenchReport::ratioText(ratio, {key}));
        };
        text += QStringLiteral("Parallelism %1\n").arg(parallel.toInt());
        text += line(QStringLiteral("  wall (s)"), QStringLiteral("wallSeconds"), 2);
        text += line(QStringLiteral("  client CPU, user+sys (s)"), QStringLiteral("cpuSeconds"), 2);
        text += line(QStringLiteral("  sshd + remote commands CPU (s)"), QStringLiteral("sshdCpuSeconds"), 2);
        text += line(QStringLiteral("  peak RSS, largest process (MiB)"), QStringLiteral("peakRssMiB"), 1);
        text += line(QStringLiteral("  scans/s"), QStringLiteral("scansPerSecond"), 2);
        text += line(QStringLiteral("  failures"), QStringLiteral("failures"), 0);
        text += line(QStringLiteral("  refused by sshd"), QStringLiteral("refusedBySshd"), 0);
        text += line(QStringLiteral("  SSH connections"), QStringLiteral("connections"), 0);
        text += line(QStringLiteral("  exec requests per host"), QStringLiteral("commandsPerHost"), 1);
        text += line(QStringLiteral("  endpoint processes per host"),
                     QStringLiteral("endpointProcessesPerHost"), 1);
        text += line(QStringLiteral("    of which sshd's own"), QStringLiteral("sshdProcessesPerHost"), 1);
        const QJsonObject warm = run.value(QLatin1String(Warm)).toObject();
        if (!warm.isEmpty()) {
            const auto warmLine = [&](const QString &label, const QString &key, int decimals,
                                      const QString &ratioCell) {
                return row(label, number(BenchReport::at(warm, {key}), decimals), QStringLiteral("-"),
                           ratioCell);
            };
            text +=
                warmLine(QStringLiteral("  warm rescan wall (s), speedup"), QStringLiteral("wallSeconds"), 2,
                         number(run.value(QLatin1String("warmSpeedup")).toDouble(), 2) + QStringLiteral("x"));
            text += warmLine(QStringLiteral("  warm rescan client CPU (s)"), QStringLiteral("cpuSeconds"), 2,
                             QStringLiteral("-"));
            text += warmLine(QStringLiteral("  warm rescan sshd + commands CPU (s)"),
                             QStringLiteral("sshdCpuSeconds"), 2, QStringLiteral("-"));
            text += warmLine(QStringLiteral("  warm rescan endpoint processes/host"),
                             QStringLiteral("endpointProcessesPerHost"), 1, QStringLiteral("-"));
            text += warmLine(QStringLiteral("  warm rescan hosts unchanged"), QStringLiteral("unchanged"), 0,
                             warm.value(QLatin1String("sameRowsAsCold")).toBool()
                                 ? QStringLiteral("same rows")
                                 : QStringLiteral("ROWS DIFFER"));
        }
        text += row(QStringLiteral("  database writes (s, serialized)"),
                    number(BenchReport::at(ours, {QStringLiteral("writeSeconds")}), 2), QStringLiteral("-"),
                    QStringLiteral("-"));
    }
    return text;
}

} // namespace ScanReport
