#include "MaintenanceWindowText.h"

#include "PlainText.h"

#include <QList>

#include <cstddef>
#include <optional>
#include <utility>

namespace {

const char *const context = "MaintenanceWindowText";

enum class TokenKind
{
    Word,   // letters
    Number, // digits and colons: 15, 22:00
    Comma,
    Dash, // "-" or an en dash
    Plus,
};

struct Token
{
    TokenKind kind;
    QString text;
    qsizetype position; // 1-based character, for messages
};

struct Parts
{
    Recurrence recurrence;
    int startMinute = 0;
    int endMinute = 0;
};

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isTimeCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || u == u':';
}

std::optional<TokenKind> punctuationKind(QChar c)
{
    switch (c.unicode()) {
    case u',':
        return TokenKind::Comma;
    case u'-':
    case u'\u2013':
        return TokenKind::Dash;
    case u'+':
        return TokenKind::Plus;
    default:
        return std::nullopt;
    }
}

// A word as a message quotes it: never longer than a short phrase.
QString shown(const QString &word)
{
    constexpr qsizetype longest = 24;
    return word.size() > longest ? word.left(longest) + QChar(0x2026) : word;
}

QString exampleHint()
{
    return MaintenanceWindowText::tr(
        "Write it like \"Sat 22:00-02:00\", \"Mon-Fri 01:00-05:00\", \"daily 23:30-00:30\", \"second Tue of "
        "the month +3 days 20:00-23:00\" or \"last day of the month 02:00-06:00\".");
}

QString monthHint()
{
    return MaintenanceWindowText::tr(
        "Monthly windows read like \"second Tue of the month +3 days 20:00-23:00\", "
        "\"last Sun of the month 02:00-06:00\" or \"day 15 of the month "
        "01:00-04:00\".");
}

QString timeHint()
{
    return MaintenanceWindowText::tr("Times are hours and minutes on the asset's clock, like \"Sat "
                                     "22:00-02:00\"; an end at or before the start is on the next day.");
}

Error windowError(const QString &message, const QString &hint)
{
    return Error{message, hint, QStringLiteral("window-invalid")};
}

// The whitespace-separated word of `text` around position `at`, for naming a word with a bad character.
QString wordAround(const QString &text, qsizetype at)
{
    qsizetype first = at;
    while (first > 0 && !text.at(first - 1).isSpace())
        --first;
    qsizetype last = at;
    while (last + 1 < text.size() && !text.at(last + 1).isSpace())
        ++last;
    return text.mid(first, last - first + 1);
}

Result<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        TokenKind kind = TokenKind::Word;
        if (isAsciiLetter(c)) {
            while (end < text.size() && isAsciiLetter(text.at(end)))
                ++end;
        } else if (isTimeCharacter(c)) {
            kind = TokenKind::Number;
            while (end < text.size() && isTimeCharacter(text.at(end)))
                ++end;
        } else if (const std::optional<TokenKind> punctuation = punctuationKind(c)) {
            kind = *punctuation;
        } else {
            return windowError(
                MaintenanceWindowText::tr("\"%1\" holds \"%3\" at character %2, which cannot be part of a "
                                          "maintenance window: use letters, digits, \":\", \",\", \"-\" and "
                                          "\"+\".")
                    .arg(shown(wordAround(text, i)), QString::number(i + 1), QString(c)),
                exampleHint());
        }
        tokens.append(Token{kind, text.mid(i, end - i), i + 1});
        i = end;
    }
    return tokens;
}

struct Named
{
    const char *word;
    int value;
};

const Named weekdayNames[] = {
    {"mon", Qt::Monday},    {"monday", Qt::Monday},       {"tue", Qt::Tuesday},  {"tuesday", Qt::Tuesday},
    {"wed", Qt::Wednesday}, {"wednesday", Qt::Wednesday}, {"thu", Qt::Thursday}, {"thursday", Qt::Thursday},
    {"fri", Qt::Friday},    {"friday", Qt::Friday},       {"sat", Qt::Saturday}, {"saturday", Qt::Saturday},
    {"sun", Qt::Sunday},    {"sunday", Qt::Sunday},
};

const Named ordinalNames[] = {
    {"first", int(Recurrence::Ordinal::First)}, {"second", int(Recurrence::Ordinal::Second)},
    {"third", int(Recurrence::Ordinal::Third)}, {"fourth", int(Recurrence::Ordinal::Fourth)},
    {"last", int(Recurrence::Ordinal::Last)},
};

