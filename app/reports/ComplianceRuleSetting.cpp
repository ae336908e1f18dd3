#include "ComplianceRuleSetting.h"

#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

namespace {

const QString Overdue = QStringLiteral("overdue");
const QString Kev = QStringLiteral("kev");
const QString Security = QStringLiteral("security");

} // namespace

const QString ComplianceRuleSetting::Key = QStringLiteral("compliance.rule");

QString ComplianceRuleSetting::toText(const ComplianceRule &rule)
{
    QStringList checks;
    if (rule.noOverdueItems)
        checks << Overdue;
    if (rule.noKevItems)
        checks << Kev;
    if (rule.noSecurityUpdates)
        checks << Security;
    return checks.join(QLatin1Char(','));
}

Result<ComplianceRule> ComplianceRuleSetting::fromText(const QString &text)
{
    ComplianceRule rule{false, false, false};
    const QStringList checks = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (checks.isEmpty())
        return Error{tr("A compliance rule needs at least one check."),
                     tr("Use one or more of overdue, kev and security, separated by commas.")};
    for (const QString &raw : checks) {
        const QString check = raw.trimmed().toLower();
        if (check == Overdue)
            rule.noOverdueItems = true;
        else if (check == Kev)
            rule.noKevItems = true;
        else if (check == Security)
            rule.noSecurityUpdates = true;
        else
            return Error{tr("\"%1\" is not a compliance check.").arg(raw.trimmed()),
                         tr("Use one or more of overdue, kev and security, separated by commas.")};
    }
    return rule;
}

Result<ComplianceRule> ComplianceRuleSetting::load(QSqlDatabase db)
{
    const auto stored = SettingsRepository(std::move(db)).value(Key);
    if (!stored)
        return stored.error();
    if (stored.value().trimmed().isEmpty())
        return ComplianceRule{};
    auto rule = fromText(stored.value());
    if (!rule)
        return Error{tr("The stored compliance rule \"%1\" cannot be read: %2")
                         .arg(stored.value(), rule.error().message),
                     tr("An admin can set it again in the Compliance pane (Rule…) or with "
                        "`patchwright-cli metrics rule --set overdue,kev`.")};
    return rule;
}

Status ComplianceRuleSetting::save(QSqlDatabase db, const QString &actor, const ComplianceRule &rule)
{
    const QString text = toText(rule);
    if (text.isEmpty())
        return Error{tr("A compliance rule needs at least one check."),
                     tr("Switch on overdue items, KEV items or pending security updates.")};
    if (Status allowed = UserRepository(db, actor).require(Permission::RunFleet); !allowed)
        return allowed;
    return WriteTransaction::run(db, tr("Cannot save the compliance rule"), [&]() -> Status {
        const auto before = SettingsRepository(db).value(Key);
        if (!before)
            return before.error();
        if (Status saved = SettingsRepository(db).setValue(Key, text); !saved)
            return saved;
        const QString previous = before.value().isEmpty() ? toText(ComplianceRule{}) : before.value();
        return AuditLog(db).append(actor, QStringLiteral("settings.changed"), Key,
                                   Key + QLatin1Char('=') + text + QStringLiteral(" (was ") + previous +
                                       QLatin1Char(')'));
    });
}

QString ComplianceRuleSetting::describe(const ComplianceRule &rule)
{
    QStringList checks;
    if (rule.noSecurityUpdates)
        checks << tr("no security update pending");
    if (rule.noOverdueItems)
        checks << tr("no overdue-SLA item");
    if (rule.noKevItems)
        checks << tr("no missing patch that fixes a KEV CVE");
    if (checks.isEmpty())
        return tr("every asset counts as compliant (no check switched on)");
    if (checks.size() == 1)
        return checks.first();
    const QString last = checks.takeLast();
    return tr("%1 and %2").arg(checks.join(QStringLiteral(", ")), last);
}
