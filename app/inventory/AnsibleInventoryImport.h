#pragma once

#include "ImportedAsset.h"

#include <QByteArray>
#include <QCoreApplication>

// Assets from an Ansible inventory file, INI or YAML (told apart by the content: YAML starts with "---" or
// a "group:" line, INI with hosts or [sections]). See AnsibleInventory for the variables that are read.
class AnsibleInventoryImport
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleInventoryImport)

public:
    static ParsedAssets parse(const QByteArray &bytes);
    static bool looksLikeYaml(const QString &text);
};