template<std::size_t N>
std::optional<int> lookUp(const Named (&names)[N], const Token &token)
{
    if (token.kind != TokenKind::Word)
        return std::nullopt;
    for (const Named &name : names) {
        if (token.text.compare(QLatin1String(name.word), Qt::CaseInsensitive) == 0)
            return name.value;
    }
    return std::nullopt;
}

// A number of one or two digits, nothing else; -1 for anything else. (Not an optional: GCC 12 then warns,
// wrongly, of a read before initialisation.)
int smallNumber(const Token &token)
{
    if (token.kind != TokenKind::Number || token.text.size() > 2 || token.text.contains(QLatin1Char(':')))
        return -1;
    return token.text.toInt();
}

// Minutes after midnight of "H:MM" or "HH:MM"; 24:00 (1440) only where `allowEndOfDay`.
std::optional<int> minutesOf(const Token &token, bool allowEndOfDay)
{
    if (token.kind != TokenKind::Number)
        return std::nullopt;
    const qsizetype colon = token.text.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 2 || token.text.size() != colon + 3)
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = token.text.left(colon).toInt(&hoursOk);
    const int minutes = token.text.mid(colon + 1).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || minutes > 59)
        return std::nullopt;
    if (hours == 24 && minutes == 0 && allowEndOfDay)
        return MaintenanceWindowText::minutesPerDay;
    if (hours > 23)
        return std::nullopt;
    return hours * 60 + minutes;
}

// Recursive descent over the tokens; every refusal names the token where reading stopped.
class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    Result<Parts> parse()
    {
        Parts parts;
        if (Status s = parseRecurrence(&parts.recurrence); !s)
            return s.error();
        const std::optional<int> start =
            readTime(QT_TRANSLATE_NOOP("MaintenanceWindowText", "a start time"),
                     QT_TRANSLATE_NOOP("MaintenanceWindowText", "\"%1\" (character %2) is not a start time "
                                                                "from 00:00 to 23:59."),
                     false);
        if (!start)
            return m_error;
        if (!expect(TokenKind::Dash, QT_TRANSLATE_NOOP("MaintenanceWindowText", "\"-\" and an end time"),
                    QT_TRANSLATE_NOOP("MaintenanceWindowText", "\"%1\" (character %2) should be \"-\" "
                                                               "between the start and the end time."),
                    timeHint()))
            return m_error;
        const std::optional<int> end =
            readTime(QT_TRANSLATE_NOOP("MaintenanceWindowText", "an end time"),
                     QT_TRANSLATE_NOOP("MaintenanceWindowText", "\"%1\" (character %2) is not an end time "
                                                                "from 00:00 to 24:00."),
                     true);
        if (!end)
            return m_error;
        const Token &endToken = m_tokens.at(m_next - 1);
        if (*end == *start) {
            return windowError(
                MaintenanceWindowText::tr("The end time \"%1\" (character %2) is the start "
                                          "time: the window would be empty.")
                    .arg(shown(endToken.text), QString::number(endToken.position)),
                MaintenanceWindowText::tr("A whole day is 00:00-24:00; an end before the start "
                                          "is on the next day, like \"Sat 22:00-02:00\"."));
        }
        if (!atEnd())
            return errorAt(QT_TRANSLATE_NOOP("MaintenanceWindowText", "\"%1\" (character %2) follows the end "
                                                                      "time, where the window must end."),
                           exampleHint());
        parts.startMinute = *start;
        parts.endMinute = *end;
        return parts;
    }

