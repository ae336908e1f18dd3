#include "FleetExposure.h"

#include <QCoreApplication>

QString scannerSeverityName(int severity)
{
    switch (severity) {
    case 4:
        return QCoreApplication::translate("FleetExposure", "Critical");
    case 3:
        return QCoreApplication::translate("FleetExposure", "High");
    case 2:
        return QCoreApplication::translate("FleetExposure", "Medium");
    case 1:
        return QCoreApplication::translate("FleetExposure", "Low");
    default:
        return QCoreApplication::translate("FleetExposure", "Info");
    }
}

QString closedByText(const FindingExposure &finding)
{
    if (finding.closedBy.isEmpty())
        return QCoreApplication::translate("FleetExposure", "no patch pending");
    QStringList patches;
    for (const ClosingPatch &patch : finding.closedBy)
        patches.append(patch.package + QLatin1Char(' ') + patch.version);
    QString text = patches.join(QStringLiteral(", "));
    if (!finding.openCves.isEmpty())
        text += QCoreApplication::translate("FleetExposure", " (not %1)")
                    .arg(finding.openCves.join(QStringLiteral(", ")));
    return text;
}
