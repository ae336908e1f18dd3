#pragma once

#include "HostBudget.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

// An Ansible inventory host pattern: a host name with an optional ":PORT" and ranges in brackets, as
// Ansible expands them: web[01:03].example.com is web01, web02, web03 (leading zeros keep the width),
// db-[a:c] is db-a, db-b, db-c, [1:9:4] steps by 4. The names are charged to the import's HostBudget: how
// many a pattern makes is worked out (in checked 64-bit arithmetic) before any is built, so a pattern that
// does not fit the budget is refused without building it.
class HostPattern
{
    Q_DECLARE_TR_FUNCTIONS(HostPattern)

public:
    static constexpr int MaxNumberDigits = 18; // a range bound fits qint64 with room for the arithmetic

    struct Expanded
    {
        QStringList hosts;
        int port = 0; // 0 when the pattern has none
    };
    static Result<Expanded> expand(const QString &pattern, HostBudget *budget);
    // With a budget of its own (one pattern on its own, e.g. in a test).
    static Result<Expanded> expand(const QString &pattern);
};
