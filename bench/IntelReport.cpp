#include "IntelReport.h"

#include "BenchReport.h"

#include <QJsonArray>
#include <QStringList>

namespace IntelReport {

using BenchReport::grouped;
using BenchReport::number;

QString table(const QJsonObject &results)
{
    const QJsonObject machine = results.value(QLatin1String("machine")).toObject();
    const QJsonObject p = results.value(QLatin1String("parameters")).toObject();
    const auto at = [&results](const QStringList &path) {
        return BenchReport::at(results, path);
    };
    const auto row = [](const QString &label, const QString &value) -> QString {
        return label.leftJustified(48) + value.rightJustified(14) + QLatin1Char('\n');
    };
    const auto seconds = [&](const QString &label, const QStringList &path) {
        return row(label, number(at(path), 3));
    };
    const auto mib = [&](const QString &label, const QStringList &path) {
        return row(label, number(at(path), 1));
    };
    const auto count = [&](const QString &label, const QStringList &path) {
        return row(label, grouped(at(path)));
    };

    QString text =
        QStringLiteral("Patchwright vulnerability intelligence benchmark on %1 (%2 logical CPUs)\n"
                       "Encrypted SQLCipher databases (raw key). Seconds are wall time; RSS is MiB.\n\n")
            .arg(machine.value(QLatin1String("cpu")).toString())
            .arg(machine.value(QLatin1String("logicalCpus")).toInt());
    for (const char *feed : {"kev", "epss"}) {
        const QString f = QLatin1String(feed);
        const bool kev = f == QLatin1String("kev");
        text +=
            kev ? QStringLiteral("KEV import: %1 entries, %2 KiB JSON\n")
                      .arg(grouped(p.value(f).toDouble()), grouped(at({f, QStringLiteral("bytes")}) / 1024))
                : QStringLiteral("EPSS import: %1 rows, %2 KiB gzip (%3 KiB CSV)\n")
                      .arg(grouped(p.value(f).toDouble()), grouped(at({f, QStringLiteral("bytes")}) / 1024),
                           grouped(at({f, QStringLiteral("inflatedBytes")}) / 1024));
        text += seconds(QStringLiteral("  import (s)"), {f, QStringLiteral("seconds")});
        text += mib(QStringLiteral("  RSS before import"), {f, QStringLiteral("baselineRssMiB")});
        text += mib(QStringLiteral("  peak RSS (VmHWM after import)"), {f, QStringLiteral("peakRssMiB")});
        text += seconds(QStringLiteral("  re-import, unchanged (s)"), {f, QStringLiteral("reimportSeconds")});
        text += mib(QStringLiteral("  peak RSS after re-import"), {f, QStringLiteral("reimportPeakRssMiB")});
    }
    const QStringList seed{QStringLiteral("correlation"), QStringLiteral("seed")};
    const QStringList run{QStringLiteral("correlation"), QStringLiteral("run")};
    const QStringList pw{QStringLiteral("correlation"), QStringLiteral("patchwright")};
    const QStringList summary = run + QStringList{QStringLiteral("summary")};
    const int runs = int(p.value(QLatin1String("runs")).toDouble());
    // "median (min-max)" of a spread at `path`, in `decimals`, times `scale`.
    const auto spreadText = [&](const QStringList &path, int decimals, double scale = 1) {
        return QStringLiteral("%1 (%2-%3)")
            .arg(number(at(path + QStringList{QStringLiteral("median")}) * scale, decimals),
                 number(at(path + QStringList{QStringLiteral("min")}) * scale, decimals),
                 number(at(path + QStringList{QStringLiteral("max")}) * scale, decimals));
    };
    const auto wide = [](const QString &label, const QString &value) -> QString {
        return label.leftJustified(48) + value.rightJustified(26) + QLatin1Char('\n');
    };
    text += QStringLiteral(
                "Correlation: %1 Debian 12 assets x %2 installed packages, %3 OSV ranges (Debian:12)\n")
                .arg(grouped(p.value(QLatin1String("assets")).toDouble()),
                     grouped(p.value(QLatin1String("packages")).toDouble()),
                     grouped(p.value(QLatin1String("ranges")).toDouble()));
    text += seconds(QStringLiteral("  seeding the inventories (s, not measured)"),
                    seed + QStringList{QStringLiteral("seconds")});
    text +=
        count(QStringLiteral("    missing patches"), seed + QStringList{QStringLiteral("missingPatches")});
    text += mib(QStringLiteral("    database size (MiB)"), seed + QStringList{QStringLiteral("databaseMiB")});
    const QStringList archive{QStringLiteral("correlation"), QStringLiteral("osvArchive")};
    text += row(QStringLiteral("  OSV all.zip: records, KiB (KiB of JSON)"),
                QStringLiteral("%1, %2 (%3)")
                    .arg(grouped(at(archive + QStringList{QStringLiteral("records")})),
                         grouped(at(archive + QStringList{QStringLiteral("bytes")}) / 1024),
                         grouped(at(archive + QStringList{QStringLiteral("inflatedBytes")}) / 1024)));
    text += row(QStringLiteral("    ranges introduced by a version / open"),
                QStringLiteral("%1 / %2").arg(
                    grouped(at(archive + QStringList{QStringLiteral("intervalsFromAVersion")})),
                    grouped(at(archive + QStringList{QStringLiteral("openIntervals")}))));
    text += QStringLiteral("  Patchwright's whole job, %1 runs, median (min-max):\n").arg(runs);
    text += wide(QStringLiteral("    Database::open (ms)"),
                 spreadText(pw + QStringList{QStringLiteral("openMs")}, 1));
    text += wide(QStringLiteral("    OSV import with correlation (s)"),
                 spreadText(pw + QStringList{QStringLiteral("importSeconds")}, 3));
    text += wide(QStringLiteral("    whole job: open + import (s)"),
                 spreadText(pw + QStringList{QStringLiteral("seconds")}, 3));
    text += wide(QStringLiteral("    CPU, user + system (s)"),
                 spreadText(pw + QStringList{QStringLiteral("cpuSeconds")}, 3));
    text += wide(QStringLiteral("    peak RSS (VmHWM: open + import)"),
                 spreadText(pw + QStringList{QStringLiteral("peakRssMiB")}, 1));
    text += wide(QStringLiteral("    Correlator::run alone, again (s)"),
                 spreadText(pw + QStringList{QStringLiteral("correlatorSeconds")}, 3));
    for (const char *key :
         {"packagesChecked", "vulnerabilities", "fixedByPendingPatch", "patchCveLinks", "unparsableVersions"})
        text +=
            count(QStringLiteral("  %1").arg(QLatin1String(key)), summary + QStringList{QLatin1String(key)});
    text += row(QStringLiteral("  affected installed packages"),
                QStringLiteral("%1 (%2%)")
                    .arg(grouped(at(run + QStringList{QStringLiteral("affectedPackages")})),
                         number(at(run + QStringList{QStringLiteral("affectedPercent")}), 1)));
    const QJsonObject peers = results.value(QLatin1String("peers")).toObject();
    if (!peers.isEmpty()) {
        text += QStringLiteral("Peers, same files (process wall time, for reference)\n");
        if (peers.contains(QLatin1String("pythonJsonLoadSeconds"))) {
            text += seconds(QStringLiteral("  python3 json.load(KEV) (s)"),
                            {QStringLiteral("peers"), QStringLiteral("pythonJsonLoadSeconds")});
            text += seconds(QStringLiteral("  python3 -c pass (startup, s)"),
                            {QStringLiteral("peers"), QStringLiteral("pythonStartupSeconds")});
        }
        if (peers.contains(QLatin1String("zcatWcSeconds")))
            text += seconds(QStringLiteral("  zcat EPSS | wc -l (s)"),
                            {QStringLiteral("peers"), QStringLiteral("zcatWcSeconds")});
    }
    const QJsonObject debsecan = peers.value(QLatin1String("debsecan")).toObject();
    if (!debsecan.isEmpty()) {
        const QStringList d{QStringLiteral("peers"), QStringLiteral("debsecan")};
        const auto key = [&d](const char *name) {
            return d + QStringList{QLatin1String(name)};
        };
        const int hosts = debsecan.value(QLatin1String("hosts")).toInt();
        text +=
            QStringLiteral("Peer: debsecan %1 (Debian's vulnerable-package check), one process per host "
                           "as an admin\n  runs it, on all %2 assets above: the same OSV data in the "
                           "tracker's format (suite %3,\n  read from a file:// URL, so no download "
                           "time), each host's dpkg status file\n")
                .arg(debsecan.value(QLatin1String("version")).toString() +
                     (debsecan.value(QLatin1String("onlyFixed")).toBool() ? QStringLiteral(" --only-fixed")
                                                                          : QString()))
                .arg(hosts)
                .arg(debsecan.value(QLatin1String("suite")).toString());
        text += row(QStringLiteral("  vulnerability data (KiB zlib / KiB text)"),
                    QStringLiteral("%1 / %2").arg(
                        grouped(at(key("source") + QStringList{QStringLiteral("bytes")}) / 1024),
                        grouped(at(key("source") + QStringList{QStringLiteral("inflatedBytes")}) / 1024)));
        text += row(QStringLiteral("  dpkg status file per host (KiB)"),
                    grouped(at(key("statusBytesPerHost")) / 1024));
        text +=
            QStringLiteral("  debsecan over the %1 hosts, %2 runs, median (min-max):\n").arg(hosts).arg(runs);
        text += wide(QStringLiteral("    whole job (s)"),
                     spreadText(key("spread") + QStringList{QStringLiteral("seconds")}, 3));
        text += wide(QStringLiteral("    CPU, user + system (s)"),
                     spreadText(key("spread") + QStringList{QStringLiteral("cpuSeconds")}, 3));
        text += wide(QStringLiteral("    peak RSS, largest process (MiB)"),
                     spreadText(key("spread") + QStringList{QStringLiteral("peakRssMiB")}, 1));
        text += wide(QStringLiteral("    per host (ms)"),
                     spreadText(key("spread") + QStringList{QStringLiteral("seconds")}, 1, 1000.0 / hosts));
        text += wide(QStringLiteral("  Patchwright per host (ms)"),
                     spreadText(pw + QStringList{QStringLiteral("seconds")}, 2, 1000.0 / hosts));
        text +=
            wide(QStringLiteral("  debsecan / Patchwright, median wall"), number(at(key("wallRatio")), 1));
        text += wide(QStringLiteral("  debsecan / Patchwright, median CPU"), number(at(key("cpuRatio")), 1));
        const QStringList c = key("comparison");
        const auto cmp = [&c](const char *name) {
            return c + QStringList{QLatin1String(name)};
        };
        text += row(QStringLiteral("  hosts with identical (CVE, package) sets"),
                    QStringLiteral("%1 of %2").arg(grouped(at(cmp("hostsAgreeing"))), grouped(hosts)));
        text += row(QStringLiteral("  (CVE, package) pairs: debsecan / Patchwright"),
                    QStringLiteral("%1 / %2").arg(grouped(at(cmp("findings"))),
                                                  grouped(at(cmp("patchwrightFindings")))));
        const QJsonArray listed = debsecan.value(QLatin1String("comparison"))
                                      .toObject()
                                      .value(QLatin1String("disagreements"))
                                      .toArray();
        if (!listed.isEmpty()) {
            text += QStringLiteral("  disagreements (%1; first %2):\n")
                        .arg(grouped(at(cmp("disagreementCount"))))
                        .arg(std::min<qsizetype>(listed.size(), 20));
            for (qsizetype i = 0; i < listed.size() && i < 20; ++i) {
                const QJsonObject dis = listed.at(i).toObject();
                text += QStringLiteral("    %1  %2  only %3: %4\n")
                            .arg(dis.value(QLatin1String("asset")).toString(),
                                 dis.value(QLatin1String("finding")).toString().leftJustified(30),
                                 dis.value(QLatin1String("reportedBy")).toString(),
                                 dis.value(QLatin1String("why")).toString());
            }
        }
        text += row(QStringLiteral("  disagreements no debsecan option explains"),
                    grouped(at(cmp("unexplainedCount"))));
        text += row(QStringLiteral("  findings agree on every host, every run"),
                    debsecan.value(QLatin1String("agreeEveryRun")).toBool() ? QStringLiteral("yes")
                                                                            : QStringLiteral("NO"));
        text += QStringLiteral("  order of the runs: %1\n")
                    .arg(debsecan.value(QLatin1String("order"))
                             .toVariant()
                             .toStringList()
                             .join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace IntelReport
