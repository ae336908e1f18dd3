#pragma once

#include "CliContext.h"

#include <QCoreApplication>

// `change create|submit|approve|reject|request-changes|list|show`: change requests for the change board.
class ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int create(CliContext &context, const QStringList &arguments);
    static int submit(CliContext &context, const QStringList &arguments);
    // decisionText: a ReviewDecision's stored word ("approved", "rejected", "changes-requested").
    static int decide(CliContext &context, const QStringList &arguments, const QString &decisionText);
    static int list(CliContext &context, const QStringList &arguments);
    static int show(CliContext &context, const QStringList &arguments);
};
