#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include "endpoints/EndpointForAsset.h"
#include "jobs/RunDefaults.h"

#include <QCoreApplication>

#include <optional>

// The options every command that reaches endpoints shares: --timeout (per command), --connect-timeout and
// --output-cap (per command and stream), and --parallel where a command has it. A flag that is not given
// takes the team's value from the database's settings (RunDefaults, Settings ▸ Preferences in the console):
// out of the box 5 min (30 min for deployments), 30 s, 64 MiB and 32 assets at once.
class EndpointLimits
{
    Q_DECLARE_TR_FUNCTIONS(EndpointLimits)

public:
    enum class Work
    {
        Scan,  // --timeout defaults to the scan command timeout
        Deploy // --timeout defaults to the deployment command timeout (installs need longer)
    };

    static QList<QCommandLineOption> options(Work work = Work::Scan);

    // After parsing: CliContext::Success, else the exit code of what was printed: Usage when a value is out
    // of range, Failure when the team's values cannot be read.
    int read(CliContext &context, const CommandArguments &args, Work work = Work::Scan);
    // --parallel when given (1 to Parallelism::Max), else the team's; nullopt (usage printed) when refused.
    std::optional<int> parallelism(CliContext &context, const CommandArguments &args) const;

    RunLimits runLimits() const { return m_limits; }
    void applyTo(EndpointContext &context) const { context.connectTimeout = m_connectTimeout; }

private:
    RunDefaults m_team;
    RunLimits m_limits;
    std::chrono::milliseconds m_connectTimeout{std::chrono::seconds(30)};
};
