#pragma once

#include "IntelDataSet.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

// The peer of Patchwright's OSV import and correlation: debsecan (Debian's "which installed packages are
// vulnerable"), run as an admin runs it on each host (`debsecan --suite bookworm --format simple`), one
// process per host, each reading the vulnerability data in the security tracker's format from a file://
// URL (debsecan's --source; no network, so no download time on either side) and that host's dpkg status
// file. Its own configuration and whitelist files do not exist, so the machine's /etc/default/debsecan and
// /var/lib/debsecan/whitelist play no part.
class DebsecanPeer
{
public:
    // Writes the tracker data of `size` (suite bookworm) and the dpkg status file of every asset to `dir`.
    // `onlyFixed` runs debsecan with --only-fixed, as admins often do: it then leaves out what has no fix in
    // the suite, and the comparison lists those findings as Patchwright's only, explained. Fails when
    // debsecan is not installed.
    static Result<DebsecanPeer> prepare(const IntelWorkloads::CorrelationSize &size, const QString &dir,
                                        bool onlyFixed);

    // One pass over every host, one debsecan process after the other, each printing to
    // `dir`/<asset>.debsecan. Figures: seconds (wall of the whole pass), cpuSeconds (user + system of all
    // the processes), peakRssMiB (the largest process). `withoutVariable` is kept out of its environment.
    Result<QJsonObject> run(const QByteArray &withoutVariable) const;

    // Per host, the set of (CVE, binary package) debsecan printed against the one Patchwright wrote to
    // `dir`/<asset>.patchwright. Figures: hosts, hostsAgreeing, agree, findings and patchwrightFindings
    // (totals), perHost [{asset, findings, vulnerablePackages, patchwrightFindings,
    // patchwrightVulnerablePackages, onlyDebsecan, onlyPatchwright, agree}], and disagreements: every pair
    // one side reported and the other did not, as [{asset, finding, reportedBy}] (at most 200 listed;
    // disagreementCount has them all) with why: the reason when a debsecan option explains it, else
    // "unexplained" (unexplainedCount counts those).
    QJsonObject compare() const;

    // version, suite, source (the tracker file's figures), statusBytesPerHost, hosts, onlyFixed.
    QJsonObject description() const;

private:
    DebsecanPeer() = default;

    QString m_program;
    QString m_version;
    QString m_suite = QStringLiteral("bookworm");
    QString m_dir;
    QString m_sourceUrl;
    QJsonObject m_source;
    bool m_onlyFixed = false;
    QSet<QString> m_unfixed; // "CVE binary" of every installed binary whose source has no fix in the suite
    int m_hosts = 0;
    double m_statusBytes = 0;
};
