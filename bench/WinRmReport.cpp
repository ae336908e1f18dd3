#include "WinRmReport.h"

#include "BenchReport.h"

#include <QJsonArray>

#include <algorithm>

using BenchReport::number;

namespace WinRmReport {

namespace {

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

// The medians of a summary, keeping the nesting (for BenchReport::ratios).
QJsonObject medians(const QJsonObject &summary)
{
    QJsonObject result;
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        const QJsonObject figure = it->toObject();
        if (figure.value(QLatin1String("median")).isDouble())
            result.insert(it.key(), figure.value(QLatin1String("median")));
        else
            result.insert(it.key(), medians(figure));
    }
    return result;
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
    const QString min = number(figure.value(QLatin1String("min")).toDouble(), decimals);
    const QString max = number(figure.value(QLatin1String("max")).toDouble(), decimals);
    return min == max ? median
                      : median + QStringLiteral(" (") + min + QLatin1Char('-') + max + QLatin1Char(')');
}

QString line(const QString &label, const QString &ours, const QString &peer, const QString &ratio)
{
    return label.leftJustified(44) + ours.rightJustified(24) + peer.rightJustified(24) +
           ratio.rightJustified(10) + QLatin1Char('\n');
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
                runs.append(figures);
        }
        if (!runs.isEmpty())
            summary.insert(QLatin1String(tool), summarize(runs));
    }
    summary.insert(QStringLiteral("ratio"),
                   BenchReport::ratios(medians(summary.value(QLatin1String(Patchwright)).toObject()),
                                       medians(summary.value(QLatin1String(Peer)).toObject())));
    results->insert(QStringLiteral("summary"), summary);
}

QString table(const QJsonObject &results)
{
    const QJsonObject machine = results.value(QLatin1String("machine")).toObject();
    const QJsonObject parameters = results.value(QLatin1String("parameters")).toObject();
    const QJsonObject summary = results.value(QLatin1String("summary")).toObject();
    const QJsonObject ours = summary.value(QLatin1String(Patchwright)).toObject();
    const QJsonObject peer = summary.value(QLatin1String(Peer)).toObject();
    const QJsonObject ratio = summary.value(QLatin1String("ratio")).toObject();
    const int runs = int(results.value(QLatin1String("runs")).toArray().size());

    QString text;
    text +=
        QStringLiteral("Patchwright WinRM scan benchmark on %1 (%2 logical CPUs, shared by the client and "
                       "the WinRM doubles)\n")
            .arg(machine.value(QLatin1String("cpu")).toString())
            .arg(machine.value(QLatin1String("logicalCpus")).toInt());
    text += QStringLiteral("%1 Windows hosts, parallelism %2, %3 authentication over HTTPS; %4\n")
                .arg(parameters.value(QLatin1String("assets")).toInt())
                .arg(parameters.value(QLatin1String("parallel")).toInt())
                .arg(parameters.value(QLatin1String("auth")).toString().toUpper())
                .arg(parameters.value(QLatin1String("endpoint")).toString());
    text += QStringLiteral("%1 run(s) each, order alternated: median (min-max)\n\n").arg(runs);
    text += line(QString(), QStringLiteral("Patchwright"), QStringLiteral("pywinrm 0.3"),
                 QStringLiteral("ratio"));
    text += line(QString(), QStringLiteral("(ScanRun)"), QStringLiteral("(thread pool)"),
                 QStringLiteral("PW/py"));
    const auto figure = [&](const QString &label, const QStringList &path, int decimals) {
        text += line(label, cell(ours, path, decimals), cell(peer, path, decimals),
                     BenchReport::ratioText(ratio, path));
    };
    figure(QStringLiteral("wall (s)"), {QStringLiteral("wallSeconds")}, 2);
    figure(QStringLiteral("scans/s"), {QStringLiteral("scansPerSecond")}, 1);
    figure(QStringLiteral("client CPU, user+sys (s)"), {QStringLiteral("cpuSeconds")}, 2);
    figure(QStringLiteral("WinRM double CPU, server side (s)"), {QStringLiteral("doubleCpuSeconds")}, 2);
    figure(QStringLiteral("peak RSS, client process (MiB)"), {QStringLiteral("peakRssMiB")}, 1);
    figure(QStringLiteral("failures"), {QStringLiteral("failures")}, 0);
    figure(QStringLiteral("installed rows (checked)"), {QStringLiteral("installedRows")}, 0);
    figure(QStringLiteral("pending rows (checked)"), {QStringLiteral("pendingRows")}, 0);
    text += QStringLiteral("Requests per host scan (double's log)\n");
    const QString requests = QStringLiteral("requestsPerHost");
    figure(QStringLiteral("  HTTP requests"), {requests, QStringLiteral("httpRequests")}, 1);
    figure(QStringLiteral("  TCP connections"), {requests, QStringLiteral("connections")}, 2);
    figure(QStringLiteral("  login round trips (401)"), {requests, QStringLiteral("loginRoundTrips")}, 2);
    for (const char *action : {"Create", "Command", "Send", "Receive", "Signal", "Delete"})
        figure(QStringLiteral("  %1").arg(QLatin1String(action)), {requests, QLatin1String(action)}, 2);
    figure(QStringLiteral("  faults (w:TimedOut)"), {requests, QStringLiteral("faults")}, 2);
    figure(QStringLiteral("  NTLM-sealed bodies"), {requests, QStringLiteral("encrypted")}, 2);
    text += line(QStringLiteral("peer process incl. Python start (s)"), QStringLiteral("-"),
                 cell(peer, {QStringLiteral("processSeconds")}, 2), QStringLiteral("-"));
    text += line(QStringLiteral("database writes (s, serialized)"),
                 cell(ours, {QStringLiteral("writeSeconds")}, 2), QStringLiteral("-"), QStringLiteral("-"));
    return text;
}

} // namespace WinRmReport
