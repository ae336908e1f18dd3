#pragma once

#include "AnsibleInventory.h"
#include "YamlSubset.h"

#include <QCoreApplication>

// Reads Ansible's YAML inventory format into an AnsibleInventory: top-level keys are groups (usually
// "all"); a group is a mapping of "hosts" (host pattern → its variables or nothing), "vars" and "children"
// (group name → group). Any other key in a group is a problem naming its line.
class AnsibleYaml
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleYaml)

public:
    static QList<ImportProblem> parse(const QString &text, AnsibleInventory *inventory);

private:
    static void readGroup(const QString &name, const YamlNode &group, int line, int depth,
                          AnsibleInventory *inventory, QList<ImportProblem> *problems);
    static AnsibleInventory::Vars readVars(const YamlNode &vars, const QString &owner,
                                           QList<ImportProblem> *problems);
};
