#pragma once

#include "CliContext.h"
#include "CommandArguments.h"

#include <QCoreApplication>

// `asset trust NAME [--fingerprint SHA256:...]`: connects, shows the host key, and stores it in the
// console's known-hosts table. With --fingerprint only a key with that fingerprint is stored (it may then
// replace a changed key: the admin verified the new one). Without it, a changed key is refused.
class AssetTrustCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssetTrustCommand)

public:
    static CliCommand command();

private:
    static int run(CliContext &context, const CommandArguments &args);
};
