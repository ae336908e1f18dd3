#include "SlaPolicy.h"

#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

namespace {

struct Field
{
    const char *key;
    int SlaPolicy::*days;
};

constexpr Field DayFields[] = {
    {"sla.critical_days", &SlaPolicy::criticalDays},
    {"sla.high_days", &SlaPolicy::highDays},
    {"sla.medium_days", &SlaPolicy::mediumDays},
    {"sla.low_days", &SlaPolicy::lowDays},
};
const QString KevKey = QStringLiteral("sla.kev_uses_catalog_due_date");

} // namespace

int SlaPolicy::daysFor(const QString &band) const
{
    if (band == QLatin1String("critical"))
        return criticalDays;
    if (band == QLatin1String("high"))
        return highDays;
    if (band == QLatin1String("medium"))
        return mediumDays;
    if (band == QLatin1String("low"))
        return lowDays;
    return -1;
}

Result<SlaPolicy> SlaPolicy::load(QSqlDatabase db)
{
    SettingsRepository settings(std::move(db));
    SlaPolicy policy;
    for (const Field &field : DayFields) {
        const auto value = settings.value(QString::fromLatin1(field.key));
        if (!value)
            return value.error();
        bool ok = false;
        const int days = value.value().toInt(&ok);
        if (ok && days > 0)
            policy.*field.days = days;
    }
    const auto kev = settings.value(KevKey);
    if (!kev)
        return kev.error();
    if (!kev.value().isEmpty())
        policy.kevUsesCatalogDueDate = kev.value() != QLatin1String("false");
    return policy;
}

Status SlaPolicy::save(QSqlDatabase db, const QString &actor) const
{
    if (const QString problem = validate(); !problem.isEmpty())
        return Error{problem};
    SqlTransaction transaction(db);
    if (!transaction.isOpen())
        return Error{
            QCoreApplication::translate("SlaPolicy", "Cannot start a transaction to save the SLA policy.")};
    SettingsRepository settings(db);
    QStringList summary;
    for (const SettingValue &setting : storedValues()) {
        if (const Status saved = settings.setValue(setting.key, setting.value); !saved)
            return saved;
        summary.append(setting.key + QLatin1Char('=') + setting.value);
    }
    if (const Status audited = AuditLog(db).append(actor, QStringLiteral("settings.changed"),
                                                   QStringLiteral("sla"), summary.join(QLatin1Char(' ')));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{QCoreApplication::translate("SlaPolicy", "Cannot save the SLA policy.")};
    return {};
}

QList<SettingValue> SlaPolicy::storedValues() const
{
    const SlaPolicy defaults;
    QList<SettingValue> values;
    for (const Field &field : DayFields)
        values.append({QString::fromLatin1(field.key), QString::number(this->*field.days),
                       QString::number(defaults.*field.days)});
    const auto text = [](bool on) {
        return on ? QStringLiteral("true") : QStringLiteral("false");
    };
    values.append({KevKey, text(kevUsesCatalogDueDate), text(defaults.kevUsesCatalogDueDate)});
    return values;
}

QString SlaPolicy::validate() const
{
    for (const Field &field : DayFields) {
        const int days = this->*field.days;
        if (days < 1 || days > 3650)
            return QCoreApplication::translate("SlaPolicy",
                                               "The %1 band must allow between 1 and 3650 days (got %2).")
                .arg(QString::fromLatin1(field.key)
                         .section(QLatin1Char('.'), 1)
                         .section(QLatin1Char('_'), 0, 0))
                .arg(days);
    }
    if (!(criticalDays <= highDays && highDays <= mediumDays && mediumDays <= lowDays))
        return QCoreApplication::translate(
            "SlaPolicy", "A more severe band cannot allow more days than a less severe one.");
    return {};
}
