#include "AnsibleInventoryImport.h"

#include "AnsibleIni.h"
#include "AnsibleInventory.h"
#include "AnsibleYaml.h"
#include "ImportText.h"

#include <QRegularExpression>

bool AnsibleInventoryImport::looksLikeYaml(const QString &text)
{
    static const QRegularExpression firstLine(QStringLiteral("^\\s*([^#;\\s].*?)\\s*$"),
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = firstLine.match(text);
    if (!match.hasMatch())
        return false;
    // YAML opens with "---", a directive, a flow mapping or a "key:" (an INI host may have ":port", never
    // a colon before a space).
    static const QRegularExpression yamlStart(
        QStringLiteral("^(---|%YAML|\\{|(\"[^\"]*\"|'[^']*'|[^\\[\\s]+):(\\s|$))"));
    return yamlStart.match(match.captured(1)).hasMatch();
}

ParsedAssets AnsibleInventoryImport::parse(const QByteArray &bytes)
{
    return ImportText::parse(bytes, [](const QString &text) {
        AnsibleInventory inventory;
        const QList<ImportProblem> problems =
            looksLikeYaml(text) ? AnsibleYaml::parse(text, &inventory) : AnsibleIni::parse(text, &inventory);
        if (problems.isEmpty())
            return inventory.assets();
        ParsedAssets parsed;
        parsed.problems = problems;
        return parsed;
    });
}
