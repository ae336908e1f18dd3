#include "DebsecanPeer.h"

#include "BenchProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <string_view>

namespace {

// Lines of a text file, sorted and unique.
QStringList sortedLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    lines.removeDuplicates();
    return lines;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

QString installedVersion(const QString &package)
{
    QProcess query;
    query.start(QStringLiteral("dpkg-query"),
                {QStringLiteral("-W"), QStringLiteral("-f=${Version}"), package});
    if (!query.waitForFinished(-1) || query.exitCode() != 0)
        return QString();
    return QString::fromUtf8(query.readAllStandardOutput()).trimmed();
}

} // namespace

Result<DebsecanPeer> DebsecanPeer::prepare(const IntelWorkloads::CorrelationSize &size, const QString &dir,
                                           bool onlyFixed)
{
    DebsecanPeer peer;
    peer.m_onlyFixed = onlyFixed;
    if (onlyFixed) {
        QHash<QString, QStringList> binariesOf;
        for (const IntelWorkloads::UniversePackage &p :
             IntelWorkloads::universe(IntelWorkloads::universeSizeOf(size)))
            binariesOf[p.source].append(p.binary);
        for (const OsvAdvisory &advisory : IntelWorkloads::osvAdvisories(size)) {
            for (const OsvInterval &interval : advisory.intervals) {
                if (!interval.fixed.isEmpty())
                    continue;
                for (const QString &cve : advisory.cves) {
                    for (const QString &binary : binariesOf.value(interval.package))
                        peer.m_unfixed.insert(cve + QLatin1Char(' ') + binary);
                }
            }
        }
    }
    peer.m_program = QStandardPaths::findExecutable(QStringLiteral("debsecan"));
    if (peer.m_program.isEmpty())
        return Error{QStringLiteral("debsecan, the peer of the correlation figures, is not installed: "
                                    "apt-get install debsecan (packaging/install-deps.sh does), or pass "
                                    "--no-peers.")};
    peer.m_version = installedVersion(QStringLiteral("debsecan"));
    peer.m_dir = dir;
    const QString trackerDir = QDir(dir).filePath(QStringLiteral("tracker"));
    if (!QDir().mkpath(trackerDir))
        return Error{QStringLiteral("Cannot create %1.").arg(trackerDir)};
    auto source = IntelWorkloads::writeDebsecanSource(size, trackerDir, peer.m_suite);
    if (!source)
        return source.error();
    peer.m_source = source.value();
    peer.m_sourceUrl = QUrl::fromLocalFile(trackerDir + QLatin1Char('/')).toString();
    peer.m_hosts = size.assets;
    for (int a = 0; a < size.assets; ++a) {
        const QString status = QDir(dir).filePath(IntelWorkloads::assetName(a) + QStringLiteral(".status"));
        auto written = IntelWorkloads::writeDpkgStatus(size, a, status);
        if (!written)
            return written.error();
        peer.m_statusBytes += double(written.value());
    }
    return peer;
}

Result<QJsonObject> DebsecanPeer::run(const QByteArray &withoutVariable) const
{
    const QDir dir(m_dir);
    double cpu = 0;
    double peak = 0;
    QElapsedTimer timer;
    timer.start();
    QStringList common{QStringLiteral("--config"),    dir.filePath(QStringLiteral("no-config")),
                       QStringLiteral("--whitelist"), dir.filePath(QStringLiteral("no-whitelist")),
                       QStringLiteral("--suite"),     m_suite,
                       QStringLiteral("--source"),    m_sourceUrl,
                       QStringLiteral("--format"),    QStringLiteral("simple")};
    if (m_onlyFixed)
        common.append(QStringLiteral("--only-fixed"));
    for (int a = 0; a < m_hosts; ++a) {
        const QString asset = IntelWorkloads::assetName(a);
        const QString err = dir.filePath(asset + QStringLiteral(".debsecan-errors"));
        auto ran = BenchProcess::runPeer(
            m_program,
            common + QStringList{QStringLiteral("--status"), dir.filePath(asset + QStringLiteral(".status"))},
            dir.filePath(asset + QStringLiteral(".debsecan")), err, withoutVariable);
        if (!ran)
            return ran.error();
        if (ran.value().exitCode != 0)
            return Error{QStringLiteral("debsecan failed on %1 (exit code %2): %3")
                             .arg(asset)
                             .arg(ran.value().exitCode)
                             .arg(readText(err))};
        cpu += ran.value().cpuSeconds;
        peak = std::max(peak, ran.value().peakRssMiB);
    }
    return QJsonObject{{QStringLiteral("seconds"), double(timer.nsecsElapsed()) / 1e9},
                       {QStringLiteral("cpuSeconds"), cpu},
                       {QStringLiteral("peakRssMiB"), peak}};
}

