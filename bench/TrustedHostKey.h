#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

// Stores the benchmark sshd's ed25519 host key as accepted for host:port (KnownHostKeys), as an admin's
// `asset trust` would, so the measured run never meets an unknown key.
Status trustHostKey(const QSqlDatabase &db, const QString &actor, const QString &host, int port,
                    const QString &fingerprint);
