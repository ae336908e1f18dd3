#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `intel import FEED FILE`, `intel sync [FEED...]`, `intel status`, `intel correlate`, and where feeds come
// from: `intel source FEED [URL]`, `intel proxy [URL]`.
class IntelCommand
{
    Q_DECLARE_TR_FUNCTIONS(IntelCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int importFile(CliContext &context, const QStringList &arguments);
    static int sync(CliContext &context, const QStringList &arguments);
    static int status(CliContext &context, const QStringList &arguments);
    static int correlate(CliContext &context, const QStringList &arguments);
    static int source(CliContext &context, const QStringList &arguments);
    static int proxy(CliContext &context, const QStringList &arguments);
};
