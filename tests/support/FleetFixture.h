#pragma once

#include "domain/Result.h"

#include <QString>

class Database;

// A small fleet for the cross-host views (FleetExposureSuite, tst_vulnerabilitiesgui, tst_vulnscli, the
// README screenshot): testphp (44.228.249.3, high, internet-facing), web02 and web03 each with php8.2's
// three binaries (php8.2-cgi, php8.2-common, libapache2-mod-php8.2) pending 8.2.7-1~deb12u1 →
// 8.2.26-1~deb12u1 for CVE-2007-1001 and CVE-2012-1823 (in KEV, due 2022-04-15); testphp also openssl and
// libssl3 → 3.0.15-1~deb12u1 for CVE-2024-5535; "idle" has nothing pending. Then the Nessus sample
// tests/fixtures/intel/nessus_v2_defectdojo_cvssv3_trimmed.nessus (host testphp.vulnweb.com) is imported
// and correlation runs, as after a scan run.
namespace FleetFixture {

inline const QString PhpTarget = QStringLiteral("8.2.26-1~deb12u1");

// `fixturesDir` is tests/fixtures.
Status seed(Database &database, const QString &fixturesDir);
QByteArray kevNaming(const QString &cve, const QString &due); // a one-entry KEV catalog

} // namespace FleetFixture
