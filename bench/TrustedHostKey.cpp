#include "TrustedHostKey.h"

#include "storage/KnownHostKeys.h"

Status trustHostKey(const QSqlDatabase &db, const QString &actor, const QString &host, int port,
                    const QString &fingerprint)
{
    KnownHostKey key;
    key.host = host;
    key.port = port;
    key.keyType = QStringLiteral("ssh-ed25519");
    key.fingerprint = fingerprint;
    return KnownHostKeys(db, actor).accept(key);
}
