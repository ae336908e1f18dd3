#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The one home of the console's status colours. Tables, details panels, messages and charts ask for a tone,
// never for a colour: the colour is picked for the application palette of the moment (a light or a dark
// desktop), so red, amber and green stay readable on either. Reports printed on white paper keep their own.
namespace StatusTone {

enum Tone
{
    Danger,  // failed, overdue, security updates pending, halted
    Warning, // stale, reboot required, a gate that needs a decision
    Good,    // up to date, within SLA, gate passed
    Info,    // scanning, under way
    Muted,   // secondary text: hints, "none", column headers in details
    Kev,     // known exploited (charts)
};

bool isDark(const QPalette &palette);
bool isDark(); // the application palette (QGuiApplication::palette(); the light one without a GUI)

// Text (and a status square) on the palette's Base or Window.
QColor colour(Tone tone, const QPalette &palette);
QColor colour(Tone tone);
QString css(Tone tone); // "#rrggbb", for HTML details panels and labels

// A soft banner background for the tone, with the palette's Text readable on it.
QColor background(Tone tone, const QPalette &palette);
QColor background(Tone tone);
QString banner(Tone tone); // a style sheet for a QLabel banner: background, text and border for the palette

// A series fill or line in a chart; severity bands use severity().
QColor series(Tone tone, const QPalette &palette);
QColor severity(const QString &band, const QPalette &palette); // critical, high, medium, low, other

// WCAG 2 contrast ratio of two opaque colours (1 .. 21); tests and the dark check use it.
double contrast(const QColor &a, const QColor &b);

} // namespace StatusTone
