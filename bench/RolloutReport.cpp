#include "RolloutReport.h"

#include "BenchReport.h"

#include <QJsonArray>

#include <algorithm>

using BenchReport::number;

namespace RolloutReport {

namespace {

// {"median", "min", "max"} of the values.
QJsonObject spread(const QList<double> &values)
{
    if (values.isEmpty())
        return {};
    return {{QStringLiteral("median"), BenchReport::median(values)},
            {QStringLiteral("min"), *std::min_element(values.begin(), values.end())},
            {QStringLiteral("max"), *std::max_element(values.begin(), values.end())}};
}

// Every numeric figure of `runs` (objects of the same shape), summarized; nested objects likewise.
QJsonObject summarize(const QList<QJsonObject> &runs)
{
    QJsonObject summary;
    if (runs.isEmpty())
        return summary;
    for (auto it = runs.constFirst().begin(); it != runs.constFirst().end(); ++it) {
        if (it->isDouble()) {
            QList<double> values;
            for (const QJsonObject &run : runs) {
                if (run.value(it.key()).isDouble())
                    values.append(run.value(it.key()).toDouble());
            }
            summary.insert(it.key(), spread(values));
        } else if (it->isObject()) {
            QList<QJsonObject> nested;
            for (const QJsonObject &run : runs)
                nested.append(run.value(it.key()).toObject());
            summary.insert(it.key(), summarize(nested));
        }
    }
    return summary;
}

// The stages array as an object by ring name, so the runs' rings line up.
QJsonObject byRing(const QJsonObject &figures)
{
    QJsonObject copy = figures;
    QJsonObject rings;
    for (const QJsonValue stage : figures.value(QLatin1String("stages")).toArray())
        rings.insert(stage.toObject().value(QLatin1String("ring")).toString(), stage.toObject());
    copy.insert(QStringLiteral("stages"), rings);
    return copy;
}

QString cell(const QJsonObject &summary, const QStringList &path, int decimals)
{
    QJsonValue value = summary;
    for (const QString &key : path)
        value = value.toObject().value(key);
    const QJsonObject figure = value.toObject();
    if (figure.isEmpty())
        return QStringLiteral("-");
    const QString median = number(figure.value(QLatin1String("median")).toDouble(), decimals);
    const double min = figure.value(QLatin1String("min")).toDouble();
    const double max = figure.value(QLatin1String("max")).toDouble();
    if (number(min, decimals) == number(max, decimals))
        return median;
    return median + QStringLiteral(" (") + number(min, decimals) + QLatin1Char('-') + number(max, decimals) +
           QLatin1Char(')');
}

QString line(const QString &label, const QString &ours, const QString &peer)
{
    return label.leftJustified(44) + ours.rightJustified(26) + peer.rightJustified(26) + QLatin1Char('\n');
}

} // namespace

void addSummary(QJsonObject *results)
{
    QJsonObject summary;
    for (const char *tool : {Patchwright, Peer}) {
        QList<QJsonObject> runs;
        for (const QJsonValue run : results->value(QLatin1String("runs")).toArray()) {
            const QJsonObject figures = run.toObject().value(QLatin1String(tool)).toObject();
            if (!figures.isEmpty())
                runs.append(byRing(figures));
        }
        if (!runs.isEmpty())
            summary.insert(QLatin1String(tool), summarize(runs));
    }
    results->insert(QStringLiteral("summary"), summary);
}

QString table(const QJsonObject &results)
{
    const QJsonObject machine = results.value(QLatin1String("machine")).toObject();
    const QJsonObject parameters = results.value(QLatin1String("parameters")).toObject();
    const QJsonObject summary = results.value(QLatin1String("summary")).toObject();
    const QJsonObject ours = summary.value(QLatin1String(Patchwright)).toObject();
    const QJsonObject peer = summary.value(QLatin1String(Peer)).toObject();
    const int runs = int(results.value(QLatin1String("runs")).toArray().size());

    QString text;
    text += QStringLiteral(
                "Patchwright staged-run benchmark on %1 (%2 logical CPUs, shared by the client and sshd)\n")
                .arg(machine.value(QLatin1String("cpu")).toString())
                .arg(machine.value(QLatin1String("logicalCpus")).toInt());
    text += QStringLiteral("%1 simulated Debian 12 hosts in %2, parallelism %3 per ring; %4\n")
                .arg(parameters.value(QLatin1String("hosts")).toInt())
                .arg(parameters.value(QLatin1String("rings")).toString())
                .arg(parameters.value(QLatin1String("parallel")).toInt())
                .arg(parameters.value(QLatin1String("endpoint")).toString());
    text += QStringLiteral("%1 run(s): median (min-max)\n\n").arg(runs);
    text += line(QString(), QStringLiteral("Patchwright StagedRun"),
                 peer.isEmpty() ? QStringLiteral("-") : QStringLiteral("Ansible serial"));
    const auto figure = [&](const QString &label, const QStringList &path, int decimals) {
        text += line(label, cell(ours, path, decimals), cell(peer, path, decimals));
    };
    const auto ringOrder = parameters.value(QLatin1String("ringOrder")).toArray();
    for (int i = 0; i < ringOrder.size(); ++i) {
        const QString ring = ringOrder.at(i).toString();
        const QString stage = QStringLiteral("stages");
        figure(QStringLiteral("ring %1 (%2 assets): wall (s)")
                   .arg(ring)
                   .arg(BenchReport::at(ours,
                                        {stage, ring, QStringLiteral("assets"), QStringLiteral("median")})),
               {stage, ring, QStringLiteral("wallSeconds")}, 2);
        if (i + 1 < ringOrder.size()) {
            figure(QStringLiteral("  then gate decided (s)"), {stage, ring, QStringLiteral("gateSeconds")},
                   3);
            figure(QStringLiteral("  then next ring started (s)"),
                   {stage, ring, QStringLiteral("nextRingSeconds")}, 3);
        }
    }
    figure(QStringLiteral("total wall (s)"), {QStringLiteral("totalSeconds")}, 2);
    figure(QStringLiteral("client CPU, user+sys (s)"), {QStringLiteral("cpuSeconds")}, 2);
    figure(QStringLiteral("sshd + remote commands CPU (s)"), {QStringLiteral("sshdCpuSeconds")}, 2);
    figure(QStringLiteral("peak RSS, largest process (MiB)"), {QStringLiteral("peakRssMiB")}, 1);
    figure(QStringLiteral("deployments succeeded"), {QStringLiteral("succeeded")}, 0);
    figure(QStringLiteral("deployments failed"), {QStringLiteral("failed")}, 0);
    figure(QStringLiteral("hosts at the target versions (dpkg)"), {QStringLiteral("hostsAtTarget")}, 0);
    figure(QStringLiteral("verification step passed"), {QStringLiteral("verifiedDeployments")}, 0);
    figure(QStringLiteral("preparing scan, not timed above (s)"),
           {QStringLiteral("prepare"), QStringLiteral("scanSeconds")}, 2);
    return text;
}

} // namespace RolloutReport
