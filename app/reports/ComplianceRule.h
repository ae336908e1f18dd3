#pragma once

#include <QString>
#include <QStringList>

// When an asset counts as fully compliant: no open item of the kinds switched on. The default counts
// overdue-SLA items and missing patches that fix a CISA KEV CVE; "any security update pending" is the
// strictest option. A value, so the pane and the CLI apply the rule the team stored in the settings.
struct ComplianceRule
{
    bool noOverdueItems = true;     // an open patch past its SLA due date makes the asset non-compliant
    bool noKevItems = true;         // an open patch that fixes a KEV CVE makes the asset non-compliant
    bool noSecurityUpdates = false; // any open security update makes the asset non-compliant

    // The checks switched on, as stored (settings, snapshots): "overdue,kev" for the default.
    QString key() const
    {
        QStringList checks;
        if (noOverdueItems)
            checks << QStringLiteral("overdue");
        if (noKevItems)
            checks << QStringLiteral("kev");
        if (noSecurityUpdates)
            checks << QStringLiteral("security");
        return checks.join(QLatin1Char(','));
    }

    bool operator==(const ComplianceRule &other) const
    {
        return noOverdueItems == other.noOverdueItems && noKevItems == other.noKevItems &&
               noSecurityUpdates == other.noSecurityUpdates;
    }
    bool operator!=(const ComplianceRule &other) const { return !(*this == other); }
};
