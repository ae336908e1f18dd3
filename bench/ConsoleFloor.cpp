#include "ConsoleFloor.h"

#include "storage/AssetRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace ConsoleFloor {

namespace {

// The console's own queries, as the repositories send them: AssetRepository's own text; PatchRepository's
// with the Patches pane's default state and MetricHistory's copied, so a change there must be copied here.

const QString PatchesSelect = QStringLiteral(
    "SELECT p.id, p.asset_id, a.name, p.package, p.architecture, p.installed_version, "
    "p.available_version, p.origin, p.advisory, p.classification, p.severity, p.cves, p.state, "
    "p.detected_at FROM asset_patches p JOIN assets a ON a.id = p.asset_id WHERE 1 = 1 "
    "AND p.state = 'missing'");
const QString PatchesOrder =
    QStringLiteral(" ORDER BY a.name, CASE p.classification WHEN 'security' THEN 0 ELSE 1 END, p.package");

// The Compliance pane's default period is the last 30 days up to the end of today (UTC); FleetMetrics reads
// the history from its start on (patches open or resolved since, each asset's last scans before it).
QStringList complianceQueries()
{
    const QString since =
        QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1 - 30), QTime(0, 0), QTimeZone::utc())
            .toString(Qt::ISODateWithMs);
    return {
        QStringLiteral("SELECT id, name, ring, criticality, tags, os_id, package_manager, created_at, "
                       "transport FROM assets ORDER BY name"),
        QStringLiteral("SELECT id, asset_id, package, available_version, classification, severity, cves, "
                       "state, detected_at, resolved_at FROM asset_patches WHERE (resolved_at IS NULL OR "
                       "resolved_at >= '%1') ORDER BY id")
            .arg(since),
        QStringLiteral("SELECT a.id, s.finished_at, s.status, (SELECT o.finished_at FROM scans o WHERE "
                       "o.asset_id = a.id AND o.finished_at < '%1' AND o.status = 'ok' ORDER BY "
                       "o.finished_at DESC LIMIT 1) FROM assets a JOIN scans s ON s.id = (SELECT x.id FROM "
                       "scans x WHERE x.asset_id = a.id AND x.finished_at < '%1' ORDER BY x.finished_at "
                       "DESC, x.id DESC LIMIT 1)")
            .arg(since),
        QStringLiteral("SELECT s.id, s.asset_id, s.finished_at, s.status FROM assets a CROSS JOIN scans s "
                       "WHERE s.asset_id = a.id AND s.finished_at >= '%1'")
            .arg(since),
        QStringLiteral(
            "SELECT d.id, d.change_request_id, d.asset_id, d.ring, d.state, COALESCE(r.kind, 'deploy'), "
            "d.finished_at FROM deployments d LEFT JOIN deployment_runs r ON r.id = d.run_id ORDER BY "
            "d.id"),
        QStringLiteral("SELECT cve_id FROM vulnerabilities WHERE kev <> 0")};
}

QString likeAnyColumn(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    QStringList any;
    for (const char *column :
         {"a.name", "p.package", "p.installed_version", "p.available_version", "p.origin", "p.advisory",
          "p.classification", "p.severity", "p.cves", "p.state", "p.detected_at"})
        any.append(QStringLiteral("%1 LIKE '%%2%'").arg(QLatin1String(column), escaped));
    return QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

struct ShellRun
{
    QList<double> statementMs; // per statement, as `.timer on` reports (millisecond resolution)
    double wallMs = 0;         // the shell's whole run: spawn, key, statements, exit
    QStringList lastRows;      // what the last statement printed when `keepOutput`
};

// One sqlcipher shell over `path`: the key on stdin first, then the statements.
Result<ShellRun> runShell(const Options &options, const QStringList &statements, bool keepOutput = false)
{
    QProcess shell;
    shell.setProgram(QStringLiteral("sqlcipher"));
    shell.setArguments({QStringLiteral("-batch"), options.databasePath});
    QByteArray script = "PRAGMA key = \"x'" + options.rawKey.toLatin1() + "'\";\n";
    script += "PRAGMA foreign_keys = ON;\n";
    if (!keepOutput)
        script += ".output /dev/null\n";
    script += ".timer on\n";
    for (const QString &statement : statements)
        script += statement.toUtf8() + ";\n";
    QElapsedTimer wall;
    wall.start();
    shell.start();
    if (!shell.waitForStarted(10000))
        return Error{QStringLiteral("Cannot start sqlcipher (Debian's sqlcipher package): %1")
                         .arg(shell.errorString())};
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(1800000) || shell.exitStatus() != QProcess::NormalExit)
        return Error{QStringLiteral("sqlcipher did not finish.")};
    ShellRun run;
    run.wallMs = double(wall.nsecsElapsed()) / 1e6;
    const QString err = QString::fromUtf8(shell.readAllStandardError()).trimmed();
    if (shell.exitCode() != 0 || !err.isEmpty())
        return Error{QStringLiteral("sqlcipher failed: %1").arg(err)};
    static const QRegularExpression timing(QStringLiteral("^Run Time: real ([0-9.]+)"));
    for (const QString &line : QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto match = timing.match(line);
        if (match.hasMatch())
            run.statementMs.append(match.captured(1).toDouble() * 1000.0);
        else if (!line.isEmpty())
            run.lastRows.append(line);
    }
    // The key and foreign_keys pragmas are timed too: only the statements' times count.
    run.statementMs = run.statementMs.mid(std::max<qsizetype>(0, run.statementMs.size() - statements.size()));
    if (run.statementMs.size() != statements.size())
        return Error{QStringLiteral("sqlcipher printed %1 timings for %2 statements.")
                         .arg(run.statementMs.size())
                         .arg(statements.size())};
    return run;
}

