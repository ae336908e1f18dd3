#pragma once

// FleetMetrics on a small history seeded by hand: every figure checked against a value computed by hand in
// the comments. SLA policy: the defaults (critical 15 days, high 30, medium 90, low 180; a KEV CVE's CISA due
// date when sooner). Risk score (RiskPolicy): severity points x threat x exposure x criticality, capped at
// 100; every asset is internal (x1.0); no CVE has a CVSS score, so the vendor's rating gives the points
// (critical 90, important 70, moderate 50, low 25) and the band (critical, high, medium, low).
//
// The period is November 2026: [2026-11-01, 2026-12-01) UTC, so its end is 2026-12-01T00:00Z and its last
// day, the one due dates are compared with, is 2026-11-30.
//
// Assets (created 2026-01-01 unless said):
//   web1  ring canary, criticality high (x1.15),     apt
//   db1   ring prod,   criticality critical (x1.3),  dnf
//   app1  ring prod,   criticality medium (x1.0),    apt
//   new1  ring prod,   criticality medium, never scanned, no platform, created 2026-11-20
// Tags and OS ids (for the tag and OS filters): web1 "web,dmz" ubuntu; db1 "db" rhel; app1 "internal, web"
// (a blank after the comma) debian; new1 no tag, Debian.
//
// Patches:
//   P1 web1 openssl important  detected 11-02 00:00  installed 11-03 00:00  (24 h)
//   P2 db1  kernel  important  detected 11-05 00:00  installed 11-08 00:00  (72 h)
//   P3 web1 curl    critical   detected 10-25 00:00  installed 11-04 12:00  (252 h; before the period, KEV
//                               CVE-2026-1000 due 11-20; its own SLA due 10-25 + 15 = 11-09 is sooner)
//   P4 app1 bash    moderate   detected 10-01 00:00  installed 12-03 00:00  (after the period: open at its
//                               end; due 10-01 + 90 = 12-30; score 50)
//   P5 db1  glibc   critical   detected 11-01 06:00  missing  (due 11-16: overdue 14 days on 11-30;
//                               score 90 x 1.3 = 117 -> 100)
//   P6 app1 sudo    low        detected 11-10 00:00  missing  (KEV CVE-2026-2000 due 12-15, sooner than
//                               11-10 + 180; score 25 x 1.4 = 35)
//   P7 web1 zlib    important  detected 11-29 00:00  superseded 11-29 12:00  (not installed: no time to
//                               patch; not open at the end)
//
// Each test makes its own NovemberFleet (a fresh encrypted database) and may add to it.
#include "TestDatabase.h"

#include "reports/FleetMetrics.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace NovemberPeriod {

inline QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

inline const QDateTime From = utc(2026, 11, 1);
inline const QDateTime To = utc(2026, 12, 1);

} // namespace NovemberPeriod

class NovemberFleet
{
public:
    NovemberFleet(); // the history above, in a new database

    Database &database() const { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    DatabaseConfig config() const { return m_db.config(); }

    void exec(const QString &sql) const; // fails the test run when the statement fails
    qint64 id(const QString &sql) const; // the first column of the first row
    qint64 asset(const QString &name, const QString &ring, const QString &criticality,
                 const QString &platform,
                 const QString &created = QStringLiteral("2026-01-01T00:00:00.000Z")) const;
    void scan(qint64 assetId, const QString &finished, const QString &status) const;
    // FleetMetrics' report of November on the history as it stands now.
    FleetReport report(const MetricScope &scope = {}, const ComplianceRule &rule = {}) const;

    qint64 web1 = 0;
    qint64 db1 = 0;
    qint64 app1 = 0;
    qint64 new1 = 0;

private:
    void patch(qint64 assetId, const QString &package, const QString &severity, const QString &cves,
               const QString &state, const QString &detected, const QString &resolved) const;
    void deployment(qint64 change, qint64 assetId, const QString &ring, const QString &kind,
                    const QString &state, const QString &finished) const;

    TestDatabase m_db;
};
