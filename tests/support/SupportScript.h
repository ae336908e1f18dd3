#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

// Runs one of the tests' shell scripts (tests/support, PW_SUPPORT_DIR) with `sh`, waiting at most 15 minutes
// (building the cached Debian root takes a few on first use); an Error with its output when it fails.
Status runSupportScript(const QString &script, const QStringList &arguments);
