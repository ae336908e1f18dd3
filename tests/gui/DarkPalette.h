#pragma once

#include <QColor>
#include <QPalette>

#include <utility>

// The palette a desktop in dark mode gives a Fusion-styled Qt application: the screenshots and the desktop
// conventions test show the console in it.
inline QPalette darkPalette()
{
    const std::pair<QPalette::ColorRole, QRgb> active[] = {{QPalette::Window, 0x2b2b2b},
                                                           {QPalette::WindowText, 0xe8e8e8},
                                                           {QPalette::Base, 0x1e1e1e},
                                                           {QPalette::AlternateBase, 0x262626},
                                                           {QPalette::Text, 0xe8e8e8},
                                                           {QPalette::Button, 0x353535},
                                                           {QPalette::ButtonText, 0xe8e8e8},
                                                           {QPalette::Highlight, 0x3b7dd8},
                                                           {QPalette::HighlightedText, 0xffffff},
                                                           {QPalette::Mid, 0x555555},
                                                           {QPalette::Midlight, 0x444444},
                                                           {QPalette::Light, 0x505050},
                                                           {QPalette::Dark, 0x181818},
                                                           {QPalette::Shadow, 0x101010},
                                                           {QPalette::ToolTipBase, 0x353535},
                                                           {QPalette::ToolTipText, 0xe8e8e8},
                                                           {QPalette::PlaceholderText, 0x9a9a9a},
                                                           {QPalette::Link, 0x8ab4f8}};
    QPalette dark;
    for (const auto &[role, rgb] : active)
        dark.setColor(role, QColor(rgb));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x808080));
    return dark;
}
