#include "AssetImportCommand.h"

#include "inventory/AssetImport.h"
#include "storage/AssetRepository.h"

CliCommand AssetImportCommand::command()
{
    return CliCommand(QStringLiteral("import"), tr("Add assets from a CSV file or an Ansible inventory."))
        .describe(
            tr("Add assets from a CSV file (a header row of asset add option names: name,transport,address,"
               "port,user,identity,criticality,exposure,ring,tags) or an Ansible inventory (INI or YAML). "
               "All or nothing: one problem and no asset is added."))
        .positional(QStringLiteral("file"), tr("The CSV file or Ansible inventory."), QStringLiteral("FILE"))
        .option({QStringLiteral("kind"), tr("csv or ansible (default: csv for *.csv, else ansible)."),
                 QStringLiteral("csv|ansible")})
        .option(
            {QStringLiteral("update"),
             tr("Change assets that already exist (only the fields the file gives) instead of refusing.")})
        .listing({QStringLiteral("name"), QStringLiteral("action"), QStringLiteral("line")})
        .handler(&run);
}

int AssetImportCommand::run(CliContext &context, const CommandArguments &args)
{
    const QCommandLineParser &p = args.parser();
    if (p.positionalArguments().size() != 1)
        return context.usage(tr("asset import needs exactly one file."));
    AssetImport::Kind kind = AssetImport::Kind::Auto;
    if (p.isSet(QStringLiteral("kind")) &&
        !AssetImport::kindFromString(p.value(QStringLiteral("kind")), &kind))
        return context.usage(tr("--kind must be csv or ansible."));

    const QString file = p.positionalArguments().constFirst();
    AssetRepository repository(context.database->connection(), context.database->actor());
    const auto imported = AssetImport::importFile(repository, file, kind, p.isSet(QStringLiteral("update")));
    if (!imported)
        return context.fail(imported.error().text());
    const AssetImport::Report &report = imported.value();
    if (!report.problems.isEmpty()) {
        for (const ImportProblem &problem : report.problems)
            context.err << (problem.line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(problem.line)
                                             : file + QStringLiteral(": "))
                        << problem.message << Qt::endl;
        return context.fail(
            tr("Nothing was imported from %1 (problems: %2). Fix them (use --update to change "
               "assets that exist) and import again.")
                .arg(file)
                .arg(report.problems.size()));
    }

    OutputTable table(args.jsonKeys());
    const QList<std::pair<const QList<AssetImport::Entry> *, QString>> groups{
        {&report.added, QStringLiteral("added")},
        {&report.updated, QStringLiteral("updated")},
        {&report.unchanged, QStringLiteral("unchanged")}};
    for (const auto &[entries, action] : groups) {
        for (const AssetImport::Entry &entry : *entries)
            table.addRow({entry.name, action, entry.line});
    }
    context.print(table.render(args.format()));
    if (args.format() == OutputTable::Format::Table)
        context.out << tr("%1 added, %2 updated, %3 unchanged.")
                           .arg(report.added.size())
                           .arg(report.updated.size())
                           .arg(report.unchanged.size())
                    << Qt::endl;
    return CliContext::Success;
}
