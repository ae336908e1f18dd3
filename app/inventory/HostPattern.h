#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

// An Ansible inventory host pattern: a host name with an optional ":PORT" and ranges in brackets, as
// Ansible expands them: web[01:03].example.com is web01, web02, web03 (leading zeros keep the width),
// db-[a:c] is db-a, db-b, db-c, [1:9:4] steps by 4. A pattern expands to at most MaxHosts names.
class HostPattern
{
    Q_DECLARE_TR_FUNCTIONS(HostPattern)

public:
    static constexpr int MaxHosts = 10000;

    struct Expanded
    {
        QStringList hosts;
        int port = 0; // 0 when the pattern has none
    };
    static Result<Expanded> expand(const QString &pattern);
};
