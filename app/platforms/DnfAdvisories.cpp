#include "DnfAdvisories.h"

#include "OutputLines.h"
#include "RpmGrammar.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLineLength = 4096;

struct Row
{
    QString key; // advisory id or CVE
    PatchClassification classification = PatchClassification::Other;
    PatchSeverity severity = PatchSeverity::Unknown;
    AdvisoryPackage package;
};

bool parseLabel(const QString &label, Row *row)
{
    if (label.endsWith(u"/Sec."_s)) {
        row->classification = PatchClassification::Security;
        const QString severity = label.chopped(5);
        if (severity == u"Unknown"_s)
            return true;
        return parseTypedWord(severity.toLower(), &row->severity) && row->severity != PatchSeverity::Unknown;
    }
    if (label == u"security"_s)
        row->classification = PatchClassification::Security;
    else if (label == u"bugfix"_s)
        row->classification = PatchClassification::Bugfix;
    else if (label == u"enhancement"_s)
        row->classification = PatchClassification::Enhancement;
    else if (label != u"newpackage"_s && label != u"unknown"_s)
        return false;
    return true;
}

// "pw-lib-2:3.4-6.noarch" -> pw-lib, 2:3.4-6, noarch.
bool parseNevra(const QString &nevra, AdvisoryPackage *package)
{
    const qsizetype dot = nevra.lastIndexOf(u'.');
    const qsizetype release = dot > 0 ? nevra.lastIndexOf(u'-', dot) : -1;
    const qsizetype version = release > 0 ? nevra.lastIndexOf(u'-', release - 1) : -1;
    if (version <= 0)
        return false;
    package->package = nevra.left(version);
    package->version = nevra.mid(version + 1, dot - version - 1);
    package->architecture = nevra.mid(dot + 1);
    if (!RpmGrammar::isValidPackageName(package->package) || !RpmGrammar::isValidVersion(package->version) ||
        !RpmGrammar::isValidArchitecture(package->architecture))
        return false;
    package->version = RpmGrammar::withoutZeroEpoch(package->version);
    return true;
}

bool samePackage(const AdvisoryPackage &a, const AdvisoryPackage &b)
{
    return a.package == b.package && a.architecture == b.architecture && a.version == b.version;
}

// Every row of an `updateinfo list` output, keys checked by isValidKey; errors name the line.
Result<QList<QPair<int, Row>>> parseRows(const QByteArray &output, const QString &source,
                                         bool (*isValidKey)(const QString &))
{
    auto lines = OutputLines::split(output, source, MaxLineLength);
    if (!lines)
        return lines.error();
    QList<QPair<int, Row>> rows;
    int lineNumber = 0;
    for (const QString &line : lines.value()) {
        ++lineNumber;
        auto fail = [&](const QString &what) {
            return Error{DnfAdvisories::tr("%1, line %2: %3.").arg(source).arg(lineNumber).arg(what),
                         DnfAdvisories::tr("Patchwright refuses output it does not understand; check dnf "
                                           "on the asset.")};
        };
        if (line.trimmed().isEmpty())
            continue;
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        if (columns.size() != 3)
            return fail(DnfAdvisories::tr("expected 3 columns, found %1").arg(columns.size()));
        Row row;
        row.key = columns.at(0);
        if (!isValidKey(row.key))
            return fail(DnfAdvisories::tr("invalid advisory or CVE id"));
        if (!parseLabel(columns.at(1), &row))
            return fail(DnfAdvisories::tr("unknown advisory type \"%1\"").arg(columns.at(1)));
        if (!parseNevra(columns.at(2), &row.package))
            return fail(DnfAdvisories::tr("invalid package \"%1\"").arg(columns.at(2)));
        rows.append({lineNumber, row});
    }
    return rows;
}

} // namespace

Result<QList<Advisory>> DnfAdvisories::parseList(const QByteArray &output)
{
    auto rows = parseRows(output, tr("dnf updateinfo list output"), &RpmGrammar::isValidAdvisoryId);
    if (!rows)
        return rows.error();
    QList<Advisory> advisories;
    for (const auto &[lineNumber, row] : std::as_const(rows.value())) {
        auto existing = std::find_if(advisories.begin(), advisories.end(),
                                     [&row](const Advisory &advisory) { return advisory.id == row.key; });
        if (existing == advisories.end()) {
            advisories.append(Advisory{row.key, row.classification, row.severity, {}, {}});
            existing = advisories.end() - 1;
        } else if (existing->classification != row.classification || existing->severity != row.severity) {
            return Error{tr("dnf updateinfo list output, line %1: advisory %2 changes its type or severity.")
                             .arg(lineNumber)
                             .arg(row.key),
                         tr("Patchwright refuses output it does not understand; check dnf on the asset.")};
        }
        existing->packages.append(row.package);
    }
    return advisories;
}

Result<QList<Advisory>> DnfAdvisories::addCves(QList<Advisory> advisories, const QByteArray &output)
{
    auto rows = parseRows(output, tr("dnf updateinfo list --with-cve output"), &RpmGrammar::isValidCveId);
    if (!rows)
        return rows.error();
    for (const auto &[lineNumber, row] : std::as_const(rows.value())) {
        bool found = false;
        for (Advisory &advisory : advisories) {
            const bool ships = std::any_of(
                advisory.packages.cbegin(), advisory.packages.cend(),
                [&row](const AdvisoryPackage &package) { return samePackage(package, row.package); });
            if (!ships || advisory.classification != row.classification || advisory.severity != row.severity)
                continue;
            found = true;
            if (!advisory.cves.contains(row.key))
                advisory.cves.append(row.key);
        }
        if (!found) {
            return Error{tr("dnf updateinfo list --with-cve output, line %1: %2 is for a package no advisory "
                            "lists.")
                             .arg(lineNumber)
                             .arg(row.key),
                         tr("The advisory metadata changed between two commands; scan again.")};
        }
    }
    return advisories;
}