private:
    bool atEnd() const { return m_next >= m_tokens.size(); }
    const Token &current() const { return m_tokens.at(m_next); }
    bool atKind(TokenKind kind) const { return !atEnd() && current().kind == kind; }
    bool atWord(const char *word) const
    {
        return atKind(TokenKind::Word) &&
               current().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    // The refusal at the current token: `message` has %1 for the word and %2 for its character.
    Error errorAt(const char *message, const QString &hint)
    {
        m_error = windowError(QCoreApplication::translate(context, message)
                                  .arg(shown(current().text), QString::number(current().position)),
                              hint);
        return m_error;
    }

    // The refusal when the text stops where `what` should follow.
    Error errorMissing(const char *what, const QString &hint)
    {
        const Token &last = m_tokens.at(m_tokens.size() - 1);
        m_error = windowError(MaintenanceWindowText::tr("The window ends after \"%1\" (character %2), where "
                                                        "%3 should follow.")
                                  .arg(shown(last.text), QString::number(last.position),
                                       QCoreApplication::translate(context, what)),
                              hint);
        return m_error;
    }

    // Refuses (at the current token or at the end) and returns false unless `ok`.
    bool require(bool ok, const char *what, const char *message, const QString &hint)
    {
        if (ok)
            return true;
        if (atEnd())
            errorMissing(what, hint);
        else
            errorAt(message, hint);
        return false;
    }

    bool expect(TokenKind kind, const char *what, const char *message, const QString &hint)
    {
        if (!require(atKind(kind), what, message, hint))
            return false;
        ++m_next;
        return true;
    }

    bool expectWord(const char *word, const char *what, const char *message, const QString &hint)
    {
        if (!require(atWord(word), what, message, hint))
            return false;
        ++m_next;
        return true;
    }

    std::optional<int> readTime(const char *what, const char *message, bool allowEndOfDay)
    {
        const std::optional<int> minutes = atEnd() ? std::nullopt : minutesOf(current(), allowEndOfDay);
        if (!require(minutes.has_value(), what, message, timeHint()))
            return std::nullopt;
        ++m_next;
        return minutes;
    }

    std::optional<Qt::DayOfWeek> readWeekday()
    {
        const std::optional<int> day = atEnd() ? std::nullopt : lookUp(weekdayNames, current());
        if (!require(day.has_value(), QT_TRANSLATE_NOOP("MaintenanceWindowText", "a weekday"),
                     QT_TRANSLATE_NOOP("MaintenanceWindowText", "\"%1\" (character %2) is not a weekday: use "
                                                                "Mon, Tue, Wed, Thu, Fri, Sat or Sun."),
                     exampleHint()))
            return std::nullopt;
        ++m_next;
        return Qt::DayOfWeek(*day);
    }

    Status parseRecurrence(Recurrence *recurrence)
    {
        if (atWord("daily")) {
            ++m_next;
            *recurrence = Recurrence::daily();
            return {};
        }
        if (atWord("day")) {
            ++m_next;
            return parseDayOfMonth(recurrence);
        }
        if (const std::optional<int> ordinal = atEnd() ? std::nullopt : lookUp(ordinalNames, current())) {
            ++m_next;
            return parseMonthly(Recurrence::Ordinal(*ordinal), recurrence);
        }
        if (!atEnd() && lookUp(weekdayNames, current()))
            return parseWeekdays(recurrence);
        return errorAt(
            QT_TRANSLATE_NOOP("MaintenanceWindowText",
                              "\"%1\" (character %2) does not start a window: begin with daily, "
                              "weekdays (Sat, Mon-Fri, Mon,Wed), first, second, third, fourth or last "
                              "<weekday> of the month, day <1-28> of the month or last day of the month."),
            exampleHint());
    }

    Status parseWeekdays(Recurrence *recurrence)
    {
        QList<Qt::DayOfWeek> days;
        // Each pass reads one token or more, so the loop ends with the tokens.
        while (true) {
            const std::optional<Qt::DayOfWeek> first = readWeekday();
            if (!first)
                return m_error;
            Qt::DayOfWeek last = *first;
            // "-" between weekdays is a range; before a time it is the one between the window's times.
            if (atKind(TokenKind::Dash) && m_next + 1 < m_tokens.size() &&
                m_tokens.at(m_next + 1).kind == TokenKind::Word) {
                ++m_next;
                const std::optional<Qt::DayOfWeek> rangeEnd = readWeekday();
                if (!rangeEnd)
                    return m_error;
                last = *rangeEnd;
            }
            // A range may wrap past Sunday: Fri-Mon is Fri, Sat, Sun, Mon.
            for (int day = *first;; day = day % 7 + 1) {
                days.append(Qt::DayOfWeek(day));
                if (day == last)
                    break;
            }
            if (!atKind(TokenKind::Comma))
                break;
            ++m_next;
        }
        *recurrence = Recurrence::weekly(days);
        return {};
    }

    bool expectOfTheMonth()
    {
        const char *what = "\"of the month\""; // a keyword the parser reads: never translated
        const char *message =
            QT_TRANSLATE_NOOP("MaintenanceWindowText", "\"%1\" (character %2) should be \"of the month\".");
        if (!expectWord("of", what, message, monthHint()))
            return false;
        if (atWord("the"))
            ++m_next;
        return expectWord("month", what, message, monthHint());
    }

    Status parseDayOfMonth(Recurrence *recurrence)
    {
        const int day = atEnd() ? -1 : smallNumber(current());
        if (day > Recurrence::maxDayOfMonth && day <= 31) {
            return errorAt(
                QT_TRANSLATE_NOOP("MaintenanceWindowText",
                                  "Day \"%1\" (character %2) is not in every month: use a day from 1 "
                                  "to 28, or \"last day of the month\"."),
                monthHint());
        }
        if (!require(day >= 1 && day <= Recurrence::maxDayOfMonth,
                     QT_TRANSLATE_NOOP("MaintenanceWindowText", "a day of the month"),
                     QT_TRANSLATE_NOOP("MaintenanceWindowText",
                                       "\"%1\" (character %2) is not a day of the month from 1 to 28."),
                     monthHint()))
            return m_error;
        ++m_next;
        if (!expectOfTheMonth())
            return m_error;
        *recurrence = Recurrence::dayOfMonth(day);
        return {};
    }

    Status parseMonthly(Recurrence::Ordinal ordinal, Recurrence *recurrence)
    {
        if (ordinal == Recurrence::Ordinal::Last && atWord("day")) {
            ++m_next;
            if (!expectOfTheMonth())
                return m_error;
            *recurrence = Recurrence::lastDayOfMonth();
            return {};
        }
        const std::optional<Qt::DayOfWeek> weekday = readWeekday();
        if (!weekday)
            return m_error;
        if (!expectOfTheMonth())
            return m_error;
        int offsetDays = 0;
        if (atKind(TokenKind::Plus)) {
            ++m_next;
            const int days = atEnd() ? -1 : smallNumber(current());
            if (!require(days >= 0 && days <= Recurrence::maxOffsetDays,
                         QT_TRANSLATE_NOOP("MaintenanceWindowText", "a number of days"),
                         QT_TRANSLATE_NOOP("MaintenanceWindowText",
                                           "\"%1\" (character %2) is not a number of days from 0 to 27."),
                         monthHint()))
                return m_error;
            ++m_next;
            offsetDays = days;
            const char *what = "\"days\""; // a keyword the parser reads: never translated
            const char *message = QT_TRANSLATE_NOOP(
                "MaintenanceWindowText", "\"%1\" (character %2) should be \"days\" after the number.");
            if (!require(atWord("days") || atWord("day"), what, message, monthHint()))
                return m_error;
            ++m_next;
        }
        *recurrence = Recurrence::nthWeekday(ordinal, *weekday, offsetDays);
        return {};
    }

    QList<Token> m_tokens;
    qsizetype m_next = 0;
    Error m_error;
};

