#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <iterator>

// One value of an enum kept as text: the word written in the database (and printed in the CLI's JSON and
// CSV, so it never changes), and the word shown to people, marked with QT_TRANSLATE_NOOP for lupdate.
template<typename Enum>
struct StoredWord
{
    Enum value;
    const char *stored;
    const char *display;
};

// Specialised right below each enum stored as text (ChangeState.h, DeploymentState.h ...), with:
//   static constexpr const char *context;   the translation context of its display words
//   static constexpr const char *unknown;   "\"%1\" is not a ... " for a stored word this build does not know
//   static constexpr StoredWord<Enum> words[];   every value, in the enum's order
// That table is the one place that says how a value is stored and shown; the functions below read it.
template<typename Enum>
struct StoredWordsOf;

namespace StoredWordsDetail {

template<typename Enum>
constexpr bool listsValuesInOrder()
{
    const auto &words = StoredWordsOf<Enum>::words;
    for (std::size_t i = 0; i < std::size(words); ++i) {
        if (static_cast<std::size_t>(words[i].value) != i)
            return false;
    }
    return true;
}

template<typename Enum>
const StoredWord<Enum> &wordOf(Enum value)
{
    static_assert(listsValuesInOrder<Enum>(), "StoredWordsOf<Enum>::words must list every value in order");
    const auto &words = StoredWordsOf<Enum>::words;
    const auto index = static_cast<std::size_t>(value);
    Q_ASSERT(index < std::size(words));
    return words[index];
}

} // namespace StoredWordsDetail

// The text a value is stored as (database column, audit action suffix, CLI JSON/CSV): stable, never
// translated.
template<typename Enum>
QString storedText(Enum value)
{
    return QString::fromLatin1(StoredWordsDetail::wordOf(value).stored);
}

// The word for tables and messages, translated by the installed translator.
template<typename Enum>
QString displayName(Enum value)
{
    return QCoreApplication::translate(StoredWordsOf<Enum>::context,
                                       StoredWordsDetail::wordOf(value).display);
}

// The value a stored text stands for; an Error for a text this build does not know (written by a newer
// Patchwright, or by hand), never a default.
template<typename Enum>
Result<Enum> parseStoredText(const QString &text)
{
    for (const StoredWord<Enum> &word : StoredWordsOf<Enum>::words) {
        if (text == QLatin1String(word.stored))
            return word.value;
    }
    return Error{
        QCoreApplication::translate(StoredWordsOf<Enum>::context, StoredWordsOf<Enum>::unknown).arg(text),
        QCoreApplication::translate("StoredWords", "A newer version of Patchwright may have written "
                                                   "it: use that version, or update this one.")};
}

// A word someone typed (a CLI option, an inventory field, a vendor's advisory) in any letter case. False,
// with *value unchanged, when it names no value.
template<typename Enum>
bool parseTypedWord(const QString &text, Enum *value)
{
    for (const StoredWord<Enum> &word : StoredWordsOf<Enum>::words) {
        if (text.compare(QLatin1String(word.stored), Qt::CaseInsensitive) == 0) {
            *value = word.value;
            return true;
        }
    }
    return false;
}

// Every value, in the enum's order (for choosers and option lists).
template<typename Enum>
QList<Enum> everyValue()
{
    QList<Enum> values;
    for (const StoredWord<Enum> &word : StoredWordsOf<Enum>::words)
        values.append(word.value);
    return values;
}
