#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <memory>

class Database;
class KeyStore;

// Opens the database a user chose, with its key (DatabaseLocation), and finishes a key rotation that was
// interrupted between re-encrypting the file and storing the new key (see DatabaseRekey). Records where the
// key of an encrypted file lives (KeyLocation) once the file is open.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    static Result<std::unique_ptr<Database>> open(const QString &argument, const QString &passphrase,
                                                  const KeyStore &keyStore);

private:
    static Result<std::unique_ptr<Database>> openWithKey(const QString &argument, const QString &passphrase,
                                                         const KeyStore &keyStore);
};
