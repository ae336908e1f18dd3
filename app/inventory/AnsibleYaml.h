#pragma once

#include "AnsibleInventory.h"

#include <QCoreApplication>

// Reads Ansible's YAML inventory format into an AnsibleInventory: top-level keys are groups (usually
// "all"); a group is a mapping of "hosts" (host pattern → its variables or nothing), "vars" and "children"
// (group name → group). Any other key in a group is a problem naming its line. The YAML itself is read as
// Ansible reads it (anchors, aliases, merge keys, block and flow styles, block scalars; see YamlReader).
class AnsibleYaml
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleYaml)

public:
    static QList<ImportProblem> parse(const QString &text, AnsibleInventory *inventory);
};