QJsonObject DebsecanPeer::compare() const
{
    constexpr int MaxListed = 200;
    const QDir dir(m_dir);
    QJsonArray perHost;
    QJsonArray disagreements;
    int agreeing = 0;
    qint64 disagreementCount = 0;
    qint64 unexplainedCount = 0;
    double theirTotal = 0;
    double ourTotal = 0;
    for (int a = 0; a < m_hosts; ++a) {
        const QString asset = IntelWorkloads::assetName(a);
        const QStringList theirs = sortedLines(dir.filePath(asset + QStringLiteral(".debsecan")));
        const QStringList ours = sortedLines(dir.filePath(asset + QStringLiteral(".patchwright")));
        const auto packagesOf = [](const QStringList &lines) {
            QSet<QString> packages;
            for (const QString &line : lines)
                packages.insert(line.section(QLatin1Char(' '), 1));
            return packages.size();
        };
        const QSet<QString> theirSet(theirs.cbegin(), theirs.cend());
        const QSet<QString> ourSet(ours.cbegin(), ours.cend());
        QStringList onlyDebsecan = QSet<QString>(theirSet).subtract(ourSet).values();
        QStringList onlyPatchwright = QSet<QString>(ourSet).subtract(theirSet).values();
        onlyDebsecan.sort();
        onlyPatchwright.sort();
        const bool same = onlyDebsecan.isEmpty() && onlyPatchwright.isEmpty();
        agreeing += same ? 1 : 0;
        theirTotal += double(theirs.size());
        ourTotal += double(ours.size());
        const std::pair<const QStringList *, const char *> sides[] = {{&onlyDebsecan, "debsecan"},
                                                                      {&onlyPatchwright, "Patchwright"}};
        for (const auto &[list, side] : sides) {
            for (const QString &finding : *list) {
                const bool noFix =
                    side == std::string_view("Patchwright") && m_onlyFixed && m_unfixed.contains(finding);
                const QString why =
                    noFix ? QStringLiteral("no fix in %1: debsecan --only-fixed leaves it out").arg(m_suite)
                          : QStringLiteral("unexplained");
                unexplainedCount += noFix ? 0 : 1;
                if (++disagreementCount <= MaxListed)
                    disagreements.append(QJsonObject{{QStringLiteral("asset"), asset},
                                                     {QStringLiteral("finding"), finding},
                                                     {QStringLiteral("reportedBy"), QLatin1String(side)},
                                                     {QStringLiteral("why"), why}});
            }
        }
        perHost.append(
            QJsonObject{{QStringLiteral("asset"), asset},
                        {QStringLiteral("findings"), double(theirs.size())},
                        {QStringLiteral("vulnerablePackages"), double(packagesOf(theirs))},
                        {QStringLiteral("patchwrightFindings"), double(ours.size())},
                        {QStringLiteral("patchwrightVulnerablePackages"), double(packagesOf(ours))},
                        {QStringLiteral("onlyDebsecan"), double(onlyDebsecan.size())},
                        {QStringLiteral("onlyPatchwright"), double(onlyPatchwright.size())},
                        {QStringLiteral("agree"), same}});
    }
    return QJsonObject{{QStringLiteral("hosts"), m_hosts},
                       {QStringLiteral("hostsAgreeing"), agreeing},
                       {QStringLiteral("agree"), agreeing == m_hosts},
                       {QStringLiteral("findings"), theirTotal},
                       {QStringLiteral("patchwrightFindings"), ourTotal},
                       {QStringLiteral("perHost"), perHost},
                       {QStringLiteral("disagreementCount"), double(disagreementCount)},
                       {QStringLiteral("unexplainedCount"), double(unexplainedCount)},
                       {QStringLiteral("disagreements"), disagreements}};
}

QJsonObject DebsecanPeer::description() const
{
    return QJsonObject{{QStringLiteral("version"), m_version},
                       {QStringLiteral("suite"), m_suite},
                       {QStringLiteral("source"), m_source},
                       {QStringLiteral("statusBytesPerHost"), m_hosts > 0 ? m_statusBytes / m_hosts : 0},
                       {QStringLiteral("hosts"), m_hosts},
                       {QStringLiteral("onlyFixed"), m_onlyFixed}};
}
