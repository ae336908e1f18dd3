#include "ListingLimits.h"

namespace {

QString hint()
{
    return ListingLimits::tr("No real system lists that much; the endpoint may be compromised or broken.");
}

} // namespace

Status ListingLimits::checkLines(QByteArrayView output, const QString &source)
{
    if (output.count('\n') <= MaxLines)
        return {};
    return Error{
        tr("%1: more than %2 lines, the limit of one listing of an asset.").arg(source).arg(MaxLines),
        hint()};
}

QString ListingLimits::tooManyRows(Rows what)
{
    return what == Rows::InstalledPackages
               ? tr("more than %1 installed packages, the limit of one listing of an asset").arg(MaxRows)
               : tr("more than %1 pending updates, the limit of one listing of an asset").arg(MaxRows);
}

Error ListingLimits::tooMany(const QString &source, Rows what)
{
    return Error{tr("%1: %2.").arg(source, tooManyRows(what)), hint()};
}
