#pragma once

#include "SqlCipherDriver.h"

#include <QString>

// The connect options of SqlCipherDriver (see its header for what each means), parsed.
struct SqlCipherOpenOptions
{
    SqlCipherDriver::KeyKind keyKind = SqlCipherDriver::KeyKind::Passphrase;
    bool plaintext = false;
    bool readOnly = false;
    int compatibility = 0; // 0: not requested
    int busyTimeoutMs = 15000;
    bool checkOnOpen = true;
    bool cancellableReads = false;

    // Parses `connectOptions` ("NAME=value;..."); returns what is wrong, or an empty string.
    static QString parse(const QString &connectOptions, SqlCipherOpenOptions *options);
};
