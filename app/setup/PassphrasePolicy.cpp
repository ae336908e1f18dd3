#include "PassphrasePolicy.h"

#include <QSet>

#include <cmath>

int PassphrasePolicy::length(const QString &passphrase)
{
    return int(passphrase.toUcs4().size());
}

QString PassphrasePolicy::rule()
{
    return tr("at least %n characters", nullptr, MinimumLength);
}

Status PassphrasePolicy::check(const QString &passphrase, const QString &source)
{
    const int characters = length(passphrase);
    if (characters >= MinimumLength)
        return {};
    const QString what = source.isEmpty() ? tr("The passphrase") : tr("The passphrase from %1").arg(source);
    return Error{tr("%1 is too short for a new database key: %n character(s), and the passphrase policy asks "
                    "for %2.",
                    nullptr, characters)
                     .arg(what, rule()),
                 tr("Choose a longer one, e.g. four or five unrelated words. An existing database still "
                    "opens with the passphrase it has."),
                 QString::fromLatin1(TooShortCode)};
}

QString PassphrasePolicy::weakness(const QString &passphrase)
{
    const QList<uint> points = passphrase.toUcs4();
    const QSet<uint> distinct(points.cbegin(), points.cend());
    if (!points.isEmpty() && distinct.size() < 6)
        return tr("It repeats a few characters; a longer mix of words is much harder to guess.");
    bool letters = false;
    bool digits = false;
    bool others = false;
    for (const QChar c : passphrase) {
        letters = letters || c.isLetter();
        digits = digits || c.isDigit();
        others = others || (!c.isLetter() && !c.isDigit());
    }
    if (int(letters) + int(digits) + int(others) == 1 && length(passphrase) < 20)
        return tr("It uses one kind of character only; make it longer or mix words, digits and spaces.");
    return {};
}

int PassphrasePolicy::estimatedBits(const QString &passphrase)
{
    const QList<uint> points = passphrase.toUcs4();
    bool lower = false;
    bool upper = false;
    bool digits = false;
    bool punctuation = false;
    bool otherLetters = false;
    int counted = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const uint c = points.at(i);
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digits = true;
        else if (c < 0x80)
            punctuation = true;
        else
            otherLetters = true;
        const bool repeat = i >= 1 && c == points.at(i - 1);
        const bool run =
            i >= 2 &&
            qint64(c) - qint64(points.at(i - 1)) == qint64(points.at(i - 1)) - qint64(points.at(i - 2)) &&
            std::abs(qint64(c) - qint64(points.at(i - 1))) == 1;
        if (!repeat && !run)
            ++counted;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digits ? 10 : 0) + (punctuation ? 33 : 0) +
                     (otherLetters ? 100 : 0);
    if (pool == 0)
        return 0;
    return int(std::floor(counted * std::log2(double(pool))));
}

PassphrasePolicy::Strength PassphrasePolicy::strength(const QString &passphrase)
{
    const int bits = estimatedBits(passphrase);
    if (bits < 50 || length(passphrase) < MinimumLength)
        return Strength::Weak;
    if (bits < 65)
        return Strength::Fair;
    if (bits < 85)
        return Strength::Good;
    return Strength::Strong;
}

QString PassphrasePolicy::strengthHint(const QString &passphrase)
{
    QString level;
    switch (strength(passphrase)) {
    case Strength::Weak:
        level = tr("weak");
        break;
    case Strength::Fair:
        level = tr("fair");
        break;
    case Strength::Good:
        level = tr("good");
        break;
    case Strength::Strong:
        level = tr("strong");
        break;
    }
    return tr("Strength: %1 (about %2 bits)").arg(level).arg(estimatedBits(passphrase));
}
