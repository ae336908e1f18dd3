#include "StatusTone.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace StatusTone {

namespace {

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// The application's palette; in a process without a GUI (patchwright-cli's exports, the headless tests) the
// light one, as on paper.
QPalette applicationPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    QPalette light;
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window})
        light.setColor(role, QColor(Qt::white));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
        light.setColor(role, QColor(Qt::black));
    return light;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ||
           palette.color(QPalette::Window).lightness() < 128;
}

bool isDark()
{
    return isDark(applicationPalette());
}

QColor colour(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case Warning:
        return dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0x9a, 0x5b, 0x00);
    case Good:
        return dark ? QColor(0x7c, 0xd9, 0x8a) : QColor(0x2e, 0x7d, 0x32);
    case Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x5f, 0xbf);
    case Kev:
        return dark ? QColor(0xd0, 0x9c, 0xf0) : QColor(0x8e, 0x24, 0xaa);
    case Muted:
        break;
    }
    // Two thirds of the way from the background to the text: quieter than the text, still readable.
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 2.0 / 3.0);
}

QColor colour(Tone tone)
{
    return colour(tone, applicationPalette());
}

QString css(Tone tone)
{
    return colour(tone).name(QColor::HexRgb);
}

QColor background(Tone tone, const QPalette &palette)
{
    // The tone's colour a little over the Base: a tint on white, a dim glow on a dark desktop.
    return mix(palette.color(QPalette::Base), colour(tone, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor background(Tone tone)
{
    return background(tone, applicationPalette());
}

QString banner(Tone tone)
{
    const QPalette palette = applicationPalette();
    return QStringLiteral(
               "background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px;")
        .arg(background(tone, palette).name(), palette.color(QPalette::Text).name(),
             mix(palette.color(QPalette::Base), colour(tone, palette), 0.5).name());
}

QColor series(Tone tone, const QPalette &palette)
{
    if (isDark(palette))
        return colour(tone, palette);
    switch (tone) {
    case Danger:
        return QColor(0xd0, 0x3b, 0x30);
    case Good:
        return QColor(0x2e, 0x9d, 0x4f);
    case Info:
        return QColor(0x3b, 0x7d, 0xd8);
    case Warning:
        return QColor(0xef, 0x6c, 0x00);
    case Kev:
        return QColor(0x8e, 0x24, 0xaa);
    case Muted:
        break;
    }
    return QColor(0x90, 0xa4, 0xae);
}

QColor severity(const QString &band, const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (band == QLatin1String("critical"))
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    if (band == QLatin1String("high"))
        return dark ? QColor(0xff, 0x98, 0x3d) : QColor(0xef, 0x6c, 0x00);
    if (band == QLatin1String("medium"))
        return dark ? QColor(0xfd, 0xd8, 0x35) : QColor(0xf9, 0xa8, 0x25);
    if (band == QLatin1String("low"))
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1e, 0x88, 0xe5);
    return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x90, 0xa4, 0xae);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace StatusTone
