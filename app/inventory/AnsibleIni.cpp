#include "AnsibleIni.h"

#include "HostPattern.h"
#include "ImportText.h"

Result<QStringList> AnsibleIni::words(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
            continue;
        }
        if (c == QLatin1Char('#') && !inWord)
            break;
        inWord = true;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype close = [&] {
                for (qsizetype j = i + 1; j < line.size(); ++j) {
                    if (c == QLatin1Char('"') && line.at(j) == QLatin1Char('\\') && j + 1 < line.size()) {
                        ++j;
                        continue;
                    }
                    if (line.at(j) == c)
                        return j;
                }
                return qsizetype(-1);
            }();
            if (close < 0)
                return Error{tr("a %1 quote is never closed").arg(c)};
            for (qsizetype j = i + 1; j < close; ++j) {
                if (c == QLatin1Char('"') && line.at(j) == QLatin1Char('\\'))
                    ++j;
                word += line.at(j);
            }
            i = close;
            continue;
        }
        word += c;
    }
    if (inWord)
        words.append(word);
    return words;
}

QList<ImportProblem> AnsibleIni::parse(const QString &text, AnsibleInventory *inventory)
{
    enum class Section
    {
        Hosts,
        Vars,
        Children
    };
    QList<ImportProblem> problems;
    QString group = QStringLiteral("ungrouped");
    Section section = Section::Hosts;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            const QString rest = close < 0 ? QString() : line.mid(close + 1).trimmed();
            if (close < 0 || !(rest.isEmpty() || rest.startsWith(QLatin1Char('#')))) {
                problems.append({number, tr("a section header must look like [group], [group:vars] or "
                                            "[group:children]")});
                continue;
            }
            const QStringList parts = line.mid(1, close - 1).trimmed().split(QLatin1Char(':'));
            group = parts.at(0);
            const QString kind = parts.size() > 1 ? parts.at(1) : QString();
            if (parts.size() > 2 ||
                !(kind.isEmpty() || kind == QLatin1String("vars") || kind == QLatin1String("children"))) {
                problems.append(
                    {number, tr("unknown section kind \"%1\"; use [group], [group:vars] or [group:children]")
                                 .arg(ImportText::excerpt(parts.mid(1).join(QLatin1Char(':'))))});
                continue;
            }
            if (!AnsibleInventory::isGroupName(group)) {
                problems.append(
                    {number, tr("\"%1\" is not a valid group name").arg(ImportText::excerpt(group))});
                continue;
            }
            section = kind.isEmpty()                  ? Section::Hosts
                      : kind == QLatin1String("vars") ? Section::Vars
                                                      : Section::Children;
            inventory->addGroup(group, number);
            continue;
        }

        if (section == Section::Vars) {
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                problems.append({number, tr("a [%1:vars] line must be key=value").arg(group)});
                continue;
            }
            const auto value = words(line.mid(equals + 1));
            if (!value) {
                problems.append({number, value.error().message});
                continue;
            }
            inventory->setGroupVar(group, line.left(equals).trimmed(),
                                   {value.value().join(QLatin1Char(' ')), number, {}});
            continue;
        }

        const auto tokens = words(line);
        if (!tokens) {
            problems.append({number, tokens.error().message});
            continue;
        }
        if (tokens.value().isEmpty())
            continue;
        if (section == Section::Children) {
            const QString child = tokens.value().constFirst();
            if (tokens.value().size() != 1 || !AnsibleInventory::isGroupName(child)) {
                problems.append({number, tr("a [%1:children] line names one group").arg(group)});
                continue;
            }
            inventory->addChild(group, child, number);
            continue;
        }

        AnsibleInventory::Vars vars;
        bool fits = true;
        for (qsizetype t = 1; t < tokens.value().size(); ++t) {
            const QString &token = tokens.value().at(t);
            const qsizetype equals = token.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                problems.append({number, tr("\"%1\" after the host is not a key=value variable")
                                             .arg(ImportText::excerpt(token))});
                fits = false;
                break;
            }
            vars.insert(token.left(equals), {token.mid(equals + 1), number, {}});
        }
        const auto pattern = HostPattern::expand(tokens.value().constFirst(), inventory->hostBudget());
        if (!pattern) {
            problems.append({number, pattern.error().message});
            if (pattern.error().code == QLatin1String("host-budget"))
                break; // the import's budget is spent: no later line can be read
            continue;
        }
        if (pattern.value().port > 0 && !vars.contains(QStringLiteral("ansible_port")))
            vars.insert(QStringLiteral("ansible_port"), {QString::number(pattern.value().port), number, {}});
        if (!fits)
            continue;
        inventory->addHosts(group, pattern.value().hosts, number, vars);
    }
    return problems;
}
