#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>

// The one bound on host expansion for a whole inventory import, shared by the INI and YAML readers: every
// host name a pattern expands to (web[01:03] is three) is charged to it, counting a host again for each
// group that lists it, with the characters of its name. A small file of many ranges, or YAML aliases that
// repeat a host list, therefore cannot make more than MaxHosts names or MaxNameChars characters in all.
// Charges are checked before anything is built, in 64-bit arithmetic that cannot overflow.
class HostBudget
{
    Q_DECLARE_TR_FUNCTIONS(HostBudget)

public:
    static constexpr qint64 MaxHosts = 100000;
    static constexpr qint64 MaxNameChars = 8 * 1024 * 1024;

    // Whether `hosts` more names of at most `charsEach` characters each fit (nothing is charged).
    Status fits(qint64 hosts, qint64 charsEach) const;
    // Charges `hosts` names of `nameChars` characters in all; once a charge does not fit, it and every
    // later one is an Error naming the limit. Its errors have the code "host-budget": the import stops.
    Status charge(qint64 hosts, qint64 nameChars);

    qint64 hosts() const { return m_hosts; }
    qint64 nameChars() const { return m_nameChars; }

private:
    static Error tooManyHosts();
    static Error tooManyChars();

    qint64 m_hosts = 0;
    qint64 m_nameChars = 0;
    std::optional<Error> m_spent;
};
