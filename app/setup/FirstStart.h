#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

class Database;

// What the console does the first time it opens a database: register this machine as the first asset,
// once. If the admin later removes it, it stays removed. Never in team mode: a shared database lists the
// fleet, not the workstations its admins happen to run the console on.
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(FirstStart)

public:
    // Returns true when this call registered the machine.
    static Result<bool> ensureThisMachine(Database &database);
    static QString thisMachineName();
};
