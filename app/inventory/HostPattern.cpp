#include "HostPattern.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace {

// A literal part of a pattern, or a range: `count` values from..to by step, letters or zero-padded numbers.
struct Part
{
    QString literal;
    bool isRange = false;
    bool letters = false;
    qint64 from = 0;
    qint64 step = 1;
    qint64 count = 1;
    int width = 0;    // zero-padded width of numbers
    int maxChars = 0; // characters of the longest value
    QString value(qint64 index) const
    {
        const qint64 n = from + index * step; // index < count: stays within [from, to]
        return letters ? QString(QChar(char16_t(n)))
                       : QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
    }
};

// Digits only, at most MaxNumberDigits of them (no sign, no spaces): the value, else nothing.
std::optional<qint64> number(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,%1}$").arg(HostPattern::MaxNumberDigits));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

Result<Part> parseRange(const QString &range)
{
    const QStringList parts = range.split(QLatin1Char(':'));
    if (parts.size() != 2 && parts.size() != 3)
        return Error{
            HostPattern::tr("the range [%1] needs the form [start:end] or [start:end:step]").arg(range)};
    Part part;
    part.isRange = true;
    if (parts.size() == 3) {
        const std::optional<qint64> step = number(parts.at(2));
        if (!step || *step < 1)
            return Error{HostPattern::tr("the step of the range [%1] must be a whole number from 1 to %2")
                             .arg(range, QString(HostPattern::MaxNumberDigits, QLatin1Char('9')))};
        part.step = *step;
    }
    const QString &first = parts.at(0);
    const QString &last = parts.at(1);
    qint64 to = 0;
    // Letters of one case, as Ansible's ranges over ascii_letters allow.
    static const QRegularExpression lower(QStringLiteral("^[a-z]$"));
    static const QRegularExpression upper(QStringLiteral("^[A-Z]$"));
    if ((lower.match(first).hasMatch() && lower.match(last).hasMatch()) ||
        (upper.match(first).hasMatch() && upper.match(last).hasMatch())) {
        part.letters = true;
        part.from = first.at(0).unicode();
        to = last.at(0).unicode();
        part.maxChars = 1;
    } else {
        const std::optional<qint64> from = first.isEmpty() ? std::optional<qint64>(0) : number(first);
        const std::optional<qint64> end = number(last);
        if (!from || !end)
            return Error{
                HostPattern::tr(
                    "the range [%1] must be numbers or single letters (numbers of at most %2 digits)")
                    .arg(range)
                    .arg(HostPattern::MaxNumberDigits)};
        part.from = *from;
        to = *end;
        part.width = first.size() > 1 && first.startsWith(QLatin1Char('0')) ? int(first.size()) : 0;
        part.maxChars = std::max<int>(part.width, int(QString::number(to).size()));
    }
    if (part.from > to)
        return Error{HostPattern::tr("the range [%1] runs backwards").arg(range)};
    // A step longer than the range would only ever give its start: a typo, refused rather than guessed.
    if (part.step > std::max<qint64>(1, to - part.from))
        return Error{HostPattern::tr("the step of the range [%1] is larger than the range").arg(range)};
    // Both bounds are below 10^18: no overflow.
    part.count = (to - part.from) / part.step + 1;
    return part;
}

} // namespace

Result<HostPattern::Expanded> HostPattern::expand(const QString &pattern)
{
    HostBudget budget;
    return expand(pattern, &budget);
}

Result<HostPattern::Expanded> HostPattern::expand(const QString &pattern, HostBudget *budget)
{
    Expanded expanded;
    QString host = pattern;
    // "host:2222" names a port; an IPv6 address is all colons and no port.
    static const QRegularExpression withPort(QStringLiteral("^(.+):([0-9]{1,5})$"));
    const QRegularExpressionMatch port = withPort.match(pattern);
    if (port.hasMatch() && QHostAddress(pattern).isNull()) {
        expanded.port = port.captured(2).toInt();
        if (expanded.port < 1 || expanded.port > 65535)
            return Error{tr("the port of %1 must be from 1 to 65535").arg(pattern)};
        host = port.captured(1);
    }

    // First the parts and how many names they make, checked against the budget; only then the names.
    QList<Part> parts;
    qint64 total = 1;
    qint64 longest = 0;
    qsizetype pos = 0;
    while (pos < host.size()) {
        const qsizetype open = host.indexOf(QLatin1Char('['), pos);
        Part literal;
        literal.literal = host.mid(pos, open < 0 ? -1 : open - pos);
        if (literal.literal.contains(QLatin1Char(']')))
            return Error{tr("%1 has a ] without a [").arg(pattern)};
        longest += literal.literal.size();
        parts.append(literal);
        if (open < 0)
            break;
        const qsizetype close = host.indexOf(QLatin1Char(']'), open);
        if (close < 0)
            return Error{tr("%1 has a [ without a ]").arg(pattern)};
        const Result<Part> range = parseRange(host.mid(open + 1, close - open - 1));
        if (!range)
            return range.error();
        // total <= MaxHosts before each step, so the product is checked by division, never overflowing.
        if (range.value().count > HostBudget::MaxHosts / total)
            return budget->fits(HostBudget::MaxHosts + 1, 0).error();
        total *= range.value().count;
        longest += range.value().maxChars;
        parts.append(range.value());
        pos = close + 1;
    }
    if (Status fits = budget->fits(total, longest); !fits)
        return fits.error();

    QStringList names{QString()};
    qint64 chars = 0;
    for (const Part &part : std::as_const(parts)) {
        if (!part.isRange) {
            for (QString &name : names)
                name += part.literal;
            continue;
        }
        QStringList product;
        product.reserve(qsizetype(names.size() * part.count));
        for (const QString &name : std::as_const(names)) {
            for (qint64 i = 0; i < part.count; ++i)
                product.append(name + part.value(i));
        }
        names.swap(product);
    }
    for (const QString &name : std::as_const(names))
        chars += name.size();
    if (Status charged = budget->charge(names.size(), chars); !charged)
        return charged.error();
    expanded.hosts = names;
    return expanded;
}
