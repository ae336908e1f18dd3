#include "RunDefaults.h"

namespace {

struct Field
{
    const char *key;
    int RunDefaults::*value;
    int low;
    int high;
};

constexpr Field Fields[] = {
    {"run.parallelism", &RunDefaults::parallelism, 1, RunDefaults::MaxParallelism},
    {"run.connect_timeout_seconds", &RunDefaults::connectTimeoutSeconds, 1, RunDefaults::MaxConnectSeconds},
    {"run.scan_timeout_seconds", &RunDefaults::scanTimeoutSeconds, 1, RunDefaults::MaxCommandSeconds},
    {"run.deploy_timeout_seconds", &RunDefaults::deployTimeoutSeconds, 1, RunDefaults::MaxCommandSeconds},
    {"run.output_cap_mib", &RunDefaults::outputCapMiB, 1, RunDefaults::MaxOutputCapMiB},
};

// What the value is, in words, for the message that refuses it.
QString describe(int RunDefaults::*value)
{
    if (value == &RunDefaults::parallelism)
        return RunDefaults::tr("Assets at once must be from %1 to %2 (got %3).");
    if (value == &RunDefaults::connectTimeoutSeconds)
        return RunDefaults::tr("The connect timeout must be from %1 to %2 seconds (got %3).");
    if (value == &RunDefaults::scanTimeoutSeconds)
        return RunDefaults::tr("The scan command timeout must be from %1 to %2 seconds (got %3).");
    if (value == &RunDefaults::deployTimeoutSeconds)
        return RunDefaults::tr("The deployment command timeout must be from %1 to %2 seconds (got %3).");
    return RunDefaults::tr("The output cap must be from %1 to %2 MiB (got %3).");
}

} // namespace

Result<RunDefaults> RunDefaults::load(QSqlDatabase db)
{
    SettingsRepository settings(std::move(db));
    RunDefaults defaults;
    for (const Field &field : Fields) {
        const auto stored = settings.value(QString::fromLatin1(field.key));
        if (!stored)
            return stored.error();
        bool numeric = false;
        const int value = stored.value().toInt(&numeric);
        if (numeric && value >= field.low && value <= field.high)
            defaults.*field.value = value;
    }
    return defaults;
}

QStringList RunDefaults::problems() const
{
    QStringList problems;
    for (const Field &field : Fields) {
        const int value = this->*field.value;
        if (value < field.low || value > field.high)
            problems.append(describe(field.value).arg(field.low).arg(field.high).arg(value));
    }
    return problems;
}

QList<SettingValue> RunDefaults::storedValues() const
{
    const RunDefaults defaults;
    QList<SettingValue> values;
    for (const Field &field : Fields)
        values.append({QString::fromLatin1(field.key), QString::number(this->*field.value),
                       QString::number(defaults.*field.value)});
    return values;
}

RunLimits RunDefaults::limits(int timeoutSeconds) const
{
    RunLimits limits;
    limits.timeout = std::chrono::seconds(timeoutSeconds);
    limits.connectTimeout = std::chrono::seconds(connectTimeoutSeconds);
    limits.outputCap = qint64(outputCapMiB) * 1024 * 1024;
    return limits;
}
