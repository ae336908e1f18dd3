#pragma once

#include "AnsibleInventory.h"

#include "domain/Result.h"

#include <QCoreApplication>

// Reads Ansible's INI inventory format into an AnsibleInventory: hosts before any section are "ungrouped";
// [group] lists hosts (a host pattern, then key=value variables, quoted as in a shell; # starts a comment),
// [group:vars] holds key=value lines, [group:children] names child groups. Lines starting with # or ; are
// comments. Anything else is a problem naming the line.
class AnsibleIni
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleIni)

public:
    static QList<ImportProblem> parse(const QString &text, AnsibleInventory *inventory);

    // Splits a host line into words the way Ansible does (shlex with comments): 'single' and "double"
    // quotes, backslash escapes in double quotes, # at the start of a word ends the line.
    static Result<QStringList> words(const QString &line);
};
