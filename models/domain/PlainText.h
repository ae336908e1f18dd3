#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// What text Patchwright stores and prints may contain. Control characters (C0 — but tab and newline in
// free text of several lines —, DEL and C1) and the Unicode characters that reorder text (bidirectional
// embeddings, overrides and isolates, U+202A–U+202E and U+2066–U+2069) are "unsafe": printed to a terminal
// they run as escape sequences (`\e[31m` colours, `\e]52;…` writes the clipboard, `\e[2J` clears what an
// auditor is reading), and shown anywhere they make a reviewer read something other than what is stored.
//
// Fields people type are refused when they hold one (problem()); text that must be kept although it came
// from an endpoint or a feed (an error message, a command's output) is stored and printed with each unsafe
// character made visible instead (visible()).
namespace PlainText {

enum class Lines
{
    One,     // names, titles, paths: no tab or newline either
    Several, // justifications, comments, messages: tab and newline allowed
};

bool isUnsafe(char16_t c, Lines lines);

// Empty when `text` holds no unsafe character; else a sentence naming the first one and where it is.
QString problem(QStringView text, Lines lines);

// `text` with each unsafe character written as a visible escape: \x1B, \x7F, \x9B, \u202E.
QString visible(QStringView text, Lines lines);

} // namespace PlainText
