#include "CliHelp.h"

#include <algorithm>

namespace {

constexpr qsizetype LineWidth = 80;
const QString Indent = QStringLiteral("  ");

} // namespace

QString CliHelp::columns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        width = std::max(width, left.size());
    QString text;
    for (const auto &[left, right] : rows)
        text += Indent + left.leftJustified(width + 2) + right + QLatin1Char('\n');
    return text;
}

QString CliHelp::wrapped(const QStringList &items)
{
    QString text;
    QString line = Indent;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i) + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        if (line.size() > Indent.size() && line.size() + 1 + item.size() > LineWidth) {
            text += line + QLatin1Char('\n');
            line = Indent;
        }
        line += (line.size() > Indent.size() ? QStringLiteral(" ") : QString()) + item;
    }
    return text + line + QLatin1Char('\n');
}
