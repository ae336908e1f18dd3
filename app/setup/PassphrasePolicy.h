#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

// The one rule for a passphrase that creates a database or becomes its new key, whoever gives it: the GUI's
// PassphraseDialog, the CLI's --passphrase-file and --new-passphrase-file, and PATCHWRIGHT_DB_PASSPHRASE.
// Opening an existing database with the passphrase it already has is never checked against it.
//
// The rule: at least MinimumLength characters (Unicode code points). Passing it is not the same as being
// strong: weakness() names what makes an accepted passphrase easy to guess, as a hint.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int MinimumLength = 12;
    static constexpr const char *TooShortCode = "passphrase-too-short";

    // The rule in words, e.g. "at least 12 characters".
    static QString rule();
    // Refuses a passphrase that breaks the rule; `source` names where it came from (e.g.
    // "PATCHWRIGHT_DB_PASSPHRASE"), empty when the user typed it.
    static Status check(const QString &passphrase, const QString &source = QString());
    // What makes `passphrase` weak even though it passes (few different characters, one kind of
    // character); empty when there is nothing to say.
    static QString weakness(const QString &passphrase);
    static int length(const QString &passphrase);
};
