#include "HostPattern.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

Result<QStringList> expandRange(const QString &range)
{
    const QStringList parts = range.split(QLatin1Char(':'));
    if (parts.size() != 2 && parts.size() != 3)
        return Error{
            HostPattern::tr("the range [%1] needs the form [start:end] or [start:end:step]").arg(range)};
    int step = 1;
    if (parts.size() == 3) {
        bool numeric = false;
        step = parts.at(2).toInt(&numeric);
        if (!numeric || step < 1)
            return Error{HostPattern::tr("the step of the range [%1] must be a positive number").arg(range)};
    }
    const QString &first = parts.at(0);
    const QString &last = parts.at(1);
    QStringList names;
    // Letters of one case, as Ansible's ranges over ascii_letters allow.
    static const QRegularExpression lower(QStringLiteral("^[a-z]$"));
    static const QRegularExpression upper(QStringLiteral("^[A-Z]$"));
    if ((lower.match(first).hasMatch() && lower.match(last).hasMatch()) ||
        (upper.match(first).hasMatch() && upper.match(last).hasMatch())) {
        if (first.at(0) > last.at(0))
            return Error{HostPattern::tr("the range [%1] runs backwards").arg(range)};
        for (char16_t c = first.at(0).unicode(); c <= last.at(0).unicode(); c += char16_t(step))
            names.append(QString(QChar(c)));
        return names;
    }
    bool firstNumeric = first.isEmpty();
    const int from = first.isEmpty() ? 0 : first.toInt(&firstNumeric);
    bool lastNumeric = false;
    const int to = last.toInt(&lastNumeric);
    if (!firstNumeric || !lastNumeric || from < 0)
        return Error{HostPattern::tr("the range [%1] must be numbers or single letters").arg(range)};
    if (from > to)
        return Error{HostPattern::tr("the range [%1] runs backwards").arg(range)};
    if ((qint64(to) - from) / step >= HostPattern::MaxHosts)
        return Error{
            HostPattern::tr("the range [%1] has more than %2 hosts").arg(range).arg(HostPattern::MaxHosts)};
    const int width = first.size() > 1 && first.startsWith(QLatin1Char('0')) ? int(first.size()) : 0;
    for (int n = from; n <= to; n += step)
        names.append(QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')));
    return names;
}

} // namespace

Result<HostPattern::Expanded> HostPattern::expand(const QString &pattern)
{
    Expanded expanded;
    QString host = pattern;
    // "host:2222" names a port; an IPv6 address is all colons and no port.
    static const QRegularExpression withPort(QStringLiteral("^(.+):([0-9]+)$"));
    const QRegularExpressionMatch port = withPort.match(pattern);
    if (port.hasMatch() && QHostAddress(pattern).isNull()) {
        bool numeric = false;
        expanded.port = port.captured(2).toInt(&numeric);
        if (!numeric || expanded.port < 1 || expanded.port > 65535)
            return Error{tr("the port of %1 must be from 1 to 65535").arg(pattern)};
        host = port.captured(1);
    }

    QStringList names{QString()};
    qsizetype pos = 0;
    while (pos < host.size()) {
        const qsizetype open = host.indexOf(QLatin1Char('['), pos);
        const QString literal = host.mid(pos, open < 0 ? -1 : open - pos);
        if (literal.contains(QLatin1Char(']')))
            return Error{tr("%1 has a ] without a [").arg(pattern)};
        for (QString &name : names)
            name += literal;
        if (open < 0)
            break;
        const qsizetype close = host.indexOf(QLatin1Char(']'), open);
        if (close < 0)
            return Error{tr("%1 has a [ without a ]").arg(pattern)};
        const auto range = expandRange(host.mid(open + 1, close - open - 1));
        if (!range)
            return range.error();
        if (qint64(names.size()) * range.value().size() > MaxHosts)
            return Error{tr("%1 expands to more than %2 hosts").arg(pattern).arg(MaxHosts)};
        QStringList product;
        for (const QString &name : std::as_const(names)) {
            for (const QString &part : range.value())
                product.append(name + part);
        }
        names = product;
        pos = close + 1;
    }
    expanded.hosts = names;
    return expanded;
}
