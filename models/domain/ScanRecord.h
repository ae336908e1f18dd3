#pragma once

#include "Asset.h"
#include "InstalledPackage.h"
#include "PendingPatch.h"

#include <QDateTime>
#include <QList>

// Everything one scan learned about one asset; written in one transaction.
struct ScanRecord
{
    qint64 assetId = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    AssetFacts facts;
    QList<InstalledPackage> installed;
    QList<PendingPatch> pending;
};
