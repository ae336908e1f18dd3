#pragma once

#include "domain/InstalledPackage.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

// A vulnerable package version on an asset, as correlation found it.
struct AssetVulnerability
{
    qint64 assetId = 0;
    QString assetName;
    QString cveId;
    QString package; // the name the advisory uses (Debian: the source package)
    QString installedVersion;
    QString fixedVersion; // empty: no fix published yet
    QString advisoryId;
    qint64 assetPatchId = 0; // the missing patch that fixes it; 0 when none is offered
};

// A CVE a missing patch closes, and who said so: "advisory:RHSA-2024:1234", "osv:DLA-3008-1".
struct PatchCve
{
    qint64 assetPatchId = 0;
    QString cveId;
    QString source;
};

// Reads what correlation needs (assets' systems, installed packages, missing patches) and replaces what it
// concludes (asset_vulnerabilities, and patch_cves of missing patches) in one go.
class CorrelationRepository
{
    Q_DECLARE_TR_FUNCTIONS(CorrelationRepository)

public:
    explicit CorrelationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    struct AssetSystem
    {
        qint64 id = 0;
        QString name;
        QString osId;      // os-release ID: debian, ubuntu, rocky, almalinux, alpine ...
        QString osVersion; // os-release VERSION_ID
    };
    Result<QList<AssetSystem>> assets() const;

    // Every installed package, asset by asset (ascending asset id).
    Status forEachInstalled(const std::function<void(qint64 assetId, const InstalledPackage &)> &visit) const;

    struct MissingPatch
    {
        qint64 id = 0;
        qint64 assetId = 0;
        QString package;
        QString architecture;
        QString availableVersion;
        QString advisory;
        QStringList cves; // from the platform's advisory data
    };
    Result<QList<MissingPatch>> missingPatches() const;

    // Removes every asset vulnerability and the CVE links of every missing patch; then insert() adds the new
    // conclusions, in as many calls as suits the caller. Both within the caller's transaction.
    Status clear();
    Status insert(const QList<AssetVulnerability> &vulnerabilities, const QList<PatchCve> &patchCves);

    // Reading the conclusions.
    Result<QHash<qint64, QList<PatchCve>>> patchCves(const QList<qint64> &assetPatchIds) const;
    Result<QList<AssetVulnerability>> vulnerabilities(const QString &assetName = {}) const;

private:
    QSqlDatabase m_db;
};