QString clock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MaintenanceWindowText::MaintenanceWindowText(Recurrence recurrence, int startMinute, int endMinute)
    : m_recurrence(std::move(recurrence))
    , m_startMinute(startMinute)
    , m_endMinute(endMinute)
{
}

Result<MaintenanceWindowText> MaintenanceWindowText::parse(const QString &text)
{
    // Length first, so a hostile megabyte costs nothing more than its size.
    if (text.size() > maxLength) {
        return windowError(tr("The maintenance window is %1 characters long; it may have at most %2.")
                               .arg(text.size())
                               .arg(maxLength),
                           exampleHint());
    }
    if (const QString problem = PlainText::problem(text, PlainText::Lines::One); !problem.isEmpty())
        return windowError(tr("The maintenance window cannot be read: %1.").arg(problem), exampleHint());
    Result<QList<Token>> tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    if (tokens.value().isEmpty())
        return windowError(tr("The maintenance window is empty."), exampleHint());
    Result<Parts> parts = Parser(std::move(tokens).value()).parse();
    if (!parts)
        return parts.error();
    return MaintenanceWindowText(parts.value().recurrence, parts.value().startMinute,
                                 parts.value().endMinute);
}

QString MaintenanceWindowText::text() const
{
    return m_recurrence.text() + QLatin1Char(' ') + clock(m_startMinute) + QLatin1Char('-') +
           clock(m_endMinute);
}

bool operator==(const MaintenanceWindowText &a, const MaintenanceWindowText &b)
{
    return a.m_recurrence == b.m_recurrence && a.m_startMinute == b.m_startMinute &&
           a.m_endMinute == b.m_endMinute;
}
