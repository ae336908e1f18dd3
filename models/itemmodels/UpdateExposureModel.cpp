#include "UpdateExposureModel.h"

#include "DisplayFormat.h"
#include "StatusTone.h"

#include <QColor>
#include <QHash>

qint64 UpdateExposureModel::keyOf(const UpdateExposure &row) const
{
    return qint64(qHash(row.label() + (row.advisory ? QLatin1Char('a') : QLatin1Char('p'))));
}

QString UpdateExposureModel::header(int column) const
{
    switch (column) {
    case Update:
        return tr("Update");
    case Target:
        return tr("Target version");
    case Hosts:
        return tr("Hosts");
    case Cves:
        return tr("CVEs");
    case KevCves:
        return tr("KEV CVEs");
    case MaxCvss:
        return tr("Max CVSS");
    case Packages:
        return tr("Packages");
    }
    return {};
}

QVariant UpdateExposureModel::display(const UpdateExposure &row, int column) const
{
    switch (column) {
    case Update:
        return row.name;
    case Target:
        return row.targetVersion;
    case Hosts:
        return row.hosts;
    case Cves:
        return row.cves;
    case KevCves:
        return row.kevCves;
    case MaxCvss:
        return row.maxCvss < 0 ? QStringLiteral("—") : QString::number(row.maxCvss, 'f', 1);
    case Packages:
        return row.packages.join(QStringLiteral(", "));
    }
    return {};
}

QVariant UpdateExposureModel::sortValue(const UpdateExposure &row, int column) const
{
    if (column == MaxCvss)
        return row.maxCvss;
    if (column == Packages)
        return int(row.packages.size());
    return display(row, column);
}

QVariant UpdateExposureModel::decorate(const UpdateExposure &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole &&
        (column == Hosts || column == Cves || column == KevCves || column == MaxCvss))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == KevCves && row.kevCves > 0)
        return StatusTone::colour(StatusTone::Danger);
    if (role == Qt::ToolTipRole && column == Packages)
        return row.packages.join(QLatin1Char('\n'));
    return {};
}

QString UpdateExposureModel::details(const UpdateExposure &row) const
{
    //: %1 an update ("openssl 3.0.15-1~deb12u1"), %2 "37 hosts", %3 "3 KEV CVEs"
    return DisplayFormat::escaped(tr("%1: %2, %3")
                                      .arg(row.label(), tr("%n host(s)", nullptr, row.hosts),
                                           tr("%n KEV CVE(s)", nullptr, row.kevCves)));
}

QString UpdateExposureModel::exportKey(int column) const
{
    static const char *const keys[] = {"update",   "version",  "hosts",   "cves",
                                       "kev_cves", "max_cvss", "packages"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant UpdateExposureModel::exportValue(const UpdateExposure &row, int column) const
{
    switch (column) {
    case Update:
        return row.name;
    case Target:
        return row.targetVersion;
    case Hosts:
        return row.hosts;
    case Cves:
        return row.cves;
    case KevCves:
        return row.kevCves;
    case MaxCvss:
        return row.maxCvss >= 0 ? QVariant(row.maxCvss) : QVariant();
    case Packages:
        return row.packages;
    }
    return {};
}
