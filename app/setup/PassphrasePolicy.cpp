#include "PassphrasePolicy.h"

#include <QSet>

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
