#include "ScanReport.h"

#include "BenchReport.h"
#include "ScanPeers.h"

#include <QJsonArray>

#include <algorithm>

using BenchReport::at;
using BenchReport::number;

namespace ScanReport {

namespace {

const char *const SpreadKeys[] = {"wallSeconds", "cpuSeconds", "sshdCpuSeconds", "peakRssMiB"};

QString cell(const QJsonObject &figures, const QString &key, int decimals)
{
    if (figures.isEmpty() || !figures.contains(key))
        return QStringLiteral("-");
    QString text = number(figures.value(key).toDouble(), decimals);
    const QJsonArray spread = figures.value(QLatin1String("spread")).toObject().value(key).toArray();
    if (spread.size() == 2 && figures.value(QLatin1String("runs")).toInt() > 1)
        text +=
            QStringLiteral(" (%1-%2)")
                .arg(number(spread.at(0).toDouble(), decimals), number(spread.at(1).toDouble(), decimals));
    return text;
}

QString line(const QString &label, const QStringList &cells)
{
    QString text = label.leftJustified(34);
    for (const QString &value : cells)
        text +=
            QStringLiteral("  ") + value.rightJustified(22); // a long cell still keeps its neighbour apart
    return text + QLatin1Char('\n');
}

QString title(const QString &tool)
{
    if (tool == QLatin1String(Patchwright))
        return QStringLiteral("Patchwright");
    if (tool == QLatin1String(ScanPeers::ParallelSsh))
        return QStringLiteral("parallel-ssh");
    if (tool == QLatin1String(ScanPeers::AnsibleRaw))
        return QStringLiteral("Ansible raw");
    if (tool == QLatin1String(ScanPeers::AnsibleFacts))
        return QStringLiteral("Ansible package_facts");
    return QStringLiteral("Patchwright warm (sessions kept)");
}

} // namespace

QList<QString> allTools()
{
    return {QLatin1String(Patchwright), QLatin1String(ScanPeers::ParallelSsh),
            QLatin1String(ScanPeers::AnsibleRaw), QLatin1String(ScanPeers::AnsibleFacts),
            QLatin1String(Warm)};
}

QJsonObject medianOf(const QList<QJsonObject> &samples)
{
    if (samples.isEmpty())
        return {};
    QJsonObject result = samples.first();
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (!it->isDouble())
            continue;
        QList<double> values;
        for (const QJsonObject &sample : samples)
            values.append(sample.value(it.key()).toDouble());
        *it = BenchReport::median(values);
    }
    QJsonObject spread;
    for (const char *key : SpreadKeys) {
        QList<double> values;
        for (const QJsonObject &sample : samples)
            values.append(sample.value(QLatin1String(key)).toDouble());
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        spread.insert(QLatin1String(key), QJsonArray{*low, *high});
    }
    result.insert(QStringLiteral("spread"), spread);
    result.insert(QStringLiteral("runs"), int(samples.size()));
    return result;
}

