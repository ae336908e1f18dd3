#pragma once

#include "endpoints/HostKeyVerifier.h"

#include "domain/Asset.h"
#include "domain/Result.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>

#include <chrono>

// What an asset's host offers to be trusted by, read without logging in: an SSH host key, or a WinRM
// listener's TLS certificate (HostKeyInfo::CertificateKeyType, with subject, issuer and validity in details).
// For `asset trust` and the console's host-key dialog, which then decide with HostKeyDecision.
struct OfferedKey
{
    Q_DECLARE_TR_FUNCTIONS(OfferedKey)

public:
    HostKeyInfo key;
    // A certificate that verified against the asset's CA file or the system's CAs needs no pin: it is
    // trusted as it is (vouchedBy says by what).
    bool vouchedByCa = false;
    QString vouchedBy;

    static Result<OfferedKey> fetch(const Asset &asset, const DatabaseConfig &config,
                                    std::chrono::milliseconds timeout);
};
