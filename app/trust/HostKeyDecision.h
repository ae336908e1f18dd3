#pragma once

#include "endpoints/HostKeyVerifier.h"

#include "storage/KnownHostKeys.h"

#include <QCoreApplication>

#include <optional>

// The pure decision on an offered host key against the keys the console accepted for that host and port,
// and the errors it shows for an unknown or a changed key.
class HostKeyDecision
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyDecision)

public:
    enum class Verdict
    {
        Trusted,
        Unknown,
        Changed // another fingerprint is stored for this type, or only keys of other types are stored
    };
    struct Outcome
    {
        Verdict verdict = Verdict::Unknown;
        std::optional<KnownHostKey> stored; // the key it conflicts with, for Changed
    };
    static Outcome decide(const QList<KnownHostKey> &known, const HostKeyInfo &offered);

    // The errors shown for an unknown or a changed key; `assetName` goes into the hint's commands.
    static Error unknownError(const HostKeyInfo &offered, const QString &assetName);
    static Error changedError(const HostKeyInfo &offered, const KnownHostKey &stored,
                              const QString &assetName);
};
