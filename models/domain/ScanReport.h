#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One finding of a vulnerability scanner (Nessus, OpenVAS) on one host.
struct ScanFinding
{
    QString host;     // the report's host name: Nessus ReportHost@name, OpenVAS result/host text
    QString hostname; // DNS/NetBIOS name where the report states one
    QString address;  // IP address where stated
    // The scanner's best guess at the OS where stated (Nessus operating-system, first line).
    QString operatingSystem;
    QString port;     // "443/tcp", "general/tcp", "0/tcp" ...
    QString pluginId; // Nessus pluginID, OpenVAS nvt@oid
    QString name;     // pluginName / nvt name
    int severity = 0; // 0 info, 1 low, 2 medium, 3 high, 4 critical
    double cvss = -1; // -1 when absent
    QString cvssVector;
    QStringList cves; // sorted, unique, syntax-checked
    QString synopsis;
    QString solution;
    QDateTime scannedAt; // UTC; invalid when absent
    bool exploitAvailable =
        false; // Nessus: a public exploit exists (exploit_available, a framework, malware)
};

struct ScanReport
{
    QString scanner; // "nessus" or "openvas"
    QString name;
    QList<ScanFinding> findings;
};