double sum(const QList<double> &values)
{
    double total = 0;
    for (double value : values)
        total += value;
    return total;
}

} // namespace

Result<QJsonObject> measure(const Options &options)
{
    QJsonObject figures;
    const auto counts =
        runShell(options,
                 {QStringLiteral("SELECT (SELECT COUNT(*) FROM assets) || ' ' || (SELECT COUNT(*) "
                                 "FROM asset_patches WHERE state = 'missing')")},
                 true);
    if (!counts)
        return counts.error();
    const QStringList numbers = counts.value().lastRows.value(0).split(QLatin1Char(' '));
    figures.insert(QStringLiteral("assetRows"), numbers.value(0).toDouble());
    figures.insert(QStringLiteral("patchRows"), numbers.value(1).toDouble());

    const auto launch = runShell(options, {AssetRepository::listStatement()});
    if (!launch)
        return launch.error();
    figures.insert(QStringLiteral("launchMs"), launch.value().wallMs);
    figures.insert(QStringLiteral("assetsQueryMs"), sum(launch.value().statementMs));

    const auto patches = runShell(options, {PatchesSelect + PatchesOrder});
    if (!patches)
        return patches.error();
    figures.insert(QStringLiteral("patchesMs"), sum(patches.value().statementMs));

    QStringList prefixes;
    for (int i = 1; i <= options.filterWord.size(); ++i)
        prefixes.append(PatchesSelect + likeAnyColumn(options.filterWord.left(i)) + PatchesOrder);
    const auto filter = runShell(options, prefixes);
    if (!filter)
        return filter.error();
    QJsonArray keystrokes;
    for (double ms : filter.value().statementMs)
        keystrokes.append(ms);
    figures.insert(QStringLiteral("filterKeystrokesMs"), keystrokes);
    figures.insert(QStringLiteral("filterMaxMs"),
                   *std::max_element(filter.value().statementMs.cbegin(), filter.value().statementMs.cend()));

    const auto sort =
        runShell(options, {PatchesSelect +
                           QStringLiteral(" ORDER BY CASE p.severity WHEN 'critical' THEN 4 WHEN "
                                          "'important' THEN 3 WHEN 'moderate' THEN 2 WHEN 'low' THEN 1 "
                                          "ELSE 0 END DESC, p.detected_at")});
    if (!sort)
        return sort.error();
    figures.insert(QStringLiteral("sortMs"), sum(sort.value().statementMs));

    QStringList details;
    for (const char *offset : {"0", "(SELECT COUNT(*) / 2 FROM asset_patches WHERE state = 'missing')",
                               "(SELECT COUNT(*) - 1 FROM asset_patches WHERE state = 'missing')"}) {
        const QString id = QStringLiteral("(SELECT id FROM asset_patches WHERE state = 'missing' ORDER BY id "
                                          "LIMIT 1 OFFSET %1)")
                               .arg(QLatin1String(offset));
        details.append(
            QStringLiteral("SELECT p.*, a.name FROM asset_patches p JOIN assets a ON a.id = p.asset_id "
                           "WHERE p.id = %1")
                .arg(id));
        details.append(
            QStringLiteral("SELECT v.* FROM vulnerabilities v WHERE instr(',' || (SELECT cves FROM "
                           "asset_patches WHERE id = %1) || ',', ',' || v.cve_id || ',') > 0")
                .arg(id));
    }
    const auto detail = runShell(options, details);
    if (!detail)
        return detail.error();
    // Per row: its two statements; the slowest row counts, as in the console's figure.
    double detailsMax = 0;
    for (int i = 0; i + 1 < detail.value().statementMs.size(); i += 2)
        detailsMax =
            std::max(detailsMax, detail.value().statementMs.at(i) + detail.value().statementMs.at(i + 1));
    figures.insert(QStringLiteral("detailsMs"), detailsMax);

    const auto compliance = runShell(options, complianceQueries());
    if (!compliance)
        return compliance.error();
    figures.insert(QStringLiteral("complianceMs"), sum(compliance.value().statementMs));
    return figures;
}

} // namespace ConsoleFloor
