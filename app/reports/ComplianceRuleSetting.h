#pragma once

#include "ComplianceRule.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The team's compliance rule, stored in the database's settings (key compliance.rule) so the Compliance pane
// and `patchwright-cli metrics` judge assets alike: a comma-separated list of the checks switched on,
// "overdue" (no overdue-SLA item), "kev" (no missing patch that fixes a KEV CVE) and "security" (no security
// update pending). Unset means the default, overdue and KEV. Only an admin changes it, audited as
// settings.changed.
class ComplianceRuleSetting
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRuleSetting)

public:
    static const QString Key;

    static Result<ComplianceRule> load(QSqlDatabase db);
    // Checks that `actor` is an admin, then stores the rule and audits the change, in one transaction.
    static Status save(QSqlDatabase db, const QString &actor, const ComplianceRule &rule);

    // "overdue,kev" and back; an unknown check is an Error naming it.
    static QString toText(const ComplianceRule &rule);
    static Result<ComplianceRule> fromText(const QString &text);
    // The rule in words, for the pane's subtitle and reports: "no overdue-SLA item and no KEV item".
    static QString describe(const ComplianceRule &rule);
};
