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
    const QString line = match.captured(1);
    return line.startsWith(QLatin1String("---")) ||
           (line.endsWith(QLatin1Char(':')) && !line.startsWith(QLatin1Char('[')));
}

ParsedAssets AnsibleInventoryImport::parse(const QByteArray &bytes)
{
    ParsedAssets parsed;
    QString text;
    if (const auto problem = ImportText::decode(bytes, &text)) {
        parsed.problems.append(*problem);
        return parsed;
    }
    AnsibleInventory inventory;
    const QList<ImportProblem> problems =
        looksLikeYaml(text) ? AnsibleYaml::parse(text, &inventory) : AnsibleIni::parse(text, &inventory);
    if (!problems.isEmpty()) {
        parsed.problems = problems;
        return parsed;
    }
    return inventory.assets();
}
