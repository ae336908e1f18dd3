#include "StorageReport.h"

#include "BenchReport.h"

using BenchReport::grouped;
using BenchReport::number;
using BenchReport::row;

namespace StorageReport {

void addRatios(QJsonObject *results)
{
    const QJsonObject variants = results->value(QLatin1String("variants")).toObject();
    results->insert(QStringLiteral("ratio"),
                    BenchReport::ratios(variants.value(QLatin1String(Encrypted)).toObject(),
                                        variants.value(QLatin1String(Plain)).toObject()));
}

QString table(const QJsonObject &results)
{
    const QJsonObject machine = results.value(QLatin1String("machine")).toObject();
    const QJsonObject parameters = results.value(QLatin1String("parameters")).toObject();
    const QJsonObject variants = results.value(QLatin1String("variants")).toObject();
    const QJsonObject encrypted = variants.value(QLatin1String(Encrypted)).toObject();
    const QJsonObject plain = variants.value(QLatin1String(Plain)).toObject();
    const QJsonObject ratio = results.value(QLatin1String("ratio")).toObject();
    const auto line = [&](const QString &label, const QStringList &path, int decimals) {
        const double e = BenchReport::at(encrypted, path);
        const double p = BenchReport::at(plain, path);
        const bool big = decimals == 0;
        return row(label, big ? grouped(e) : number(e, decimals), big ? grouped(p) : number(p, decimals),
                   BenchReport::ratioText(ratio, path));
    };

    QString text;
    text += QStringLiteral("Patchwright storage benchmark on %1 (%2 logical CPUs)\n")
                .arg(machine.value(QLatin1String("cpu")).toString())
                .arg(machine.value(QLatin1String("logicalCpus")).toInt());
    text += QStringLiteral("SQLCipher: %1\nSQLite:    %2\n\n")
                .arg(encrypted.value(QLatin1String("engine")).toString(),
                     plain.value(QLatin1String("engine")).toString());
    text += row(QString(), QStringLiteral("SQLCipher"), QStringLiteral("SQLite"), QStringLiteral("ratio"));
    text += row(QString(), QStringLiteral("(raw key)"), QStringLiteral("(PW_PLAINTEXT=1)"),
                QStringLiteral("SQLCipher/"));
    text += QStringLiteral("Insert %1 asset_patches rows, %2 per transaction\n")
                .arg(grouped(parameters.value(QLatin1String("rows")).toDouble()),
                     grouped(parameters.value(QLatin1String("batch")).toDouble()));
    text += line(QStringLiteral("  rows/s"), {QStringLiteral("insert"), QStringLiteral("rowsPerSecond")}, 0);
    text += line(QStringLiteral("  seconds"), {QStringLiteral("insert"), QStringLiteral("seconds")}, 2);
    text +=
        line(QStringLiteral("  peak RSS (MiB)"), {QStringLiteral("insert"), QStringLiteral("peakRssMiB")}, 1);
    text += QStringLiteral("Open a %1 MiB database: Database::open + SELECT count(*) FROM asset_patches\n")
                .arg(parameters.value(QLatin1String("sizeMb")).toInt());
    text +=
        line(QStringLiteral("  file size (MiB)"), {QStringLiteral("bulk"), QStringLiteral("megabytes")}, 1);
    text += line(QStringLiteral("  rows"), {QStringLiteral("bulk"), QStringLiteral("rows")}, 0);
    text += line(QStringLiteral("  first open, cold cache: total (ms)"),
                 {QStringLiteral("open"), QStringLiteral("first"), QStringLiteral("totalMs")}, 1);
    text += line(QStringLiteral("    Database::open (ms)"),
                 {QStringLiteral("open"), QStringLiteral("first"), QStringLiteral("openMs")}, 1);
    text += line(QStringLiteral("    SELECT count(*) (ms)"),
                 {QStringLiteral("open"), QStringLiteral("first"), QStringLiteral("countMs")}, 1);
    text += line(QStringLiteral("    file in page cache before (%)"),
                 {QStringLiteral("open"), QStringLiteral("first"), QStringLiteral("residentPercent")}, 1);
    const QString opens = QString::number(parameters.value(QLatin1String("opens")).toInt());
    text += line(QStringLiteral("  median of %1 warm opens: total (ms)").arg(opens),
                 {QStringLiteral("open"), QStringLiteral("median"), QStringLiteral("totalMs")}, 1);
    text += line(QStringLiteral("    Database::open (ms)"),
                 {QStringLiteral("open"), QStringLiteral("median"), QStringLiteral("openMs")}, 1);
    text += line(QStringLiteral("    SELECT count(*) (ms)"),
                 {QStringLiteral("open"), QStringLiteral("median"), QStringLiteral("countMs")}, 1);
    return text;
}

} // namespace StorageReport
