#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Joins what is installed to what is known: each asset's installed packages against the OSV ranges of its
// ecosystem (its exact dpkg, rpm or apk VersionOrdering), giving the asset's vulnerable packages, and links
// each missing patch to the CVEs it closes — from the platform's advisory data and from OSV fixed versions
// the patch reaches. Replaces the previous conclusions in one transaction.
class Correlator
{
    Q_DECLARE_TR_FUNCTIONS(Correlator)

public:
    struct Summary
    {
        int assets = 0; // assets with at least one vulnerable package
        qint64 packagesChecked = 0;
        qint64 vulnerabilities = 0; // (asset, CVE, package) found vulnerable
        qint64 fixedByPendingPatch = 0;
        qint64 patchCveLinks = 0;
        qint64 unparsableVersions = 0; // versions neither side's grammar accepts: skipped, counted
    };

    explicit Correlator(QSqlDatabase db);

    // Runs within its own transaction unless `inCallersTransaction`.
    Result<Summary> run(bool inCallersTransaction = false);

private:
    QSqlDatabase m_db;
};
