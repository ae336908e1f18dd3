#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What NessusReport and OpenVasReport read from a vulnerability scanner's XML export: the findings, whole, or
// nothing (the parsers return an Error rather than part of a file).

// One finding of a vulnerability scanner on one host.
struct ScanFinding
{
    QString host;     // the report's host name: Nessus ReportHost@name, OpenVAS result/host text
    QString hostname; // DNS/NetBIOS name where the report states one (Nessus host-fqdn, else hostname, else
                      // netbios-name; OpenVAS host/hostname)
    QString address;  // IP address where stated (Nessus host-ip; OpenVAS the host text when it is an address)
    QString port;     // "443/tcp", "general/tcp", "0/tcp" ... (Nessus port/protocol; OpenVAS port text)
    QString pluginId; // Nessus pluginID, OpenVAS nvt@oid
    QString name;     // pluginName / nvt name
    int severity = 0; // 0 info, 1 low, 2 medium, 3 high, 4 critical (Nessus severity attr; OpenVAS mapped
                      // from score: 0 -> 0 (log), <4 -> 1, <7 -> 2, <9 -> 3, >=9 -> 4)
    double cvss = -1; // Nessus cvss3_base_score else cvss_base_score; OpenVAS severity (or cvss_base); -1
                      // when absent
    QString cvssVector;  // Nessus cvss3_vector else cvss_vector; OpenVAS nvt/severities/severity/value or
                         // cvss_base_vector in tags
    QStringList cves;    // sorted, unique, syntax-checked CVE-YYYY-NNNN+
    QString synopsis;    // Nessus synopsis; OpenVAS summary from tags
    QString solution;    // Nessus solution; OpenVAS nvt/solution text or "solution=" in tags
    QDateTime scannedAt; // Nessus HOST_END (or HOST_START) host property; OpenVAS result
                         // creation_time/modification_time, else report scan_start; UTC; invalid when absent
};

struct ScanReport
{
    QString scanner; // "nessus" or "openvas"
    QString name;    // Nessus Report@name; OpenVAS task/name or report id
    QList<ScanFinding> findings;
};