void addRatios(QJsonObject *results)
{
    const int cpus = std::max(
        1, results->value(QLatin1String("machine")).toObject().value(QLatin1String("logicalCpus")).toInt());
    QJsonObject runs = results->value(QLatin1String("runs")).toObject();
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        QJsonObject run = it->toObject();
        const QJsonObject ours = run.value(QLatin1String(Patchwright)).toObject();
        const double ourWall = at(ours, {QStringLiteral("wallSeconds")});
        QJsonObject ratio;
        QJsonObject speedup;
        for (const QString &tool : allTools()) {
            if (!run.contains(tool))
                continue;
            QJsonObject figures = run.value(tool).toObject();
            if (!figures.contains(QLatin1String("wallSeconds")))
                continue; // no run of it finished: nothing to compare
            const double sshd = at(figures, {QStringLiteral("sshdCpuSeconds")});
            const double wall = at(figures, {QStringLiteral("wallSeconds")});
            const double floor = sshd / cpus;
            figures.insert(QStringLiteral("floorSeconds"), floor);
            figures.insert(QStringLiteral("wallOverFloor"), floor > 0 ? wall / floor : 0.0);
            figures.insert(QStringLiteral("clientOverSshdCpu"),
                           sshd > 0 ? at(figures, {QStringLiteral("cpuSeconds")}) / sshd : 0.0);
            run.insert(tool, figures);
            if (tool == QLatin1String(Patchwright) || tool == QLatin1String(Warm) || ours.isEmpty())
                continue;
            ratio.insert(tool, BenchReport::ratios(ours, figures));
            if (ourWall > 0)
                speedup.insert(tool, wall / ourWall);
        }
        run.insert(QStringLiteral("ratio"), ratio);
        run.insert(QStringLiteral("speedup"), speedup);
        const double warm = at(run.value(QLatin1String(Warm)).toObject(), {QStringLiteral("wallSeconds")});
        if (warm > 0 && ourWall > 0)
            run.insert(QStringLiteral("warmSpeedup"), ourWall / warm);
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
        QStringLiteral("Patchwright scan benchmark on %1 (%2 logical CPUs, shared by the clients and sshd)\n")
            .arg(machine.value(QLatin1String("cpu")).toString())
            .arg(machine.value(QLatin1String("logicalCpus")).toInt());
    text += QStringLiteral(
                "%1 simulated Debian 12 hosts, %2 installed packages and %3 pending updates each: %4\n")
                .arg(parameters.value(QLatin1String("hosts")).toInt())
                .arg(parameters.value(QLatin1String("installed")).toInt())
                .arg(parameters.value(QLatin1String("pending")).toInt())
                .arg(parameters.value(QLatin1String("endpoint")).toString());
    text +=
        QStringLiteral("Median of %1 run(s), (min-max) where more than one; tools in alternating order.\n\n")
            .arg(parameters.value(QLatin1String("runs")).toInt());
    for (const QJsonValue parallel : parameters.value(QLatin1String("parallel")).toArray()) {
        const QJsonObject run = runs.value(QString::number(parallel.toInt())).toObject();
        QStringList tools;
        QStringList titles;
        for (const QString &tool : allTools()) {
            if (run.contains(tool)) {
                tools.append(tool);
                titles.append(title(tool));
            }
        }
        const auto figureLine = [&](const QString &label, const QString &key, int decimals) {
            QStringList cells;
            for (const QString &tool : tools)
                cells.append(cell(run.value(tool).toObject(), key, decimals));
            return line(label, cells);
        };
        text += line(QStringLiteral("Parallelism %1").arg(parallel.toInt()), titles);
        text += figureLine(QStringLiteral("  wall (s)"), QStringLiteral("wallSeconds"), 2);
        text += figureLine(QStringLiteral("  client CPU, user+sys (s)"), QStringLiteral("cpuSeconds"), 2);
        text += figureLine(QStringLiteral("  sshd + remote commands CPU (s)"),
                           QStringLiteral("sshdCpuSeconds"), 2);
        text +=
            figureLine(QStringLiteral("  peak RSS, largest process (MiB)"), QStringLiteral("peakRssMiB"), 1);
        text += figureLine(QStringLiteral("  endpoint processes per host"),
                           QStringLiteral("endpointProcessesPerHost"), 1);
        text +=
            figureLine(QStringLiteral("    of which sshd's own"), QStringLiteral("sshdProcessesPerHost"), 1);
        text += figureLine(QStringLiteral("  SSH connections"), QStringLiteral("connections"), 0);
        text += figureLine(QStringLiteral("  exec requests per host"), QStringLiteral("commandsPerHost"), 1);
        text += figureLine(QStringLiteral("  floor: sshd CPU / CPUs (s)"), QStringLiteral("floorSeconds"), 2);
        text += figureLine(QStringLiteral("  wall / floor"), QStringLiteral("wallOverFloor"), 2);
        text += figureLine(QStringLiteral("  client CPU / sshd CPU"), QStringLiteral("clientOverSshdCpu"), 3);
        text += figureLine(QStringLiteral("  installed rows stored"), QStringLiteral("installedRows"), 0);
        text += figureLine(QStringLiteral("  pending rows stored"), QStringLiteral("pendingRows"), 0);
        text += figureLine(QStringLiteral("  failures"), QStringLiteral("failures"), 0);
        text += figureLine(QStringLiteral("  refused by sshd"), QStringLiteral("refusedBySshd"), 0);
        text += figureLine(QStringLiteral("  runs that did not finish"), QStringLiteral("unfinished"), 0);
        QStringList speed;
        for (const QString &tool : tools) {
            if (tool == QLatin1String(Warm))
                speed.append(number(run.value(QLatin1String("warmSpeedup")).toDouble(), 2) +
                             QStringLiteral("x faster than cold"));
            else if (tool == QLatin1String(Patchwright))
                speed.append(QStringLiteral("1x"));
            else if (const QJsonValue speedup = run.value(QLatin1String("speedup")).toObject().value(tool);
                     speedup.isDouble())
                speed.append(number(speedup.toDouble(), 2) + QStringLiteral("x"));
            else
                speed.append(QStringLiteral("-"));
        }
        text += line(QStringLiteral("  wall / Patchwright's wall"), speed);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace ScanReport
