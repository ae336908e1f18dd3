#pragma once

// When an asset counts as fully compliant: no open item of the kinds switched on. The default counts
// overdue-SLA items and missing patches that fix a CISA KEV CVE; a value, so it can be configured later.
struct ComplianceRule
{
    bool noOverdueItems = true; // an open patch past its SLA due date makes the asset non-compliant
    bool noKevItems = true;     // an open patch that fixes a KEV CVE makes the asset non-compliant
};
