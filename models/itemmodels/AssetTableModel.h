#pragma once

#include "ListTableModel.h"

#include "domain/Asset.h"
#include "domain/AssetStatus.h"

#include <QSet>

// Assets with what their latest scan found, and where each stands (Status: ok, failed with the reason,
// canceled, never scanned, scanning, stale, inventory only; colour square and text, never colour alone).
class AssetTableModel : public ListTableModel<Asset>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        Address,
        OperatingSystem,
        Kernel,
        Criticality,
        Exposure,
        Pending,
        Security,
        Reboot,
        LastScan,
        ColumnCount
    };
    using ListTableModel::ListTableModel;

    // The assets a scan in this console is working on (shown "scanning" until their result is stored).
    void setScanning(const QSet<qint64> &assetIds);
    const QSet<qint64> &scanning() const { return m_scanning; }
    // Days after the last good scan when an asset reads "stale" (default AssetStatusRule::DefaultStaleDays).
    void setStaleDays(int days);
    int staleDays() const { return m_staleDays; }
    AssetStatus statusOf(const Asset &asset) const;

protected:
    qint64 keyOf(const Asset &asset) const override { return asset.id; }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const Asset &asset, int column) const override;
    QVariant sortValue(const Asset &asset, int column) const override;
    QString details(const Asset &asset) const override;
    QString exportKey(int column) const override;
    QVariant exportValue(const Asset &asset, int column) const override;
    QVariant decorate(const Asset &asset, int column, int role) const override;

private:
    QString statusText(const Asset &asset, AssetStatus status) const;
    QString statusToolTip(const Asset &asset, AssetStatus status) const;
    void announceStatusOf(const QSet<qint64> &assetIds);

    QSet<qint64> m_scanning;
    int m_staleDays = AssetStatusRule::DefaultStaleDays;
};
