#include "AssetImport.h"

#include "AnsibleInventoryImport.h"
#include "AssetFields.h"
#include "AssetValidation.h"
#include "CsvAssetImport.h"
#include "ImportText.h"

#include "storage/AssetRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

bool AssetImport::kindFromString(const QString &text, Kind *kind)
{
    if (text == QLatin1String("csv"))
        *kind = Kind::Csv;
    else if (text == QLatin1String("ansible"))
        *kind = Kind::Ansible;
    else
        return false;
    return true;
}

Result<AssetImport::Report> AssetImport::importFile(AssetRepository &repository, const QString &path,
                                                    Kind kind, bool update)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > ImportText::MaxBytes)
        return Error{tr("%1 is larger than %2 MiB; nothing was imported.")
                         .arg(path)
                         .arg(ImportText::MaxBytes / (1024 * 1024)),
                     tr("Split the file.")};
    const QByteArray data = file.read(ImportText::MaxBytes + 1);
    if (kind == Kind::Auto)
        kind = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                   ? Kind::Csv
                   : Kind::Ansible;
    return importData(repository, data, kind, update);
}

bool AssetImport::sameSettings(const Asset &a, const Asset &b)
{
    return a.name == b.name && a.transport == b.transport && a.address == b.address && a.port == b.port &&
           a.user == b.user && a.identityFile == b.identityFile && a.criticality == b.criticality &&
           a.exposure == b.exposure && a.ring == b.ring && a.tags == b.tags;
}

Result<AssetImport::Report> AssetImport::importData(AssetRepository &repository, const QByteArray &data,
                                                    Kind kind, bool update)
{
    const ParsedAssets parsed =
        kind == Kind::Csv ? CsvAssetImport::parse(data) : AnsibleInventoryImport::parse(data);
    Report report;
    report.problems = parsed.problems;
    if (report.problems.isEmpty() && parsed.assets.isEmpty())
        report.problems.append({0, tr("the file names no assets")});

    const auto existing = repository.list();
    if (!existing)
        return existing.error();
    QHash<QString, Asset> byName;
    for (const Asset &asset : existing.value())
        byName.insert(asset.name, asset);

    QHash<QString, int> seen; // name → line, for names given twice
    QList<Asset> toSave;
    for (const ImportedAsset &imported : parsed.assets) {
        const QString &name = imported.asset.name;
        if (const auto first = seen.constFind(name); first != seen.cend()) {
            report.problems.append(
                {imported.line,
                 tr("%1 is also on line %2").arg(ImportText::excerpt(name)).arg(first.value())});
            continue;
        }
        seen.insert(name, imported.line);
        Asset asset = imported.asset;
        const auto stored = byName.constFind(name);
        const bool exists = stored != byName.cend();
        if (exists && !update) {
            report.problems.append(
                {imported.line, tr("an asset named %1 already exists").arg(ImportText::excerpt(name))});
            ++report.existing;
            continue;
        }
        if (exists) {
            asset = stored.value();
            AssetFields::copy(imported.asset, imported.given, &asset);
        }
        const QList<AssetProblem> problems = AssetValidation::problems(asset);
        // The asset by its name, unless the name is what is wrong (its own problem quotes it).
        const QString who = name.isEmpty()                                 ? tr("(no name)")
                            : AssetValidation::nameProblem(name).isEmpty() ? name
                                                                           : tr("(invalid name)");
        for (const AssetProblem &problem : problems)
            report.problems.append(
                {imported.line, tr("%1: %2: %3").arg(who, problem.field, problem.message)});
        if (!problems.isEmpty())
            continue;
        if (!exists) {
            report.added.append({name, imported.line});
            toSave.append(asset);
        } else if (sameSettings(asset, stored.value())) {
            report.unchanged.append({name, imported.line});
        } else {
            report.updated.append({name, imported.line});
            toSave.append(asset);
        }
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    if (!report.problems.isEmpty()) {
        report.added.clear();
        report.updated.clear();
        report.unchanged.clear();
        return report;
    }
    if (Status saved = repository.saveAll(toSave); !saved)
        return saved.error();
    return report;
}
